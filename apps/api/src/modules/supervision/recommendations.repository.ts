// Recommendations after supervision and their history of answers: the only Prisma user for them.
import { idSchema } from '@phoihop/shared/common';
import { isoDateSchema, type IsoDate } from '@phoihop/shared/dates';
import {
  openRecommendationStatuses,
  type ListRecommendationsQuery,
  type RecommendationEvent,
  type RecommendationStatus,
  type RecommendationSummary,
} from '@phoihop/shared/supervision';
import { searchTextOf } from '@phoihop/shared/text';
import type { Db, Tx } from '../../db/prisma.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { AppError } from '../../lib/app-error.ts';
import { decodeCursor, toPage } from '../../lib/cursor.ts';
import { fromIsoDate, toIsoDate } from '../../lib/db-values.ts';
import { searchWhere } from '../../lib/search.ts';
import type { LookupRepository } from './lookups.repository.ts';
import type { RecommendationRecord } from './recommendation-view.ts';

const ref = { select: { id: true, title: true, decisionNumber: true } } as const;

const select = {
  id: true,
  unitId: true,
  ordinal: true,
  content: true,
  addresseeOrganisationId: true,
  addresseeName: true,
  sentOn: true,
  dueOn: true,
  status: true,
  answerText: true,
  answeredOn: true,
  answerDocumentNumber: true,
  answerFileId: true,
  rejectionReason: true,
  implementedOn: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  supervision: ref,
  checkedBy: { select: { supervision: ref } },
} as const;

type Row = Prisma.RecommendationGetPayload<{ select: typeof select }>;

export interface RecommendationData {
  content: string;
  addresseeOrganisationId: string | null;
  addresseeName: string;
  sentOn: IsoDate;
  dueOn: IsoDate;
}

/** What a response writes on the recommendation itself. */
export interface ResponseColumns {
  status: RecommendationStatus;
  answerText?: string;
  answeredOn?: IsoDate;
  answerDocumentNumber?: string | null;
  answerFileId?: string | null;
  rejectionReason?: string;
  implementedOn?: IsoDate;
}

/** Ascending (due day, id) after the cursor; a cursor that is not a day and an id is a 400. */
function dueOnAfter(cursor: string | undefined) {
  const values = decodeCursor(cursor, ['day', 'id']);
  if (!values) return {};
  const [day, id] = values;
  if (typeof day !== 'string' || !isoDateSchema.safeParse(day).success || typeof id !== 'string' || !idSchema.safeParse(id).success) {
    throw new AppError('BAD_REQUEST', { message: 'Tham số cursor không hợp lệ' });
  }
  const date = fromIsoDate(day)!;
  return { OR: [{ dueOn: { gt: date } }, { dueOn: date, id: { gt: id } }] };
}

const overdueWhere = (today: IsoDate) => ({ status: 'UNANSWERED' as const, dueOn: { lt: fromIsoDate(today)! } });

