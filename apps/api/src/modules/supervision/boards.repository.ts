// Standing boards (Ban TTND, Ban GSĐTCCĐ) with their members: the only Prisma user for them.
import { todayInVietnam } from '@phoihop/shared/dates';
import { boardWarningsOf, type BoardDetail, type BoardKind, type ListBoardsQuery } from '@phoihop/shared/supervision';
import { searchTextOf } from '@phoihop/shared/text';
import type { Db, Tx } from '../../db/prisma.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { toPage } from '../../lib/cursor.ts';
import { fromIsoDate, toIsoDate } from '../../lib/db-values.ts';
import { byNameAfter } from '../../lib/keyset.ts';
import { searchWhere } from '../../lib/search.ts';
import type { LookupRepository } from './lookups.repository.ts';

const select = {
  id: true,
  unitId: true,
  kind: true,
  name: true,
  projectName: true,
  decisionNumber: true,
  decisionDate: true,
  termStart: true,
  termEnd: true,
  note: true,
  active: true,
  version: true,
} as const;

type Row = Prisma.SupervisionBoardGetPayload<{ select: typeof select }>;

export interface BoardData {
  kind: BoardKind;
  name: string;
  projectName: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  termStart: string;
  termEnd: string | null;
  note: string | null;
  active: boolean;
}

/** A board as the service sees it: the shared detail without the reader's `can`. */
export type BoardRecord = Omit<BoardDetail, 'can'>;

const columns = (data: BoardData) => ({
  ...data,
  decisionDate: fromIsoDate(data.decisionDate) ?? null,
  termStart: fromIsoDate(data.termStart)!,
  termEnd: fromIsoDate(data.termEnd) ?? null,
  searchText: searchTextOf(data.name, data.projectName, data.decisionNumber),
});

/** Ascending (name, id) after the cursor; a cursor that is not a name and an id is a 400. */
export function createBoardRepository(db: Db, lookups: LookupRepository, now: () => Date) {
  async function toBoards(tx: Tx, rows: Row[]): Promise<BoardRecord[]> {
    const members = await lookups.members(tx, { boardId: { in: rows.map((r) => r.id) } });
    const today = todayInVietnam(now());
    return rows.map((row) => {
      const own = members.filter((m) => m.boardId === row.id).map(({ boardId: _b, supervisionId: _s, ...m }) => m);
      const head = own.find((m) => m.role === 'HEAD');
      const termEnd = toIsoDate(row.termEnd);
      return {
        ...row,
        decisionDate: toIsoDate(row.decisionDate),
        termStart: toIsoDate(row.termStart)!,
        termEnd,
        head: head ? { id: head.id, fullName: head.fullName } : null,
        memberCount: own.length,
        warnings: boardWarningsOf({ kind: row.kind, termEnd, members: own }, today),
        members: own,
      };
    });
  }

  return {
    /** By name, on the (unit[, kind], name, id) indexes; `q` on the folded name, project and decision. */
    async list(unitId: string, query: ListBoardsQuery) {
      const rows = await db.supervisionBoard.findMany({
        where: {
          AND: [{ unitId }, query.kind ? { kind: query.kind } : {}, searchWhere(query.q), byNameAfter(query.cursor)],
        },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        take: query.limit + 1,
        select,
      });
      const boards = (await toBoards(db, rows)).map(({ members: _m, ...board }) => board);
      return toPage(boards, query.limit, (b) => [b.name, b.id]);
    },

    async find(tx: Tx, id: string): Promise<BoardRecord | null> {
      const row = await tx.supervisionBoard.findUnique({ where: { id }, select });
      return row ? ((await toBoards(tx, [row]))[0] ?? null) : null;
    },

    /** Unit and kind of a board, for a supervision linking to it. */
    ref: (tx: Tx, id: string) => tx.supervisionBoard.findUnique({ where: { id }, select: { id: true, unitId: true, active: true } }),

    async create(tx: Tx, unitId: string, data: BoardData): Promise<string> {
      const row = await tx.supervisionBoard.create({ data: { ...columns(data), unitId }, select: { id: true } });
      return row.id;
    },

    async update(tx: Tx, id: string, version: number, data: BoardData): Promise<boolean> {
      const { count } = await tx.supervisionBoard.updateMany({ where: { id, version }, data: { ...columns(data), version: { increment: 1 } } });
      return count > 0;
    },
  };
}

export type BoardRepository = ReturnType<typeof createBoardRepository>;
