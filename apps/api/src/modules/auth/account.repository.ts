import type { Me } from '@phoihop/shared/auth';
import type { Db, Tx } from '../../db/prisma.ts';

export function createAccountRepository(db: Db) {
  return {
    findForLogin(username: string) {
      return db.user.findUnique({
        where: { username },
        select: {
          id: true,
          unitId: true,
          passwordHash: true,
          active: true,
          unit: { select: { active: true } },
        },
      });
    },

    async recordSuccess(tx: Tx, userId: string, at: Date): Promise<void> {
      await tx.user.update({
        where: { id: userId },
        data: { lastLoginAt: at },
      });
    },

    /** With what a new password may not contain: the username and the unit's name. */
    async findPasswordHash(userId: string) {
      const row = await db.user.findUnique({
        where: { id: userId },
        select: { passwordHash: true, username: true, unit: { select: { name: true } } },
      });
      return row && { passwordHash: row.passwordHash, username: row.username, unitName: row.unit.name };
    },

    async unitName(unitId: string): Promise<string | null> {
      const unit = await db.adminUnit.findUnique({ where: { id: unitId }, select: { name: true } });
      return unit?.name ?? null;
    },

    async setPassword(tx: Tx, userId: string, passwordHash: string, mustChange: boolean) {
      await tx.user.update({
        where: { id: userId },
        data: {
          passwordHash,
          mustChangePassword: mustChange,
          passwordChangedAt: new Date(),
          version: { increment: 1 },
        },
      });
    },

    async setLocale(tx: Tx, userId: string, locale: 'vi' | 'en') {
      await tx.user.update({ where: { id: userId }, data: { locale } });
    },

    async getProfile(
      userId: string,
    ): Promise<(Omit<Me, 'permissions' | 'csrfToken' | 'secondFactor'> & { secondFactorEnrolled: boolean }) | null> {
      const row = await db.user.findUnique({
        where: { id: userId },
        select: {
          id: true,
          username: true,
          fullName: true,
          position: true,
          locale: true,
          mustChangePassword: true,
          unitId: true,
          roles: { select: { role: true, unitId: true } },
          unit: { select: { id: true, code: true, name: true } },
          organisation: { select: { id: true, name: true, shortName: true, kind: true } },
          secondFactor: { select: { enrolledAt: true } },
        },
      });
      if (!row) return null;
      return {
        user: {
          id: row.id,
          username: row.username,
          fullName: row.fullName,
          position: row.position,
          locale: row.locale === 'en' ? 'en' : 'vi',
          mustChangePassword: row.mustChangePassword,
          roles: row.roles.filter((r) => r.unitId === row.unitId).map((r) => r.role),
        },
        unit: row.unit,
        organisation: row.organisation,
        secondFactorEnrolled: row.secondFactor?.enrolledAt != null,
      };
    },
  };
}

export type AccountRepository = ReturnType<typeof createAccountRepository>;
