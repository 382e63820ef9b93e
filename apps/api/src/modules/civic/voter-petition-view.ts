// A petition as its reader sees it: overdue and late derived from today, and what they may do.
import { answeredLate } from '@phoihop/shared/follow-ups';
import { can, type Actor } from '@phoihop/shared/policies';
import { petitionOverdue, type VoterPetition } from '@phoihop/shared/voter-contact';
import type { PetitionRecord } from './voter-contact.repository.ts';

export const answerResource = (p: PetitionRecord) => ({ unitId: p.unitId, leadOrganisationId: p.addresseeOrganisationId });

export function petitionView(p: PetitionRecord, actor: Actor, today: string): VoterPetition {
  const { addresseeOrganisationId: _a, answerFileId: _f, ...rest } = p;
  return {
    ...rest,
    overdue: petitionOverdue(p, today),
    answeredLate: answeredLate(p.dueOn, p.answer?.answeredOn ?? null),
    can: {
      manage: ['RECORDED', 'SENT'].includes(p.status) && can(actor, 'voter-contact:manage', { unitId: p.unitId }),
      answer: ['SENT', 'ANSWERED'].includes(p.status) && p.addressee !== null && can(actor, 'petition:answer', answerResource(p)),
    },
  };
}
