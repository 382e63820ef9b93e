// Drafts submitted for social criticism and their comments: the only Prisma user for them.
import type { CommentResponse, ListDraftsQuery } from '@phoihop/shared/criticism';
import type { FileRef } from '@phoihop/shared/follow-ups';
import { idSchema } from '@phoihop/shared/common';
import { isoDateSchema } from '@phoihop/shared/dates';
import { searchTextOf } from '@phoihop/shared/text';
import type { Db, Tx } from '../../db/prisma.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { decodeCursor, toPage } from '../../lib/cursor.ts';
import { AppError } from '../../lib/app-error.ts';
import { fromIsoDate, toIsoDate } from '../../lib/db-values.ts';
import { newestFirstAfter } from '../../lib/keyset.ts';
import { searchWhere } from '../../lib/search.ts';
import type { CivicRefs, OrgRef } from './civic-refs.repository.ts';

const draftSelect = {
  id: true,
  unitId: true,
  title: true,
  draftingOrganisationId: true,
  draftingBody: true,
  summary: true,
  fileId: true,
  submittedOn: true,
  commentDeadline: true,
  consolidatedText: true,
  consolidatedOn: true,
  consolidatedFileId: true,
  consolidatedById: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;
type DraftRow = Prisma.DraftGetPayload<{ select: typeof draftSelect }>;

const commentSelect = {
  id: true,
  draftId: true,
  organisationId: true,
  personName: true,
  point: true,
  content: true,
  response: true,
  responseText: true,
  respondedOn: true,
  respondedById: true,
  createdById: true,
  version: true,
  createdAt: true,
} as const;
type CommentRow = Prisma.DraftCommentGetPayload<{ select: typeof commentSelect }>;

export interface DraftRecord {
  id: string;
  unitId: string;
  title: string;
  draftingOrganisation: OrgRef | null;
  draftingBody: string;
  summary: string | null;
  file: FileRef | null;
  submittedOn: string;
  commentDeadline: string;
  consolidated: { text: string; on: string; file: FileRef | null; by: { id: string; fullName: string } } | null;
  commentCount: number;
  pendingResponses: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Raw ids, for edits and checks. */
  draftingOrganisationId: string | null;
  fileId: string | null;
  consolidatedFileId: string | null;
}

export interface CommentRecord {
  id: string;
  draftId: string;
  organisation: OrgRef | null;
  organisationId: string | null;
  personName: string | null;
  point: string | null;
  content: string;
  createdBy: { id: string; fullName: string };
  createdById: string;
  createdAt: string;
  response: CommentResponse;
  responseText: string | null;
  respondedOn: string | null;
  respondedBy: { id: string; fullName: string } | null;
  version: number;
}

export interface DraftData {
  title: string;
  draftingOrganisationId: string | null;
  draftingBody: string;
  summary: string | null;
  fileId: string | null;
  submittedOn: string;
  commentDeadline: string;
}

const draftColumns = (data: DraftData) => ({
  ...data,
  submittedOn: fromIsoDate(data.submittedOn)!,
  commentDeadline: fromIsoDate(data.commentDeadline)!,
  searchText: searchTextOf(data.title, data.draftingBody, data.summary),
});

/** (comment_deadline, id) after the cursor of the open drafts, nearest deadline first. */
function deadlineAfter(cursor: string | undefined): Prisma.DraftWhereInput | undefined {
  const values = decodeCursor(cursor, ['day', 'id']);
  if (!values) return undefined;
  const [day, id] = values;
  if (typeof day !== 'string' || !isoDateSchema.safeParse(day).success || typeof id !== 'string' || !idSchema.safeParse(id).success) {
    throw new AppError('BAD_REQUEST', { message: 'Tham số cursor không hợp lệ' });
  }
  const date = fromIsoDate(day)!;
  return { OR: [{ commentDeadline: { gt: date } }, { commentDeadline: date, id: { gt: id } }] };
}

export function createDraftRepository(db: Db, refs: CivicRefs) {
  async function toDrafts(tx: Tx, rows: DraftRow[]): Promise<DraftRecord[]> {
    const ids = rows.map((r) => r.id);
    const [orgs, files, users, counts] = await Promise.all([
      refs.organisations(tx, rows.map((r) => r.draftingOrganisationId)),
      refs.files(tx, rows.flatMap((r) => [r.fileId, r.consolidatedFileId])),
      refs.users(tx, rows.map((r) => r.consolidatedById)),
      ids.length
        ? tx.draftComment.groupBy({ by: ['draftId', 'response'], where: { draftId: { in: ids } }, _count: { _all: true } })
        : [],
    ]);
    return rows.map((r) => {
      const mine = counts.filter((c) => c.draftId === r.id);
      const by = r.consolidatedById ? users.get(r.consolidatedById) : undefined;
      return {
        id: r.id,
        unitId: r.unitId,
        title: r.title,
        draftingOrganisation: r.draftingOrganisationId ? (orgs.get(r.draftingOrganisationId) ?? null) : null,
        draftingBody: r.draftingBody,
        summary: r.summary,
        file: r.fileId ? (files.get(r.fileId) ?? null) : null,
        submittedOn: toIsoDate(r.submittedOn)!,
        commentDeadline: toIsoDate(r.commentDeadline)!,
        consolidated:
          r.consolidatedText !== null && r.consolidatedOn && by
            ? {
                text: r.consolidatedText,
                on: toIsoDate(r.consolidatedOn)!,
                file: r.consolidatedFileId ? (files.get(r.consolidatedFileId) ?? null) : null,
                by,
              }
            : null,
        commentCount: mine.reduce((sum, c) => sum + c._count._all, 0),
        pendingResponses: mine.find((c) => c.response === 'PENDING')?._count._all ?? 0,
        version: r.version,
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
        draftingOrganisationId: r.draftingOrganisationId,
        fileId: r.fileId,
        consolidatedFileId: r.consolidatedFileId,
      };
    });
  }

  async function toComments(tx: Tx, rows: CommentRow[]): Promise<CommentRecord[]> {
    const [orgs, users] = await Promise.all([
      refs.organisations(tx, rows.map((r) => r.organisationId)),
      refs.users(tx, rows.flatMap((r) => [r.createdById, r.respondedById])),
    ]);
    return rows.map((r) => ({
      ...r,
      organisation: r.organisationId ? (orgs.get(r.organisationId) ?? null) : null,
      createdBy: users.get(r.createdById) ?? { id: r.createdById, fullName: '' },
      createdAt: r.createdAt.toISOString(),
      respondedOn: toIsoDate(r.respondedOn),
      respondedBy: r.respondedById ? (users.get(r.respondedById) ?? null) : null,
    }));
  }

  return {
    /**
     * Open now: nearest deadline first on (unit, comment_deadline, id); otherwise newest
     * submitted first on (unit, submitted_on desc, id).
     */
    async list(unitId: string, query: ListDraftsQuery, today: string) {
      const filters: Prisma.DraftWhereInput[] = [
        searchWhere(query.q),
        query.draftingOrganisationId ? { draftingOrganisationId: query.draftingOrganisationId } : {},
      ];
      if (query.open) {
        const rows = await db.draft.findMany({
          where: {
            unitId,
            consolidatedOn: null,
            commentDeadline: { gte: fromIsoDate(today)! },
            AND: [...filters, deadlineAfter(query.cursor) ?? {}],
          },
          orderBy: [{ commentDeadline: 'asc' }, { id: 'asc' }],
          take: query.limit + 1,
          select: draftSelect,
        });
        return toPage(await toDrafts(db, rows), query.limit, (d) => [d.commentDeadline, d.id]);
      }
      const closed: Prisma.DraftWhereInput =
        query.open === false ? { OR: [{ consolidatedOn: { not: null } }, { commentDeadline: { lt: fromIsoDate(today)! } }] } : {};
      const rows = await db.draft.findMany({
        where: { unitId, AND: [...filters, closed, newestFirstAfter('submittedOn', query.cursor) ?? {}] },
        orderBy: [{ submittedOn: 'desc' }, { id: 'asc' }],
        take: query.limit + 1,
        select: draftSelect,
      });
      return toPage(await toDrafts(db, rows), query.limit, (d) => [d.submittedOn, d.id]);
    },

    async find(tx: Tx, id: string): Promise<DraftRecord | null> {
      const row = await tx.draft.findUnique({ where: { id }, select: draftSelect });
      return row ? ((await toDrafts(tx, [row]))[0] ?? null) : null;
    },

    async create(tx: Tx, unitId: string, createdById: string, data: DraftData): Promise<string> {
      const row = await tx.draft.create({ data: { ...draftColumns(data), unitId, createdById }, select: { id: true } });
      return row.id;
    },

    /** False when `version` is stale. */
    async update(tx: Tx, id: string, version: number, data: DraftData): Promise<boolean> {
      const { count } = await tx.draft.updateMany({ where: { id, version }, data: { ...draftColumns(data), version: { increment: 1 } } });
      return count > 0;
    },

    async consolidate(
      tx: Tx,
      id: string,
      version: number,
      data: { text: string; on: string; fileId: string | null; byId: string },
    ): Promise<boolean> {
      const { count } = await tx.draft.updateMany({
        where: { id, version },
        data: {
          consolidatedText: data.text,
          consolidatedOn: fromIsoDate(data.on)!,
          consolidatedFileId: data.fileId,
          consolidatedById: data.byId,
          version: { increment: 1 },
        },
      });
      return count > 0;
    },

    /** In the order they were made, on the (draft, created_at) index. */
    async comments(tx: Tx, draftId: string): Promise<CommentRecord[]> {
      const rows = await tx.draftComment.findMany({ where: { draftId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: commentSelect });
      return toComments(tx, rows);
    },

    async findComment(tx: Tx, id: string): Promise<CommentRecord | null> {
      const row = await tx.draftComment.findUnique({ where: { id }, select: commentSelect });
      return row ? ((await toComments(tx, [row]))[0] ?? null) : null;
    },

    async createComment(
      tx: Tx,
      data: { draftId: string; organisationId: string | null; personName: string | null; point: string | null; content: string; createdById: string; createdAt: Date },
    ): Promise<string> {
      const row = await tx.draftComment.create({ data, select: { id: true } });
      return row.id;
    },

    async updateComment(tx: Tx, id: string, version: number, data: { point: string | null; content: string }): Promise<boolean> {
      const { count } = await tx.draftComment.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
      return count > 0;
    },

    async respond(
      tx: Tx,
      id: string,
      version: number,
      data: { response: CommentResponse; responseText: string | null; respondedOn: string; respondedById: string },
    ): Promise<boolean> {
      const { count } = await tx.draftComment.updateMany({
        where: { id, version },
        data: { ...data, respondedOn: fromIsoDate(data.respondedOn)!, version: { increment: 1 } },
      });
      return count > 0;
    },
  };
}

export type DraftRepository = ReturnType<typeof createDraftRepository>;
