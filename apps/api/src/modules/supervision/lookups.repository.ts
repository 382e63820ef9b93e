// What boards, supervisions and recommendations look up around them: organisations, attached
// files, members of a team or board, the Front. The only Prisma user for members.
import type { Member, MemberInput } from '@phoihop/shared/supervision';
import type { Tx } from '../../db/prisma.ts';
import { fileRefs, organisationRefs } from '../../lib/follow-ups.ts';

export type Owner = { supervisionId: string } | { boardId: string };

const memberSelect = {
  id: true,
  supervisionId: true,
  boardId: true,
  fullName: true,
  role: true,
  position: true,
  organisationId: true,
} as const;

export interface MemberRow extends Member {
  supervisionId: string | null;
  boardId: string | null;
}

export function createLookupRepository() {
  return {
    organisations: organisationRefs,
    files: fileRefs,

    /** The ids among `ids` that are organisations of the unit (with their names). */
    async organisationsInUnit(tx: Tx, unitId: string, ids: string[]) {
      if (!ids.length) return new Map<string, { id: string; name: string; active: boolean }>();
      const rows = await tx.organisation.findMany({ where: { unitId, id: { in: ids } }, select: { id: true, name: true, active: true } });
      return new Map(rows.map((o) => [o.id, o]));
    },

    /** Members in their recorded order, with their organisations. */
    async members(tx: Tx, where: { supervisionId: { in: string[] } } | { boardId: { in: string[] } }): Promise<MemberRow[]> {
      const rows = await tx.supervisionMember.findMany({ where, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: memberSelect });
      const orgs = await organisationRefs(tx, rows.map((r) => r.organisationId));
      return rows.map(({ organisationId, ...row }) => ({
        ...row,
        organisation: organisationId ? (orgs.get(organisationId) ?? null) : null,
      }));
    },

    /** Replaces the whole member list of a team or a board. */
    async replaceMembers(tx: Tx, owner: Owner, members: MemberInput[]) {
      await tx.supervisionMember.deleteMany({ where: owner });
      if (!members.length) return;
      await tx.supervisionMember.createMany({
        data: members.map((m, sortOrder) => ({
          ...owner,
          fullName: m.fullName,
          role: m.role,
          position: m.position ?? null,
          organisationId: m.organisationId ?? null,
          sortOrder,
        })),
      });
    },

    /** The unit's Fatherland Front committee(s). */
    async frontOf(tx: Tx, unitId: string) {
      const rows = await tx.organisation.findMany({ where: { unitId, kind: 'FATHERLAND_FRONT', active: true }, select: { id: true } });
      return rows.map((r) => r.id);
    },
  };
}

export type LookupRepository = ReturnType<typeof createLookupRepository>;
