// Lists, search, statistics and exports of cases in SQL: visibility, filters and the
// accent-insensitive, typo-tolerant search (pg_trgm word similarity) in one WHERE clause, with
// keyset order on the indexes (unit_id, received_on DESC, id) and (unit_id, due_on, id).
import { handledStatuses, openStatuses, CASE_DUE_SOON_DAYS } from '@phoihop/shared/case-clocks';
import type { ListCasesQuery } from '@phoihop/shared/cases';
import { idSchema } from '@phoihop/shared/common';
import { addDays, isoDateSchema, type IsoDate } from '@phoihop/shared/dates';
import type { Actor } from '@phoihop/shared/policies';
import { searchWords } from '@phoihop/shared/text';
import type { Db } from '../../db/prisma.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { AppError } from '../../lib/app-error.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { identitySearchScope, visibleSql } from './case-access.ts';

export type CaseFilter = Omit<ListCasesQuery, 'limit' | 'cursor'>;

const statusList = (statuses: readonly string[]) => Prisma.sql`CAST(${[...statuses]} AS "CaseStatus"[])`;
const likeArg = (word: string) => `%${word.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/**
 * Typo tolerance for words, long enough for trigrams to mean something; numbers ("2026/0048",
 * "48") match exactly, or every case of the year would be "similar".
 */
const fuzzy = (word: string) => /^[a-z]{3,}$/.test(word);

function wordMatch(column: Prisma.Sql, word: string): Prisma.Sql {
  const contains = Prisma.sql`${column} LIKE ${likeArg(word)}`;
  return fuzzy(word) ? Prisma.sql`(${contains} OR ${word} <% ${column})` : contains;
}

/** Every folded word must occur in the text (or nearly: one typo), in any order. */
function searchSql(q: string | undefined, actor: Actor): Prisma.Sql | null {
  const words = searchWords(q);
  if (!words.length) return null;
  const identity = identitySearchScope(actor);
  return Prisma.join(
    words.map((word) => {
      const plain = wordMatch(Prisma.sql`c.search_text`, word);
      return identity
        ? Prisma.sql`(${plain} OR (${identity} AND ${wordMatch(Prisma.sql`c.identity_search_text`, word)}))`
        : plain;
    }),
    ' AND ',
  );
}

function stateSql(state: CaseFilter['state'], today: IsoDate): Prisma.Sql | null {
  switch (state) {
    case 'received':
      return Prisma.sql`c.status <> 'DUPLICATE'`;
    case 'open':
      return Prisma.sql`c.status = ANY(${statusList(openStatuses)})`;
    case 'handled':
      return Prisma.sql`c.status = ANY(${statusList(handledStatuses)})`;
    case 'overdue':
      return Prisma.sql`c.due_on < ${today}::date`;
    case 'due-soon':
      return Prisma.sql`c.due_on BETWEEN ${today}::date AND ${addDays(today, CASE_DUE_SOON_DAYS)}::date`;
    case 'paused':
      return Prisma.sql`c.paused_since IS NOT NULL`;
    default:
      return null;
  }
}

function scopeSql(scope: CaseFilter['scope'] | undefined, actor: Actor): Prisma.Sql | null {
  const org = actor.organisationId;
  switch (scope) {
    case 'mine':
      return Prisma.sql`c.handler_id = ${actor.id}::uuid`;
    case 'forwarded':
      return org ? Prisma.sql`c.source_organisation_id = ${org}::uuid` : Prisma.sql`FALSE`;
    case 'assigned':
      return org ? Prisma.sql`c.assigned_organisation_id = ${org}::uuid` : Prisma.sql`FALSE`;
    default:
      return null;
  }
}

/** The cases of the actor's unit they may read that match the filter. */
export function whereSql(filter: Partial<CaseFilter>, actor: Actor, today: IsoDate): Prisma.Sql {
  const parts: (Prisma.Sql | null)[] = [
    visibleSql(actor),
    scopeSql(filter.scope, actor),
    stateSql(filter.state, today),
    filter.status ? Prisma.sql`c.status = CAST(${filter.status} AS "CaseStatus")` : null,
    filter.kind ? Prisma.sql`c.kind = CAST(${filter.kind} AS "CaseKind")` : null,
    filter.field ? Prisma.sql`c.field = CAST(${filter.field} AS "CaseField")` : null,
    filter.channel ? Prisma.sql`c.channel = CAST(${filter.channel} AS "CaseChannel")` : null,
    filter.organisationId
      ? Prisma.sql`(c.source_organisation_id = ${filter.organisationId}::uuid OR c.assigned_organisation_id = ${filter.organisationId}::uuid)`
      : null,
    filter.from ? Prisma.sql`c.received_on >= ${filter.from}::date` : null,
    filter.to ? Prisma.sql`c.received_on <= ${filter.to}::date` : null,
    searchSql(filter.q, actor),
  ];
  return Prisma.join(parts.filter((p): p is Prisma.Sql => p !== null), ' AND ');
}

type Sort = ListCasesQuery['sort'];

function afterSql(sort: Sort, cursor: string | undefined): Prisma.Sql | null {
  const values = decodeCursor(cursor, ['day?', 'id']);
  if (!values) return null;
  const [value, id] = values;
  const isDate = isoDateSchema.safeParse(value).success;
  if (typeof id !== 'string' || !idSchema.safeParse(id).success || !(isDate || (value === null && sort === 'due'))) {
    throw new AppError('BAD_REQUEST', { message: 'Tham số cursor không hợp lệ' });
  }
  if (sort === 'received') {
    return Prisma.sql`(c.received_on < ${value}::date OR (c.received_on = ${value}::date AND c.id > ${id}::uuid))`;
  }
  return value === null
    ? Prisma.sql`(c.due_on IS NULL AND c.id > ${id}::uuid)`
    : Prisma.sql`(c.due_on > ${value}::date OR (c.due_on = ${value}::date AND c.id > ${id}::uuid) OR c.due_on IS NULL)`;
}

const orderSql = (sort: Sort) =>
  sort === 'received' ? Prisma.sql`c.received_on DESC, c.id ASC` : Prisma.sql`c.due_on ASC NULLS LAST, c.id ASC`;

interface KeyRow {
  id: string;
  received_on: Date;
  due_on: Date | null;
}

const keyOf = (sort: Sort, row: KeyRow) => [
  (sort === 'received' ? row.received_on : row.due_on)?.toISOString().slice(0, 10) ?? null,
  row.id,
];

export interface StatisticsRow {
  kind: string | null;
  field: string;
  channel: string;
  organisationId: string | null;
  received: number;
  handled: number;
  inProgress: number;
  overdue: number;
  handledOnTime: number;
  duplicates: number;
}

export function createCaseQuery(db: Db) {
  return {
    /** One page of ids in list order, and the cursor of the next. */
    async pageIds(where: Prisma.Sql, sort: Sort, limit: number, cursor: string | undefined) {
      const after = afterSql(sort, cursor);
      const rows = await db.$queryRaw<KeyRow[]>`
        SELECT c.id, c.received_on, c.due_on FROM cases c
        WHERE ${where} ${after ? Prisma.sql`AND ${after}` : Prisma.empty}
        ORDER BY ${orderSql(sort)}
        LIMIT ${limit + 1}`;
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        ids: page.map((r) => r.id),
        nextCursor: rows.length > limit && last ? encodeCursor(keyOf(sort, last)) : null,
      };
    },

    /** How many cases match, for a list's total. */
    async count(where: Prisma.Sql): Promise<number> {
      const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM cases c WHERE ${where}`;
      return row?.n ?? 0;
    },

    /** Counts per kind, field, channel and handling organisation; the caller sums them up. */
    async statistics(where: Prisma.Sql, today: IsoDate): Promise<StatisticsRow[]> {
      const handled = statusList(handledStatuses);
      const open = statusList(openStatuses);
      const rows = await db.$queryRaw<Record<string, unknown>[]>`
        SELECT c.kind::text AS kind, c.field::text AS field, c.channel::text AS channel,
          c.assigned_organisation_id AS "organisationId",
          count(*) FILTER (WHERE c.status <> 'DUPLICATE') AS received,
          count(*) FILTER (WHERE c.status = ANY(${handled})) AS handled,
          count(*) FILTER (WHERE c.status = ANY(${open})) AS "inProgress",
          count(*) FILTER (WHERE c.status = ANY(${open}) AND c.due_on < ${today}::date) AS overdue,
          count(*) FILTER (WHERE c.status = ANY(${handled}) AND c.handled_on_time) AS "handledOnTime",
          count(*) FILTER (WHERE c.status = 'DUPLICATE') AS duplicates
        FROM cases c WHERE ${where}
        GROUP BY 1, 2, 3, 4`;
      return rows.map((r) => ({
        kind: r.kind as string | null,
        field: r.field as string,
        channel: r.channel as string,
        organisationId: r.organisationId as string | null,
        received: Number(r.received),
        handled: Number(r.handled),
        inProgress: Number(r.inProgress),
        overdue: Number(r.overdue),
        handledOnTime: Number(r.handledOnTime),
        duplicates: Number(r.duplicates),
      }));
    },

    /** The open cases after `afterId`, for recomputing stored deadlines in batches. */
    async openIds(afterId: string | null, size: number): Promise<string[]> {
      const rows = await db.$queryRaw<{ id: string }[]>`
        SELECT c.id FROM cases c
        WHERE c.status = ANY(${statusList(openStatuses)}) ${afterId ? Prisma.sql`AND c.id > ${afterId}::uuid` : Prisma.empty}
        ORDER BY c.id LIMIT ${size}`;
      return rows.map((r) => r.id);
    },
  };
}

export type CaseQuery = ReturnType<typeof createCaseQuery>;
