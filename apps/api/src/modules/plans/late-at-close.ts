import { Prisma } from '../../generated/prisma/client.ts';

/**
 * A closed plan's task (`i`, of plan `p`) due by the plan's closing day, in Vietnam's time: late
 * if unfinished (timelinessInPlan in task-schedule.ts). A closed plan without its closing time
 * counts to `today`, as the shared rule does. The one SQL form of that rule.
 */
export const lateAtCloseSql = (today: string) =>
  Prisma.sql`p.status = 'CLOSED' AND i.next_due_on <= COALESCE(((p.closed_at AT TIME ZONE 'UTC') + interval '7 hours')::date, ${today}::date)`;
