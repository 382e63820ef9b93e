// Small rules the civic services share: naming an organisation of the unit, telling its staff,
// keeping dates in order (linking a file: checkFile in lib/follow-ups.ts).
import type { NotificationRepository } from '../notifications/notifications.repository.ts';
import type { Tx } from '../../db/prisma.ts';
import type { RequestContext } from '../../lib/context.ts';
import { staffOf } from '../../lib/follow-ups.ts';
import { invalid } from './civic-access.ts';
import type { CivicRefs } from './civic-refs.repository.ts';

/** An active organisation of the actor's unit, or a 400 on `path`. */
export async function requireOrganisation(tx: Tx, refs: CivicRefs, id: string, ctx: RequestContext, path: string) {
  const org = await refs.organisationInUnit(tx, id, ctx.actor.unitId);
  if (!org) throw invalid(path, 'Cơ quan, tổ chức phải thuộc đơn vị');
  return org;
}

/** One notice to each active staff member of `organisationId` but the actor, in the caller's transaction. */
export async function notifyStaff(
  tx: Tx,
  notifications: NotificationRepository,
  input: { organisationId: string; unitId: string; kind: string; title: string; body: string; link: string },
  ctx: RequestContext,
): Promise<void> {
  const { organisationId, ...notice } = input;
  const userIds = (await staffOf(tx, [organisationId])).filter((id) => id !== ctx.actor.id);
  await notifications.createMany(tx, userIds.map((userId) => ({ ...notice, userId })));
}

export const excerpt = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function notAfterToday(date: string, today: string, path: string, message = 'Ngày không được sau hôm nay') {
  if (date > today) throw invalid(path, message);
}
