// Supervision teams and the regular supervisions of the standing boards, their reports and the
// earlier recommendations a follow-up checks: the only Prisma user for them.
import type { IsoDate } from '@phoihop/shared/dates';
import type {
  ListSupervisionsQuery,
  Member,
  Supervision,
  SupervisionKind,
  SupervisionStatus,
} from '@phoihop/shared/supervision';
import { searchTextOf } from '@phoihop/shared/text';
import type { Db, Tx } from '../../db/prisma.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { toPage } from '../../lib/cursor.ts';
import { fromIsoDate, toIsoDate } from '../../lib/db-values.ts';
import { newestFirstAfter } from '../../lib/keyset.ts';
import { searchWhere } from '../../lib/search.ts';
import type { LookupRepository } from './lookups.repository.ts';

const select = {
  id: true,
  unitId: true,
  title: true,
  kind: true,
  status: true,
  content: true,
  decisionNumber: true,
  decisionDate: true,
  decisionSigner: true,
  decisionFileId: true,
  leadOrganisationId: true,
  coOrganiserIds: true,
  supervisedBodies: true,
  periodFrom: true,
  periodTo: true,
  reportText: true,
  findings: true,
  reportedOn: true,
  reportFileId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  board: { select: { id: true, name: true, kind: true } },
} as const;

type Row = Prisma.SupervisionGetPayload<{ select: typeof select }>;

/** What a team is set up with; the report is recorded apart. */
export interface SupervisionData {
  title: string;
  kind: SupervisionKind;
  content: string | null;
  decisionNumber: string | null;
  decisionDate: IsoDate | null;
  decisionSigner: string | null;
  decisionFileId: string | null;
  leadOrganisationId: string;
  coOrganiserIds: string[];
  supervisedBodies: string[];
  periodFrom: IsoDate;
  periodTo: IsoDate;
  boardId: string | null;
}

export interface ReportData {
  reportText: string;
  findings: string | null;
  reportedOn: IsoDate;
  reportFileId: string | null;
}

/** A supervision as the list shows it, with what its detail and the checks need. */
export interface SupervisionRecord extends Supervision {
  content: string | null;
  decisionFileId: string | null;
  report: (ReportData & { reportedOn: IsoDate }) | null;
}

const columns = (data: SupervisionData) => ({
  ...data,
  decisionDate: fromIsoDate(data.decisionDate) ?? null,
  periodFrom: fromIsoDate(data.periodFrom)!,
  periodTo: fromIsoDate(data.periodTo)!,
  searchText: searchTextOf(data.title, data.decisionNumber, data.decisionSigner, ...data.supervisedBodies),
});

