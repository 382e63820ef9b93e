// Checks boards, supervisions and recommendations share: records of another unit read as not
// found, and every id a request links to must be of the unit (a file: uploaded by the actor).
import type { MemberInput } from '@phoihop/shared/supervision';
import type { Tx } from '../../db/prisma.ts';
import { AppError } from '../../lib/app-error.ts';
import type { RequestContext } from '../../lib/context.ts';
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

/** A newly linked file was uploaded by the actor in the unit; one already linked is kept as is. */
export async function checkFile(
  tx: Tx,
  lookups: LookupRepository,
  ctx: RequestContext,
  path: string,
  id: string | null | undefined,
  kept: string | null = null,
) {
  if (!id || id === kept) return;
  if (!(await lookups.usableFile(tx, id, ctx.actor.unitId, ctx.actor.id))) {
    throw invalid(path, 'Tệp đính kèm không hợp lệ: hãy tải tệp lên trước khi chọn');
  }
}
