// Checks boards, supervisions and recommendations share: records of another unit read as not
// found, and every id a request links to must be of the unit (a file: checkFile in lib/follow-ups.ts).
import type { MemberInput } from '@phoihop/shared/supervision';
import type { Tx } from '../../db/prisma.ts';
import { AppError } from '../../lib/app-error.ts';
import { invalid } from '../reception/reception-access.ts';
import type { LookupRepository } from './lookups.repository.ts';

export { invalid, requireAllowed, requireInUnit, versionConflict } from '../reception/reception-access.ts';

/** A step off the life cycle, said plainly. */
export const notAllowed = (message: string) => new AppError('TRANSITION_NOT_ALLOWED', { message });

/** Member organisations belong to the unit. */
export async function checkMembers(tx: Tx, lookups: LookupRepository, unitId: string, members: MemberInput[]) {
  const ids = [...new Set(members.map((m) => m.organisationId).filter((id): id is string => Boolean(id)))];
  const found = await lookups.organisationsInUnit(tx, unitId, ids);
  const bad = members.findIndex((m) => m.organisationId && !found.has(m.organisationId));
  if (bad >= 0) throw invalid(`members.${bad}.organisationId`, 'Tổ chức của thành viên không thuộc đơn vị');
}
