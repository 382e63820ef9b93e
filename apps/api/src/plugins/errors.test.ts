// The error handler's safety net: a value PostgreSQL refuses as input is a 400, not a 500.
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import errors, { DATABASE_REFUSED_INPUT } from './errors.ts';

// The shape Prisma 7 with @prisma/adapter-pg gives a PostgreSQL error (seen in the fuzz test).
const databaseError = (sqlState: string) =>
  Object.assign(new Error('Database error'), {
    code: 'P2010',
    meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { originalCode: sqlState } } },
  });

async function appThrowing(error: Error) {
  const app = Fastify();
  await app.register(rateLimit, { global: false });
  await app.register(errors);
  app.get('/boom', () => {
    throw error;
  });
  return app;
}

describe('errors plugin', () => {
  it.each(['22021', '22P05', '22003', '22008', '22007', '22P02'])(
    'answers SQLSTATE %s (input the database refused) with 400 BAD_REQUEST',
    async (sqlState) => {
      const app = await appThrowing(databaseError(sqlState));
      const res = await app.inject({ method: 'GET', url: '/boom' });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'BAD_REQUEST', detail: DATABASE_REFUSED_INPUT });
    },
  );

  it('keeps other database failures a 500 with a generic message', async () => {
    const app = await appThrowing(databaseError('53300'));
    const res = await app.inject({ method: 'GET', url: '/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ code: 'INTERNAL' });
  });
});
