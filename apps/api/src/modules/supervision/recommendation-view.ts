// A recommendation as its reader sees it: overdue and late derived from today, and what the
// reader may do with it (the Front edits it while unanswered, the addressee answers).
import type { IsoDate } from '@phoihop/shared/dates';
import { answeredLate } from '@phoihop/shared/follow-ups';
import { can, type Actor } from '@phoihop/shared/policies';
import {
  recommendationOverdue,
  recommendationTransitions,
  type Recommendation,
} from '@phoihop/shared/supervision';

/** A stored recommendation: everything but what depends on the day and the reader. */
export type RecommendationRecord = Omit<Recommendation, 'overdue' | 'answeredLate' | 'can'>;

/** Who answers: the addressee organisation, or for an outside body (null) the Front. */
export const answerResource = (r: Pick<RecommendationRecord, 'unitId' | 'addressee'>) => ({
  unitId: r.unitId,
  leadOrganisationId: r.addressee.organisation?.id ?? null,
});

export function toRecommendation(r: RecommendationRecord, actor: Actor, today: IsoDate): Recommendation {
  return {
    ...r,
    overdue: recommendationOverdue(r, today),
    answeredLate: answeredLate(r.dueOn, r.answer?.answeredOn ?? null),
    can: {
      manage: r.status === 'UNANSWERED' && can(actor, 'supervision:manage', { unitId: r.unitId }),
      answer: recommendationTransitions[r.status].length > 0 && can(actor, 'recommendation:answer', answerResource(r)),
    },
  };
}
