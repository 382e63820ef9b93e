// Each role × each reception and mediation action: allowed, or 403. People's Committee and Front
// staff manage both; other staff read reception; everyone in the unit reads mediation; a record
// of another unit reads as 404 even for its managers.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, type Session } from '../helpers/app.ts';
import { createOrganisation, createUnit, createUser } from '../helpers/factories.ts';
import { call } from '../helpers/plans.ts';
import { ifMatch, receptionWard } from './helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-10T03:00:00Z');
const ward = await receptionWard(t);
const u = ward.users;

const people = {
  'People’s Committee leader': u.leader,
  'People’s Committee officer': u.ubndOfficer,
  'Front officer': u.frontOfficer,
  'Women’s Union leader': u.womenLeader,
  'Women’s Union officer': u.officer,
  'unit admin': u.unitAdmin,
  'system admin': u.systemAdmin,
  viewer: u.viewer,
};
type Who = keyof typeof people;
const everyone = Object.keys(people) as Who[];
const sessions = new Map<Who, Session>();
for (const who of everyone) sessions.set(who, await ward.as(people[who]));
const manager = sessions.get('People’s Committee officer')!;

const managers: Who[] = ['People’s Committee leader', 'People’s Committee officer', 'Front officer'];
const staff: Who[] = [...managers, 'Women’s Union leader', 'Women’s Union officer'];
const mediationReaders: Who[] = everyone;

const newSession = () =>
  call<{ id: string; version: number }>(t.app, manager, 'POST', '/api/reception/sessions', { heldOn: '2026-03-09', kind: 'REGULAR', hosts: ['PC_CHAIRMAN'], hostNames: 'Chủ tịch UBND phường' });
const newVisit = async () => {
  const session = await newSession();
  return call<{ id: string; version: number }>(t.app, manager, 'POST', `/api/reception/sessions/${session.id}/visits`, { citizenName: 'Nguyễn Văn An', content: 'Hỏi thủ tục' });
};
let teamNo = 0;
const newTeam = async () => {
  const team = await call<{ id: string; version: number }>(t.app, manager, 'POST', '/api/mediation/teams', { name: `Tổ hòa giải số ${++teamNo}`, area: `TDP số ${teamNo}` });
  const mediator = await call<{ id: string; version: number }>(t.app, manager, 'POST', `/api/mediation/teams/${team.id}/mediators`, { fullName: 'Lê Thị Hòa', gender: 'FEMALE' });
  return { ...team, mediator };
};
const newCase = async () => {
  const team = await newTeam();
  return call<{ id: string; version: number }>(t.app, manager, 'POST', '/api/mediation/cases', {
    teamId: team.id, title: 'Tranh chấp lối đi', parties: [{ name: 'Hộ A' }, { name: 'Hộ B' }], field: 'LAND', receivedOn: '2026-03-01',
  });
};

