// What the three civic areas look up alike: organisations, users and files by id, the staff an
// organisation's notices go to, and whether a file may be linked by the actor.
import type { FileRef } from '@phoihop/shared/follow-ups';
import type { Tx } from '../../db/prisma.ts';

export interface OrgRef {
  id: string;
  name: string;
  shortName: string | null;
}

const present = <T>(ids: (T | null | undefined)[]): T[] => [...new Set(ids.filter((id): id is T => id != null))];

export function createCivicRefs() {
  return {
    async organisations(tx: Tx, ids: (string | null | undefined)[]): Promise<Map<string, OrgRef>> {
      const wanted = present(ids);
      const rows = wanted.length
        ? await tx.organisation.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true, shortName: true } })
        : [];
      return new Map(rows.map((r) => [r.id, r]));
    },

    async users(tx: Tx, ids: (string | null | undefined)[]): Promise<Map<string, { id: string; fullName: string }>> {
      const wanted = present(ids);
      const rows = wanted.length ? await tx.user.findMany({ where: { id: { in: wanted } }, select: { id: true, fullName: true } }) : [];
      return new Map(rows.map((r) => [r.id, r]));
    },

    async files(tx: Tx, ids: (string | null | undefined)[]): Promise<Map<string, FileRef>> {
      const wanted = present(ids);
      const rows = wanted.length
        ? await tx.attachment.findMany({ where: { id: { in: wanted } }, select: { id: true, fileName: true, mimeType: true, size: true } })
        : [];
      return new Map(rows.map((r) => [r.id, r]));
    },

    /** An active organisation of the unit, or null. */
    organisationInUnit: (tx: Tx, id: string, unitId: string) =>
      tx.organisation.findFirst({ where: { id, unitId, active: true }, select: { id: true, name: true, shortName: true, kind: true } }),

    /** A file the actor uploaded in their unit (the same rule as a case's letters). */
    async fileUsable(tx: Tx, id: string, unitId: string, uploadedById: string): Promise<boolean> {
      return (await tx.attachment.count({ where: { id, unitId, uploadedById, progressUpdateId: null } })) > 0;
    },

    /** Active leaders and officers of an organisation: who is told what was sent to it. */
    async staffOf(tx: Tx, organisationId: string): Promise<string[]> {
      const rows = await tx.user.findMany({
        where: { organisationId, active: true, roles: { some: { role: { in: ['ORG_LEADER', 'ORG_OFFICER'] } } } },
        select: { id: true },
      });
      return rows.map((r) => r.id);
    },
  };
}

export type CivicRefs = ReturnType<typeof createCivicRefs>;
