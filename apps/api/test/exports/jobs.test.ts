// The export job API: created 202 with the list's own checks and an audit row, followed and
// downloaded by its creator only (404 for anyone else, 409 before it is done), the newest 20 of
// one's own; jobs a stopped process left behind fail at start-up, and a day later they are gone.
import type { ExportJob } from '@phoihop/shared/exports';
import type { RequestContext } from '../../src/lib/context.ts';
import { AppError } from '../../src/lib/app-error.ts';
import { createExportJobRepository } from '../../src/modules/exports/export-jobs.repository.ts';
import { createExportLookups } from '../../src/modules/exports/export-lookups.repository.ts';
import { createExportServices } from '../../src/modules/exports/export-module.ts';
import { createExportService } from '../../src/modules/exports/exports.service.ts';
import { createExporters } from '../../src/modules/exports/lists/exporters.ts';
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, login } from '../helpers/app.ts';
import { createUser, PASSWORD } from '../helpers/factories.ts';
import { caseWard, register } from '../cases/case-helpers.ts';
import { download, exportFile, parseCsv, readXlsx, startExport, waitFor } from './helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-20T03:00:00Z');
const w = await caseWard(t);
const s = w.sessions;
const colleague = await login(
  t.app,
  (await createUser(t.db, { unitId: w.unit.id, roles: ['ORG_OFFICER'], organisationId: w.organisations.ubnd.id })).username,
  PASSWORD,
);

const land = await register(t.app, s.pcOfficer, { receivedOn: '2026-03-02', field: 'LAND', summary: 'Tranh chấp ranh giới đất' });
await register(t.app, s.pcOfficer, { receivedOn: '2026-03-04', field: 'LAND', summary: 'Đề nghị cấp giấy chứng nhận' });
await register(t.app, s.pcOfficer, { receivedOn: '2026-03-06', field: 'ENVIRONMENT', summary: 'Ô nhiễm tiếng ồn' });

const jobCount = () => t.db.exportJob.count();

/** The context a request of this user would carry, for calling the services directly. */
async function contextOf(userId: string): Promise<RequestContext> {
  const user = await t.db.user.findUniqueOrThrow({ where: { id: userId }, include: { organisation: true, roles: true } });
  return {
    actor: { id: user.id, unitId: user.unitId, organisationId: user.organisationId, organisationKind: user.organisation?.kind ?? null, roles: user.roles.map((r) => r.role) },
    requestId: 'test',
    ip: null,
  };
}

/** A job row written directly, as a stopped process or an earlier day would have left it. */
const insertJob = (userId: string, data: { status: ExportJob['status']; createdAt?: Date }) =>
  t.db.exportJob.create({
    data: { unitId: w.unit.id, userId, list: 'cases', format: 'xlsx', query: {}, createdAt: t.clock.now, ...data },
  });