type Request = { method: string; url: string; payload?: object; headers?: Record<string, string> };
const cases: { name: string; allowed: Who[]; request: () => Promise<Request> }[] = [
  { name: 'list reception sessions', allowed: staff, request: async () => ({ method: 'GET', url: '/api/reception/sessions' }) },
  { name: 'read a session', allowed: staff, request: async () => ({ method: 'GET', url: `/api/reception/sessions/${(await newSession()).id}` }) },
  {
    name: 'record a session',
    allowed: managers,
    request: async () => ({ method: 'POST', url: '/api/reception/sessions', payload: { heldOn: '2026-03-09', kind: 'AD_HOC', hostNames: 'Cán bộ tiếp dân' } }),
  },
  {
    name: 'edit a session',
    allowed: managers,
    request: async () => {
      const s = await newSession();
      return { method: 'PATCH', url: `/api/reception/sessions/${s.id}`, payload: { note: 'Ghi chú' }, headers: ifMatch(s.version) };
    },
  },
  { name: 'list a session’s visits', allowed: staff, request: async () => ({ method: 'GET', url: `/api/reception/sessions/${(await newSession()).id}/visits` }) },
  {
    name: 'record a visit',
    allowed: managers,
    request: async () => ({ method: 'POST', url: `/api/reception/sessions/${(await newSession()).id}/visits`, payload: { citizenName: 'Trần Thị Bé', content: 'Kiến nghị' } }),
  },
  { name: 'read a visit', allowed: staff, request: async () => ({ method: 'GET', url: `/api/reception/visits/${(await newVisit()).id}` }) },
  {
    name: 'edit a visit',
    allowed: managers,
    request: async () => {
      const v = await newVisit();
      return { method: 'PATCH', url: `/api/reception/visits/${v.id}`, payload: { result: 'Đã trả lời' }, headers: ifMatch(v.version) };
    },
  },
  {
    name: 'export the reception book',
    allowed: staff,
    request: async () => ({ method: 'POST', url: '/api/exports', payload: { list: 'reception-book', format: 'xlsx', query: { from: '2026-01-01', to: '2026-12-31' } } }),
  },
  { name: 'check the reception duties', allowed: staff, request: async () => ({ method: 'GET', url: '/api/reception/compliance?year=2026' }) },
  { name: 'list mediation teams', allowed: mediationReaders, request: async () => ({ method: 'GET', url: '/api/mediation/teams' }) },
  { name: 'read a team', allowed: mediationReaders, request: async () => ({ method: 'GET', url: `/api/mediation/teams/${(await newTeam()).id}` }) },
  {
    name: 'set up a team',
    allowed: managers,
    request: async () => ({ method: 'POST', url: '/api/mediation/teams', payload: { name: `Tổ hòa giải số ${++teamNo}`, area: 'TDP' } }),
  },
  {
    name: 'edit a team',
    allowed: managers,
    request: async () => {
      const team = await newTeam();
      return { method: 'PATCH', url: `/api/mediation/teams/${team.id}`, payload: { note: 'Kiện toàn' }, headers: ifMatch(team.version) };
    },
  },
  {
    name: 'add a mediator',
    allowed: managers,
    request: async () => ({ method: 'POST', url: `/api/mediation/teams/${(await newTeam()).id}/mediators`, payload: { fullName: 'Hồ Văn Nam', gender: 'MALE' } }),
  },
  {
    name: 'edit a mediator',
    allowed: managers,
    request: async () => {
      const { mediator } = await newTeam();
      return { method: 'PATCH', url: `/api/mediation/mediators/${mediator.id}`, payload: { phone: '0912345678' }, headers: ifMatch(mediator.version) };
    },
  },
  { name: 'list mediation cases', allowed: mediationReaders, request: async () => ({ method: 'GET', url: '/api/mediation/cases' }) },
  { name: 'read a mediation case', allowed: mediationReaders, request: async () => ({ method: 'GET', url: `/api/mediation/cases/${(await newCase()).id}` }) },
  {
    name: 'record a mediation case',
    allowed: managers,
    request: async () => {
      const team = await newTeam();
      return { method: 'POST', url: '/api/mediation/cases', payload: { teamId: team.id, title: 'Mâu thuẫn', parties: [{ name: 'A' }, { name: 'B' }], field: 'OTHER', receivedOn: '2026-03-02' } };
    },
  },
  {
    name: 'edit a mediation case',
    allowed: managers,
    request: async () => {
      const c = await newCase();
      return { method: 'PATCH', url: `/api/mediation/cases/${c.id}`, payload: { outcome: 'SUCCESSFUL', mediatedOn: '2026-03-05' }, headers: ifMatch(c.version) };
    },
  },
  { name: 'mediation statistics', allowed: mediationReaders, request: async () => ({ method: 'GET', url: '/api/mediation/statistics?from=2026-01-01&to=2026-12-31' }) },
];

describe.each(cases)('$name', ({ allowed, request }) => {
  it.each(everyone)('as %s', async (who) => {
    const res = await injectAs(t.app, sessions.get(who)!, await request());
    if (allowed.includes(who)) expect(res.statusCode, res.body).toBeLessThan(300);
    else {
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
  });
});

describe('other units', () => {
  it('reads another unit’s sessions, visits, teams, mediators and cases as not found, even for their managers', async () => {
    const other = await createUnit(t.db);
    const theirCommittee = await createOrganisation(t.db, other.id, { kind: 'PEOPLES_COMMITTEE' });
    const stranger = await ward.as(await createUser(t.db, { unitId: other.id, roles: ['ORG_OFFICER'], organisationId: theirCommittee.id }));
    const session = await newSession();
    const visit = await newVisit();
    const team = await newTeam();
    const mediationCase = await newCase();
    const requests: Request[] = [
      { method: 'GET', url: `/api/reception/sessions/${session.id}` },
      { method: 'PATCH', url: `/api/reception/sessions/${session.id}`, payload: { note: 'x' }, headers: ifMatch(1) },
      { method: 'GET', url: `/api/reception/sessions/${session.id}/visits` },
      { method: 'POST', url: `/api/reception/sessions/${session.id}/visits`, payload: { citizenName: 'A', content: 'B' } },
      { method: 'GET', url: `/api/reception/visits/${visit.id}` },
      { method: 'PATCH', url: `/api/reception/visits/${visit.id}`, payload: { result: 'x' }, headers: ifMatch(1) },
      { method: 'GET', url: `/api/mediation/teams/${team.id}` },
      { method: 'PATCH', url: `/api/mediation/teams/${team.id}`, payload: { note: 'x' }, headers: ifMatch(1) },
      { method: 'POST', url: `/api/mediation/teams/${team.id}/mediators`, payload: { fullName: 'A', gender: 'MALE' } },
      { method: 'PATCH', url: `/api/mediation/mediators/${team.mediator.id}`, payload: { phone: '0912345678' }, headers: ifMatch(1) },
      { method: 'GET', url: `/api/mediation/cases/${mediationCase.id}` },
      { method: 'PATCH', url: `/api/mediation/cases/${mediationCase.id}`, payload: { followUp: 'x' }, headers: ifMatch(1) },
    ];
    for (const request of requests) {
      const res = await injectAs(t.app, stranger, request);
      expect(res.statusCode, `${request.method} ${request.url}`).toBe(404);
    }
    // Their lists are their own unit's: empty here.
    for (const url of ['/api/reception/sessions', '/api/mediation/teams', '/api/mediation/cases']) {
      expect((await call<{ items: unknown[] }>(t.app, stranger, 'GET', url)).items).toEqual([]);
    }
  });
});
