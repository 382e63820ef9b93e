// Mediation cases: the team's own mediators, the outcome rules, an optional letter, search, and
// statistics equal to counts of the records.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs } from '../helpers/app.ts';
import { createUnit } from '../helpers/factories.ts';
import { call } from '../helpers/plans.ts';
import { createCaseRow, ifMatch, receptionWard } from '../reception/helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-10T03:00:00Z');
const ward = await receptionWard(t);
const officer = await ward.as(ward.users.ubndOfficer);
const viewer = await ward.as(ward.users.viewer);

async function teamWith(name: string, people: string[]) {
  const team = await call<{ id: string }>(t.app, officer, 'POST', '/api/mediation/teams', { name, area: name });
  const ids: string[] = [];
  for (const [i, fullName] of people.entries()) {
    ids.push((await call<{ id: string }>(t.app, officer, 'POST', `/api/mediation/teams/${team.id}/mediators`, { fullName, gender: i % 2 ? 'FEMALE' : 'MALE', role: i === 0 ? 'LEADER' : 'MEMBER' })).id);
  }
  return { id: team.id, mediatorIds: ids };
}
const trungHoa = await teamWith('Tổ hòa giải TDP Trung Hòa', ['Nguyễn Văn Hòa', 'Lê Thị Thuận', 'Trần Văn Giải']);
const haiPhong = await teamWith('Tổ hòa giải TDP Hải Phong', ['Phạm Văn Trưởng', 'Võ Thị Phó', 'Hồ Văn Ba', 'Đặng Thị Tư']);

const body = (overrides: object = {}) => ({
  teamId: trungHoa.id,
  title: 'Tranh chấp ranh giới đất giữa hai hộ liền kề',
  parties: [{ name: 'Hộ ông Nguyễn Văn Sơn', address: 'TDP Trung Hòa' }, { name: 'Hộ bà Trần Thị Liên' }],
  field: 'LAND',
  receivedOn: '2026-02-02',
  mediatorIds: trungHoa.mediatorIds.slice(0, 2),
  ...overrides,
});

interface MediationCase {
  id: string;
  version: number;
  outcome: string;
}

