// The daily digest: one notice per member of staff instead of one message per event — tasks
// newly assigned to their organisation, due within 7 days, overdue; and for People's Committee
// and Front leaders, the periodic reviews that are due and not held.
import { formatDateVi, todayInVietnam } from '@phoihop/shared/dates';
import { overdueReviews, reviewPeriodNames } from '@phoihop/shared/plan-reviews';
import type { DigestRepository } from './digest.repository.ts';

/** Not before 07:00 in Vietnam: the digest greets people at the start of their day. */
export const DIGEST_HOUR = 7;

export function createDigestService({ digest, now = () => new Date() }: { digest: DigestRepository; now?: () => Date }) {
  return {
    /** Sends today's digests that are not sent yet; returns how many were created. */
    async sendDaily(): Promise<number> {
      const at = now();
      if (new Date(at.getTime() + 7 * 3_600_000).getUTCHours() < DIGEST_HOUR) return 0;
      const today = todayInVietnam(at);
      const since = new Date(at.getTime() - 24 * 3_600_000);
      const [overdue, dueSoon, assigned, plans, staff] = await Promise.all([
        digest.overdue(today),
        digest.dueSoon(today),
        digest.assigned(since, at),
        digest.runningPlans(),
        digest.staff(),
      ]);
      const reviewsDue = new Map<string, string[]>();
      for (const plan of plans) {
        const due = overdueReviews(plan, plan.reviews.map((r) => r.period), today);
        if (due.length) {
          const list = reviewsDue.get(plan.unitId) ?? [];
          list.push(...due.map((p) => `kiểm điểm ${reviewPeriodNames[p]} năm ${plan.year}`));
          reviewsDue.set(plan.unitId, list);
        }
      }
      const notices = staff.flatMap((user) => {
        const org = user.organisationId!;
        const steering =
          user.roles.some((r) => r.role === 'ORG_LEADER') &&
          (user.organisation?.kind === 'PEOPLES_COMMITTEE' || user.organisation?.kind === 'FATHERLAND_FRONT');
        const parts = [
          assigned.get(org) && `${assigned.get(org)} nhiệm vụ mới giao cho tổ chức`,
          overdue.get(org) && `${overdue.get(org)} nhiệm vụ quá hạn`,
          dueSoon.get(org) && `${dueSoon.get(org)} nhiệm vụ đến hạn trong 7 ngày`,
          steering && reviewsDue.get(user.unitId)?.length && `chưa tổ chức ${reviewsDue.get(user.unitId)!.join(', ')}`,
        ].filter((p): p is string => typeof p === 'string');
        if (!parts.length) return [];
        const link = overdue.get(org)
          ? `/plans/tasks?organisationId=${org}&timeliness=overdue`
          : `/plans/tasks?organisationId=${org}`;
        return [{
          unitId: user.unitId,
          userId: user.id,
          kind: 'digest.daily',
          title: `Tổng hợp công việc ngày ${formatDateVi(today)}`,
          body: `${parts.join('; ')}.`,
          link,
          dedupeKey: `digest:${today}`,
        }];
      });
      return digest.deliver(notices);
    },
  };
}

export type DigestService = ReturnType<typeof createDigestService>;
