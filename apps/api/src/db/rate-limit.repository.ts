import type { Db } from './prisma.ts';

/** Counters of @fastify/rate-limit in PostgreSQL, on the database's clock so processes agree. */
export function createRateLimitRepository(db: Db) {
  return {
    /** Counts one hit in `key`'s window (a new window once the last one ended). */
    async hit(key: string, windowMs: number): Promise<{ count: number; ttlMs: number }> {
      const [row] = await db.$queryRaw<{ count: number; ttl_ms: number }[]>`
        INSERT INTO rate_limit_hits (key, count, reset_at)
        VALUES (${key}, 1, clock_timestamp() + ${windowMs} * interval '1 millisecond')
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN rate_limit_hits.reset_at <= clock_timestamp()
                       THEN 1 ELSE rate_limit_hits.count + 1 END,
          reset_at = CASE WHEN rate_limit_hits.reset_at <= clock_timestamp()
                          THEN excluded.reset_at ELSE rate_limit_hits.reset_at END
        RETURNING count,
          greatest(0, floor(extract(epoch FROM reset_at - clock_timestamp()) * 1000))::int AS ttl_ms`;
      if (!row) throw new Error('rate_limit_hits upsert returned no row');
      return { count: row.count, ttlMs: row.ttl_ms };
    },

    async read(key: string): Promise<{ count: number; ttlMs: number }> {
      const [row] = await db.$queryRaw<{ count: number; ttl_ms: number }[]>`
        SELECT count,
          greatest(0, floor(extract(epoch FROM reset_at - clock_timestamp()) * 1000))::int AS ttl_ms
        FROM rate_limit_hits WHERE key = ${key} AND reset_at > clock_timestamp()`;
      return row ? { count: row.count, ttlMs: row.ttl_ms } : { count: 0, ttlMs: 0 };
    },

    /** Drops a bounded batch of ended windows (skipping rows in use), so no job is needed. */
    async sweep(): Promise<void> {
      await db.$executeRaw`
        DELETE FROM rate_limit_hits WHERE ctid IN (
          SELECT ctid FROM rate_limit_hits WHERE reset_at < clock_timestamp()
          LIMIT 50 FOR UPDATE SKIP LOCKED
        )`;
    },
  };
}

export type RateLimitRepository = ReturnType<typeof createRateLimitRepository>;
