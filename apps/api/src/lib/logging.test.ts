import { describe, expect, it } from 'vitest';
import { pathOf, serializeError, serializeRequest } from './logging.ts';

/** node-postgres' error for a unique violation, as the driver builds it. */
function pgError() {
  const err = Object.assign(
    new Error('duplicate key value violates unique constraint "users_username_key"'),
    {
      severity: 'ERROR',
      code: '23505',
      detail: 'Key (username)=(nguyen.van.lo) already exists.',
      constraint: 'users_username_key',
      table: 'users',
    },
  );
  return err;
}

describe('serializeError', () => {
  it('keeps a database error’s code, table and constraint, never its message or detail', () => {
    const out = serializeError(pgError());
    expect(out).toMatchObject({
      type: 'Error',
      code: '23505',
      constraint: 'users_username_key',
      table: 'users',
    });
    expect(JSON.stringify(out)).not.toMatch(/nguyen\.van\.lo|duplicate key/);
  });

  it('keeps a programming error’s message and frames, and walks its cause', () => {
    const out = serializeError(new TypeError('x is not a function', { cause: pgError() }));
    expect(out).toMatchObject({
      type: 'TypeError',
      message: 'x is not a function',
      cause: { code: '23505' },
    });
    expect(String(out.stack)).not.toContain('x is not a function');
    expect(JSON.stringify(out)).not.toContain('nguyen.van.lo');
  });

  it('drops the message of any Prisma error and keeps only the named parts of its meta', () => {
    const prisma = Object.assign(
      new Error('Invalid `prisma.user.create()` invocation: { data: { fullName: "Lò Văn Tên" } }'),
      {
        code: 'P2002',
        clientVersion: '7.10.0',
        meta: {
          modelName: 'User',
          target: ['username'],
          driverAdapterError: {
            cause: {
              originalCode: '23505',
              originalMessage: 'Key (username)=(lo.van.ten)',
              constraint: { fields: ['username'] },
            },
          },
        },
      },
    );
    const out = serializeError(prisma);
    expect(out).toMatchObject({
      code: 'P2002',
      clientVersion: '7.10.0',
      meta: { modelName: 'User', target: ['username'], database: { originalCode: '23505' } },
    });
    expect(JSON.stringify(out)).not.toMatch(/Lò Văn Tên|lo\.van\.ten|invocation/);
  });
});

describe('serializeRequest', () => {
  it('logs the path without its query string', () => {
    expect(pathOf('/api/cases?q=nguyen%20van%20a&limit=25')).toBe('/api/cases');
    expect(serializeRequest({ id: 'r1', method: 'GET', url: '/api/suggestions?q=tran' })).toEqual({
      id: 'r1',
      method: 'GET',
      path: '/api/suggestions',
    });
  });
});
