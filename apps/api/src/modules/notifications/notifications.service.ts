import type { Db } from '../../db/prisma.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import type { NotificationRepository } from './notifications.repository.ts';

/** The signed-in user's own inbox; other services create notices through the repository. */
export function createNotificationService({ db, notifications, now = () => new Date() }: { db: Db; notifications: NotificationRepository; now?: () => Date }) {
  return {
    list: (userId: string, query: Parameters<NotificationRepository['list']>[1]) => notifications.list(userId, query),
    unreadCount: notifications.unreadCount,

    async markRead(ctx: RequestContext, ids: string[] | undefined) {
      await db.$transaction(async (tx) => {
        const count = await notifications.markRead(tx, ctx.actor.id, ids, now());
        await recordAudit(tx, ctx, {
          action: 'notification.mark-read',
          entityType: 'Notification',
          entityId: ids?.length === 1 ? ids[0]! : null,
          unitId: ctx.actor.unitId,
          changes: { count, all: !ids },
        });
      });
    },
  };
}

export type NotificationService = ReturnType<typeof createNotificationService>;
