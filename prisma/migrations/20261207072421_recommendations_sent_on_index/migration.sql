-- CreateIndex
CREATE INDEX "recommendations_unit_id_sent_on_idx" ON "recommendations"("unit_id", "sent_on");
