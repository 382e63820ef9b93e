// Every successful write leaves an audit row (issue 12, ASVS V16.3): after each 2xx POST, PUT,
// PATCH or DELETE sent through injectAs, a row must carry the response's x-request-id, or the
// test fails at that request.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Db } from '../../src/db/prisma.ts';

type Exemption = (url: string, res: LightMyRequestResponse) => boolean;

/** Requests that wrote nothing: a dry run only checks, and an import with nothing new is a no-op. */
const exempt: Exemption[] = [
  (url) => /[?&]dryRun=true\b/.test(url),
  (url, res) => {
    if (!url.startsWith('/api/plans/import')) return false;
    const { created, updated } = res.json<{ created?: number; updated?: number }>();
    return created === 0 && updated === 0;
  },
];

const watched = new WeakMap<FastifyInstance, Db>();

export const watchAuditCoverage = (app: FastifyInstance, db: Db) => watched.set(app, db);

export async function expectAuditRow(app: FastifyInstance, method: string, url: string, res: LightMyRequestResponse) {
  const db = watched.get(app);
  if (!db || ['GET', 'HEAD'].includes(method.toUpperCase()) || res.statusCode >= 300) return;
  if (exempt.some((wroteNothing) => wroteNothing(url, res))) return;
  const rows = await db.auditLog.count({ where: { requestId: String(res.headers['x-request-id']) } });
  expect(rows, `${method} ${url} succeeded (${res.statusCode}) and left no audit row`).toBeGreaterThan(0);
}
