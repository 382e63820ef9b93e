import type {
  ListOrganisationsQuery,
  Organisation,
} from '@phoihop/shared/organisations';
import type { OrganisationKind } from '@phoihop/shared/roles';
import { searchTextOf } from '@phoihop/shared/text';
import type { Db, Tx } from '../../db/prisma.ts';
import { toPage } from '../../lib/cursor.ts';
import { searchWhere } from '../../lib/search.ts';
import { afterCursor, cursorKey } from '../../lib/keyset.ts';

const select = {
  id: true,
  unitId: true,
  kind: true,
  name: true,
  shortName: true,
  active: true,
  sortOrder: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

type Row = Omit<Organisation, 'createdAt' | 'updatedAt'> & { createdAt: Date; updatedAt: Date };

const toOrganisation = (row: Row): Organisation => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export interface OrganisationData {
  unitId: string;
  kind: OrganisationKind;
  name: string;
  shortName: string | null;
  sortOrder: number;
  active: boolean;
}

export function createOrganisationRepository(db: Db) {
  return {
    // Ordered by name: the (unit_id, sort_order, name, id) index serves the unit's default list.
    async list(query: ListOrganisationsQuery, unitId: string) {
      const rows = await db.organisation.findMany({
        where: {
          AND: [
            { unitId },
            searchWhere(query.q),
            query.kind ? { kind: query.kind } : {},
            query.active !== undefined ? { active: query.active } : {},
            afterCursor('name', query.cursor) ?? {},
          ],
        },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        take: query.limit + 1,
        select,
      });
      return toPage(rows.map(toOrganisation), query.limit, (o) => cursorKey(o.name, o.id));
    },

    async findById(tx: Tx, id: string): Promise<Organisation | null> {
      const row = await tx.organisation.findUnique({ where: { id }, select });
      return row ? toOrganisation(row) : null;
    },

    async unitExists(tx: Tx, unitId: string): Promise<boolean> {
      return (await tx.adminUnit.count({ where: { id: unitId } })) > 0;
    },

    async findByName(tx: Tx, unitId: string, name: string) {
      return tx.organisation.findUnique({ where: { unitId_name: { unitId, name } }, select: { id: true } });
    },

    async create(tx: Tx, data: OrganisationData): Promise<Organisation> {
      const row = await tx.organisation.create({
        data: { ...data, searchText: searchTextOf(data.name, data.shortName) },
        select,
      });
      return toOrganisation(row);
    },

    async update(tx: Tx, id: string, version: number, data: OrganisationData) {
      const { count } = await tx.organisation.updateMany({
        where: { id, version },
        data: {
          ...data,
          searchText: searchTextOf(data.name, data.shortName),
          version: { increment: 1 },
        },
      });
      return count ? this.findById(tx, id) : null;
    },
  };
}

export type OrganisationRepository = ReturnType<typeof createOrganisationRepository>;
