// Reads an export needs besides the list pages: names for the filters in words (only of the
// reader's unit) and a case's outcome day, which the case summary leaves out. None of them
// carries a petitioner's identity.
import type { Db } from '../../db/prisma.ts';
import { toIsoDate } from '../../lib/db-values.ts';

export function createExportLookups(db: Db) {
  return {
    unitName: async (unitId: string) =>
      (await db.adminUnit.findUnique({ where: { id: unitId }, select: { name: true } }))?.name ?? '',

    organisationName: async (unitId: string, id: string) =>
      (await db.organisation.findFirst({ where: { id, unitId }, select: { name: true } }))?.name ?? null,

    planTitle: async (unitId: string, id: string) =>
      (await db.plan.findFirst({ where: { id, unitId }, select: { title: true } }))?.title ?? null,

    planItemTitle: async (unitId: string, id: string) =>
      (await db.planItem.findFirst({ where: { id, unitId }, select: { title: true } }))?.title ?? null,

    supervisionTitle: async (unitId: string, id: string) =>
      (await db.supervision.findFirst({ where: { id, unitId }, select: { title: true } }))?.title ?? null,

    async voterMeeting(unitId: string, id: string) {
      const row = await db.voterMeeting.findFirst({ where: { id, unitId }, select: { kind: true, heldOn: true, location: true } });
      return row ? { kind: row.kind, heldOn: toIsoDate(row.heldOn)!, location: row.location } : null;
    },

    mediationTeamName: async (unitId: string, id: string) =>
      (await db.mediationTeam.findFirst({ where: { id, unitId }, select: { name: true } }))?.name ?? null,

    /** When each case got its result and whether in time, by id. */
    async caseOutcomes(ids: string[]) {
      const rows = ids.length
        ? await db.case.findMany({ where: { id: { in: ids } }, select: { id: true, handledOn: true, handledOnTime: true } })
        : [];
      return new Map(rows.map((r) => [r.id, { handledOn: toIsoDate(r.handledOn), handledOnTime: r.handledOnTime }]));
    },
  };
}

export type ExportLookups = ReturnType<typeof createExportLookups>;
