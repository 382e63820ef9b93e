// Mediation teams and their mediators: the only Prisma user for them.
import {
  teamWarningsOf,
  type ListMediationTeamsQuery,
  type Mediator,
  type MediationTeamDetail,
} from '@phoihop/shared/mediation';
import { searchTextOf } from '@phoihop/shared/text';
import type { Db, Tx } from '../../db/prisma.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { toPage } from '../../lib/cursor.ts';
import { fromIsoDate, toIsoDate } from '../../lib/db-values.ts';
import { afterCursor } from '../../lib/keyset.ts';
import { searchWhere } from '../../lib/search.ts';

const teamSelect = {
  id: true,
  unitId: true,
  name: true,
  area: true,
  decisionNumber: true,
  establishedOn: true,
  note: true,
  active: true,
  version: true,
} as const;

const mediatorSelect = {
  id: true,
  unitId: true,
  teamId: true,
  fullName: true,
  gender: true,
  birthYear: true,
  role: true,
  organisationId: true,
  ethnicMinority: true,
  phone: true,
  active: true,
  version: true,
} as const;

type TeamRow = Prisma.MediationTeamGetPayload<{ select: typeof teamSelect }>;
type MediatorRow = Prisma.MediatorGetPayload<{ select: typeof mediatorSelect }>;

export interface TeamData {
  name: string;
  area: string;
  decisionNumber: string | null;
  establishedOn: string | null;
  note: string | null;
  active: boolean;
}

export type MediatorData = Pick<Mediator, 'fullName' | 'gender' | 'birthYear' | 'role' | 'ethnicMinority' | 'phone' | 'active'> & {
  organisationId: string | null;
};

export type MediatorRecord = Mediator & { unitId: string };

/** Leader first, then the active ones, then by name the Vietnamese way. */
const byRank = (a: Mediator, b: Mediator) =>
  Number(b.active) - Number(a.active) || (a.role === b.role ? 0 : a.role === 'LEADER' ? -1 : 1) || a.fullName.localeCompare(b.fullName, 'vi');

export function createTeamRepository(db: Db) {
  async function toMediators(tx: Tx, rows: MediatorRow[]): Promise<MediatorRecord[]> {
    const orgIds = [...new Set(rows.map((r) => r.organisationId).filter((id): id is string => id !== null))];
    const orgs = orgIds.length
      ? await tx.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true, shortName: true } })
      : [];
    const org = new Map(orgs.map((o) => [o.id, o]));
    return rows.map(({ organisationId, ...row }) => ({
      ...row,
      organisation: organisationId ? (org.get(organisationId) ?? null) : null,
    }));
  }

  /** Teams with their counts and warnings, their mediators read in one query. */
  async function toTeams(tx: Tx, rows: TeamRow[]): Promise<MediationTeamDetail[]> {
    const mediators = await toMediators(
      tx,
      await tx.mediator.findMany({ where: { teamId: { in: rows.map((r) => r.id) } }, select: mediatorSelect }),
    );
    return rows.map((row) => {
      const own = mediators.filter((m) => m.teamId === row.id).sort(byRank);
      const active = own.filter((m) => m.active);
      const leader = active.find((m) => m.role === 'LEADER');
      return {
        ...row,
        establishedOn: toIsoDate(row.establishedOn),
        leader: leader ? { id: leader.id, fullName: leader.fullName } : null,
        mediatorCount: active.length,
        womenCount: active.filter((m) => m.gender === 'FEMALE').length,
        warnings: teamWarningsOf(own),
        mediators: own.map(({ unitId: _unitId, ...m }) => m),
      };
    });
  }

  const teamColumns = (data: Partial<TeamData>) => ({
    ...data,
    establishedOn: fromIsoDate(data.establishedOn),
  });

  return {
    /** By name, on the (unit, name, id) index; `q` on the folded name and area; the first page
     * carries the total. */
    async listTeams(unitId: string, query: ListMediationTeamsQuery) {
      const where = { AND: [{ unitId }, query.active === undefined ? {} : { active: query.active }, searchWhere(query.q)] };
      const [rows, total] = await Promise.all([
        db.mediationTeam.findMany({
          where: { AND: [where, afterCursor('name', query.cursor) ?? {}] },
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
          take: query.limit + 1,
          select: teamSelect,
        }),
        query.cursor ? undefined : db.mediationTeam.count({ where }),
      ]);
      const teams = (await toTeams(db, rows)).map(({ mediators: _m, ...team }) => team);
      return { ...toPage(teams, query.limit, (t) => [t.name, t.id]), ...(total === undefined ? {} : { total }) };
    },

    async findTeam(tx: Tx, id: string): Promise<MediationTeamDetail | null> {
      const row = await tx.mediationTeam.findUnique({ where: { id }, select: teamSelect });
      return row ? ((await toTeams(tx, [row]))[0] ?? null) : null;
    },

    nameTaken: async (tx: Tx, unitId: string, name: string, exceptId?: string) =>
      (await tx.mediationTeam.count({ where: { unitId, name, ...(exceptId ? { id: { not: exceptId } } : {}) } })) > 0,

    async createTeam(tx: Tx, unitId: string, data: TeamData): Promise<string> {
      const row = await tx.mediationTeam.create({
        data: { ...teamColumns(data), name: data.name, area: data.area, unitId, searchText: searchTextOf(data.name, data.area) },
        select: { id: true },
      });
      return row.id;
    },

    async updateTeam(tx: Tx, id: string, version: number, data: TeamData): Promise<boolean> {
      const { count } = await tx.mediationTeam.updateMany({
        where: { id, version },
        data: { ...teamColumns(data), searchText: searchTextOf(data.name, data.area), version: { increment: 1 } },
      });
      return count > 0;
    },

    /** Serialises changes to a team's mediators, so two leaders are never added side by side. */
    async lockTeam(tx: Tx, id: string): Promise<void> {
      await tx.$queryRaw`SELECT id FROM mediation_teams WHERE id = ${id}::uuid FOR NO KEY UPDATE`;
    },

    async findMediator(tx: Tx, id: string): Promise<MediatorRecord | null> {
      const row = await tx.mediator.findUnique({ where: { id }, select: mediatorSelect });
      return row ? ((await toMediators(tx, [row]))[0] ?? null) : null;
    },

    activeLeaders: (tx: Tx, teamId: string, exceptId?: string) =>
      tx.mediator.count({ where: { teamId, role: 'LEADER', active: true, ...(exceptId ? { id: { not: exceptId } } : {}) } }),

    async createMediator(tx: Tx, team: { id: string; unitId: string }, data: MediatorData): Promise<string> {
      const row = await tx.mediator.create({ data: { ...data, teamId: team.id, unitId: team.unitId }, select: { id: true } });
      return row.id;
    },

    async updateMediator(tx: Tx, id: string, version: number, data: MediatorData): Promise<boolean> {
      const { count } = await tx.mediator.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
      return count > 0;
    },

    organisationInUnit: async (tx: Tx, id: string, unitId: string) =>
      (await tx.organisation.count({ where: { id, unitId } })) > 0,
  };
}

export type TeamRepository = ReturnType<typeof createTeamRepository>;
