import type { Db, Tx } from '../../db/prisma.ts';
import type { OrganisationName } from './organisation-names.ts';

export function createPlanImportRepository(db: Db) {
  return {
    /** Active organisations in the unit's display order: who may lead or partner a task. */
    activeOrganisations: (tx: Tx, unitId: string): Promise<OrganisationName[]> =>
      tx.organisation.findMany({
        where: { unitId, active: true },
        orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
        select: { id: true, name: true, shortName: true },
      }),

    async unitIdByCode(code: string): Promise<string | null> {
      const unit = await db.adminUnit.findUnique({ where: { code }, select: { id: true } });
      return unit?.id ?? null;
    },
  };
}

export type PlanImportRepository = ReturnType<typeof createPlanImportRepository>;
