// What the three civic areas look up alike: organisations, users and files by id, and whether an
// organisation may be named in a record of the unit.
import type { Tx } from '../../db/prisma.ts';
import { fileRefs, organisationRefs } from '../../lib/follow-ups.ts';

export interface OrgRef {
  id: string;
  name: string;
  shortName: string | null;
}

export function createCivicRefs() {
  return {
    organisations: organisationRefs,
    files: fileRefs,

    async users(tx: Tx, ids: (string | null | undefined)[]): Promise<Map<string, { id: string; fullName: string }>> {
      const wanted = [...new Set(ids.filter((id): id is string => id != null))];
      const rows = wanted.length ? await tx.user.findMany({ where: { id: { in: wanted } }, select: { id: true, fullName: true } }) : [];
      return new Map(rows.map((r) => [r.id, r]));
    },

    /** An active organisation of the unit, or null. */
    organisationInUnit: (tx: Tx, id: string, unitId: string) =>
      tx.organisation.findFirst({ where: { id, unitId, active: true }, select: { id: true, name: true, shortName: true, kind: true } }),
  };
}

export type CivicRefs = ReturnType<typeof createCivicRefs>;
