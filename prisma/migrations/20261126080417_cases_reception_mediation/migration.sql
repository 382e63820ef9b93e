-- CreateEnum
CREATE TYPE "CaseChannel" AS ENUM ('DIRECT', 'RECEPTION', 'POST', 'SUGGESTION_BOX', 'FRONT_FORWARDED', 'ORGANISATION_FORWARDED', 'HIGHER_AUTHORITY', 'ONLINE');

-- CreateEnum
CREATE TYPE "CaseKind" AS ENUM ('COMPLAINT', 'DENUNCIATION', 'PETITION', 'FEEDBACK');

-- CreateEnum
CREATE TYPE "CaseField" AS ENUM ('LAND', 'ENVIRONMENT', 'SOCIAL_POLICY', 'ADMINISTRATION', 'OTHER');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('RECEIVED', 'ACCEPTED', 'VERIFYING', 'DIALOGUE', 'DECIDED', 'CLOSED', 'DECLINED', 'FORWARDED', 'GUIDED', 'FILED', 'DUPLICATE', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "CaseComplexity" AS ENUM ('NORMAL', 'COMPLEX', 'ESPECIALLY_COMPLEX');

-- CreateEnum
CREATE TYPE "CaseRelation" AS ENUM ('SECOND_INSTANCE', 'REOPENED');

-- CreateEnum
CREATE TYPE "CaseAttachmentKind" AS ENUM ('LETTER', 'EVIDENCE', 'DOCUMENT');

-- CreateEnum
CREATE TYPE "ReceptionKind" AS ENUM ('REGULAR', 'LEADERS_MONTHLY', 'AD_HOC');

-- CreateEnum
CREATE TYPE "ReceptionHost" AS ENUM ('PC_CHAIRMAN', 'PARTY_SECRETARY', 'COUNCIL_CHAIRMAN', 'FRONT_CHAIR', 'OFFICER');

-- CreateEnum
CREATE TYPE "VisitHandling" AS ENUM ('ANSWERED', 'GUIDED', 'FORWARDED', 'CASE_OPENED', 'CASE_JOINED');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('FEMALE', 'MALE');

-- CreateEnum
CREATE TYPE "MediatorRole" AS ENUM ('LEADER', 'MEMBER');

-- CreateEnum
CREATE TYPE "MediationOutcome" AS ENUM ('IN_PROGRESS', 'SUCCESSFUL', 'UNSUCCESSFUL');

-- CreateTable
CREATE TABLE "app_settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_by_id" UUID,

    CONSTRAINT "app_settings_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "case_counters" (
    "unit_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "case_counters_pkey" PRIMARY KEY ("unit_id","year")
);

-- CreateTable
CREATE TABLE "cases" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "received_on" DATE NOT NULL,
    "channel" "CaseChannel" NOT NULL,
    "source_organisation_id" UUID,
    "source_reference" TEXT,
    "kind" "CaseKind",
    "field" "CaseField" NOT NULL,
    "summary" TEXT NOT NULL,
    "subject" TEXT,
    "location" TEXT,
    "people_count" INTEGER NOT NULL DEFAULT 1,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "instance" INTEGER NOT NULL DEFAULT 1,
    "related_case_id" UUID,
    "relation" "CaseRelation",
    "duplicate_of_id" UUID,
    "status" "CaseStatus" NOT NULL DEFAULT 'RECEIVED',
    "complexity" "CaseComplexity" NOT NULL DEFAULT 'NORMAL',
    "remote" BOOLEAN NOT NULL DEFAULT false,
    "several_locations" BOOLEAN NOT NULL DEFAULT false,
    "assigned_organisation_id" UUID,
    "handler_id" UUID,
    "classified_on" DATE,
    "accepted_on" DATE,
    "decided_on" DATE,
    "decision_number" TEXT,
    "outcome" TEXT,
    "published_on" DATE,
    "closed_on" DATE,
    "decline_reason_code" TEXT,
    "decline_reason" TEXT,
    "forwarded_to" TEXT,
    "forward_letter_number" TEXT,
    "forward_letter_date" DATE,
    "extension_days" INTEGER[],
    "paused_since" DATE,
    "due_on" DATE,
    "due_clock" TEXT,
    "handled_on" DATE,
    "handled_on_time" BOOLEAN,
    "search_text" TEXT NOT NULL,
    "identity_search_text" TEXT NOT NULL DEFAULT '',
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_petitioners" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "full_name" TEXT NOT NULL,
    "address" TEXT,
    "id_number" TEXT,
    "phone" TEXT,
    "representative" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "case_petitioners_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_events" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "from_status" "CaseStatus",
    "to_status" "CaseStatus" NOT NULL,
    "on" DATE NOT NULL,
    "document_number" TEXT,
    "document_date" DATE,
    "note" TEXT,
    "data" JSONB,
    "attachment_id" UUID,
    "actor_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_pauses" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "from" DATE NOT NULL,
    "until" DATE,
    "reason" TEXT,

    CONSTRAINT "case_pauses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_attachments" (
    "attachment_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "kind" "CaseAttachmentKind" NOT NULL DEFAULT 'LETTER',
    "protected" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_attachments_pkey" PRIMARY KEY ("attachment_id")
);

