// The annual report's routes: who may read, write and configure (each role × each route), saved
// versions numbered one after another (409 on a stale basedOn, 400 on an unknown token, figures
// always the server's, an audit row each), another unit's versions not found, and the unit's
// report settings with If-Match.
import type { AnnualReportDraft, AnnualReportVersion, ReportSettingsView } from '@phoihop/shared/reports';
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, login, type Session } from '../helpers/app.ts';
import { createUser, createWard, PASSWORD } from '../helpers/factories.ts';
import { call } from '../helpers/plans.ts';
import { reportRecords } from './report-records.ts';

const t = await buildTestApp();
t.clock.now = new Date('2025-12-20T03:00:00Z');
const ward = await createWard(t.db);
const unitId = ward.unit.id;
const { ubnd, mttq } = ward.organisations;
const extra = {
  pcOfficer: await createUser(t.db, { unitId, roles: ['ORG_OFFICER'], organisationId: ubnd.id }),
  frontLeader: await createUser(t.db, { unitId, roles: ['ORG_LEADER'], organisationId: mttq.id }),
};
const people = {
  'PC leader': ward.users.leader,
  'PC officer': extra.pcOfficer,
  'Front leader': extra.frontLeader,
  'Women’s Union officer': ward.users.officer,
  'unit admin': ward.users.unitAdmin,
  viewer: ward.users.viewer,
  'system admin': ward.users.systemAdmin,
};
type Who = keyof typeof people;
const everyone = Object.keys(people) as Who[];
const sessions = new Map<Who, Session>();
for (const who of everyone) sessions.set(who, await login(t.app, people[who].username, PASSWORD));
const as = (who: Who) => sessions.get(who)!;
const writer = as('PC officer');

// Records the 2025 figures count: two letters, one handled.
const records = reportRecords(t.db, unitId, ward.users.leader.id, mttq.id);
await records.letter({ receivedOn: '2025-03-02', handledOn: '2025-03-20' });
await records.letter({ receivedOn: '2025-11-02' });

const other = await createWard(t.db);
const outsider = await login(t.app, other.users.leader.username, PASSWORD);

const draftOf = (year = 2025, who: Who = 'PC officer') => call<AnnualReportDraft>(t.app, as(who), 'GET', `/api/reports/annual/${year}/draft?asOf=${year}-12-15`);
const bodyOf = (draft: AnnualReportDraft, basedOn: number | null, changes: Partial<AnnualReportDraft['content']> = {}) => ({
  basedOn,
  asOf: draft.asOf,
  header: { ...draft.header, number: 12 },
  content: { ...draft.content, ...changes },
  note: null,
});
const latestNo = async (year: number) => (await t.db.annualReport.count({ where: { unitId, year } })) || null;
const save = async (who: Who, year: number) => {
  const draft = await draftOf(year, 'PC officer');
  return injectAs(t.app, as(who), { method: 'POST', url: `/api/reports/annual/${year}/versions`, payload: bodyOf(draft, await latestNo(year)) });
};
await call(t.app, writer, 'POST', '/api/reports/annual/2024/versions', bodyOf(await draftOf(2024), null));

type Request = { method: string; url: string; payload?: object; headers?: Record<string, string> };
const pcStaff: Who[] = ['PC leader', 'PC officer'];
const configurers: Who[] = ['PC leader', 'unit admin', 'system admin'];
const matrix: { name: string; allowed: Who[]; request: (who: Who) => Promise<Request> | Request }[] = [
  { name: 'list the years', allowed: everyone, request: () => ({ method: 'GET', url: '/api/reports/annual' }) },
  { name: 'generate a draft', allowed: everyone, request: () => ({ method: 'GET', url: '/api/reports/annual/2025/draft' }) },
  { name: 'read the figures', allowed: everyone, request: () => ({ method: 'GET', url: '/api/reports/annual/2025/figures?asOf=2025-06-30' }) },
  { name: 'list the versions', allowed: everyone, request: () => ({ method: 'GET', url: '/api/reports/annual/2024/versions' }) },
  { name: 'read a version', allowed: everyone, request: () => ({ method: 'GET', url: '/api/reports/annual/2024/versions/1' }) },
  { name: 'download a version', allowed: everyone, request: () => ({ method: 'GET', url: '/api/reports/annual/2024/versions/1/report.docx' }) },
  { name: 'read the report settings', allowed: everyone, request: () => ({ method: 'GET', url: '/api/settings/report' }) },
  {
    name: 'save a version',
    allowed: pcStaff,
    request: async () => {
      const draft = await draftOf(2023);
      return { method: 'POST', url: '/api/reports/annual/2023/versions', payload: bodyOf(draft, await latestNo(2023)) };
    },
  },
  {
    name: 'set the report settings',
    allowed: configurers,
    request: async () => {
      const view = await call<ReportSettingsView>(t.app, as('viewer'), 'GET', '/api/settings/report');
      return { method: 'PUT', url: '/api/settings/report', payload: view.settings, headers: { 'if-match': `"${view.version ?? 0}"` } };
    },
  },
];

