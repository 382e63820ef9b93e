// The unit a report is about: its name and kind, and who chairs its People's Committee (the
// default signer).
import { foldText } from '@phoihop/shared/text';
import type { Db } from '../../db/prisma.ts';
import type { UnitKind } from './report-unit.ts';

export function createReportUnitRepository(db: Db) {
  return {
    unit: (unitId: string): Promise<{ name: string; kind: UnitKind } | null> =>
      db.adminUnit.findUnique({ where: { id: unitId }, select: { name: true, kind: true } }),

    /** The leader of the unit's People's Committee whose position is its chairman (not a deputy). */
    async chairmanName(unitId: string): Promise<string | null> {
      const leaders = await db.user.findMany({
        where: {
          unitId,
          active: true,
          organisation: { kind: 'PEOPLES_COMMITTEE', active: true },
          roles: { some: { role: 'ORG_LEADER', unitId } },
        },
        orderBy: { createdAt: 'asc' },
        select: { fullName: true, position: true },
      });
      const chairman = leaders.find((u) => foldText(u.position ?? '').startsWith('chu tich'));
      return (chairman ?? (leaders.length === 1 ? leaders[0] : undefined))?.fullName ?? null;
    },
  };
}

export type ReportUnitRepository = ReturnType<typeof createReportUnitRepository>;
