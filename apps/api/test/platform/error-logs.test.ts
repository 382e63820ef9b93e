// Logs carry ids and codes, never personal data: a write that fails on purpose, with distinctive
// values, leaves a log line with the request id and the error's code and none of the values —
// neither from Prisma's validation message (which quotes the whole `data`) nor from PostgreSQL's
// error detail, nor from the search words of the URL.
import type { Db } from '../../src/db/prisma.ts';
import { describe, expect, it } from 'vitest';
import { civicWard, newBox, newOpening } from '../civic/helpers.ts';
import { buildTestApp, injectAs } from '../helpers/app.ts';
import { call } from '../helpers/plans.ts';

const lines: string[] = [];
/**
 * Every suggestion written reaches Prisma with an argument it does not know, so Prisma refuses it
 * with its validation error, whose message repeats the query's arguments.
 */
const failingSuggestions = (db: Db) =>
  db.$extends({
    query: {
      suggestion: {
        create: ({ args, query }) =>
          query({ ...args, data: { ...args.data, notAColumn: true } } as unknown as typeof args),
      },
    },
  }) as unknown as Db;

const t = await buildTestApp({ LOG_LEVEL: 'info' }, undefined, {
  runtime: { logStream: { write: (line) => void lines.push(line) } },
  servicesDb: failingSuggestions,
});
t.clock.now = new Date('2026-03-10T03:00:00Z');
const ward = await civicWard(t);
const front = await ward.as(ward.users.frontOfficer);
const officer = await ward.as(ward.users.ubndOfficer);

const values = {
  name: 'Quách Thị Nhật Ký',
  address: 'Số 99 ngõ Dấu Vết',
  phone: '0933777555',
  idNumber: '042177003333',
};
const secretsIn = (text: string) =>
  [...Object.values(values), 'Quach Thi Nhat Ky', 'quach thi nhat ky', 'quach%20thi'].filter((v) =>
    text.toLowerCase().includes(v.toLowerCase()),
  );

/** The JSON log lines written while `fn` ran. */
async function logsOf(fn: () => Promise<unknown>) {
  const from = lines.length;
  await fn();
  return lines.slice(from).map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('a failed write’s log line', () => {
  it('names the request and Prisma’s error, not the suggestion’s author', async () => {
    const box = await newBox(t, front, 'Hòm thư nhật ký');
    const opening = await newOpening(t, front, box.id);
    let requestId = '';
    const logged = await logsOf(async () => {
      const res = await injectAs(t.app, front, {
        method: 'POST',
        url: '/api/suggestions',
        payload: {
          openingId: opening.id,
          summary: 'Góp ý thử',
          field: 'OTHER',
          authorName: values.name,
          authorAddress: values.address,
          authorPhone: values.phone,
        },
      });
      expect(res.statusCode).toBe(500);
      requestId = String(res.headers['x-request-id']);
    });
    expect(secretsIn(JSON.stringify(logged))).toEqual([]);
    const error = logged.find((l) => l.msg === 'unhandled error');
    expect(error).toMatchObject({
      reqId: requestId,
      code: 'INTERNAL',
      err: { type: 'PrismaClientValidationError' },
    });
  });

  it('names the request and PostgreSQL’s error, not the visit’s citizen', async () => {
    // A trigger refuses the row as PostgreSQL refuses a check: its detail quotes the row.
    await t.db
      .$executeRawUnsafe(`CREATE FUNCTION refuse_visit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'visit refused' USING DETAIL = format('Failing row contains (%s, %s, %s)', NEW.citizen_name, NEW.address, NEW.phone); END $$`);
    await t.db.$executeRawUnsafe(
      'CREATE TRIGGER refuse_visit BEFORE INSERT ON reception_visits FOR EACH ROW EXECUTE FUNCTION refuse_visit()',
    );
    const { id: sessionId } = await call<{ id: string }>(
      t.app,
      officer,
      'POST',
      '/api/reception/sessions',
      {
        heldOn: '2026-03-05',
        kind: 'REGULAR',
        hosts: ['PC_CHAIRMAN'],
        hostNames: 'Chủ tịch UBND phường',
      },
    );
    let requestId = '';
    const logged = await logsOf(async () => {
      const res = await injectAs(t.app, officer, {
        method: 'POST',
        url: `/api/reception/sessions/${sessionId}/visits?q=${encodeURIComponent(values.name)}`,
        payload: {
          citizenName: values.name,
          address: values.address,
          phone: values.phone,
          idNumber: values.idNumber,
          content: 'Tố cáo',
        },
      });
      expect(res.statusCode).toBe(500);
      requestId = String(res.headers['x-request-id']);
    });
    expect(secretsIn(JSON.stringify(logged))).toEqual([]);
    const error = logged.find((l) => l.msg === 'unhandled error');
    expect(error).toMatchObject({
      reqId: requestId,
      code: 'INTERNAL',
      path: `/api/reception/sessions/${sessionId}/visits`,
      err: {
        type: 'PrismaClientKnownRequestError',
        meta: { modelName: 'ReceptionVisit', database: { code: 'P0001' } },
      },
    });
  });
});
