// Writes and downloads that used to leave no audit row (issue 12, ASVS V16.3). Every other API
// test checks the general rule too: injectAs fails a test whose successful write left no row.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, type TestApp } from '../helpers/app.ts';
import { caseWard, type CaseWard } from '../cases/case-helpers.ts';
import { startExport, waitFor, download } from '../exports/helpers.ts';

let t: TestApp;
let s: CaseWard['sessions'];

beforeAll(async () => {
  t = await buildTestApp();
  s = (await caseWard(t)).sessions;
});

const rowsOf = (requestId: string) => t.db.auditLog.findMany({ where: { requestId } });

describe('audit rows', () => {
  it('record notifications marked read', async () => {
    const res = await injectAs(t.app, s.viewer, { method: 'POST', url: '/api/notifications/mark-read', payload: {} });
    expect(res.statusCode).toBe(200);
    const rows = await rowsOf(String(res.headers['x-request-id']));
    expect(rows.map((r) => [r.action, r.actorId, r.changes])).toEqual([['notification.mark-read', s.viewer.userId, { count: 0, all: true }]]);
  });

  it('record each download of an exported list, by id, type and size', async () => {
    const job = await startExport(t.app, s.pcOfficer, { list: 'cases', format: 'csv' });
    await waitFor(t.app, s.pcOfficer, job.id);
    const data = await download(t.app, s.pcOfficer, job.id);
    const rows = await t.db.auditLog.findMany({ where: { entityId: job.id, action: 'export.download' } });
    expect(rows.map((r) => r.changes)).toEqual([{ mimeType: expect.stringContaining('text/csv') as unknown, size: data.rawPayload.length }]);
  });
});
