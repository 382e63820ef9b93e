// A reception session from its record to its citizens, the letters they joined, edits with
// If-Match, refused input that changes nothing, keyset lists and audit rows.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs } from '../helpers/app.ts';
import { createOrganisation, createUnit, createUser } from '../helpers/factories.ts';
import { call } from '../helpers/plans.ts';
import { createCaseRow, ifMatch, receptionWard } from './helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-10T03:00:00Z');
const ward = await receptionWard(t);
const { ubnd, mttq } = ward.organisations;
const officer = await ward.as(ward.users.ubndOfficer);
const front = await ward.as(ward.users.frontOfficer);

const other = await createUnit(t.db);
const otherOrg = await createOrganisation(t.db, other.id, { kind: 'PEOPLES_COMMITTEE' });

const session = (overrides: object = {}) => ({
  heldOn: '2026-03-09',
  kind: 'REGULAR',
  hosts: ['PC_CHAIRMAN'],
  hostNames: 'Ông Nguyễn Văn Lãnh, Chủ tịch UBND phường',
  organisationIds: [ubnd.id],
  location: 'Trụ sở tiếp công dân phường',
  ...overrides,
});

const visit = (overrides: object = {}) => ({
  citizenName: 'Trần Văn Bình',
  address: 'TDP Trung Hòa',
  idNumber: '042080001234',
  phone: '0912 345 678',
  content: 'Đề nghị cấp giấy chứng nhận quyền sử dụng đất thửa số 125',
  kind: 'PETITION',
  field: 'LAND',
  handling: 'GUIDED',
  ...overrides,
});

const counts = async () => ({
  sessions: await t.db.receptionSession.count(),
  visits: await t.db.receptionVisit.count(),
  audit: await t.db.auditLog.count(),
});

