-- CreateIndex
CREATE INDEX "cases_unit_id_received_on_status_due_on_handled_on_time_idx" ON "cases"("unit_id", "received_on", "status", "due_on", "handled_on_time");
