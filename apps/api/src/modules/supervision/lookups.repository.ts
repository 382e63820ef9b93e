// What boards, supervisions and recommendations look up around them: organisations, attached
// files, members of a team or board, and the staff to notify. The only Prisma user for those.
import type { FileRef } from '@phoihop/shared/follow-ups';
import type { OrganisationRef } from '@phoihop/shared/plans';
import type { Member, MemberInput } from '@phoihop/shared/supervision';
import type { Tx } from '../../db/prisma.ts';

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

const staffRoles = { some: { role: { in: ['ORG_LEADER' as const, 'ORG_OFFICER' as const] } } };

export function createLookupRepository() {
  async function organisations(tx: Tx, ids: (string | null)[]): Promise<Map<string, OrganisationRef>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    const rows = wanted.length
      ? await tx.organisation.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true, shortName: true } })
      : [];
    return new Map(rows.map((o) => [o.id, o]));
  }

  return {
    organisations,

    /** The ids among `ids` that are organisations of the unit (with their names). */
    async organisationsInUnit(tx: Tx, unitId: string, ids: string[]) {
      if (!ids.length) return new Map<string, { id: string; name: string; active: boolean }>();
      const rows = await tx.organisation.findMany({ where: { unitId, id: { in: ids } }, select: { id: true, name: true, active: true } });
      return new Map(rows.map((o) => [o.id, o]));
    },

    async files(tx: Tx, ids: (string | null)[]): Promise<Map<string, FileRef>> {
      const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
      const rows = wanted.length
        ? await tx.attachment.findMany({ where: { id: { in: wanted } }, select: { id: true, fileName: true, mimeType: true, size: true } })
        : [];
      return new Map(rows.map((f) => [f.id, f]));
    },

    /** A file the user uploaded in the unit and did not attach to a progress report. */
    usableFile: async (tx: Tx, id: string, unitId: string, userId: string) =>
      (await tx.attachment.count({ where: { id, unitId, uploadedById: userId, progressUpdateId: null } })) > 0,

    /** Members in their recorded order, with their organisations. */
    async members(tx: Tx, where: { supervisionId: { in: string[] } } | { boardId: { in: string[] } }): Promise<MemberRow[]> {
      const rows = await tx.supervisionMember.findMany({ where, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: memberSelect });
      const orgs = await organisations(tx, rows.map((r) => r.organisationId));
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

    /** Active leaders and officers of the organisations. */
    async staffOf(tx: Tx, organisationIds: string[], roles: ('ORG_LEADER' | 'ORG_OFFICER')[] = ['ORG_LEADER', 'ORG_OFFICER']) {
      if (!organisationIds.length) return [];
      const rows = await tx.user.findMany({
        where: { organisationId: { in: organisationIds }, active: true, roles: roles.length === 2 ? staffRoles : { some: { role: { in: roles } } } },
        select: { id: true },
      });
      return rows.map((r) => r.id);
    },

    /** The unit's Fatherland Front committee(s). */
    async frontOf(tx: Tx, unitId: string) {
      const rows = await tx.organisation.findMany({ where: { unitId, kind: 'FATHERLAND_FRONT', active: true }, select: { id: true } });
      return rows.map((r) => r.id);
    },

    /** Notices to many users, each user once per dedupe key, whichever process sends. */
    async notifyOnce(
      tx: Tx,
      notices: { unitId: string; userId: string; kind: string; title: string; body: string; link: string; dedupeKey: string }[],
    ) {
      if (!notices.length) return 0;
      const { count } = await tx.notification.createMany({ data: notices, skipDuplicates: true });
      return count;
    },
  };
}

export type LookupRepository = ReturnType<typeof createLookupRepository>;
