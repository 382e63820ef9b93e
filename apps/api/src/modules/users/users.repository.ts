import type { Role } from '@phoihop/shared/roles';
import { searchTextOf } from '@phoihop/shared/text';
import type { ListUsersQuery, User } from '@phoihop/shared/users';
import type { Db, Tx } from '../../db/prisma.ts';
import { toPage } from '../../lib/cursor.ts';
import { searchWhere } from '../../lib/search.ts';
import { afterCursor, cursorKey } from '../../lib/keyset.ts';

const select = {
  id: true,
  unitId: true,
  organisationId: true,
  username: true,
  fullName: true,
  position: true,
  email: true,
  phone: true,
  active: true,
  lastLoginAt: true,
  mustChangePassword: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  organisation: { select: { name: true } },
  roles: { select: { role: true, unitId: true } },
} as const;

type Row = Omit<
  User,
  'organisationName' | 'roles' | 'lastLoginAt' | 'createdAt' | 'updatedAt'
> & {
  lastLoginAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  organisation: { name: string } | null;
  roles: { role: Role; unitId: string }[];
};

const iso = (date: Date | null) => date?.toISOString() ?? null;

const toUser = ({ organisation, roles, ...row }: Row): User => ({
  ...row,
  organisationName: organisation?.name ?? null,
  roles: roles.filter((r) => r.unitId === row.unitId).map((r) => r.role),
  lastLoginAt: iso(row.lastLoginAt),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export interface UserData {
  unitId: string;
  organisationId: string | null;
  fullName: string;
  position: string | null;
  email: string | null;
  phone: string | null;
  active: boolean;
}

const searchOf = (data: UserData & { username: string }) =>
  searchTextOf(data.fullName, data.username, data.position, data.email, data.phone);

export function createUserRepository(db: Db) {
  return {
    async list(query: ListUsersQuery, unitId: string) {
      const sort = query.sort;
      const rows = await db.user.findMany({
        where: {
          AND: [
            { unitId },
            searchWhere(query.q),
            query.organisationId ? { organisationId: query.organisationId } : {},
            query.role ? { roles: { some: { role: query.role, unitId } } } : {},
            query.active !== undefined ? { active: query.active } : {},
            afterCursor(sort, query.cursor, sort === 'createdAt' ? 'date' : 'string') ?? {},
          ],
        },
        orderBy: [{ [sort]: 'asc' }, { id: 'asc' }],
        take: query.limit + 1,
        select,
      });
      return toPage(rows.map(toUser), query.limit, (u) => cursorKey(u[sort], u.id));
    },

    async findById(tx: Tx, id: string): Promise<User | null> {
      const row = await tx.user.findUnique({ where: { id }, select });
      return row ? toUser(row) : null;
    },

    async usernameTaken(tx: Tx, username: string) {
      return (await tx.user.count({ where: { username } })) > 0;
    },

    async organisationInUnit(tx: Tx, organisationId: string, unitId: string) {
      return (await tx.organisation.count({ where: { id: organisationId, unitId, active: true } })) > 0;
    },

    async create(
      tx: Tx,
      data: UserData & { username: string; passwordHash: string; roles: Role[]; createdById: string | null },
    ): Promise<User> {
      const { roles, createdById, ...fields } = data;
      const row = await tx.user.create({
        data: {
          ...fields,
          mustChangePassword: true,
          searchText: searchOf(data),
          roles: { create: roles.map((role) => ({ role, unitId: data.unitId, createdById })) },
        },
        select,
      });
      return toUser(row);
    },

    async update(
      tx: Tx,
      id: string,
      version: number,
      data: UserData & { username: string; roles: Role[]; actorId: string },
    ): Promise<User | null> {
      const { roles, actorId, username, ...fields } = data;
      const { count } = await tx.user.updateMany({
        where: { id, version },
        data: { ...fields, searchText: searchOf(data), version: { increment: 1 } },
      });
      if (!count) return null;
      await tx.roleAssignment.deleteMany({ where: { userId: id, unitId: data.unitId, role: { notIn: roles } } });
      await tx.roleAssignment.createMany({
        data: roles.map((role) => ({ userId: id, unitId: data.unitId, role, createdById: actorId })),
        skipDuplicates: true,
      });
      return this.findById(tx, id);
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
