import type { Db, Tx } from '../../db/prisma.ts';

/** `''` in a key column means "any": (account, '') counts an account from everywhere. */
export const ANY = '';

export interface ThrottleKey {
  account: string;
  address: string;
}

export function createLoginThrottleRepository(db: Db) {
  return {
    /** The latest `blockedUntil` among the given rows, if any is still in force at `at`. */
    async blockedUntil(keys: ThrottleKey[], at: Date): Promise<Date | null> {
      const rows = await db.loginThrottle.findMany({
        where: { OR: keys, blockedUntil: { gt: at } },
        select: { blockedUntil: true },
      });
      const times = rows.flatMap((r) => (r.blockedUntil ? [r.blockedUntil.getTime()] : []));
      return times.length ? new Date(Math.max(...times)) : null;
    },

    /**
     * Counts one failure atomically (several processes may race) and returns the new count; a
     * count whose last failure is older than `forgetBefore` starts again at 1.
     */
    async bump(
      tx: Tx,
      key: ThrottleKey,
      at: Date,
      forgetBefore: Date,
    ): Promise<{ failures: number; notifiedAt: Date | null }> {
      const [row] = await tx.$queryRaw<{ failures: number; notified_at: Date | null }[]>`
        INSERT INTO login_throttles (account, address, failures, last_failure_at)
        VALUES (${key.account}, ${key.address}, 1, ${at}::timestamptz)
        ON CONFLICT (account, address) DO UPDATE SET
          failures = CASE WHEN login_throttles.last_failure_at < ${forgetBefore}::timestamptz
                          THEN 1 ELSE login_throttles.failures + 1 END,
          last_failure_at = excluded.last_failure_at
        RETURNING failures, notified_at`;
      if (!row) throw new Error('login_throttles upsert returned no row');
      return { failures: row.failures, notifiedAt: row.notified_at };
    },

    async block(tx: Tx, key: ThrottleKey, until: Date): Promise<void> {
      await tx.loginThrottle.update({
        where: { account_address: key },
        data: { blockedUntil: until },
      });
    },

    async markNotified(tx: Tx, key: ThrottleKey, at: Date): Promise<void> {
      await tx.loginThrottle.update({ where: { account_address: key }, data: { notifiedAt: at } });
    },

    /** A right password from an address forgets that pair's failures (not the address's). */
    async clear(key: ThrottleKey): Promise<void> {
      await db.loginThrottle.deleteMany({ where: key });
    },

    /** Who hears of repeated failures on an account: its owner and its unit's active admins. */
    async recipients(tx: Tx, userId: string) {
      const user = await tx.user.findUnique({
        where: { id: userId },
        select: { id: true, unitId: true, username: true, fullName: true },
      });
      if (!user) return null;
      const admins = await tx.user.findMany({
        where: {
          active: true,
          id: { not: userId },
          roles: { some: { role: 'UNIT_ADMIN', unitId: user.unitId } },
        },
        select: { id: true },
      });
      return { user, adminIds: admins.map((a) => a.id) };
    },

    /**
     * Drops a bounded batch of forgotten rows, so the table stays small without a job; rows
     * another request holds are skipped, never waited for.
     */
    async sweep(forgetBefore: Date): Promise<void> {
      await db.$executeRaw`
        DELETE FROM login_throttles WHERE ctid IN (
          SELECT ctid FROM login_throttles WHERE last_failure_at < ${forgetBefore}::timestamptz
          LIMIT 50 FOR UPDATE SKIP LOCKED
        )`;
    },
  };
}

export type LoginThrottleRepository = ReturnType<typeof createLoginThrottleRepository>;
