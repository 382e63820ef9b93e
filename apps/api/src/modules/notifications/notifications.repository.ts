import type { Notification } from '@phoihop/shared/notifications';
import type { Db, Tx } from '../../db/prisma.ts';
import { decodeCursor, toPage } from '../../lib/cursor.ts';

const select = { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true } as const;

type Row = { id: string; kind: string; title: string; body: string | null; link: string | null; readAt: Date | null; createdAt: Date };

const toNotification = (row: Row): Notification => ({
  ...row,
  readAt: row.readAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

export function createNotificationRepository(db: Db) {
  return {
    /** Newest first; ids are UUIDv7, so id order is creation order. */
    async list(userId: string, query: { limit: number; cursor?: string | undefined; unread?: boolean | undefined }) {
      const after = decodeCursor(query.cursor, ['id']);
      const rows = await db.notification.findMany({
        where: {
          userId,
          ...(query.unread ? { readAt: null } : {}),
          ...(after ? { id: { lt: String(after[0]) } } : {}),
        },
        orderBy: { id: 'desc' },
        take: query.limit + 1,
        select,
      });
      return toPage(rows.map(toNotification), query.limit, (n) => [n.id]);
    },

    unreadCount: (userId: string) => db.notification.count({ where: { userId, readAt: null } }),

    /** Marks the user's unread notices (all, or those of `ids`) read; returns how many. */
    async markRead(tx: Tx, userId: string, ids: string[] | undefined, at: Date) {
      const { count } = await tx.notification.updateMany({
        where: { userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
        data: { readAt: at },
      });
      return count;
    },

    /** Inside the caller's transaction, so a notice exists only if its cause does. */
    async create(
      tx: Tx,
      input: { unitId: string; userId: string; kind: string; title: string; body?: string; link?: string },
    ) {
      return toNotification(await tx.notification.create({ data: input, select }));
    },

    /** The same notice to many users in one statement (inside the caller's transaction). */
    async createMany(tx: Tx, inputs: { unitId: string; userId: string; kind: string; title: string; body?: string; link?: string }[]) {
      if (inputs.length) await tx.notification.createMany({ data: inputs });
    },
  };
}

export type NotificationRepository = ReturnType<typeof createNotificationRepository>;
