-- A task's progress is its lead organisation's latest report (packages/shared/src/plan-progress.ts).
-- Partners' reports used to overwrite the task's values: recompute the tasks a partner reported a
-- value on from the lead's own reports (none: no value, the task reads by its status).
UPDATE "plan_items" i SET
  "achieved_value" = (
    SELECT u."achieved_value" FROM "progress_updates" u
    WHERE u."task_id" = i."id" AND u."organisation_id" = i."lead_organisation_id" AND u."achieved_value" IS NOT NULL
    ORDER BY u."reported_on" DESC, u."id" DESC LIMIT 1),
  "reported_percent" = (
    SELECT u."reported_percent" FROM "progress_updates" u
    WHERE u."task_id" = i."id" AND u."organisation_id" = i."lead_organisation_id" AND u."reported_percent" IS NOT NULL
    ORDER BY u."reported_on" DESC, u."id" DESC LIMIT 1),
  "version" = i."version" + 1
WHERE i."kind" = 'TASK' AND EXISTS (
  SELECT 1 FROM "progress_updates" p
  WHERE p."task_id" = i."id" AND p."organisation_id" IS DISTINCT FROM i."lead_organisation_id"
    AND (p."achieved_value" IS NOT NULL OR p."reported_percent" IS NOT NULL));
