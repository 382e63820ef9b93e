// Mediation cases and the period's statistics: the only Prisma user for them.
import type { CaseField } from '@phoihop/shared/cases';
import type { ListMediationCasesQuery, MediationCase, MediationOutcome } from '@phoihop/shared/mediation';
import { searchTextOf } from '@phoihop/shared/text';
import type { Db, Tx } from '../../db/prisma.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { toPage } from '../../lib/cursor.ts';
import { newestFirstAfter } from '../../lib/keyset.ts';
import { fromIsoDate, toIsoDate } from '../../lib/db-values.ts';
import { searchWhere } from '../../lib/search.ts';
import { linkedCaseSelect, type LinkedCase } from '../cases/linked-identity.ts';

const select = {
  id: true,
  unitId: true,
  title: true,
  parties: true,
  field: true,
  receivedOn: true,
  mediatedOn: true,
  outcome: true,
  agreement: true,
  referral: true,
  followUp: true,
  caseId: true,
  mediatorIds: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  team: { select: { id: true, name: true } },
} as const;

type Row = Prisma.MediationCaseGetPayload<{ select: typeof select }>;

export interface Party {
  name: string;
  address: string | null;
}

export interface MediationCaseData {
  teamId: string;
  title: string;
  parties: Party[];
  field: CaseField;
  receivedOn: string;
  mediatedOn: string | null;
  outcome: MediationOutcome;
  agreement: string | null;
  referral: string | null;
  followUp: string | null;
  caseId: string | null;
  mediatorIds: string[];
}

/** Everything about a mediation case, its parties included: never sent as is (see mediation-case-view.ts). */
export type MediationCaseRecord = Omit<MediationCase, 'case' | 'identityProtected' | 'can'> & { case: LinkedCase | null };

const searchTextOfCase = (data: Pick<MediationCaseData, 'title' | 'parties'>) =>
  searchTextOf(data.title, ...data.parties.flatMap((p) => [p.name, p.address]));

export function createMediationCaseRepository(db: Db) {
  async function toCases(tx: Tx, rows: Row[]): Promise<MediationCaseRecord[]> {
    const mediatorIds = [...new Set(rows.flatMap((r) => r.mediatorIds))];
    const caseIds = [...new Set(rows.map((r) => r.caseId).filter((id): id is string => id !== null))];
    const [mediators, cases] = await Promise.all([
      mediatorIds.length ? tx.mediator.findMany({ where: { id: { in: mediatorIds } }, select: { id: true, fullName: true } }) : [],
      caseIds.length ? tx.case.findMany({ where: { id: { in: caseIds } }, select: linkedCaseSelect }) : [],
    ]);
    const mediator = new Map(mediators.map((m) => [m.id, m]));
    const linked = new Map(cases.map((c) => [c.id, c]));
    return rows.map(({ caseId, mediatorIds: ids, ...row }) => ({
      ...row,
      parties: row.parties as unknown as Party[],
      receivedOn: toIsoDate(row.receivedOn)!,
      mediatedOn: toIsoDate(row.mediatedOn),
      case: caseId ? (linked.get(caseId) ?? null) : null,
      mediators: ids.map((id) => mediator.get(id)).filter((m) => m !== undefined),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    }));
  }

  const columns = (data: MediationCaseData) => ({
    ...data,
    parties: data.parties as unknown as Prisma.InputJsonValue,
    receivedOn: fromIsoDate(data.receivedOn)!,
    mediatedOn: fromIsoDate(data.mediatedOn) ?? null,
    searchText: searchTextOfCase(data),
  });

  return {
    /** Newest first, on the (unit | team, received_on desc, id) indexes; the first page carries the total. */
    async list(unitId: string, query: ListMediationCasesQuery) {
      const where = {
        AND: [
          { unitId },
          query.teamId ? { teamId: query.teamId } : {},
          query.outcome ? { outcome: query.outcome } : {},
          query.concluded === true ? { outcome: { not: 'IN_PROGRESS' as const } } : {},
          query.concluded === false ? { outcome: 'IN_PROGRESS' as const } : {},
          query.field ? { field: query.field } : {},
          query.from ? { receivedOn: { gte: fromIsoDate(query.from)! } } : {},
          query.to ? { receivedOn: { lte: fromIsoDate(query.to)! } } : {},
          searchWhere(query.q),
        ],
      };
      const after = newestFirstAfter('receivedOn', query.cursor);
      const [rows, total] = await Promise.all([
        db.mediationCase.findMany({
          where: { AND: [where, after ?? {}] },
          orderBy: [{ receivedOn: 'desc' }, { id: 'asc' }],
          take: query.limit + 1,
          select,
        }),
        query.cursor ? undefined : db.mediationCase.count({ where }),
      ]);
      return { ...toPage(await toCases(db, rows), query.limit, (c) => [c.receivedOn, c.id]), ...(total === undefined ? {} : { total }) };
    },

    async find(tx: Tx, id: string): Promise<MediationCaseRecord | null> {
      const row = await tx.mediationCase.findUnique({ where: { id }, select });
      return row ? ((await toCases(tx, [row]))[0] ?? null) : null;
    },

    async create(tx: Tx, unitId: string, createdById: string, data: MediationCaseData): Promise<string> {
      const row = await tx.mediationCase.create({ data: { ...columns(data), unitId, createdById }, select: { id: true } });
      return row.id;
    },

    async update(tx: Tx, id: string, version: number, data: MediationCaseData): Promise<boolean> {
      const { count } = await tx.mediationCase.updateMany({ where: { id, version }, data: { ...columns(data), version: { increment: 1 } } });
      return count > 0;
    },

    team: (tx: Tx, id: string) => tx.mediationTeam.findUnique({ where: { id }, select: { id: true, unitId: true, active: true } }),

    mediatorsOf: (tx: Tx, teamId: string, ids: string[]) =>
      tx.mediator.findMany({ where: { teamId, id: { in: ids } }, select: { id: true, active: true } }),

    letter: (tx: Tx, id: string) =>
      tx.case.findUnique({
        where: { id },
        select: { id: true, unitId: true, sourceOrganisationId: true, assignedOrganisationId: true, handlerId: true },
      }),

    /** Current teams and mediators, and the period's cases grouped once by outcome, field and team. */
    async statistics(unitId: string, from: string, to: string) {
      const [teams, mediators, women, groups] = await Promise.all([
        db.mediationTeam.findMany({ where: { unitId }, select: { id: true, name: true, active: true }, orderBy: { name: 'asc' } }),
        db.mediator.count({ where: { unitId, active: true, team: { active: true } } }),
        db.mediator.count({ where: { unitId, active: true, gender: 'FEMALE', team: { active: true } } }),
        db.mediationCase.groupBy({
          by: ['outcome', 'field', 'teamId'],
          where: { unitId, receivedOn: { gte: fromIsoDate(from)!, lte: fromIsoDate(to)! } },
          _count: { _all: true },
        }),
      ]);
      return { teams, mediators, women, groups: groups.map((g) => ({ outcome: g.outcome, field: g.field, teamId: g.teamId, count: g._count._all })) };
    },
  };
}

export type MediationCaseRepository = ReturnType<typeof createMediationCaseRepository>;
