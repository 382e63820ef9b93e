-- CreateEnum
CREATE TYPE "SupervisionKind" AS ENUM ('THEMATIC', 'REGULAR', 'JOINT_COUNCIL');

-- CreateEnum
CREATE TYPE "SupervisionStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'REPORTED', 'FOLLOWING_UP', 'CLOSED');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('HEAD', 'DEPUTY', 'MEMBER', 'SECRETARY');

-- CreateEnum
CREATE TYPE "BoardKind" AS ENUM ('PEOPLES_INSPECTION', 'COMMUNITY_INVESTMENT');

-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('UNANSWERED', 'ANSWERED', 'IMPLEMENTING', 'IMPLEMENTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "CommentResponse" AS ENUM ('PENDING', 'ACCEPTED', 'EXPLAINED');

-- CreateEnum
CREATE TYPE "VoterMeetingKind" AS ENUM ('BEFORE_SESSION', 'AFTER_SESSION', 'THEMATIC');

-- CreateEnum
CREATE TYPE "PetitionField" AS ENUM ('LAND', 'INFRASTRUCTURE', 'ENVIRONMENT', 'SOCIAL_POLICY', 'ADMINISTRATION', 'SECURITY', 'OTHER');

-- CreateEnum
CREATE TYPE "PetitionStatus" AS ENUM ('RECORDED', 'SENT', 'ANSWERED', 'REPORTED_BACK');

-- CreateEnum
CREATE TYPE "SuggestionField" AS ENUM ('PARTY_BUILDING', 'GOVERNMENT', 'OFFICIALS', 'PUBLIC_SERVICES', 'SOCIO_ECONOMIC', 'OTHER');

-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('RECEIVED', 'FORWARDED', 'ANSWERED', 'FILED', 'CASE_OPENED');

-- CreateTable
CREATE TABLE "supervision_boards" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "kind" "BoardKind" NOT NULL,
    "name" TEXT NOT NULL,
    "project_name" TEXT,
    "decision_number" TEXT,
    "decision_date" DATE,
    "term_start" DATE NOT NULL,
    "term_end" DATE,
    "note" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "search_text" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "supervision_boards_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision_members" (
    "id" UUID NOT NULL,
    "supervision_id" UUID,
    "board_id" UUID,
    "full_name" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL,
    "position" TEXT,
    "organisation_id" UUID,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "supervision_members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervisions" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "SupervisionKind" NOT NULL,
    "status" "SupervisionStatus" NOT NULL DEFAULT 'PLANNED',
    "content" TEXT,
    "decision_number" TEXT,
    "decision_date" DATE,
    "decision_signer" TEXT,
    "decision_file_id" UUID,
    "lead_organisation_id" UUID NOT NULL,
    "co_organiser_ids" UUID[],
    "supervised_bodies" TEXT[],
    "period_from" DATE NOT NULL,
    "period_to" DATE NOT NULL,
    "board_id" UUID,
    "report_text" TEXT,
    "findings" TEXT,
    "reported_on" DATE,
    "report_file_id" UUID,
    "search_text" TEXT NOT NULL,
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "supervisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recommendations" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "supervision_id" UUID NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "addressee_organisation_id" UUID,
    "addressee_name" TEXT NOT NULL,
    "sent_on" DATE NOT NULL,
    "due_on" DATE NOT NULL,
    "status" "RecommendationStatus" NOT NULL DEFAULT 'UNANSWERED',
    "answer_text" TEXT,
    "answered_on" DATE,
    "answer_document_number" TEXT,
    "answer_file_id" UUID,
    "rejection_reason" TEXT,
    "implemented_on" DATE,
    "overdue_notified_at" TIMESTAMPTZ(3),
    "search_text" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "recommendations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recommendation_events" (
    "id" UUID NOT NULL,
    "recommendation_id" UUID NOT NULL,
    "status" "RecommendationStatus" NOT NULL,
    "text" TEXT NOT NULL,
    "on" DATE NOT NULL,
    "document_number" TEXT,
    "file_id" UUID,
    "by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recommendation_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision_checks" (
    "supervision_id" UUID NOT NULL,
    "recommendation_id" UUID NOT NULL,

    CONSTRAINT "supervision_checks_pkey" PRIMARY KEY ("supervision_id","recommendation_id")
);

-- CreateTable
CREATE TABLE "drafts" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "drafting_organisation_id" UUID,
    "drafting_body" TEXT NOT NULL,
    "summary" TEXT,
    "file_id" UUID,
    "submitted_on" DATE NOT NULL,
    "comment_deadline" DATE NOT NULL,
    "consolidated_text" TEXT,
    "consolidated_on" DATE,
    "consolidated_file_id" UUID,
    "consolidated_by_id" UUID,
    "search_text" TEXT NOT NULL,
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "drafts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "draft_comments" (
    "id" UUID NOT NULL,
    "draft_id" UUID NOT NULL,
    "organisation_id" UUID,
    "person_name" TEXT,
    "point" TEXT,
    "content" TEXT NOT NULL,
    "response" "CommentResponse" NOT NULL DEFAULT 'PENDING',
    "response_text" TEXT,
    "responded_on" DATE,
    "responded_by_id" UUID,
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "draft_comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "voter_meetings" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "kind" "VoterMeetingKind" NOT NULL,
    "council_session" TEXT,
    "theme" TEXT,
    "held_on" DATE NOT NULL,
    "location" TEXT NOT NULL,
    "delegates" TEXT[],
    "voter_count" INTEGER,
    "note" TEXT,
    "minutes_file_id" UUID,
    "search_text" TEXT NOT NULL,
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "voter_meetings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "voter_petitions" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "field" "PetitionField" NOT NULL,
    "voter_name" TEXT,
    "addressee_organisation_id" UUID,
    "addressee_name" TEXT,
    "sent_on" DATE,
    "due_on" DATE,
    "status" "PetitionStatus" NOT NULL DEFAULT 'RECORDED',
    "answer_text" TEXT,
    "answered_on" DATE,
    "answer_document_number" TEXT,
    "answer_file_id" UUID,
    "reported_back_at_id" UUID,
    "overdue_notified_at" TIMESTAMPTZ(3),
    "search_text" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "voter_petitions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "suggestion_boxes" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "placed_on" DATE,
    "keeper_organisation_id" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "suggestion_boxes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "box_openings" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "box_id" UUID NOT NULL,
    "opened_on" DATE NOT NULL,
    "opened_by" TEXT NOT NULL,
    "witnesses" TEXT NOT NULL,
    "note" TEXT,
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "box_openings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "suggestions" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "box_id" UUID NOT NULL,
    "opening_id" UUID NOT NULL,
    "summary" TEXT NOT NULL,
    "field" "SuggestionField" NOT NULL,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "author_name" TEXT,
    "author_address" TEXT,
    "author_phone" TEXT,
    "status" "SuggestionStatus" NOT NULL DEFAULT 'RECEIVED',
    "forwarded_organisation_id" UUID,
    "forwarded_name" TEXT,
    "forwarded_on" DATE,
    "answer_text" TEXT,
    "answered_on" DATE,
    "filed_note" TEXT,
    "case_id" UUID,
    "search_text" TEXT NOT NULL,
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "suggestions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "supervision_boards_unit_id_kind_name_id_idx" ON "supervision_boards"("unit_id", "kind", "name", "id");

-- CreateIndex
CREATE INDEX "supervision_members_supervision_id_sort_order_idx" ON "supervision_members"("supervision_id", "sort_order");

-- CreateIndex
CREATE INDEX "supervision_members_board_id_sort_order_idx" ON "supervision_members"("board_id", "sort_order");

-- CreateIndex
CREATE INDEX "supervisions_unit_id_period_from_id_idx" ON "supervisions"("unit_id", "period_from" DESC, "id");

-- CreateIndex
CREATE INDEX "supervisions_unit_id_status_period_from_id_idx" ON "supervisions"("unit_id", "status", "period_from" DESC, "id");

-- CreateIndex
CREATE INDEX "supervisions_board_id_period_from_id_idx" ON "supervisions"("board_id", "period_from" DESC, "id");

-- CreateIndex
CREATE INDEX "supervisions_unit_id_search_text_idx" ON "supervisions" USING GIN ("unit_id" uuid_ops, "search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "recommendations_unit_id_status_due_on_id_idx" ON "recommendations"("unit_id", "status", "due_on", "id");

-- CreateIndex
CREATE INDEX "recommendations_unit_id_due_on_id_idx" ON "recommendations"("unit_id", "due_on", "id");

-- CreateIndex
CREATE INDEX "recommendations_addressee_organisation_id_status_due_on_id_idx" ON "recommendations"("addressee_organisation_id", "status", "due_on", "id");

-- CreateIndex
CREATE INDEX "recommendations_unit_id_search_text_idx" ON "recommendations" USING GIN ("unit_id" uuid_ops, "search_text" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "recommendations_supervision_id_ordinal_key" ON "recommendations"("supervision_id", "ordinal");

-- CreateIndex
CREATE INDEX "recommendation_events_recommendation_id_created_at_idx" ON "recommendation_events"("recommendation_id", "created_at");

-- CreateIndex
CREATE INDEX "supervision_checks_recommendation_id_idx" ON "supervision_checks"("recommendation_id");

-- CreateIndex
CREATE INDEX "drafts_unit_id_submitted_on_id_idx" ON "drafts"("unit_id", "submitted_on" DESC, "id");

-- CreateIndex
CREATE INDEX "drafts_unit_id_comment_deadline_id_idx" ON "drafts"("unit_id", "comment_deadline", "id");

-- CreateIndex
CREATE INDEX "drafts_unit_id_search_text_idx" ON "drafts" USING GIN ("unit_id" uuid_ops, "search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "draft_comments_draft_id_created_at_idx" ON "draft_comments"("draft_id", "created_at");

-- CreateIndex
CREATE INDEX "voter_meetings_unit_id_held_on_id_idx" ON "voter_meetings"("unit_id", "held_on" DESC, "id");

-- CreateIndex
CREATE INDEX "voter_petitions_unit_id_status_due_on_id_idx" ON "voter_petitions"("unit_id", "status", "due_on", "id");

-- CreateIndex
CREATE INDEX "voter_petitions_unit_id_due_on_id_idx" ON "voter_petitions"("unit_id", "due_on", "id");

-- CreateIndex
CREATE INDEX "voter_petitions_addressee_organisation_id_status_due_on_id_idx" ON "voter_petitions"("addressee_organisation_id", "status", "due_on", "id");

-- CreateIndex
CREATE INDEX "voter_petitions_reported_back_at_id_idx" ON "voter_petitions"("reported_back_at_id");

-- CreateIndex
CREATE INDEX "voter_petitions_unit_id_search_text_idx" ON "voter_petitions" USING GIN ("unit_id" uuid_ops, "search_text" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "voter_petitions_meeting_id_ordinal_key" ON "voter_petitions"("meeting_id", "ordinal");

-- CreateIndex
CREATE INDEX "suggestion_boxes_unit_id_name_id_idx" ON "suggestion_boxes"("unit_id", "name", "id");

-- CreateIndex
CREATE UNIQUE INDEX "suggestion_boxes_unit_id_name_key" ON "suggestion_boxes"("unit_id", "name");

-- CreateIndex
CREATE INDEX "box_openings_unit_id_opened_on_id_idx" ON "box_openings"("unit_id", "opened_on" DESC, "id");

-- CreateIndex
CREATE INDEX "box_openings_box_id_opened_on_id_idx" ON "box_openings"("box_id", "opened_on" DESC, "id");

-- CreateIndex
CREATE UNIQUE INDEX "suggestions_case_id_key" ON "suggestions"("case_id");

-- CreateIndex
CREATE INDEX "suggestions_unit_id_created_at_id_idx" ON "suggestions"("unit_id", "created_at" DESC, "id");

-- CreateIndex
CREATE INDEX "suggestions_unit_id_status_created_at_id_idx" ON "suggestions"("unit_id", "status", "created_at" DESC, "id");

-- CreateIndex
CREATE INDEX "suggestions_opening_id_created_at_idx" ON "suggestions"("opening_id", "created_at");

-- CreateIndex
CREATE INDEX "suggestions_forwarded_organisation_id_status_created_at_id_idx" ON "suggestions"("forwarded_organisation_id", "status", "created_at" DESC, "id");

-- CreateIndex
CREATE INDEX "suggestions_unit_id_search_text_idx" ON "suggestions" USING GIN ("unit_id" uuid_ops, "search_text" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "supervision_members" ADD CONSTRAINT "supervision_members_supervision_id_fkey" FOREIGN KEY ("supervision_id") REFERENCES "supervisions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_members" ADD CONSTRAINT "supervision_members_board_id_fkey" FOREIGN KEY ("board_id") REFERENCES "supervision_boards"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervisions" ADD CONSTRAINT "supervisions_board_id_fkey" FOREIGN KEY ("board_id") REFERENCES "supervision_boards"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_supervision_id_fkey" FOREIGN KEY ("supervision_id") REFERENCES "supervisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation_events" ADD CONSTRAINT "recommendation_events_recommendation_id_fkey" FOREIGN KEY ("recommendation_id") REFERENCES "recommendations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_checks" ADD CONSTRAINT "supervision_checks_supervision_id_fkey" FOREIGN KEY ("supervision_id") REFERENCES "supervisions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_checks" ADD CONSTRAINT "supervision_checks_recommendation_id_fkey" FOREIGN KEY ("recommendation_id") REFERENCES "recommendations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "draft_comments" ADD CONSTRAINT "draft_comments_draft_id_fkey" FOREIGN KEY ("draft_id") REFERENCES "drafts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "voter_petitions" ADD CONSTRAINT "voter_petitions_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "voter_meetings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "voter_petitions" ADD CONSTRAINT "voter_petitions_reported_back_at_id_fkey" FOREIGN KEY ("reported_back_at_id") REFERENCES "voter_meetings"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "box_openings" ADD CONSTRAINT "box_openings_box_id_fkey" FOREIGN KEY ("box_id") REFERENCES "suggestion_boxes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_box_id_fkey" FOREIGN KEY ("box_id") REFERENCES "suggestion_boxes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_opening_id_fkey" FOREIGN KEY ("opening_id") REFERENCES "box_openings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A member belongs to exactly one team or one board.
ALTER TABLE "supervision_members" ADD CONSTRAINT "supervision_members_one_owner" CHECK (("supervision_id" IS NULL) <> ("board_id" IS NULL));