export function createSupervisionRepository(db: Db, lookups: LookupRepository) {
  /** Recommendations per supervision: all, still unanswered, and unanswered past their due day. */
  async function counts(tx: Tx, ids: string[], today: IsoDate) {
    if (!ids.length) return new Map<string, Supervision['recommendations']>();
    const byStatus = await tx.recommendation.groupBy({ by: ['supervisionId', 'status'], where: { supervisionId: { in: ids } }, _count: { _all: true } });
    const overdue = await tx.recommendation.groupBy({
      by: ['supervisionId'],
      where: { supervisionId: { in: ids }, status: 'UNANSWERED', dueOn: { lt: fromIsoDate(today)! } },
      _count: { _all: true },
    });
    return new Map(
      ids.map((id) => {
        const own = byStatus.filter((g) => g.supervisionId === id);
        return [
          id,
          {
            total: own.reduce((sum, g) => sum + g._count._all, 0),
            unanswered: own.find((g) => g.status === 'UNANSWERED')?._count._all ?? 0,
            overdue: overdue.find((g) => g.supervisionId === id)?._count._all ?? 0,
          },
        ];
      }),
    );
  }

  async function toRecords(tx: Tx, rows: Row[], today: IsoDate): Promise<SupervisionRecord[]> {
    const orgs = await lookups.organisations(tx, rows.flatMap((r) => [r.leadOrganisationId, ...r.coOrganiserIds]));
    const tally = await counts(tx, rows.map((r) => r.id), today);
    const org = (id: string) => orgs.get(id) ?? { id, name: '—', shortName: null };
    return rows.map(({ leadOrganisationId, coOrganiserIds, reportText, findings, reportedOn, reportFileId, ...row }) => ({
      ...row,
      decisionDate: toIsoDate(row.decisionDate),
      periodFrom: toIsoDate(row.periodFrom)!,
      periodTo: toIsoDate(row.periodTo)!,
      lead: org(leadOrganisationId),
      coOrganisers: coOrganiserIds.map(org),
      recommendations: tally.get(row.id) ?? { total: 0, unanswered: 0, overdue: 0 },
      report: reportText !== null && reportedOn !== null ? { reportText, findings, reportedOn: toIsoDate(reportedOn)!, reportFileId } : null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    }));
  }

  return {
    /** Newest period first, on the (unit | unit, status | board; period_from desc, id) indexes; the first page carries the total. */
    async list(unitId: string, query: ListSupervisionsQuery, today: IsoDate) {
      const where = {
        AND: [
          { unitId },
          query.boardId ? { boardId: query.boardId } : {},
          query.status ? { status: query.status } : {},
          query.kind ? { kind: query.kind } : {},
          // A supervision belongs to every year its period touches.
          query.year
            ? { periodFrom: { lte: fromIsoDate(`${query.year}-12-31`)! }, periodTo: { gte: fromIsoDate(`${query.year}-01-01`)! } }
            : {},
          searchWhere(query.q),
        ],
      };
      const after = newestFirstAfter('periodFrom', query.cursor);
      const [rows, total] = await Promise.all([
        db.supervision.findMany({
          where: { AND: [where, after ?? {}] },
          orderBy: [{ periodFrom: 'desc' }, { id: 'asc' }],
          take: query.limit + 1,
          select,
        }),
        query.cursor ? undefined : db.supervision.count({ where }),
      ]);
      const items = (await toRecords(db, rows, today)).map(({ content: _c, decisionFileId: _f, report: _r, ...s }) => s);
      return { ...toPage(items, query.limit, (s) => [s.periodFrom, s.id]), ...(total === undefined ? {} : { total }) };
    },

    async find(tx: Tx, id: string, today: IsoDate): Promise<SupervisionRecord | null> {
      const row = await tx.supervision.findUnique({ where: { id }, select });
      return row ? ((await toRecords(tx, [row], today))[0] ?? null) : null;
    },

    members: async (tx: Tx, id: string): Promise<Member[]> =>
      (await lookups.members(tx, { supervisionId: { in: [id] } })).map(({ boardId: _b, supervisionId: _s, ...m }) => m),

    /** Serialises writes to one supervision: recommendation numbers, closing while answers arrive. */
    async lock(tx: Tx, id: string): Promise<void> {
      await tx.$queryRaw`SELECT id FROM supervisions WHERE id = ${id}::uuid FOR NO KEY UPDATE`;
    },

    async create(tx: Tx, unitId: string, createdById: string, data: SupervisionData): Promise<string> {
      const row = await tx.supervision.create({ data: { ...columns(data), unitId, createdById }, select: { id: true } });
      return row.id;
    },

    async update(tx: Tx, id: string, version: number, data: SupervisionData): Promise<boolean> {
      const { count } = await tx.supervision.updateMany({ where: { id, version }, data: { ...columns(data), version: { increment: 1 } } });
      return count > 0;
    },

    async setStatus(tx: Tx, id: string, version: number, status: SupervisionStatus): Promise<boolean> {
      const { count } = await tx.supervision.updateMany({ where: { id, version }, data: { status, version: { increment: 1 } } });
      return count > 0;
    },

    async recordReport(tx: Tx, id: string, version: number, report: ReportData, status: SupervisionStatus): Promise<boolean> {
      const { count } = await tx.supervision.updateMany({
        where: { id, version },
        data: { ...report, reportedOn: fromIsoDate(report.reportedOn)!, status, version: { increment: 1 } },
      });
      return count > 0;
    },

    /** The earlier recommendations a follow-up checks, with their own supervision. */
    async checks(tx: Tx, id: string) {
      const rows = await tx.supervisionCheck.findMany({
        where: { supervisionId: id },
        select: {
          recommendation: {
            select: { id: true, ordinal: true, content: true, status: true, supervision: { select: { id: true, title: true, decisionNumber: true } } },
          },
        },
      });
      return rows
        .map((r) => r.recommendation)
        .sort((a, b) => a.supervision.id.localeCompare(b.supervision.id) || a.ordinal - b.ordinal);
    },

    async replaceChecks(tx: Tx, id: string, recommendationIds: string[]) {
      await tx.supervisionCheck.deleteMany({ where: { supervisionId: id } });
      if (recommendationIds.length) {
        await tx.supervisionCheck.createMany({ data: recommendationIds.map((recommendationId) => ({ supervisionId: id, recommendationId })) });
      }
    },

    /** The recommendations among `ids` that are of the unit, with the supervision each answers. */
    recommendationsInUnit: (tx: Tx, unitId: string, ids: string[]) =>
      ids.length
        ? tx.recommendation.findMany({ where: { unitId, id: { in: ids } }, select: { id: true, supervisionId: true } })
        : Promise.resolve([]),
  };
}

export type SupervisionRepository = ReturnType<typeof createSupervisionRepository>;
