-- Added by hand: GIN over (unit_id, trigrams) needs btree_gin's operator class for uuid.
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- DropIndex
DROP INDEX "cases_identity_search_text_idx";

-- DropIndex
DROP INDEX "cases_search_text_idx";

-- CreateIndex
CREATE INDEX "cases_unit_id_search_text_idx" ON "cases" USING GIN ("unit_id" uuid_ops, "search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "cases_unit_id_identity_search_text_idx" ON "cases" USING GIN ("unit_id" uuid_ops, "identity_search_text" gin_trgm_ops);
