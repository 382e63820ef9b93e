import type { AuditEntry, ListAuditQuery } from '@phoihop/shared/audit';
import type { Db } from '../../db/prisma.ts';
import { decodeCursor, toPage } from '../../lib/cursor.ts';

export function createAuditRepository(db: Db) {
  return {
    /** Newest first, keyset on the sequence id. */
    async list(query: ListAuditQuery, unitId: string) {
      const after = decodeCursor(query.cursor, ['serial']);
      const rows = await db.auditLog.findMany({
        where: {
          unitId,
          ...(query.entityType ? { entityType: query.entityType } : {}),
          ...(query.entityId ? { entityId: query.entityId } : {}),
          ...(query.actorId ? { actorId: query.actorId } : {}),
          ...(after ? { id: { lt: BigInt(String(after[0])) } } : {}),
        },
        orderBy: { id: 'desc' },
        take: query.limit + 1,
      });
      const actorIds = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => !!id))];
      const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, fullName: true } });
      const names = new Map(actors.map((a) => [a.id, a.fullName]));
      const items: AuditEntry[] = rows.map((r) => ({
        id: r.id.toString(),
        at: r.at.toISOString(),
        unitId: r.unitId,
        actorId: r.actorId,
        actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
        action: r.action,
        entityType: r.entityType,
        entityId: r.entityId,
        changes: r.changes,
        requestId: r.requestId,
      }));
      return toPage(items, query.limit, (e) => [e.id]);
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
