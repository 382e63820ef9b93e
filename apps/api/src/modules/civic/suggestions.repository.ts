// Suggestion boxes, their openings and the suggestions found: the only Prisma user for them.
// An anonymous author's details are read here but never searched (search_text is the summary).
import { dateTimeSchema, idSchema } from '@phoihop/shared/common';
import type { ListBoxOpeningsQuery, ListSuggestionsQuery, SuggestionField, SuggestionStatus } from '@phoihop/shared/suggestions';
import { searchTextOf } from '@phoihop/shared/text';
import type { Db, Tx } from '../../db/prisma.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { AppError } from '../../lib/app-error.ts';
import { decodeCursor, toPage } from '../../lib/cursor.ts';
import { fromIsoDate, toIsoDate } from '../../lib/db-values.ts';
import { byNameAfter, newestFirstAfter } from '../../lib/keyset.ts';
import { searchWhere } from '../../lib/search.ts';
import { linkedCaseSelect, type LinkedCase } from '../cases/linked-identity.ts';
import type { CivicRefs, OrgRef } from './civic-refs.repository.ts';

export interface BoxData {
  name: string;
  location: string;
  placedOn: string | null;
  keeperOrganisationId: string | null;
  active: boolean;
}

export interface BoxRecord extends BoxData {
  id: string;
  unitId: string;
  keeper: OrgRef | null;
  lastOpenedOn: string | null;
  suggestionCount: number;
  version: number;
}

export interface OpeningData {
  openedOn: string;
  openedBy: string;
  witnesses: string;
  note: string | null;
}

export interface OpeningRecord extends OpeningData {
  id: string;
  unitId: string;
  box: { id: string; name: string; active: boolean };
  suggestionCount: number;
  version: number;
}

export interface SuggestionData {
  summary: string;
  field: SuggestionField;
  anonymous: boolean;
  authorName: string | null;
  authorAddress: string | null;
  authorPhone: string | null;
}

