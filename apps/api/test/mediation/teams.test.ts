// Mediation teams: what a team lacks under Art 12 (warnings), one leader only, accent-insensitive
// search, If-Match and audit rows.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs } from '../helpers/app.ts';
import { createOrganisation, createUnit } from '../helpers/factories.ts';
import { call } from '../helpers/plans.ts';
import { ifMatch, receptionWard } from '../reception/helpers.ts';

const t = await buildTestApp();
const ward = await receptionWard(t);
const { mttq, women } = ward.organisations;
const front = await ward.as(ward.users.frontOfficer);
const viewer = await ward.as(ward.users.viewer);
const other = await createUnit(t.db);
const otherOrg = await createOrganisation(t.db, other.id);

interface Team {
  id: string;
  version: number;
  warnings: string[];
  mediatorCount: number;
  womenCount: number;
  leader: { id: string; fullName: string } | null;
  mediators: { id: string; fullName: string; role: string; active: boolean; version: number }[];
}

const newTeam = (name: string, area = name.replace('Tổ hòa giải ', '')) =>
  call<Team>(t.app, front, 'POST', '/api/mediation/teams', { name, area, decisionNumber: '12/QĐ-UBND', establishedOn: '2025-07-15' });
const addMediator = (teamId: string, body: object) =>
  call<{ id: string; version: number }>(t.app, front, 'POST', `/api/mediation/teams/${teamId}/mediators`, body);
const team = (id: string) => call<Team>(t.app, viewer, 'GET', `/api/mediation/teams/${id}`);

