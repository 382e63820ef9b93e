import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { RateLimitRepository } from '../db/rate-limit.repository.ts';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** A route's counters apart from another's, as the library's Redis store does. */
const prefixOf = (routeOptions: unknown) => {
  const info = (routeOptions as { routeInfo?: { method?: string; url?: string } }).routeInfo;
  return `${info?.method ?? '*'} ${info?.url ?? '*'}:`;
};

/**
 * @fastify/rate-limit's store in PostgreSQL, so every API process counts against one limit.
 * The library builds its store with `new`, hence a class here.
 */
export function pgRateLimitStore(hits: RateLimitRepository): FastifyRateLimitStoreCtor {
  class PgRateLimitStore implements FastifyRateLimitStore {
    readonly prefix: string;

    constructor(_options?: unknown, prefix = 'global:') {
      this.prefix = prefix;
    }

    incr(key: string, callback: Callback, timeWindow: number) {
      const count = async () => {
        const hit = await hits.hit(this.prefix + key, timeWindow);
        // A new window is a cheap moment to drop a few ended ones.
        if (hit.count === 1) await hits.sweep();
        return { current: hit.count, ttl: hit.ttlMs };
      };
      count().then(
        (result) => callback(null, result),
        (error: unknown) => callback(toError(error)),
      );
    }

    read(key: string, callback: Callback) {
      hits.read(this.prefix + key).then(
        (state) => callback(null, { current: state.count, ttl: state.ttlMs }),
        (error: unknown) => callback(toError(error)),
      );
    }

    child(routeOptions: unknown): FastifyRateLimitStore {
      return new PgRateLimitStore(undefined, prefixOf(routeOptions));
    }
  }
  return PgRateLimitStore;
}

const toError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));
