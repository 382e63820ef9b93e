// What anyone may see of a mediation case. Linked to a letter that is, or later becomes, a
// denunciation, any of its parties may be the denouncer (Luật Tố cáo Art 56): their names and
// addresses then leave the server for no one, and a search by a party's name does not find it;
// those who may see the letter's identity reveal them through the audited parties route.
import type { MediationCase } from '@phoihop/shared/mediation';
import type { Actor } from '@phoihop/shared/policies';
import { searchTextOf, searchWords } from '@phoihop/shared/text';
import { MASKED_DENOUNCER } from '../cases/case-view.ts';
import { linkedIdentity } from '../cases/linked-identity.ts';
import type { MediationCaseRecord } from './mediation-cases.repository.ts';

export const partiesIdentity = (c: MediationCaseRecord, actor: Actor) =>
  linkedIdentity(actor, { unitId: c.unitId, linkedCase: c.case });

export function mediationCaseView(c: MediationCaseRecord, actor: Actor): MediationCase {
  const { masked, canReveal } = partiesIdentity(c, actor);
  return {
    ...c,
    parties: masked ? c.parties.map(() => ({ name: MASKED_DENOUNCER, address: null })) : c.parties,
    identityProtected: masked,
    case: c.case ? { id: c.case.id, number: c.case.number } : null,
    can: { viewIdentity: canReveal },
  };
}

/**
 * Whether a case the search text matched may be listed for `q`: a masked case only when its
 * title alone matches, so that a party's name finds nothing.
 */
export function matchesWithoutParties(c: MediationCaseRecord, actor: Actor, q: string | undefined): boolean {
  const words = searchWords(q);
  if (!words.length || !partiesIdentity(c, actor).masked) return true;
  const title = searchTextOf(c.title);
  return words.every((word) => title.includes(word));
}
