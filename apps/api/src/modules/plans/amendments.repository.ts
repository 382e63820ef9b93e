import type { Amendment } from '@phoihop/shared/plans';
import type { Db, Tx } from '../../db/prisma.ts';

export function createAmendmentRepository(db: Db) {
  return {
    async create(
      tx: Tx,
      data: { unitId: string; planId: string; itemId: string | null; kind: string; reason: string; changes: unknown; decidedById: string },
    ) {
      await tx.planAmendment.create({ data: { ...data, changes: data.changes as never } });
    },

    /** Newest first; one item's history when `itemId` is given (both served by an index). */
    async list(where: { planId: string } | { itemId: string }): Promise<Amendment[]> {
      const rows = await db.planAmendment.findMany({ where, orderBy: { id: 'desc' }, take: 500 });
      const users = await db.user.findMany({
        where: { id: { in: [...new Set(rows.map((r) => r.decidedById))] } },
        select: { id: true, fullName: true },
      });
      const names = new Map(users.map((u) => [u.id, u.fullName]));
      return rows.map((r) => ({
        id: r.id,
        planId: r.planId,
        itemId: r.itemId,
        kind: r.kind,
        reason: r.reason,
        changes: r.changes,
        decidedBy: names.has(r.decidedById) ? { id: r.decidedById, fullName: names.get(r.decidedById)! } : null,
        createdAt: r.createdAt.toISOString(),
      }));
    },
  };
}

export type AmendmentRepository = ReturnType<typeof createAmendmentRepository>;