-- CreateTable
CREATE TABLE "reception_sessions" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "held_on" DATE NOT NULL,
    "kind" "ReceptionKind" NOT NULL,
    "location" TEXT,
    "hosts" "ReceptionHost"[],
    "host_names" TEXT NOT NULL,
    "organisation_ids" UUID[],
    "note" TEXT,
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reception_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reception_visits" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "citizen_name" TEXT NOT NULL,
    "address" TEXT,
    "id_number" TEXT,
    "phone" TEXT,
    "group_size" INTEGER NOT NULL DEFAULT 1,
    "representative" TEXT,
    "content" TEXT NOT NULL,
    "kind" "CaseKind",
    "field" "CaseField",
    "documents" TEXT,
    "handling" "VisitHandling",
    "result" TEXT,
    "case_id" UUID,
    "officer_name" TEXT,
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reception_visits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mediation_teams" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "decision_number" TEXT,
    "established_on" DATE,
    "note" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "search_text" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mediation_teams_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mediators" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "team_id" UUID NOT NULL,
    "full_name" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "birth_year" INTEGER,
    "role" "MediatorRole" NOT NULL DEFAULT 'MEMBER',
    "organisation_id" UUID,
    "ethnic_minority" BOOLEAN NOT NULL DEFAULT false,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mediators_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mediation_cases" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "team_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "parties" JSONB NOT NULL,
    "field" "CaseField" NOT NULL,
    "received_on" DATE NOT NULL,
    "mediated_on" DATE,
    "outcome" "MediationOutcome" NOT NULL DEFAULT 'IN_PROGRESS',
    "agreement" TEXT,
    "referral" TEXT,
    "follow_up" TEXT,
    "case_id" UUID,
    "mediator_ids" UUID[],
    "search_text" TEXT NOT NULL,
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mediation_cases_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "cases_unit_id_received_on_id_idx" ON "cases"("unit_id", "received_on" DESC, "id");

-- CreateIndex
CREATE INDEX "cases_unit_id_due_on_id_idx" ON "cases"("unit_id", "due_on", "id");

-- CreateIndex
CREATE INDEX "cases_unit_id_status_received_on_id_idx" ON "cases"("unit_id", "status", "received_on" DESC, "id");

-- CreateIndex
CREATE INDEX "cases_unit_id_handler_id_received_on_id_idx" ON "cases"("unit_id", "handler_id", "received_on" DESC, "id");

-- CreateIndex
CREATE INDEX "cases_unit_id_source_organisation_id_received_on_id_idx" ON "cases"("unit_id", "source_organisation_id", "received_on" DESC, "id");

-- CreateIndex
CREATE INDEX "cases_unit_id_assigned_organisation_id_received_on_id_idx" ON "cases"("unit_id", "assigned_organisation_id", "received_on" DESC, "id");

-- CreateIndex
CREATE INDEX "cases_related_case_id_idx" ON "cases"("related_case_id");

-- CreateIndex
CREATE INDEX "cases_duplicate_of_id_idx" ON "cases"("duplicate_of_id");

-- CreateIndex
CREATE INDEX "cases_search_text_idx" ON "cases" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "cases_identity_search_text_idx" ON "cases" USING GIN ("identity_search_text" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "cases_unit_id_year_seq_key" ON "cases"("unit_id", "year", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "case_petitioners_case_id_position_key" ON "case_petitioners"("case_id", "position");

-- CreateIndex
CREATE INDEX "case_events_case_id_at_idx" ON "case_events"("case_id", "at");

-- CreateIndex
CREATE INDEX "case_pauses_case_id_from_idx" ON "case_pauses"("case_id", "from");

-- CreateIndex
CREATE INDEX "case_attachments_case_id_created_at_idx" ON "case_attachments"("case_id", "created_at");

-- CreateIndex
CREATE INDEX "reception_sessions_unit_id_held_on_id_idx" ON "reception_sessions"("unit_id", "held_on" DESC, "id");

-- CreateIndex
CREATE INDEX "reception_visits_session_id_created_at_idx" ON "reception_visits"("session_id", "created_at");

-- CreateIndex
CREATE INDEX "reception_visits_case_id_idx" ON "reception_visits"("case_id");

-- CreateIndex
CREATE INDEX "mediation_teams_unit_id_name_id_idx" ON "mediation_teams"("unit_id", "name", "id");

-- CreateIndex
CREATE UNIQUE INDEX "mediation_teams_unit_id_name_key" ON "mediation_teams"("unit_id", "name");

-- CreateIndex
CREATE INDEX "mediators_team_id_role_full_name_idx" ON "mediators"("team_id", "role", "full_name");

-- CreateIndex
CREATE INDEX "mediators_unit_id_idx" ON "mediators"("unit_id");

-- CreateIndex
CREATE INDEX "mediation_cases_unit_id_received_on_id_idx" ON "mediation_cases"("unit_id", "received_on" DESC, "id");

-- CreateIndex
CREATE INDEX "mediation_cases_team_id_received_on_id_idx" ON "mediation_cases"("team_id", "received_on" DESC, "id");

-- CreateIndex
CREATE INDEX "mediation_cases_case_id_idx" ON "mediation_cases"("case_id");

-- AddForeignKey
ALTER TABLE "case_petitioners" ADD CONSTRAINT "case_petitioners_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_pauses" ADD CONSTRAINT "case_pauses_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reception_visits" ADD CONSTRAINT "reception_visits_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "reception_sessions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mediators" ADD CONSTRAINT "mediators_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "mediation_teams"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mediation_cases" ADD CONSTRAINT "mediation_cases_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "mediation_teams"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
