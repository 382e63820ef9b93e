-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'APPROVED', 'IN_PROGRESS', 'CLOSED');

-- CreateEnum
CREATE TYPE "PlanItemKind" AS ENUM ('AREA', 'TASK');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Recurrence" AS ENUM ('NONE', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY');

-- CreateEnum
CREATE TYPE "ReviewPeriod" AS ENUM ('Q1', 'Q2', 'Q3', 'Q4', 'H1', 'YEAR_END');

-- CreateEnum
CREATE TYPE "ReviewRating" AS ENUM ('GOOD', 'ACHIEVED', 'NOT_ACHIEVED');

-- CreateTable
CREATE TABLE "regulations" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "signed_on" DATE NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "note" TEXT,
    "attachment_id" UUID,
    "search_text" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "regulations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "regulation_parties" (
    "regulation_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,

    CONSTRAINT "regulation_parties_pkey" PRIMARY KEY ("regulation_id","organisation_id")
);

-- CreateTable
CREATE TABLE "plans" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "regulation_id" UUID,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "review_periods" "ReviewPeriod"[],
    "approved_at" TIMESTAMPTZ(3),
    "approved_by_id" UUID,
    "closed_at" TIMESTAMPTZ(3),
    "source_plan_id" UUID,
    "strengths" TEXT,
    "limitations" TEXT,
    "causes" TEXT,
    "solutions" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "plans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_items" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "parent_id" UUID,
    "area_id" UUID,
    "kind" "PlanItemKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "lead_organisation_id" UUID,
    "start_date" DATE,
    "due_date" DATE,
    "recurrence" "Recurrence" NOT NULL DEFAULT 'NONE',
    "expected_output" TEXT,
    "target_value" DECIMAL(14,2),
    "target_unit" TEXT,
    "achieved_value" DECIMAL(14,2),
    "reported_percent" INTEGER,
    "weight" INTEGER NOT NULL DEFAULT 1,
    "status" "TaskStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "completed_on" DATE,
    "last_reported_on" DATE,
    "next_due_on" DATE,
    "import_key" TEXT,
    "source_item_id" UUID,
    "search_text" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "plan_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "task_partners" (
    "task_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,

    CONSTRAINT "task_partners_pkey" PRIMARY KEY ("task_id","organisation_id")
);

-- CreateTable
CREATE TABLE "progress_updates" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "task_id" UUID NOT NULL,
    "organisation_id" UUID,
    "author_id" UUID NOT NULL,
    "reported_on" DATE NOT NULL,
    "text" TEXT NOT NULL,
    "achieved_value" DECIMAL(14,2),
    "reported_percent" INTEGER,
    "status_after" "TaskStatus",
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "progress_updates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attachments" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "progress_update_id" UUID,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "uploaded_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attachments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_amendments" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "item_id" UUID,
    "kind" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "decided_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "plan_amendments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reviews" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "period" "ReviewPeriod" NOT NULL,
    "held_on" DATE NOT NULL,
    "present_organisation_ids" UUID[],
    "conclusions" TEXT NOT NULL,
    "recorded_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_assessments" (
    "review_id" UUID NOT NULL,
    "task_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "rating" "ReviewRating" NOT NULL,
    "note" TEXT,

    CONSTRAINT "review_assessments_pkey" PRIMARY KEY ("review_id","task_id")
);

-- CreateIndex
CREATE INDEX "regulations_unit_id_signed_on_id_idx" ON "regulations"("unit_id", "signed_on" DESC, "id");

-- CreateIndex
CREATE UNIQUE INDEX "regulations_unit_id_number_key" ON "regulations"("unit_id", "number");

-- CreateIndex
CREATE INDEX "regulation_parties_organisation_id_idx" ON "regulation_parties"("organisation_id");

-- CreateIndex
CREATE INDEX "plans_unit_id_year_id_idx" ON "plans"("unit_id", "year" DESC, "id");

-- CreateIndex
CREATE UNIQUE INDEX "plans_unit_id_year_key" ON "plans"("unit_id", "year");

-- CreateIndex
CREATE INDEX "plan_items_plan_id_parent_id_position_idx" ON "plan_items"("plan_id", "parent_id", "position");

-- CreateIndex
CREATE INDEX "plan_items_unit_id_next_due_on_id_idx" ON "plan_items"("unit_id", "next_due_on", "id");

-- CreateIndex
CREATE INDEX "plan_items_unit_id_lead_organisation_id_next_due_on_id_idx" ON "plan_items"("unit_id", "lead_organisation_id", "next_due_on", "id");

-- CreateIndex
CREATE INDEX "plan_items_unit_id_status_next_due_on_id_idx" ON "plan_items"("unit_id", "status", "next_due_on", "id");

-- CreateIndex
CREATE INDEX "plan_items_plan_id_kind_next_due_on_id_idx" ON "plan_items"("plan_id", "kind", "next_due_on", "id");

-- CreateIndex
CREATE INDEX "plan_items_area_id_idx" ON "plan_items"("area_id");

-- CreateIndex
CREATE INDEX "plan_items_unit_id_title_id_idx" ON "plan_items"("unit_id", "title", "id");

-- CreateIndex
CREATE INDEX "plan_items_search_text_idx" ON "plan_items" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "plan_items_plan_id_import_key_key" ON "plan_items"("plan_id", "import_key");

-- CreateIndex
CREATE INDEX "task_partners_organisation_id_task_id_idx" ON "task_partners"("organisation_id", "task_id");

-- CreateIndex
CREATE INDEX "progress_updates_task_id_id_idx" ON "progress_updates"("task_id", "id" DESC);

-- CreateIndex
CREATE INDEX "attachments_progress_update_id_idx" ON "attachments"("progress_update_id");

-- CreateIndex
CREATE INDEX "plan_amendments_plan_id_id_idx" ON "plan_amendments"("plan_id", "id" DESC);

-- CreateIndex
CREATE INDEX "plan_amendments_item_id_id_idx" ON "plan_amendments"("item_id", "id" DESC);

-- CreateIndex
CREATE INDEX "reviews_unit_id_held_on_id_idx" ON "reviews"("unit_id", "held_on" DESC, "id");

-- CreateIndex
CREATE UNIQUE INDEX "reviews_plan_id_period_key" ON "reviews"("plan_id", "period");

-- CreateIndex
CREATE INDEX "review_assessments_task_id_idx" ON "review_assessments"("task_id");

-- AddForeignKey
ALTER TABLE "regulation_parties" ADD CONSTRAINT "regulation_parties_regulation_id_fkey" FOREIGN KEY ("regulation_id") REFERENCES "regulations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plans" ADD CONSTRAINT "plans_regulation_id_fkey" FOREIGN KEY ("regulation_id") REFERENCES "regulations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "plan_items"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task_partners" ADD CONSTRAINT "task_partners_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "plan_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "plan_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_progress_update_id_fkey" FOREIGN KEY ("progress_update_id") REFERENCES "progress_updates"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_amendments" ADD CONSTRAINT "plan_amendments_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_assessments" ADD CONSTRAINT "review_assessments_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
