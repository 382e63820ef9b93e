import { createHash, randomBytes } from 'node:crypto';
import type { OrganisationKind, Role } from '@phoihop/shared/roles';
import type { Db, Tx } from '../../db/prisma.ts';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export interface SessionRecord {
  id: string;
  csrfToken: string;
  lastSeenAt: Date;
  expiresAt: Date;
  /** Null: the session has not passed a second factor (none enrolled when it began). */
  secondFactorAt: Date | null;
  user: {
    id: string;
    unitId: string;
    organisationId: string | null;
    organisationKind: OrganisationKind | null;
    active: boolean;
    /** A temporary password (new or reset account) must be changed before anything else. */
    mustChangePassword: boolean;
    /** A deactivated unit's accounts are signed out and may not sign in. */
    unitActive: boolean;
    roles: Role[];
  };
}

export function createSessionRepository(db: Db) {
  return {
    /** Returns the raw token for the cookie; only its hash is stored. */
    async create(
      tx: Tx,
      input: {
        userId: string;
        at: Date;
        expiresAt: Date;
        secondFactorAt?: Date | null;
        ip: string | null;
        userAgent: string | null;
      },
    ): Promise<{ token: string; csrfToken: string }> {
      const token = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(24).toString('base64url');
      await tx.session.create({
        data: {
          id: sha256(token),
          userId: input.userId,
          csrfToken,
          createdAt: input.at,
          lastSeenAt: input.at,
          expiresAt: input.expiresAt,
          secondFactorAt: input.secondFactorAt ?? null,
          ip: input.ip,
          userAgent: input.userAgent?.slice(0, 300) ?? null,
        },
      });
      return { token, csrfToken };
    },

    async findByToken(token: string): Promise<SessionRecord | null> {
      const row = await db.session.findFirst({
        where: { id: sha256(token), revokedAt: null },
        select: {
          id: true,
          csrfToken: true,
          lastSeenAt: true,
          expiresAt: true,
          secondFactorAt: true,
          user: {
            select: {
              id: true,
              unitId: true,
              organisationId: true,
              organisation: { select: { kind: true } },
              active: true,
              mustChangePassword: true,
              unit: { select: { active: true } },
              roles: { select: { role: true, unitId: true } },
            },
          },
        },
      });
      if (!row) return null;
      const { roles, organisation, unit, ...user } = row.user;
      return {
        ...row,
        user: {
          ...user,
          unitActive: unit.active,
          organisationKind: organisation?.kind ?? null,
          roles: roles.filter((r) => r.unitId === user.unitId).map((r) => r.role),
        },
      };
    },

    async touch(id: string, at: Date): Promise<void> {
      await db.session.updateMany({ where: { id, revokedAt: null }, data: { lastSeenAt: at } });
    },

    /** The session passed the second factor (enrolled during it). */
    async markSecondFactor(tx: Tx, id: string, at: Date): Promise<void> {
      await tx.session.updateMany({ where: { id, revokedAt: null }, data: { secondFactorAt: at } });
    },

    async revoke(tx: Tx, id: string): Promise<void> {
      await tx.session.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    },

    /** Returns how many sessions were still open. */
    async revokeAllOfUser(tx: Tx, userId: string, exceptId?: string): Promise<number> {
      const { count } = await tx.session.updateMany({
        where: { userId, revokedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
        data: { revokedAt: new Date() },
      });
      return count;
    },

    /** Signs out every account of a unit (the unit is being deactivated). */
    async revokeAllOfUnit(tx: Tx, unitId: string): Promise<number> {
      const { count } = await tx.session.updateMany({
        where: { user: { unitId }, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      return count;
    },

    /** Housekeeping: forget sessions that can no longer be used. */
    async deleteExpired(before: Date): Promise<number> {
      const { count } = await db.session.deleteMany({
        where: { OR: [{ expiresAt: { lt: before } }, { revokedAt: { lt: before } }] },
      });
      return count;
    },
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