describe('reception sessions and visits', () => {
  it('records a session, its citizens and edits them with If-Match, each change audited', async () => {
    const created = await call<{ id: string; version: number; visitCount: number; organisations: { id: string }[]; can: { edit: boolean } }>(
      t.app, officer, 'POST', '/api/reception/sessions', session({ hosts: ['PC_CHAIRMAN', 'PC_CHAIRMAN'] }),
    );
    expect(created).toMatchObject({ kind: 'REGULAR', hosts: ['PC_CHAIRMAN'], visitCount: 0, version: 1, can: { edit: true } });
    expect(created.organisations).toEqual([{ id: ubnd.id, name: 'UBND', shortName: null }]);

    const first = await call<{ id: string; version: number; masked: boolean; heldOn: string }>(
      t.app, officer, 'POST', `/api/reception/sessions/${created.id}/visits`, visit(),
    );
    expect(first).toMatchObject({ masked: false, citizenName: 'Trần Văn Bình', heldOn: '2026-03-09', groupSize: 1, case: null });
    await call(t.app, front, 'POST', `/api/reception/sessions/${created.id}/visits`, visit({ citizenName: 'Lê Thị Hoa', groupSize: 5, representative: 'Lê Thị Hoa' }));

    const visits = await call<{ items: { citizenName: string }[]; nextCursor: string | null }>(
      t.app, officer, 'GET', `/api/reception/sessions/${created.id}/visits?limit=1`,
    );
    expect(visits.items.map((v) => v.citizenName)).toEqual(['Trần Văn Bình']);
    const rest = await call<{ items: { citizenName: string }[]; nextCursor: string | null }>(
      t.app, officer, 'GET', `/api/reception/sessions/${created.id}/visits?limit=1&cursor=${visits.nextCursor}`,
    );
    expect(rest.items.map((v) => v.citizenName)).toEqual(['Lê Thị Hoa']);

    const fetched = await injectAs(t.app, officer, { method: 'GET', url: `/api/reception/sessions/${created.id}` });
    expect(fetched.headers.etag).toBe('"1"');
    expect(fetched.json()).toMatchObject({ visitCount: 2 });

    const updated = await call<{ version: number; organisations: { id: string }[]; hosts: string[] }>(
      t.app, officer, 'PATCH', `/api/reception/sessions/${created.id}`, { organisationIds: [ubnd.id, mttq.id], note: 'Có Ban Thường trực MTTQ tham gia' }, ifMatch(1),
    );
    expect(updated.version).toBe(2);
    // A partial update keeps the hosts it did not send.
    expect(updated.hosts).toEqual(['PC_CHAIRMAN']);
    expect(updated.organisations.map((o) => o.id)).toEqual([ubnd.id, mttq.id]);

    const stale = await injectAs(t.app, officer, { method: 'PATCH', url: `/api/reception/sessions/${created.id}`, payload: { note: 'x' }, headers: ifMatch(1) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', meta: { currentVersion: 2 } });
    const missing = await injectAs(t.app, officer, { method: 'PATCH', url: `/api/reception/sessions/${created.id}`, payload: { note: 'x' } });
    expect(missing.statusCode).toBe(428);

    const edited = await call<{ version: number; result: string }>(
      t.app, officer, 'PATCH', `/api/reception/visits/${first.id}`, { handling: 'ANSWERED', result: 'Đã giải thích quy trình cấp giấy' }, ifMatch(first.version),
    );
    expect(edited).toMatchObject({ version: 2, handling: 'ANSWERED', citizenName: 'Trần Văn Bình' });
    const staleVisit = await injectAs(t.app, officer, { method: 'PATCH', url: `/api/reception/visits/${first.id}`, payload: { result: 'x' }, headers: ifMatch(1) });
    expect(staleVisit.statusCode).toBe(409);

    const audit = await t.db.auditLog.findMany({ where: { entityId: { in: [created.id, first.id] } }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual([
      'reception_session.create',
      'reception_visit.create',
      'reception_session.update',
      'reception_visit.update',
    ]);
    expect(audit[2]!.changes).toMatchObject({ organisationIds: [[ubnd.id], [ubnd.id, mttq.id]] });
    expect(audit[3]!.changes).toMatchObject({ handling: ['GUIDED', 'ANSWERED'] });
    expect(audit.every((a) => a.actorId !== null)).toBe(true);
  });

  it('joins a visit to a letter of the unit, keeps CASE_OPENED when told, and unlinks', async () => {
    const { id } = await call<{ id: string }>(t.app, officer, 'POST', '/api/reception/sessions', session());
    const v = await call<{ id: string; version: number }>(t.app, officer, 'POST', `/api/reception/sessions/${id}/visits`, visit());
    const letter = await createCaseRow(t.db, { unitId: ward.unit.id, createdById: ward.users.ubndOfficer.id, kind: 'COMPLAINT' });

    const joined = await call<{ version: number }>(t.app, officer, 'PATCH', `/api/reception/visits/${v.id}`, { caseId: letter.id }, ifMatch(1));
    expect(joined).toMatchObject({ handling: 'CASE_JOINED', case: { id: letter.id, number: letter.number } });
    const opened = await call<{ version: number }>(t.app, front, 'PATCH', `/api/reception/visits/${v.id}`, { caseId: letter.id, handling: 'CASE_OPENED' }, ifMatch(2));
    expect(opened).toMatchObject({ handling: 'CASE_OPENED', case: { id: letter.id } });
    const unlinked = await call(t.app, officer, 'PATCH', `/api/reception/visits/${v.id}`, { caseId: null }, ifMatch(3));
    expect(unlinked).toMatchObject({ handling: null, case: null });

    const stranger = await createCaseRow(t.db, { unitId: other.id, createdById: ward.users.ubndOfficer.id });
    const refused = await injectAs(t.app, officer, { method: 'PATCH', url: `/api/reception/visits/${v.id}`, payload: { caseId: stranger.id }, headers: ifMatch(4) });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'caseId' }] });
    expect((await t.db.receptionVisit.findUniqueOrThrow({ where: { id: v.id } })).caseId).toBeNull();
  });

  it('refuses bad input with problem+json and changes nothing', async () => {
    const { id } = await call<{ id: string }>(t.app, officer, 'POST', '/api/reception/sessions', session({ heldOn: '2026-03-20' }));
    const before = await counts();
    const attempts = [
      { url: '/api/reception/sessions', payload: session({ organisationIds: [otherOrg.id] }), path: 'organisationIds' },
      { url: '/api/reception/sessions', payload: session({ hostNames: '   ' }), path: 'hostNames' },
      { url: '/api/reception/sessions', payload: session({ kind: 'WEEKLY' }), path: 'kind' },
      { url: '/api/reception/sessions', payload: session({ heldOn: '09/03/2026' }), path: 'heldOn' },
      { url: `/api/reception/sessions/${id}/visits`, payload: visit(), path: 'heldOn' },
    ];
    for (const attempt of attempts) {
      const res = await injectAs(t.app, officer, { method: 'POST', url: attempt.url, payload: attempt.payload });
      expect(res.statusCode, attempt.path).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(attempt.path);
    }
    const held = await call<{ id: string }>(t.app, officer, 'POST', '/api/reception/sessions', session());
    const after = await counts();
    for (const payload of [visit({ idNumber: '12345' }), visit({ phone: 'abc' }), visit({ content: '' }), visit({ groupSize: 0 })]) {
      const res = await injectAs(t.app, officer, { method: 'POST', url: `/api/reception/sessions/${held.id}/visits`, payload });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
    expect(await counts()).toEqual(after);
    expect(after.sessions).toBe(before.sessions + 1);
  });

  it('lists the unit’s sessions newest first with filters and keyset pages; other units’ read as not found', async () => {
    const own = new Set<string>();
    for (const heldOn of ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26']) {
      own.add((await call<{ id: string }>(t.app, officer, 'POST', '/api/reception/sessions', session({ heldOn }))).id);
    }
    await call(t.app, officer, 'POST', '/api/reception/sessions', session({ heldOn: '2026-01-28', kind: 'LEADERS_MONTHLY', hosts: ['PARTY_SECRETARY'] }));
    const stranger = await createUser(t.db, { unitId: other.id, roles: ['ORG_OFFICER'], organisationId: otherOrg.id });
    const strangerSession = await ward.as(stranger);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { heldOn: string; id: string }[]; nextCursor: string | null } = await call(
        t.app, officer, 'GET', `/api/reception/sessions?kind=REGULAR&from=2026-01-01&to=2026-01-31&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.items.map((s) => s.heldOn));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['2026-01-26', '2026-01-19', '2026-01-12', '2026-01-05']);
    // A forged cursor is refused as bad input, not passed to the database.
    const forged = Buffer.from(JSON.stringify(['not-a-day', 'x'])).toString('base64url');
    const refused = await injectAs(t.app, officer, { method: 'GET', url: `/api/reception/sessions?cursor=${forged}` });
    expect(refused.statusCode).toBe(400);

    const theirs = await call<{ items: unknown[] }>(t.app, strangerSession, 'GET', '/api/reception/sessions');
    expect(theirs.items).toEqual([]);
    const [anyId] = [...own];
    const res = await injectAs(t.app, strangerSession, { method: 'GET', url: `/api/reception/sessions/${anyId}` });
    expect(res.statusCode).toBe(404);
    const write = await injectAs(t.app, strangerSession, { method: 'POST', url: `/api/reception/sessions/${anyId}/visits`, payload: visit() });
    expect(write.statusCode).toBe(404);
  });
});