describe('creating and following an export', () => {
  it('answers 202 with the queued job, audits it, and the creator follows it to a file named for the day', async () => {
    const created = await startExport(t.app, s.pcOfficer, { list: 'cases', format: 'xlsx', query: { field: 'LAND' } });
    expect(created).toMatchObject({ list: 'cases', format: 'xlsx', status: 'QUEUED', processed: 0, error: null, finishedAt: null });
    const done = await waitFor(t.app, s.pcOfficer, created.id);
    expect(done).toMatchObject({ status: 'DONE', processed: 2, total: 2, fileName: 'don-thu-2026-03-20.xlsx', error: null });
    expect(done.finishedAt).not.toBeNull();

    const res = await download(t.app, s.pcOfficer, created.id);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="don-thu-2026-03-20.xlsx"; filename*=UTF-8''don-thu-2026-03-20.xlsx`,
    );
    const sheet = await readXlsx(res.rawPayload);
    expect(sheet.rows.map((r) => r[0])).toEqual([expect.stringMatching(/^2026\//), land.number]);

    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'export.create', entityId: created.id } });
    expect(audit).toMatchObject({ entityType: 'ExportJob', unitId: w.unit.id, actorId: s.pcOfficer.userId });
    expect(audit.changes).toEqual({ list: 'cases', format: 'xlsx', query: { field: 'LAND' } });
  });

  it('refuses a query the list would refuse, with field errors, and creates nothing', async () => {
    const before = await jobCount();
    const bad = await injectAs(t.app, s.pcOfficer, {
      method: 'POST',
      url: '/api/exports',
      payload: { list: 'cases', format: 'csv', query: { from: '2026-13-45', state: 'nope' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const problem = bad.json<{ code: string; errors: { path: string; message: string }[] }>();
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors.map((e) => e.path).sort()).toEqual(['query.from', 'query.state']);

    const period = await injectAs(t.app, s.pcOfficer, {
      method: 'POST',
      url: '/api/exports',
      payload: { list: 'reception-book', format: 'xlsx', query: { from: '2026-03-31', to: '2026-03-01' } },
    });
    expect(period.statusCode).toBe(400);
    expect(period.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['query.to']);
    const missing = await injectAs(t.app, s.pcOfficer, { method: 'POST', url: '/api/exports', payload: { list: 'reception-book', format: 'xlsx' } });
    expect(missing.statusCode).toBe(400);
    const longBook = await injectAs(t.app, s.pcOfficer, {
      method: 'POST',
      url: '/api/exports',
      payload: { list: 'reception-book', format: 'xlsx', query: { from: '2020-01-01', to: '2026-03-01' } },
    });
    expect(longBook.statusCode).toBe(400);
    expect(longBook.json<{ detail: string }>().detail).toBe('Mỗi lần xuất sổ tối đa 3 năm');
    const unknownList = await injectAs(t.app, s.pcOfficer, { method: 'POST', url: '/api/exports', payload: { list: 'users', format: 'xlsx' } });
    expect(unknownList.statusCode).toBe(400);

    expect(await jobCount()).toBe(before);
    expect(await t.db.auditLog.count({ where: { action: 'export.create', actorId: s.pcOfficer.userId } })).toBe(1);
  });

  it('refuses a list the reader may not read, as the list itself does', async () => {
    const before = await jobCount();
    const list = await injectAs(t.app, s.viewer, { method: 'GET', url: '/api/reception/sessions' });
    expect(list.statusCode).toBe(403);
    const res = await injectAs(t.app, s.viewer, {
      method: 'POST',
      url: '/api/exports',
      payload: { list: 'reception-book', format: 'csv', query: { from: '2026-01-01', to: '2026-03-31' } },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json<{ code: string }>().code).toBe('FORBIDDEN');
    expect(await jobCount()).toBe(before);
  });

  it('shows a job and its file to its creator only: anyone else gets 404', async () => {
    const job = await startExport(t.app, s.pcOfficer, { list: 'cases', format: 'csv' });
    await waitFor(t.app, s.pcOfficer, job.id);
    for (const other of [colleague, s.pcHead, s.unitAdmin, s.systemAdmin]) {
      for (const url of [`/api/exports/${job.id}`, `/api/exports/${job.id}/file`]) {
        const res = await injectAs(t.app, other, { method: 'GET', url });
        expect(res.statusCode, url).toBe(404);
        expect(res.json<{ code: string }>().code).toBe('NOT_FOUND');
      }
    }
    const listed = await injectAs(t.app, colleague, { method: 'GET', url: '/api/exports' });
    expect(listed.json<{ items: ExportJob[] }>().items).toEqual([]);
  });

  it('answers 409 for the file while the job is queued or running, and when it failed', async () => {
    for (const status of ['QUEUED', 'RUNNING', 'FAILED'] as const) {
      const job = await insertJob(s.pcOfficer2.userId, { status });
      const res = await injectAs(t.app, s.pcOfficer2, { method: 'GET', url: `/api/exports/${job.id}/file` });
      expect(res.statusCode, status).toBe(409);
      expect(res.json<{ code: string }>().code).toBe('CONFLICT');
    }
    await t.db.exportJob.deleteMany({ where: { userId: s.pcOfficer2.userId } });
  });

  it('lists the reader’s own 20 newest jobs, newest first', async () => {
    const user = s.frontOfficer.userId;
    const ids: string[] = [];
    for (let i = 0; i < 22; i++) {
      ids.push((await insertJob(user, { status: 'DONE', createdAt: new Date(t.clock.now.getTime() - (22 - i) * 60_000) })).id);
    }
    const res = await injectAs(t.app, s.frontOfficer, { method: 'GET', url: '/api/exports' });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ items: ExportJob[] }>().items.map((j) => j.id)).toEqual(ids.slice(2).reverse());
    await t.db.exportJob.deleteMany({ where: { userId: user } });
  });
});

describe('housekeeping', () => {
  it('marks the jobs a stopped process left queued or running as failed at start-up', async () => {
    await t.services.exports.idle();
    const queued = await insertJob(s.frontLeader.userId, { status: 'QUEUED' });
    const running = await insertJob(s.frontLeader.userId, { status: 'RUNNING' });
    const done = await insertJob(s.frontLeader.userId, { status: 'DONE' });
    expect(await t.services.exports.recoverInterrupted()).toBe(2);
    for (const id of [queued.id, running.id]) {
      const res = await injectAs(t.app, s.frontLeader, { method: 'GET', url: `/api/exports/${id}` });
      expect(res.json<ExportJob>()).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/^Máy chủ đã khởi động lại/) });
      expect(res.json<ExportJob>().finishedAt).not.toBeNull();
    }
    expect((await t.db.exportJob.findUniqueOrThrow({ where: { id: done.id } })).status).toBe('DONE');
  });

  it('deletes the jobs, with their files, created more than a day ago', async () => {
    const hour = 3_600_000;
    const old = await insertJob(s.frontLeader.userId, { status: 'DONE', createdAt: new Date(t.clock.now.getTime() - 25 * hour) });
    const recent = await insertJob(s.frontLeader.userId, { status: 'DONE', createdAt: new Date(t.clock.now.getTime() - 23 * hour) });
    expect(await t.services.exports.deleteOld()).toBeGreaterThanOrEqual(1);
    expect(await t.db.exportJob.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await t.db.exportJob.findUnique({ where: { id: recent.id } })).not.toBeNull();
  });
});

describe('a job that fails', () => {
  it('is FAILED with the reason in Vietnamese, the list’s own refusal or a server fault', async () => {
    const logged: string[] = [];
    const failing = (open: () => Promise<never>) => ({ check: async () => undefined, open });
    const service = createExportService({
      db: t.db,
      jobs: createExportJobRepository(t.db),
      lookups: createExportLookups(t.db),
      now: () => t.clock.now,
      log: (message) => void logged.push(message),
      exporters: {
        ...createExporters({ core: t.services, lookups: createExportLookups(t.db), today: () => '2026-03-20' }),
        cases: failing(async () => {
          throw new AppError('FORBIDDEN');
        }),
        tasks: failing(async () => {
          throw new Error('connection reset');
        }),
      },
    });
    const ctx = await contextOf(s.pcOfficer.userId);
    const refused = await service.create({ list: 'cases', format: 'xlsx', query: {} }, ctx);
    const broken = await service.create({ list: 'tasks', format: 'csv', query: {} }, ctx);
    await service.idle();
    expect(await service.get(refused.id, ctx)).toMatchObject({
      status: 'FAILED',
      error: 'Không xuất được danh sách: Bạn không có quyền thực hiện thao tác này',
    });
    expect(await service.get(broken.id, ctx)).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/^Không xuất được danh sách do lỗi máy chủ/) });
    expect(logged).toHaveLength(2);
  });
});

describe('the row cap', () => {
  it('cuts the file at the cap, says so in a last row, and still walks the list page by page', async () => {
    // The export services as the app builds them, with a cap of 2 rows and pages of 1.
    const small = createExportServices({ db: t.db, core: t.services, now: () => t.clock.now, cap: 2, pageSize: 1 }).exports;
    const ctx = await contextOf(s.pcOfficer.userId);
    const job = await small.create({ list: 'cases', format: 'csv', query: { sort: 'received' } }, ctx);
    await small.idle();
    expect(await small.get(job.id, ctx)).toMatchObject({ status: 'DONE', processed: 2, total: 3 });
    const csv = parseCsv((await small.file(job.id, ctx)).data.subarray(3).toString('utf8'));
    expect(csv).toHaveLength(1 + 2 + 1);
    expect(csv.at(-1)).toEqual(['Danh sách có hơn 2 dòng: tệp chỉ gồm 2 dòng đầu. Hãy lọc thêm để xuất phần còn lại.']);

    const whole = createExportServices({ db: t.db, core: t.services, now: () => t.clock.now, pageSize: 1 }).exports;
    const all = await whole.create({ list: 'cases', format: 'xlsx', query: {} }, ctx);
    await whole.idle();
    expect(await whole.get(all.id, ctx)).toMatchObject({ status: 'DONE', processed: 3, total: 3 });
    expect((await readXlsx((await whole.file(all.id, ctx)).data)).rows).toHaveLength(3);
  });
});

it('serves a CSV as UTF-8 text named for the day', async () => {
  const { res } = await exportFile(t.app, s.pcOfficer, { list: 'cases', format: 'csv', query: { field: 'LAND', sort: 'received' } });
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''don-thu-2026-03-20.csv`);
});

describe('in the reader’s language', () => {
  it('writes headers, enumerated values and filters in English for an English reader, typed text as is', async () => {
    const created = await injectAs(t.app, s.pcOfficer, {
      method: 'POST',
      url: '/api/exports',
      headers: { 'accept-language': 'en' },
      payload: { list: 'cases', format: 'xlsx', query: { field: 'LAND' } },
    });
    expect(created.statusCode, created.body).toBe(202);
    const job = await waitFor(t.app, s.pcOfficer, created.json<ExportJob>().id);
    expect(job.status, job.error ?? '').toBe('DONE');
    const sheet = await readXlsx((await download(t.app, s.pcOfficer, job.id)).rawPayload);

    expect(sheet.sheet.name).toBe('Letters');
    expect(sheet.title).toMatch(/^LETTERS AND CASES - /);
    expect(sheet.subtitle).toBe('Field: Land (exported on 20/03/2026)');
    expect(sheet.headers.slice(0, 8)).toEqual(['Letter no.', 'Received on', 'Source', 'Forwarded by', 'Kind', 'Field', 'Sender', 'People']);
    expect(sheet.headers).toContain('Processing step');
    const row = Object.fromEntries(sheet.headers.map((h, i) => [h, sheet.rows[1]?.[i]]));
    expect(row).toMatchObject({ 'Letter no.': land.number, Field: 'Land', 'Processing step': 'Received', Content: 'Tranh chấp ranh giới đất' });
  });

  it('keeps Vietnamese for a Vietnamese reader', async () => {
    const { res } = await exportFile(t.app, s.pcOfficer, { list: 'cases', format: 'csv', query: { field: 'LAND' } });
    const [headers, first] = parseCsv(res.rawPayload.toString('utf8').replace(/^\uFEFF/, ''));
    expect(headers?.slice(0, 2)).toEqual(['Số đơn', 'Ngày nhận']);
    expect(first).toContain('Đất đai');
  });
});