describe.each(matrix)('$name', ({ allowed, request }) => {
  it.each(everyone)('as %s', async (who) => {
    const res = await injectAs(t.app, as(who), await request(who));
    if (allowed.includes(who)) expect(res.statusCode, res.body).toBeLessThan(300);
    else expect(res.statusCode, res.body).toBe(403);
  });
});

describe('saved versions', () => {
  it('numbers versions one after another and refuses one based on a stale version', async () => {
    const first = await save('PC officer', 2025);
    expect(first.statusCode, first.body).toBe(201);
    const v1 = first.json<AnnualReportVersion>();
    expect(v1).toMatchObject({ year: 2025, versionNo: 1, asOf: '2025-12-15', createdBy: { id: extra.pcOfficer.id } });
    const draft = await draftOf();
    expect(draft.latestVersionNo).toBe(1);

    const stale = await injectAs(t.app, as('PC leader'), { method: 'POST', url: '/api/reports/annual/2025/versions', payload: bodyOf(draft, null) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', meta: { currentVersion: 1 } });

    const second = await call<AnnualReportVersion>(t.app, as('PC leader'), 'POST', '/api/reports/annual/2025/versions', bodyOf(draft, 1));
    expect(second.versionNo).toBe(2);
    const again = await injectAs(t.app, writer, { method: 'POST', url: '/api/reports/annual/2025/versions', payload: bodyOf(draft, 1) });
    expect(again.statusCode).toBe(409);

    const list = await call<{ items: { versionNo: number }[] }>(t.app, as('viewer'), 'GET', '/api/reports/annual/2025/versions');
    expect(list.items.map((v) => v.versionNo)).toEqual([2, 1]);
    const years = await call<{ items: { year: number; latestVersion: { versionNo: number } | null }[] }>(t.app, as('viewer'), 'GET', '/api/reports/annual');
    expect(years.items.map((y) => [y.year, y.latestVersion?.versionNo])).toEqual([
      [2025, 2],
      [2024, 1],
      [2023, pcStaff.length],
    ]);
  });

  it('saves the figures the server computes at asOf, whatever the client sends, and audits it', async () => {
    const draft = await draftOf();
    const forged = { ...bodyOf(draft, await latestNo(2025)), figures: [{ key: 'cases.received', value: 999, text: '999' }] };
    const saved = await call<AnnualReportVersion>(t.app, writer, 'POST', '/api/reports/annual/2025/versions', forged);
    const received = saved.figures.find((f) => f.key === 'cases.received');
    expect([received?.value, received?.text]).toEqual([2, '02']);
    expect(saved.figures.find((f) => f.key === 'cases.pending')?.text).toBe('01');
    const audit = await t.db.auditLog.findFirst({ where: { action: 'report.annual.save', entityId: saved.id } });
    expect(audit).toMatchObject({ actorId: extra.pcOfficer.id, unitId, entityType: 'AnnualReport' });
    expect(audit?.changes).toMatchObject({ year: 2025, versionNo: saved.versionNo, asOf: '2025-12-15', number: 12 });
  });

  it('refuses an unknown figure token and changes nothing', async () => {
    const draft = await draftOf();
    const before = [await t.db.annualReport.count(), await t.db.auditLog.count()];
    const res = await injectAs(t.app, writer, {
      method: 'POST',
      url: '/api/reports/annual/2025/versions',
      payload: bodyOf(draft, await latestNo(2025), { closing: 'Tổng cộng {{cases.received}} đơn, {{cases.khongCo}} đơn.' }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'content.closing', message: 'Không có số liệu {{cases.khongCo}}' }] });
    expect([await t.db.annualReport.count(), await t.db.auditLog.count()]).toEqual(before);
  });

  it('refuses a report day outside the year', async () => {
    const draft = await draftOf();
    const res = await injectAs(t.app, writer, {
      method: 'POST',
      url: '/api/reports/annual/2025/versions',
      payload: { ...bodyOf(draft, await latestNo(2025)), asOf: '2026-01-05' },
    });
    expect(res.statusCode).toBe(400);
  });

  it('shows nothing of another unit', async () => {
    for (const url of ['/api/reports/annual/2025/versions/1', '/api/reports/annual/2025/versions/1/report.docx']) {
      const res = await injectAs(t.app, outsider, { method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
    }
    const list = await call<{ items: unknown[] }>(t.app, outsider, 'GET', '/api/reports/annual/2025/versions');
    expect(list.items).toEqual([]);
    const draft = await call<AnnualReportDraft>(t.app, outsider, 'GET', '/api/reports/annual/2025/draft?asOf=2025-12-15');
    expect(draft.figures.find((f) => f.key === 'cases.received')?.value).toBe(0);
  });

  it('downloads a version as a DOCX named after its year and number', async () => {
    const res = await injectAs(t.app, as('viewer'), { method: 'GET', url: '/api/reports/annual/2025/versions/2/report.docx' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="bao-cao-phoi-hop-2025-v2.docx"; filename*=UTF-8''bao-cao-phoi-hop-2025-v2.docx`);
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

// A unit of its own for the settings: the matrix above saved the first ward's.
const unit = await createWard(t.db);
const admin = await login(t.app, unit.users.unitAdmin.username, PASSWORD);
const put = (settings: object, headers: Record<string, string> = {}) =>
  injectAs(t.app, admin, { method: 'PUT', url: '/api/settings/report', payload: settings, headers });

describe('report settings', () => {
  it('starts from defaults drawn from the unit’s name, then keeps what the admin saves (If-Match)', async () => {
    const res = await injectAs(t.app, admin, { method: 'GET', url: '/api/settings/report' });
    expect(res.headers.etag).toBe('"0"');
    const view = res.json<ReportSettingsView>();
    const place = unit.unit.name.replace(/^Phường /, '');
    expect(view).toMatchObject({
      version: null,
      settings: { issuerName: ['ỦY BAN NHÂN DÂN', `PHƯỜNG ${place.toUpperCase()}`], symbol: 'BC-UBND', place, signature: { name: unit.users.leader.fullName } },
    });

    const changed = { ...view.settings, symbol: 'BC-VP', recipients: { to: ['Thường trực Đảng ủy phường'], archive: ['VP'] } };
    const first = await put(changed);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<ReportSettingsView>()).toMatchObject({ version: 1, settings: { symbol: 'BC-VP' } });
    expect(first.headers.etag).toBe('"1"');

    const missing = await put({ ...changed, symbol: 'BC-X' });
    expect(missing.statusCode).toBe(428);
    const stale = await put({ ...changed, symbol: 'BC-X' }, { 'if-match': '"0"' });
    expect(stale.statusCode).toBe(409);
    const second = await put({ ...changed, place: 'Thử' }, { 'if-match': '"1"' });
    expect(second.json<ReportSettingsView>()).toMatchObject({ version: 2, settings: { place: 'Thử', symbol: 'BC-VP' } });

    const draft = await call<AnnualReportDraft>(t.app, admin, 'GET', '/api/reports/annual/2025/draft');
    expect(draft.header).toMatchObject({ symbol: 'BC-VP', place: 'Thử', number: null, date: '2025-12-20' });
    const audits = await t.db.auditLog.count({ where: { action: 'report.settings.update', unitId: unit.unit.id } });
    expect(audits).toBe(2);
  });

  it('refuses settings that break the format', async () => {
    const view = await call<ReportSettingsView>(t.app, admin, 'GET', '/api/settings/report');
    const res = await put({ ...view.settings, issuerName: [], signature: { ...view.settings.signature, authority: [{ prefix: 'XX.', of: 'A' }] } }, { 'if-match': `"${view.version}"` });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path).sort()).toEqual(['issuerName', 'signature.authority.0.prefix']);
  });
});