export function createRecommendationRepository(db: Db, lookups: LookupRepository) {
  async function toRecords(tx: Tx, rows: Row[]): Promise<RecommendationRecord[]> {
    // One after the other: a transaction's queries share one connection.
    const orgs = await lookups.organisations(tx, rows.map((r) => r.addresseeOrganisationId));
    const files = await lookups.files(tx, rows.map((r) => r.answerFileId));
    return rows.map(({ addresseeOrganisationId, addresseeName, answerText, answeredOn, answerDocumentNumber, answerFileId, checkedBy, ...row }) => ({
      ...row,
      addressee: { organisation: addresseeOrganisationId ? (orgs.get(addresseeOrganisationId) ?? null) : null, name: addresseeName },
      sentOn: toIsoDate(row.sentOn)!,
      dueOn: toIsoDate(row.dueOn)!,
      answer:
        answerText !== null && answeredOn !== null
          ? {
              text: answerText,
              answeredOn: toIsoDate(answeredOn)!,
              documentNumber: answerDocumentNumber,
              file: answerFileId ? (files.get(answerFileId) ?? null) : null,
            }
          : null,
      implementedOn: toIsoDate(row.implementedOn),
      checkedBy: checkedBy.map((c) => c.supervision),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    }));
  }

  const columns = (data: RecommendationData) => ({
    ...data,
    sentOn: fromIsoDate(data.sentOn)!,
    dueOn: fromIsoDate(data.dueOn)!,
    searchText: searchTextOf(data.content, data.addresseeName),
  });

  return {
    /**
     * Nearest due day first, on the (unit[, status], due_on, id) and (addressee, status, due_on, id)
     * indexes; a year is read on (unit, sent_on). The first page carries the total.
     */
    async list(unitId: string, query: ListRecommendationsQuery & { addressedTo?: string }, today: IsoDate) {
      const where = {
        AND: [
          { unitId },
          query.addressedTo ? { addresseeOrganisationId: query.addressedTo } : {},
          query.addresseeOrganisationId ? { addresseeOrganisationId: query.addresseeOrganisationId } : {},
          query.supervisionId ? { supervisionId: query.supervisionId } : {},
          query.status ? { status: query.status } : {},
          query.overdue === true ? overdueWhere(today) : {},
          query.overdue === false ? { NOT: overdueWhere(today) } : {},
          query.open === true ? { status: { in: [...openRecommendationStatuses] } } : {},
          query.open === false ? { status: { notIn: [...openRecommendationStatuses] } } : {},
          query.answered === true ? { status: { not: 'UNANSWERED' as const } } : {},
          query.answered === false ? { status: 'UNANSWERED' as const } : {},
          query.year ? { sentOn: { gte: fromIsoDate(`${query.year}-01-01`)!, lte: fromIsoDate(`${query.year}-12-31`)! } } : {},
          searchWhere(query.q),
        ],
      };
      const [rows, total] = await Promise.all([
        db.recommendation.findMany({
          where: { AND: [where, dueOnAfter(query.cursor)] },
          orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
          take: query.limit + 1,
          select,
        }),
        query.cursor ? undefined : db.recommendation.count({ where }),
      ]);
      return { ...toPage(await toRecords(db, rows), query.limit, (r) => [r.dueOn, r.id]), ...(total === undefined ? {} : { total }) };
    },

    async find(tx: Tx, id: string): Promise<RecommendationRecord | null> {
      const row = await tx.recommendation.findUnique({ where: { id }, select });
      return row ? ((await toRecords(tx, [row]))[0] ?? null) : null;
    },

    /** A supervision's recommendations by their number. */
    async ofSupervision(tx: Tx, supervisionId: string): Promise<RecommendationRecord[]> {
      return toRecords(tx, await tx.recommendation.findMany({ where: { supervisionId }, orderBy: { ordinal: 'asc' }, select }));
    },

    unansweredIn: (tx: Tx, supervisionId: string) => tx.recommendation.count({ where: { supervisionId, status: 'UNANSWERED' } }),

    async events(tx: Tx, id: string): Promise<RecommendationEvent[]> {
      const rows = await tx.recommendationEvent.findMany({ where: { recommendationId: id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
      const users = await tx.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.byId))] } }, select: { id: true, fullName: true } });
      const files = await lookups.files(tx, rows.map((r) => r.fileId));
      const user = new Map(users.map((u) => [u.id, u]));
      return rows.map((r) => ({
        id: r.id,
        status: r.status,
        text: r.text,
        on: toIsoDate(r.on)!,
        documentNumber: r.documentNumber,
        file: r.fileId ? (files.get(r.fileId) ?? null) : null,
        by: user.get(r.byId) ?? { id: r.byId, fullName: '—' },
        createdAt: r.createdAt.toISOString(),
      }));
    },

    /** Numbered 1, 2, 3… within the supervision: the caller holds the supervision's lock. */
    async create(tx: Tx, unitId: string, supervisionId: string, data: RecommendationData): Promise<string> {
      const last = await tx.recommendation.aggregate({ where: { supervisionId }, _max: { ordinal: true } });
      const row = await tx.recommendation.create({
        data: { ...columns(data), unitId, supervisionId, ordinal: (last._max.ordinal ?? 0) + 1 },
        select: { id: true },
      });
      return row.id;
    },

    /** A new due day or addressee is told again when it runs late. */
    async update(tx: Tx, id: string, version: number, data: RecommendationData, renotify: boolean): Promise<boolean> {
      const { count } = await tx.recommendation.updateMany({
        where: { id, version, status: 'UNANSWERED' },
        data: { ...columns(data), ...(renotify ? { overdueNotifiedAt: null } : {}), version: { increment: 1 } },
      });
      return count > 0;
    },

    async respond(tx: Tx, id: string, version: number, c: ResponseColumns): Promise<boolean> {
      const { count } = await tx.recommendation.updateMany({
        where: { id, version },
        data: {
          ...c,
          answeredOn: fromIsoDate(c.answeredOn),
          implementedOn: fromIsoDate(c.implementedOn),
          version: { increment: 1 },
        },
      });
      return count > 0;
    },

    async addEvent(
      tx: Tx,
      e: { recommendationId: string; status: RecommendationStatus; text: string; on: IsoDate; documentNumber: string | null; fileId: string | null; byId: string; at: Date },
    ) {
      const { at, on, ...rest } = e;
      await tx.recommendationEvent.create({ data: { ...rest, on: fromIsoDate(on)!, createdAt: at } });
    },

    async summary(unitId: string, addressedTo: string | null, today: IsoDate): Promise<RecommendationSummary> {
      const mine = addressedTo ? Prisma.sql`AND addressee_organisation_id = ${addressedTo}::uuid` : Prisma.empty;
      const [row] = await db.$queryRaw<RecommendationSummary[]>`
        SELECT count(*)::int AS total,
               count(*) FILTER (WHERE status = 'UNANSWERED')::int AS unanswered,
               count(*) FILTER (WHERE status = 'UNANSWERED' AND due_on < ${today}::date)::int AS overdue,
               count(*) FILTER (WHERE status = 'ANSWERED')::int AS answered,
               count(*) FILTER (WHERE status = 'IMPLEMENTING')::int AS implementing,
               count(*) FILTER (WHERE status = 'IMPLEMENTED')::int AS implemented,
               count(*) FILTER (WHERE status = 'REJECTED')::int AS rejected,
               count(*) FILTER (WHERE answered_on > due_on)::int AS "answeredLate"
        FROM recommendations
        WHERE unit_id = ${unitId}::uuid ${mine}`;
      return row!;
    },

    /** Unanswered past their due day and not yet told, across units (the hourly sweep). */
    overdueToNotify: (today: IsoDate) =>
      db.recommendation.findMany({
        where: { ...overdueWhere(today), overdueNotifiedAt: null },
        orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
        take: 500,
        select: {
          id: true,
          unitId: true,
          ordinal: true,
          content: true,
          dueOn: true,
          addresseeOrganisationId: true,
          addresseeName: true,
          supervision: ref,
        },
      }),

    async markOverdueNotified(tx: Tx, id: string, at: Date) {
      await tx.recommendation.updateMany({ where: { id, overdueNotifiedAt: null }, data: { overdueNotifiedAt: at } });
    },
  };
}

export type RecommendationRepository = ReturnType<typeof createRecommendationRepository>;