/** Everything about a suggestion, the author included: never sent as is (see suggestions.service.ts). */
export interface SuggestionRecord extends SuggestionData {
  id: string;
  unitId: string;
  box: { id: string; name: string };
  opening: { id: string; openedOn: string };
  status: SuggestionStatus;
  forwardedOrganisationId: string | null;
  forwardedTo: { organisation: OrgRef | null; name: string } | null;
  forwardedOn: string | null;
  answer: { text: string; answeredOn: string } | null;
  filedNote: string | null;
  /** The case opened from it, with what decides whether its author is a protected denouncer. */
  case: LinkedCase | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const suggestionSelect = {
  id: true,
  unitId: true,
  summary: true,
  field: true,
  anonymous: true,
  authorName: true,
  authorAddress: true,
  authorPhone: true,
  status: true,
  forwardedOrganisationId: true,
  forwardedName: true,
  forwardedOn: true,
  answerText: true,
  answeredOn: true,
  filedNote: true,
  caseId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  box: { select: { id: true, name: true } },
  opening: { select: { id: true, openedOn: true } },
} as const;
type SuggestionRow = Prisma.SuggestionGetPayload<{ select: typeof suggestionSelect }>;

const openingSelect = {
  id: true,
  unitId: true,
  openedOn: true,
  openedBy: true,
  witnesses: true,
  note: true,
  version: true,
  box: { select: { id: true, name: true, active: true } },
  _count: { select: { suggestions: true } },
} as const;
type OpeningRow = Prisma.BoxOpeningGetPayload<{ select: typeof openingSelect }>;

const toOpening = ({ _count, ...r }: OpeningRow): OpeningRecord => ({ ...r, openedOn: toIsoDate(r.openedOn)!, suggestionCount: _count.suggestions });

/** Never the author: a search by an anonymous author's name must find nothing. */
const suggestionSearch = (s: { summary: string; forwardedName: string | null }) => searchTextOf(s.summary, s.forwardedName);

/** (created_at desc, id) after the cursor of a newest-first list of suggestions. */
function newestCreatedAfter(cursor: string | undefined): Prisma.SuggestionWhereInput | undefined {
  const values = decodeCursor(cursor, ['instant', 'id']);
  if (!values) return undefined;
  const [at, id] = values;
  if (typeof at !== 'string' || !dateTimeSchema.safeParse(at).success || typeof id !== 'string' || !idSchema.safeParse(id).success) {
    throw new AppError('BAD_REQUEST', { message: 'Tham số cursor không hợp lệ' });
  }
  const date = new Date(at);
  return { OR: [{ createdAt: { lt: date } }, { createdAt: date, id: { gt: id } }] };
}

export function createSuggestionRepository(db: Db, refs: CivicRefs) {
  async function toBoxes(tx: Tx, rows: Prisma.SuggestionBoxGetPayload<object>[]): Promise<BoxRecord[]> {
    const ids = rows.map((r) => r.id);
    const [orgs, opened, counts] = await Promise.all([
      refs.organisations(tx, rows.map((r) => r.keeperOrganisationId)),
      ids.length ? tx.boxOpening.groupBy({ by: ['boxId'], where: { boxId: { in: ids } }, _max: { openedOn: true } }) : [],
      ids.length ? tx.suggestion.groupBy({ by: ['boxId'], where: { boxId: { in: ids } }, _count: { _all: true } }) : [],
    ]);
    return rows.map((r) => ({
      id: r.id,
      unitId: r.unitId,
      name: r.name,
      location: r.location,
      placedOn: toIsoDate(r.placedOn),
      keeperOrganisationId: r.keeperOrganisationId,
      keeper: r.keeperOrganisationId ? (orgs.get(r.keeperOrganisationId) ?? null) : null,
      active: r.active,
      lastOpenedOn: toIsoDate(opened.find((o) => o.boxId === r.id)?._max.openedOn ?? null),
      suggestionCount: counts.find((c) => c.boxId === r.id)?._count._all ?? 0,
      version: r.version,
    }));
  }

  async function toSuggestions(tx: Tx, rows: SuggestionRow[]): Promise<SuggestionRecord[]> {
    const caseIds = rows.map((r) => r.caseId).filter((id): id is string => id !== null);
    const [orgs, cases] = await Promise.all([
      refs.organisations(tx, rows.map((r) => r.forwardedOrganisationId)),
      caseIds.length ? tx.case.findMany({ where: { id: { in: caseIds } }, select: linkedCaseSelect }) : [],
    ]);
    return rows.map((r) => ({
      id: r.id,
      unitId: r.unitId,
      box: r.box,
      opening: { id: r.opening.id, openedOn: toIsoDate(r.opening.openedOn)! },
      summary: r.summary,
      field: r.field,
      anonymous: r.anonymous,
      authorName: r.authorName,
      authorAddress: r.authorAddress,
      authorPhone: r.authorPhone,
      status: r.status,
      forwardedOrganisationId: r.forwardedOrganisationId,
      forwardedTo:
        r.forwardedName !== null
          ? { organisation: r.forwardedOrganisationId ? (orgs.get(r.forwardedOrganisationId) ?? null) : null, name: r.forwardedName }
          : null,
      forwardedOn: toIsoDate(r.forwardedOn),
      answer: r.answerText !== null && r.answeredOn ? { text: r.answerText, answeredOn: toIsoDate(r.answeredOn)! } : null,
      filedNote: r.filedNote,
      case: r.caseId ? (cases.find((c) => c.id === r.caseId) ?? null) : null,
      version: r.version,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    }));
  }

  const boxColumns = (data: BoxData) => ({ ...data, placedOn: fromIsoDate(data.placedOn) ?? null, searchText: searchTextOf(data.name, data.location) });
  const openingColumns = (data: OpeningData) => ({ ...data, openedOn: fromIsoDate(data.openedOn)! });

  return {
    /** By name on (unit, name, id); matched accent-insensitively on the folded name and location. */
    async listBoxes(unitId: string, query: { q?: string | undefined; limit: number; cursor?: string | undefined }) {
      const rows = await db.suggestionBox.findMany({
        where: { AND: [{ unitId }, searchWhere(query.q), byNameAfter(query.cursor)] },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        take: query.limit + 1,
      });
      return toPage(await toBoxes(db, rows), query.limit, (b) => [b.name, b.id]);
    },

    async findBox(tx: Tx, id: string): Promise<BoxRecord | null> {
      const row = await tx.suggestionBox.findUnique({ where: { id } });
      return row ? ((await toBoxes(tx, [row]))[0] ?? null) : null;
    },

    nameTaken: async (tx: Tx, unitId: string, name: string, selfId?: string) =>
      (await tx.suggestionBox.count({ where: { unitId, name, ...(selfId ? { id: { not: selfId } } : {}) } })) > 0,

    async createBox(tx: Tx, unitId: string, data: BoxData): Promise<string> {
      return (await tx.suggestionBox.create({ data: { ...boxColumns(data), unitId }, select: { id: true } })).id;
    },

    async updateBox(tx: Tx, id: string, version: number, data: BoxData): Promise<boolean> {
      const { count } = await tx.suggestionBox.updateMany({ where: { id, version }, data: { ...boxColumns(data), version: { increment: 1 } } });
      return count > 0;
    },

    /** Newest first on (box, opened_on desc, id), or (unit, opened_on desc, id) for all boxes. */
    async listOpenings(unitId: string, query: ListBoxOpeningsQuery) {
      const rows = await db.boxOpening.findMany({
        where: { unitId, ...(query.boxId ? { boxId: query.boxId } : {}), ...newestFirstAfter('openedOn', query.cursor) },
        orderBy: [{ openedOn: 'desc' }, { id: 'asc' }],
        take: query.limit + 1,
        select: openingSelect,
      });
      return toPage(rows.map(toOpening), query.limit, (o) => [o.openedOn, o.id]);
    },

    async findOpening(tx: Tx, id: string): Promise<OpeningRecord | null> {
      const row = await tx.boxOpening.findUnique({ where: { id }, select: openingSelect });
      return row ? toOpening(row) : null;
    },

    async createOpening(tx: Tx, box: { id: string; unitId: string }, createdById: string, data: OpeningData): Promise<string> {
      const row = await tx.boxOpening.create({ data: { ...openingColumns(data), boxId: box.id, unitId: box.unitId, createdById }, select: { id: true } });
      return row.id;
    },

    async updateOpening(tx: Tx, id: string, version: number, data: OpeningData): Promise<boolean> {
      const { count } = await tx.boxOpening.updateMany({ where: { id, version }, data: { ...openingColumns(data), version: { increment: 1 } } });
      return count > 0;
    },

    /** Newest first on (unit, created_at desc, id), or the (forwarded organisation, status, …) index for "mine". */
    async listSuggestions(unitId: string, query: ListSuggestionsQuery, organisationId: string | null) {
      const rows = await db.suggestion.findMany({
        where: {
          unitId,
          ...(query.status ? { status: query.status } : {}),
          ...(query.field ? { field: query.field } : {}),
          ...(query.boxId ? { boxId: query.boxId } : {}),
          ...(query.openingId ? { openingId: query.openingId } : {}),
          AND: [
            searchWhere(query.q),
            // "Mine" for someone outside any organisation: nothing.
            query.mine ? (organisationId ? { forwardedOrganisationId: organisationId } : { id: { in: [] } }) : {},
            newestCreatedAfter(query.cursor) ?? {},
          ],
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        take: query.limit + 1,
        select: suggestionSelect,
      });
      return toPage(await toSuggestions(db, rows), query.limit, (s) => [s.createdAt, s.id]);
    },

    async findSuggestion(tx: Tx, id: string): Promise<SuggestionRecord | null> {
      const row = await tx.suggestion.findUnique({ where: { id }, select: suggestionSelect });
      return row ? ((await toSuggestions(tx, [row]))[0] ?? null) : null;
    },

    async createSuggestion(
      tx: Tx,
      opening: { id: string; unitId: string; boxId: string },
      data: SuggestionData & { createdById: string; createdAt: Date },
    ): Promise<string> {
      const row = await tx.suggestion.create({
        data: {
          ...data,
          unitId: opening.unitId,
          boxId: opening.boxId,
          openingId: opening.id,
          searchText: suggestionSearch({ summary: data.summary, forwardedName: null }),
        },
        select: { id: true },
      });
      return row.id;
    },

    /** Changes a suggestion still at `version` and `from` one of the statuses given; false otherwise. */
    async updateSuggestion(
      tx: Tx,
      current: SuggestionRecord,
      version: number,
      data: Partial<SuggestionData> &
        Partial<{
          status: SuggestionStatus;
          forwardedOrganisationId: string | null;
          forwardedName: string;
          forwardedOn: string;
          answerText: string;
          answeredOn: string;
          filedNote: string;
        }>,
    ): Promise<boolean> {
      const search = suggestionSearch({
        summary: data.summary ?? current.summary,
        forwardedName: data.forwardedName ?? current.forwardedTo?.name ?? null,
      });
      const { count } = await tx.suggestion.updateMany({
        where: { id: current.id, version, status: current.status },
        data: {
          ...data,
          forwardedOn: fromIsoDate(data.forwardedOn),
          answeredOn: fromIsoDate(data.answeredOn),
          searchText: search,
          version: { increment: 1 },
        },
      });
      return count > 0;
    },
  };
}

export type SuggestionRepository = ReturnType<typeof createSuggestionRepository>;