describe('mediation cases', () => {
  it('records a case in progress, concludes it with If-Match, and audits both', async () => {
    const created = await call<MediationCase>(t.app, officer, 'POST', '/api/mediation/cases', body());
    expect(created).toMatchObject({
      outcome: 'IN_PROGRESS',
      team: { id: trungHoa.id, name: 'Tổ hòa giải TDP Trung Hòa' },
      mediators: [{ id: trungHoa.mediatorIds[0], fullName: 'Nguyễn Văn Hòa' }, { id: trungHoa.mediatorIds[1], fullName: 'Lê Thị Thuận' }],
      parties: [{ name: 'Hộ ông Nguyễn Văn Sơn', address: 'TDP Trung Hòa' }, { name: 'Hộ bà Trần Thị Liên', address: null }],
      case: null,
      version: 1,
    });
    const done = await call<MediationCase>(t.app, officer, 'PATCH', `/api/mediation/cases/${created.id}`, {
      outcome: 'SUCCESSFUL', mediatedOn: '2026-02-10', agreement: 'Hai bên thống nhất cắm lại mốc theo bản đồ địa chính',
    }, ifMatch(1));
    expect(done).toMatchObject({ outcome: 'SUCCESSFUL', mediatedOn: '2026-02-10', version: 2 });
    const stale = await injectAs(t.app, officer, { method: 'PATCH', url: `/api/mediation/cases/${created.id}`, payload: { followUp: 'x' }, headers: ifMatch(1) });
    expect(stale.statusCode).toBe(409);
    const audit = await t.db.auditLog.findMany({ where: { entityId: created.id }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['mediation_case.create', 'mediation_case.update']);
    expect(audit[1]!.changes).toMatchObject({ outcome: ['IN_PROGRESS', 'SUCCESSFUL'], mediatedOn: [null, '2026-02-10'] });
  });

  it('refuses what the rules forbid, as problem+json, and changes nothing', async () => {
    const existing = await call<MediationCase>(t.app, officer, 'POST', '/api/mediation/cases', body());
    const other = await createUnit(t.db);
    const foreignLetter = await createCaseRow(t.db, { unitId: other.id, createdById: ward.users.ubndOfficer.id });
    const before = { cases: await t.db.mediationCase.count(), audit: await t.db.auditLog.count() };
    const attempts: [object, string][] = [
      [body({ mediatorIds: [haiPhong.mediatorIds[0]] }), 'mediatorIds'],
      [body({ outcome: 'SUCCESSFUL' }), 'mediatedOn'],
      [body({ outcome: 'UNSUCCESSFUL' }), 'mediatedOn'],
      [body({ mediatedOn: '2026-01-30' }), 'mediatedOn'],
      [body({ receivedOn: '2026-04-01' }), 'receivedOn'],
      [body({ referral: 'Chuyển UBND phường' }), 'referral'],
      [body({ outcome: 'UNSUCCESSFUL', mediatedOn: '2026-02-05', agreement: 'Thỏa thuận' }), 'agreement'],
      [body({ caseId: foreignLetter.id }), 'caseId'],
      [body({ parties: [{ name: 'Một bên' }] }), 'parties'],
      [body({ field: 'FAMILY' }), 'field'],
      [body({ teamId: '01990000-0000-7000-8000-000000000000' }), 'teamId'],
    ];
    for (const [payload, path] of attempts) {
      const res = await injectAs(t.app, officer, { method: 'POST', url: '/api/mediation/cases', payload });
      expect(res.statusCode, path).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors.map((e: { path: string }) => e.path), path).toContain(path);
    }
    const moved = await injectAs(t.app, officer, { method: 'PATCH', url: `/api/mediation/cases/${existing.id}`, payload: { teamId: haiPhong.id }, headers: ifMatch(1) });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().errors[0].path).toBe('mediatorIds');
    expect({ cases: await t.db.mediationCase.count(), audit: await t.db.auditLog.count() }).toEqual(before);
  });

  it('links a letter of the unit and refers an unsuccessful mediation', async () => {
    const letter = await createCaseRow(t.db, { unitId: ward.unit.id, createdById: ward.users.ubndOfficer.id, kind: 'PETITION' });
    const referred = await call<MediationCase>(t.app, officer, 'POST', '/api/mediation/cases', body({
      teamId: haiPhong.id,
      mediatorIds: haiPhong.mediatorIds,
      title: 'Mâu thuẫn lối đi chung',
      outcome: 'UNSUCCESSFUL',
      mediatedOn: '2026-02-20',
      referral: 'Hướng dẫn các bên gửi đơn đến UBND phường',
      caseId: letter.id,
    }));
    expect(referred).toMatchObject({ outcome: 'UNSUCCESSFUL', referral: 'Hướng dẫn các bên gửi đơn đến UBND phường', case: { id: letter.id, number: letter.number } });
  });

  it('finds cases by title or party without accents, with filters', async () => {
    await call(t.app, officer, 'POST', '/api/mediation/cases', body({ title: 'Mâu thuẫn vợ chồng', field: 'OTHER', parties: [{ name: 'Anh Hoàng Văn Đức' }, { name: 'Chị Phan Thị Ngọc' }] }));
    const byParty = await call<{ items: { title: string }[] }>(t.app, viewer, 'GET', `/api/mediation/cases?q=${encodeURIComponent('hoang van duc')}`);
    expect(byParty.items.map((c) => c.title)).toEqual(['Mâu thuẫn vợ chồng']);
    const byTitle = await call<{ items: unknown[] }>(t.app, viewer, 'GET', `/api/mediation/cases?q=mau+thuan+vo+chong&field=OTHER&teamId=${trungHoa.id}`);
    expect(byTitle.items).toHaveLength(1);
    const none = await call<{ items: unknown[] }>(t.app, viewer, 'GET', '/api/mediation/cases?q=mau+thuan+vo+chong&outcome=SUCCESSFUL');
    expect(none.items).toHaveLength(0);
  });

  it('counts the period’s cases, outcomes, teams and mediators as the records stand', async () => {
    await call(t.app, officer, 'POST', '/api/mediation/cases', body({ receivedOn: '2025-12-20', outcome: 'SUCCESSFUL', mediatedOn: '2025-12-28' }));
    const stats = await call<{
      cases: number; successful: number; unsuccessful: number; inProgress: number; successRate: number | null;
      teams: number; mediators: number; women: number;
      byField: { key: string; cases: number; successful: number }[];
      byTeam: { team: { id: string }; cases: number; successful: number }[];
    }>(t.app, viewer, 'GET', '/api/mediation/statistics?from=2026-01-01&to=2026-12-31');

    const inPeriod = { unitId: ward.unit.id, receivedOn: { gte: new Date('2026-01-01'), lte: new Date('2026-12-31') } };
    const count = (where: object = {}) => t.db.mediationCase.count({ where: { ...inPeriod, ...where } });
    expect(stats).toMatchObject({
      cases: await count(),
      successful: await count({ outcome: 'SUCCESSFUL' }),
      unsuccessful: await count({ outcome: 'UNSUCCESSFUL' }),
      inProgress: await count({ outcome: 'IN_PROGRESS' }),
      teams: 2,
      mediators: await t.db.mediator.count({ where: { unitId: ward.unit.id, active: true } }),
      women: await t.db.mediator.count({ where: { unitId: ward.unit.id, active: true, gender: 'FEMALE' } }),
    });
    expect(stats.cases).toBe(stats.successful + stats.unsuccessful + stats.inProgress);
    expect(stats.successRate).toBe(Math.round((stats.successful / (stats.successful + stats.unsuccessful)) * 1000) / 10);
    expect(stats.byField.find((f) => f.key === 'LAND')).toEqual({ key: 'LAND', cases: await count({ field: 'LAND' }), successful: await count({ field: 'LAND', outcome: 'SUCCESSFUL' }) });
    expect(stats.byField.reduce((s, f) => s + f.cases, 0)).toBe(stats.cases);
    for (const row of stats.byTeam) expect(row.cases).toBe(await count({ teamId: row.team.id }));

    const bad = await injectAs(t.app, viewer, { method: 'GET', url: '/api/mediation/statistics?from=2026-12-31&to=2026-01-01' });
    expect(bad.statusCode).toBe(400);
  });
});
