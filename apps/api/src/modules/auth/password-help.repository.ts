import type { PasswordHelp } from '@phoihop/shared/password-help';
import type { Db } from '../../db/prisma.ts';

export function createPasswordHelpRepository(db: Db) {
  return {
    /** Active units with at least one active unit administrator, by name; admins by name. */
    async unitAdmins(): Promise<PasswordHelp['units']> {
      const units = await db.adminUnit.findMany({
        where: { active: true, roles: { some: { role: 'UNIT_ADMIN', user: { active: true } } } },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        select: {
          name: true,
          roles: {
            where: { role: 'UNIT_ADMIN', user: { active: true } },
            select: { user: { select: { fullName: true, position: true } } },
            orderBy: [{ user: { fullName: 'asc' } }, { userId: 'asc' }],
          },
        },
      });
      return units.map((unit) => ({
        name: unit.name,
        admins: unit.roles.map((role) => role.user),
      }));
    },
  };
}

export type PasswordHelpRepository = ReturnType<typeof createPasswordHelpRepository>;
