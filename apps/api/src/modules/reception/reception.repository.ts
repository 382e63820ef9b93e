// Reception sessions and the citizens received: the only Prisma user of the reception module.
// Rows become full records here; what a caller may see of a visit is decided in visit-view.ts.
import type { ListReceptionSessionsQuery, ReceptionHost, ReceptionKind, VisitHandling } from '@phoihop/shared/reception';
import type { CaseKind } from '@phoihop/shared/case-clocks';
import type { CaseField } from '@phoihop/shared/cases';
import type { Db, Tx } from '../../db/prisma.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { toPage } from '../../lib/cursor.ts';
import { fromIsoDate, toIsoDate } from '../../lib/db-values.ts';
import { afterCursor, cursorKey, newestFirstAfter } from '../../lib/keyset.ts';
import { linkedCaseSelect, type LinkedCase } from '../cases/linked-identity.ts';

const sessionSelect = {
  id: true,
  unitId: true,
  heldOn: true,
  kind: true,
  location: true,
  hosts: true,
  hostNames: true,
  organisationIds: true,
  note: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

type SessionRow = Prisma.ReceptionSessionGetPayload<{ select: typeof sessionSelect }>;

export interface SessionRecord {
  id: string;
  unitId: string;
  heldOn: string;
  kind: ReceptionKind;
  location: string | null;
  hosts: ReceptionHost[];
  hostNames: string;
  organisations: { id: string; name: string; shortName: string | null }[];
  note: string | null;
  visitCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface SessionData {
  heldOn: string;
  kind: ReceptionKind;
  location: string | null;
  hosts: ReceptionHost[];
  hostNames: string;
  organisationIds: string[];
  note: string | null;
}

const visitSelect = {
  id: true,
  unitId: true,
  sessionId: true,
  citizenName: true,
  address: true,
  idNumber: true,
  phone: true,
  groupSize: true,
  representative: true,
  content: true,
  kind: true,
  field: true,
  documents: true,
  handling: true,
  result: true,
  caseId: true,
  officerName: true,
  version: true,
  createdAt: true,
  session: { select: { heldOn: true, hostNames: true } },
} as const;

type VisitRow = Prisma.ReceptionVisitGetPayload<{ select: typeof visitSelect }>;

/** Everything about a visit, identity included: never sent as is (see visit-view.ts). */
export interface VisitRecord {
  id: string;
  unitId: string;
  sessionId: string;
  heldOn: string;
  hostNames: string;
  citizenName: string;
  address: string | null;
  idNumber: string | null;
  phone: string | null;
  groupSize: number;
  representative: string | null;
  content: string;
  kind: CaseKind | null;
  field: CaseField | null;
  documents: string | null;
  handling: VisitHandling | null;
  result: string | null;
  /** The case it opened or joined, with what decides whether the citizen is a protected denouncer. */
  case: LinkedCase | null;
  officerName: string | null;
  version: number;
  createdAt: string;
}

export type VisitData = Omit<VisitRecord, 'id' | 'unitId' | 'sessionId' | 'heldOn' | 'hostNames' | 'case' | 'version' | 'createdAt'> & {
  caseId: string | null;
};

/** A case a visit may be linked to, with what `case:read` looks at. */
export interface LinkableCase {
  id: string;
  unitId: string;
  number: string;
  kind: CaseKind | null;
  sourceOrganisationId: string | null;
  assignedOrganisationId: string | null;
  handlerId: string | null;
}

export function createReceptionRepository(db: Db) {
  async function toSessions(tx: Tx, rows: SessionRow[]): Promise<SessionRecord[]> {
    const ids = rows.map((r) => r.id);
    const [orgs, counts] = await Promise.all([
      tx.organisation.findMany({
        where: { id: { in: [...new Set(rows.flatMap((r) => r.organisationIds))] } },
        select: { id: true, name: true, shortName: true },
      }),
      tx.receptionVisit.groupBy({ by: ['sessionId'], where: { sessionId: { in: ids } }, _count: { _all: true } }),
    ]);
    const org = new Map(orgs.map((o) => [o.id, o]));
    const count = new Map(counts.map((c) => [c.sessionId, c._count._all]));
    return rows.map(({ organisationIds, ...row }) => ({
      ...row,
      heldOn: toIsoDate(row.heldOn)!,
      organisations: organisationIds.map((id) => org.get(id)).filter((o) => o !== undefined),
      visitCount: count.get(row.id) ?? 0,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    }));
  }

  async function toVisits(tx: Tx, rows: VisitRow[]): Promise<VisitRecord[]> {
    const caseIds = [...new Set(rows.map((r) => r.caseId).filter((id): id is string => id !== null))];
    const cases = caseIds.length
      ? await tx.case.findMany({ where: { id: { in: caseIds } }, select: linkedCaseSelect })
      : [];
    const caseOf = new Map(cases.map((c) => [c.id, c]));
    return rows.map(({ session, caseId, ...row }) => ({
      ...row,
      heldOn: toIsoDate(session.heldOn)!,
      hostNames: session.hostNames,
      case: caseId ? (caseOf.get(caseId) ?? null) : null,
      createdAt: row.createdAt.toISOString(),
    }));
  }

  const sessionColumns = (data: Partial<SessionData>) => ({
    ...data,
    heldOn: fromIsoDate(data.heldOn) ?? undefined,
  });

  return {
    /** Newest first, on the (unit, held_on desc, id) index. */
    async listSessions(unitId: string, query: ListReceptionSessionsQuery) {
      const after = newestFirstAfter('heldOn', query.cursor);
      const rows = await db.receptionSession.findMany({
        where: {
          unitId,
          ...(query.kind ? { kind: query.kind } : {}),
          AND: [
            query.from ? { heldOn: { gte: fromIsoDate(query.from)! } } : {},
            query.to ? { heldOn: { lte: fromIsoDate(query.to)! } } : {},
            after ?? {},
          ],
        },
        orderBy: [{ heldOn: 'desc' }, { id: 'asc' }],
        take: query.limit + 1,
        select: sessionSelect,
      });
      return toPage(await toSessions(db, rows), query.limit, (s) => [s.heldOn, s.id]);
    },

    async findSession(tx: Tx, id: string): Promise<SessionRecord | null> {
      const row = await tx.receptionSession.findUnique({ where: { id }, select: sessionSelect });
      return row ? ((await toSessions(tx, [row]))[0] ?? null) : null;
    },

    async createSession(tx: Tx, unitId: string, createdById: string, data: SessionData): Promise<string> {
      const row = await tx.receptionSession.create({
        data: { ...data, heldOn: fromIsoDate(data.heldOn)!, unitId, createdById },
        select: { id: true },
      });
      return row.id;
    },

    /** False when `version` is stale. */
    async updateSession(tx: Tx, id: string, version: number, data: Partial<SessionData>): Promise<boolean> {
      const { count } = await tx.receptionSession.updateMany({
        where: { id, version },
        data: { ...sessionColumns(data), version: { increment: 1 } },
      });
      return count > 0;
    },

    organisationsInUnit: (tx: Tx, ids: string[], unitId: string) =>
      tx.organisation.count({ where: { id: { in: ids }, unitId } }),

    /** In the order they were received, on the (session, created_at) index. */
    async listVisits(sessionId: string, query: { limit: number; cursor?: string | undefined }) {
      const rows = await db.receptionVisit.findMany({
        where: { sessionId, ...afterCursor('createdAt', query.cursor, 'date') },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take: query.limit + 1,
        select: visitSelect,
      });
      return toPage(await toVisits(db, rows), query.limit, (v) => cursorKey(v.createdAt, v.id));
    },

    async findVisit(tx: Tx, id: string): Promise<VisitRecord | null> {
      const row = await tx.receptionVisit.findUnique({ where: { id }, select: visitSelect });
      return row ? ((await toVisits(tx, [row]))[0] ?? null) : null;
    },

    async createVisit(tx: Tx, session: { id: string; unitId: string }, createdById: string, data: VisitData): Promise<string> {
      const row = await tx.receptionVisit.create({
        data: { ...data, sessionId: session.id, unitId: session.unitId, createdById },
        select: { id: true },
      });
      return row.id;
    },

    async updateVisit(tx: Tx, id: string, version: number, data: Partial<VisitData>): Promise<boolean> {
      const { count } = await tx.receptionVisit.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
      return count > 0;
    },

    findCase: (tx: Tx, id: string): Promise<LinkableCase | null> =>
      tx.case.findUnique({
        where: { id },
        select: {
          id: true,
          unitId: true,
          number: true,
          kind: true,
          sourceOrganisationId: true,
          assignedOrganisationId: true,
          handlerId: true,
        },
      }),

    /** Days and hosts of the sessions between two dates, for the duty check. */
    async sessionDays(unitId: string, from: string, to: string) {
      const rows = await db.receptionSession.findMany({
        where: { unitId, heldOn: { gte: fromIsoDate(from)!, lte: fromIsoDate(to)! } },
        select: { heldOn: true, hosts: true },
      });
      return rows.map((r) => ({ heldOn: toIsoDate(r.heldOn)!, hosts: r.hosts }));
    },

    async countsBetween(unitId: string, from: string, to: string) {
      const heldOn = { gte: fromIsoDate(from)!, lte: fromIsoDate(to)! };
      const [sessions, visits] = await Promise.all([
        db.receptionSession.count({ where: { unitId, heldOn } }),
        db.receptionVisit.count({ where: { unitId, session: { heldOn } } }),
      ]);
      return { sessions, visits };
    },
  };
}

export type ReceptionRepository = ReturnType<typeof createReceptionRepository>;