describe('mediation teams', () => {
  it('warns until a team has a leader, three active mediators and a woman', async () => {
    const created = await newTeam('Tổ hòa giải TDP Trung Hòa');
    expect(created).toMatchObject({ warnings: ['FEW_MEDIATORS', 'NO_WOMAN', 'NO_LEADER'], mediatorCount: 0, leader: null, mediators: [] });

    const leader = await addMediator(created.id, { fullName: 'Nguyễn Văn Hòa', gender: 'MALE', role: 'LEADER', organisationId: mttq.id, birthYear: 1962 });
    await addMediator(created.id, { fullName: 'Trần Văn Giải', gender: 'MALE' });
    expect((await team(created.id)).warnings).toEqual(['FEW_MEDIATORS', 'NO_WOMAN']);
    const woman = await addMediator(created.id, { fullName: 'Lê Thị Thuận', gender: 'FEMALE', organisationId: women.id });
    const full = await team(created.id);
    expect(full).toMatchObject({ warnings: [], mediatorCount: 3, womenCount: 1, leader: { id: leader.id, fullName: 'Nguyễn Văn Hòa' } });
    expect(full.mediators.map((m) => m.fullName)).toEqual(['Nguyễn Văn Hòa', 'Lê Thị Thuận', 'Trần Văn Giải']);
    expect(full.mediators[0]).toMatchObject({ organisation: { id: mttq.id }, birthYear: 1962, role: 'LEADER' });

    // The woman leaves the team: it is short again, and she is listed last, inactive.
    const left = await call(t.app, front, 'PATCH', `/api/mediation/mediators/${woman.id}`, { active: false }, ifMatch(woman.version));
    expect(left).toMatchObject({ active: false, version: 2 });
    const after = await team(created.id);
    expect(after).toMatchObject({ warnings: ['FEW_MEDIATORS', 'NO_WOMAN'], mediatorCount: 2, womenCount: 0 });
    expect(after.mediators.at(-1)).toMatchObject({ fullName: 'Lê Thị Thuận', active: false });
  });

  it('refuses a second leader, by adding or by promoting, and takes one once the first steps down', async () => {
    const created = await newTeam('Tổ hòa giải TDP Hải Phong');
    const first = await addMediator(created.id, { fullName: 'Phạm Văn Trưởng', gender: 'MALE', role: 'LEADER' });
    const member = await addMediator(created.id, { fullName: 'Võ Thị Phó', gender: 'FEMALE' });
    const before = await t.db.mediator.count();

    const second = await injectAs(t.app, front, { method: 'POST', url: `/api/mediation/teams/${created.id}/mediators`, payload: { fullName: 'Hồ Văn Hai', gender: 'MALE', role: 'LEADER' } });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'CONFLICT', errors: [{ path: 'role' }] });
    const promote = await injectAs(t.app, front, { method: 'PATCH', url: `/api/mediation/mediators/${member.id}`, payload: { role: 'LEADER' }, headers: ifMatch(member.version) });
    expect(promote.statusCode).toBe(409);
    expect(await t.db.mediator.count()).toBe(before);
    expect((await t.db.mediator.findUniqueOrThrow({ where: { id: member.id } })).role).toBe('MEMBER');

    // Two leaders asked for at once: exactly one gets in.
    const racing = await newTeam('Tổ hòa giải TDP Tân Long');
    const results = await Promise.all(
      ['Đặng Văn Một', 'Đặng Văn Hai'].map((fullName) =>
        injectAs(t.app, front, { method: 'POST', url: `/api/mediation/teams/${racing.id}/mediators`, payload: { fullName, gender: 'MALE', role: 'LEADER' } }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);

    await call(t.app, front, 'PATCH', `/api/mediation/mediators/${first.id}`, { role: 'MEMBER' }, ifMatch(first.version));
    const promoted = await call(t.app, front, 'PATCH', `/api/mediation/mediators/${member.id}`, { role: 'LEADER' }, ifMatch(member.version));
    expect(promoted).toMatchObject({ role: 'LEADER' });
    expect((await team(created.id)).leader).toMatchObject({ id: member.id });
  });

  it('edits a team with If-Match, keeps names unique, and audits every change', async () => {
    const created = await newTeam('Tổ hòa giải TDP Minh Huy');
    await newTeam('Tổ hòa giải TDP Long Thành');
    const dup = await injectAs(t.app, front, { method: 'PATCH', url: `/api/mediation/teams/${created.id}`, payload: { name: 'Tổ hòa giải TDP Long Thành' }, headers: ifMatch(1) });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('DUPLICATE');
    const renamed = await call<Team>(t.app, front, 'PATCH', `/api/mediation/teams/${created.id}`, { area: 'Tổ dân phố Minh Huy', note: 'Kiện toàn năm 2026' }, ifMatch(1));
    expect(renamed).toMatchObject({ version: 2, area: 'Tổ dân phố Minh Huy', decisionNumber: '12/QĐ-UBND' });
    const stale = await injectAs(t.app, front, { method: 'PATCH', url: `/api/mediation/teams/${created.id}`, payload: { active: false }, headers: ifMatch(1) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const mediator = await addMediator(created.id, { fullName: 'Bùi Thị Lan', gender: 'FEMALE' });
    const wrongOrg = await injectAs(t.app, front, { method: 'PATCH', url: `/api/mediation/mediators/${mediator.id}`, payload: { organisationId: otherOrg.id }, headers: ifMatch(1) });
    expect(wrongOrg.statusCode).toBe(400);
    const staleMediator = await injectAs(t.app, front, { method: 'PATCH', url: `/api/mediation/mediators/${mediator.id}`, payload: { phone: '0912000111' } });
    expect(staleMediator.statusCode).toBe(428);

    const audit = await t.db.auditLog.findMany({ where: { entityId: { in: [created.id, mediator.id] } }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['mediation_team.create', 'mediation_team.update', 'mediator.create']);
    expect(audit[1]!.changes).toEqual({ area: ['TDP Minh Huy', 'Tổ dân phố Minh Huy'], note: [null, 'Kiện toàn năm 2026'] });
  });

  it('finds teams by name or area without accents, in keyset pages; another unit’s team is not found', async () => {
    await newTeam('Tổ hòa giải TDP Đông Yên');
    const found = await call<{ items: { name: string }[] }>(t.app, viewer, 'GET', `/api/mediation/teams?q=${encodeURIComponent('dong yen')}`);
    expect(found.items.map((i) => i.name)).toEqual(['Tổ hòa giải TDP Đông Yên']);
    const combining = 'Đông Yên'.normalize('NFD');
    const nfd = await call<{ items: unknown[] }>(t.app, viewer, 'GET', `/api/mediation/teams?q=${encodeURIComponent(combining)}`);
    expect(nfd.items).toHaveLength(1);
    const byArea = await call<{ items: unknown[] }>(t.app, viewer, 'GET', `/api/mediation/teams?q=${encodeURIComponent('to dan pho minh huy')}`);
    expect(byArea.items).toHaveLength(1);

    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { name: string }[]; nextCursor: string | null } = await call(t.app, viewer, 'GET', `/api/mediation/teams?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      names.push(...page.items.map((i) => i.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(names).toHaveLength(await t.db.mediationTeam.count({ where: { unitId: ward.unit.id } }));
    expect(new Set(names).size).toBe(names.length);

    const foreign = await t.db.mediationTeam.create({ data: { unitId: other.id, name: 'Tổ hòa giải khác', area: 'Khác', searchText: 'to hoa giai khac' } });
    expect((await injectAs(t.app, viewer, { method: 'GET', url: `/api/mediation/teams/${foreign.id}` })).statusCode).toBe(404);
    expect((await injectAs(t.app, front, { method: 'POST', url: `/api/mediation/teams/${foreign.id}/mediators`, payload: { fullName: 'A', gender: 'MALE' } })).statusCode).toBe(404);
  });
});
