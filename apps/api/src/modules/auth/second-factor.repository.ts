import type { OrganisationKind, Role } from '@phoihop/shared/roles';
import type { Db, Tx } from '../../db/prisma.ts';

export interface FactorRecord {
  userId: string;
  /** As stored: sealed when SECOND_FACTOR_KEY is set. */
  secret: string;
  enrolledAt: Date | null;
  lastStep: number | null;
}

export interface FactorOwner {
  id: string;
  username: string;
  unitId: string;
  organisationId: string | null;
  organisationKind: OrganisationKind | null;
  roles: Role[];
}

export function createSecondFactorRepository(db: Db) {
  return {
    find(userId: string): Promise<FactorRecord | null> {
      return db.secondFactor.findUnique({
        where: { userId },
        select: { userId: true, secret: true, enrolledAt: true, lastStep: true },
      });
    },

    /** The account a factor belongs to, with what decides whether it must have one. */
    async findOwner(userId: string): Promise<FactorOwner | null> {
      const row = await db.user.findUnique({
        where: { id: userId },
        select: {
          id: true,
          username: true,
          unitId: true,
          organisationId: true,
          organisation: { select: { kind: true } },
          roles: { select: { role: true, unitId: true } },
        },
      });
      if (!row) return null;
      const { organisation, roles, ...user } = row;
      return {
        ...user,
        organisationKind: organisation?.kind ?? null,
        roles: roles.filter((r) => r.unitId === user.unitId).map((r) => r.role),
      };
    },

    /** A new key waiting for its first code; replaces an earlier pending one. */
    async savePending(tx: Tx, userId: string, secret: string, at: Date): Promise<void> {
      await tx.secondFactor.upsert({
        where: { userId },
        create: { userId, secret, createdAt: at },
        update: { secret, createdAt: at, lastStep: null },
      });
    },

    async markEnrolled(tx: Tx, userId: string, at: Date, step: number): Promise<void> {
      await tx.secondFactor.update({ where: { userId }, data: { enrolledAt: at, lastStep: step } });
    },

    /**
     * Records `step` as used, only if no later-or-equal step was: false when another request (on
     * this or another API process) used the code first.
     */
    async consumeStep(tx: Tx, userId: string, step: number): Promise<boolean> {
      const { count } = await tx.secondFactor.updateMany({
        where: { userId, OR: [{ lastStep: null }, { lastStep: { lt: step } }] },
        data: { lastStep: step },
      });
      return count === 1;
    },

    async replaceRecoveryCodes(tx: Tx, userId: string, hashes: string[]): Promise<void> {
      await tx.recoveryCode.deleteMany({ where: { userId } });
      await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId, codeHash })) });
    },

    /** Marks an unused code used; false when there is no such code or it was used. */
    async useRecoveryCode(tx: Tx, userId: string, codeHash: string, at: Date): Promise<boolean> {
      const { count } = await tx.recoveryCode.updateMany({
        where: { userId, codeHash, usedAt: null },
        data: { usedAt: at },
      });
      return count === 1;
    },

    recoveryCodesLeft(userId: string): Promise<number> {
      return db.recoveryCode.count({ where: { userId, usedAt: null } });
    },

    async remove(tx: Tx, userId: string): Promise<boolean> {
      await tx.recoveryCode.deleteMany({ where: { userId } });
      const { count } = await tx.secondFactor.deleteMany({ where: { userId } });
      return count === 1;
    },
  };
}

export type SecondFactorRepository = ReturnType<typeof createSecondFactorRepository>;
