-- CreateIndex
CREATE INDEX "mediation_cases_search_text_idx" ON "mediation_cases" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "mediation_teams_search_text_idx" ON "mediation_teams" USING GIN ("search_text" gin_trgm_ops);
