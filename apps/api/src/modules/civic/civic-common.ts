// Small rules the civic services share: linking a file, telling an organisation's staff,
// keeping dates in order.
import type { NotificationRepository } from '../notifications/notifications.repository.ts';
import type { Tx } from '../../db/prisma.ts';
import type { RequestContext } from '../../lib/context.ts';
import { invalid } from './civic-access.ts';
import type { CivicRefs } from './civic-refs.repository.ts';

/** A newly linked file must be one the actor uploaded in the unit; keeping the current one is fine. */
export async function checkFile(
  tx: Tx,
  refs: CivicRefs,
  fileId: string | null | undefined,
  current: string | null,
  ctx: RequestContext,
  path: string,
): Promise<void> {
  if (!fileId || fileId === current) return;
  if (!(await refs.fileUsable(tx, fileId, ctx.actor.unitId, ctx.actor.id))) {
    throw invalid(path, 'Tệp đính kèm không hợp lệ');
  }
}

/** An active organisation of the actor's unit, or a 400 on `path`. */
export async function requireOrganisation(tx: Tx, refs: CivicRefs, id: string, ctx: RequestContext, path: string) {
  const org = await refs.organisationInUnit(tx, id, ctx.actor.unitId);
  if (!org) throw invalid(path, 'Cơ quan, tổ chức phải thuộc đơn vị');
  return org;
}

/** One notice to each active staff member of `organisationId` but the actor, in the caller's transaction. */
export async function notifyStaff(
  tx: Tx,
  deps: { refs: CivicRefs; notifications: NotificationRepository },
  input: { organisationId: string; unitId: string; kind: string; title: string; body: string; link: string },
  ctx: RequestContext,
): Promise<void> {
  const { organisationId, ...notice } = input;
  const userIds = (await deps.refs.staffOf(tx, organisationId)).filter((id) => id !== ctx.actor.id);
  await deps.notifications.createMany(tx, userIds.map((userId) => ({ ...notice, userId })));
}

export const excerpt = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function notAfterToday(date: string, today: string, path: string, message = 'Ngày không được sau hôm nay') {
  if (date > today) throw invalid(path, message);
}
