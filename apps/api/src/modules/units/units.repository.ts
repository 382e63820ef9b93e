import { searchTextOf } from '@phoihop/shared/text';
import type { ListUnitsQuery, Unit } from '@phoihop/shared/units';
import type { UnitKind } from '@phoihop/shared/roles';
import type { Db, Tx } from '../../db/prisma.ts';
import { toPage } from '../../lib/cursor.ts';
import { searchWhere } from '../../lib/search.ts';
import { afterCursor, cursorKey } from '../../lib/keyset.ts';

const select = {
  id: true,
  code: true,
  name: true,
  kind: true,
  parentId: true,
  active: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  parent: { select: { name: true } },
} as const;

type Row = {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  active: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  parent: { name: string } | null;
};

const toUnit = ({ parent, ...row }: Row): Unit => ({
  ...row,
  parentName: parent?.name ?? null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export interface UnitData {
  code: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  active: boolean;
}

export function createUnitRepository(db: Db) {
  return {
    async list(query: ListUnitsQuery, onlyId: string | null) {
      const rows = await db.adminUnit.findMany({
        where: {
          AND: [
            onlyId ? { id: onlyId } : {},
            searchWhere(query.q),
            query.parentId ? { parentId: query.parentId } : {},
            query.kind ? { kind: query.kind } : {},
            query.active !== undefined ? { active: query.active } : {},
            afterCursor('name', query.cursor) ?? {},
          ],
        },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        take: query.limit + 1,
        select,
      });
      return toPage(rows.map(toUnit), query.limit, (u) => cursorKey(u.name, u.id));
    },

    async findById(tx: Tx, id: string): Promise<Unit | null> {
      const row = await tx.adminUnit.findUnique({ where: { id }, select });
      return row ? toUnit(row) : null;
    },

    async findByCode(tx: Tx, code: string) {
      return tx.adminUnit.findUnique({ where: { code }, select: { id: true } });
    },

    async create(tx: Tx, data: UnitData): Promise<Unit> {
      const row = await tx.adminUnit.create({
        data: { ...data, searchText: searchTextOf(data.name, data.code) },
        select,
      });
      return toUnit(row);
    },

    /** Null when `version` is stale. */
    async update(tx: Tx, id: string, version: number, data: UnitData): Promise<Unit | null> {
      const { count } = await tx.adminUnit.updateMany({
        where: { id, version },
        data: { ...data, searchText: searchTextOf(data.name, data.code), version: { increment: 1 } },
      });
      return count ? this.findById(tx, id) : null;
    },
  };
}

export type UnitRepository = ReturnType<typeof createUnitRepository>;
