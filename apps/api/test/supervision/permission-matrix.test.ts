// Each demo-like role × each supervision action: allowed, or 403. Everyone in the unit reads; the
// Front's leaders and officers manage boards, teams, reports and recommendations; the addressee's
// staff answer (the Front for a body outside the unit); another unit's records read as 404.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, type Session } from '../helpers/app.ts';
import { createOrganisation, createUnit, createUser } from '../helpers/factories.ts';
import { call } from '../helpers/plans.ts';
import { ifMatch, supervisionApi, supervisionWard } from './helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-20T03:00:00Z');
const ward = await supervisionWard(t);
const u = ward.users;
const { mttq } = ward.organisations;
const api = supervisionApi(t, ward.organisations);

const people = {
  'People’s Committee leader': u.leader,
  'People’s Committee officer': u.ubndOfficer,
  'Front leader': u.frontLeader,
  'Front officer': u.frontOfficer,
  'People’s Council leader': u.councilLeader,
  'Women’s Union officer': u.officer,
  'unit admin': u.unitAdmin,
  viewer: u.viewer,
  'system admin': u.systemAdmin,
};
type Who = keyof typeof people;
const everyone = Object.keys(people) as Who[];
const sessions = new Map<Who, Session>();
for (const who of everyone) sessions.set(who, await ward.as(people[who]));
const front = sessions.get('Front officer')!;

const managers: Who[] = ['Front leader', 'Front officer'];
const committee: Who[] = ['People’s Committee leader', 'People’s Committee officer'];

const newBoard = () => call<{ id: string; version: number }>(t.app, front, 'POST', '/api/supervision-boards', { kind: 'COMMUNITY_INVESTMENT', name: 'Ban GSĐTCCĐ', termStart: '2025-08-01' });
const reported = async () => api.report(front, await api.create(front));
const recommendation = async (body: object = {}) => api.recommend(front, (await reported()).id, body);

type Request = { method: string; url: string; payload?: object; headers?: Record<string, string> };
const cases: { name: string; allowed: Who[]; request: () => Promise<Request> }[] = [
  { name: 'list boards', allowed: everyone, request: async () => ({ method: 'GET', url: '/api/supervision-boards' }) },
  { name: 'read a board', allowed: everyone, request: async () => ({ method: 'GET', url: `/api/supervision-boards/${(await newBoard()).id}` }) },
  {
    name: 'set up a board',
    allowed: managers,
    request: async () => ({ method: 'POST', url: '/api/supervision-boards', payload: { kind: 'PEOPLES_INSPECTION', name: 'Ban TTND', termStart: '2025-08-01' } }),
  },
  {
    name: 'edit a board',
    allowed: managers,
    request: async () => {
      const b = await newBoard();
      return { method: 'PATCH', url: `/api/supervision-boards/${b.id}`, payload: { note: 'Kiện toàn' }, headers: ifMatch(b.version) };
    },
  },
  { name: 'list supervisions', allowed: everyone, request: async () => ({ method: 'GET', url: '/api/supervisions?year=2026' }) },
  { name: 'read a supervision', allowed: everyone, request: async () => ({ method: 'GET', url: `/api/supervisions/${(await api.create(front)).id}` }) },
  {
    name: 'create a team',
    allowed: managers,
    request: async () => ({
      method: 'POST',
      url: '/api/supervisions',
      payload: { title: 'Giám sát', kind: 'THEMATIC', decisionNumber: '9/QĐ', decisionDate: '2026-01-02', leadOrganisationId: mttq.id, supervisedBodies: ['UBND'], periodFrom: '2026-01-05', periodTo: '2026-01-30' },
    }),
  },
  {
    name: 'edit a team',
    allowed: managers,
    request: async () => {
      const s = await api.create(front);
      return { method: 'PATCH', url: `/api/supervisions/${s.id}`, payload: { content: 'Nội dung' }, headers: ifMatch(s.version) };
    },
  },
  {
    name: 'start a supervision',
    allowed: managers,
    request: async () => {
      const s = await api.create(front);
      return { method: 'POST', url: `/api/supervisions/${s.id}/status`, payload: { status: 'IN_PROGRESS' }, headers: ifMatch(s.version) };
    },
  },
  {
    name: 'record a report',
    allowed: managers,
    request: async () => {
      const s = await api.create(front);
      return { method: 'PUT', url: `/api/supervisions/${s.id}/report`, payload: { text: 'Báo cáo', reportedOn: '2026-02-12' }, headers: ifMatch(s.version) };
    },
  },
  {
    name: 'add a recommendation',
    allowed: managers,
    request: async () => ({ method: 'POST', url: `/api/supervisions/${(await reported()).id}/recommendations`, payload: { content: 'Kiến nghị', addresseeName: 'Công an phường', sentOn: '2026-03-02' } }),
  },
  { name: 'list recommendations', allowed: everyone, request: async () => ({ method: 'GET', url: '/api/recommendations?overdue=true' }) },
  { name: 'count recommendations', allowed: everyone, request: async () => ({ method: 'GET', url: '/api/recommendations/summary?mine=true' }) },
  { name: 'read a recommendation', allowed: everyone, request: async () => ({ method: 'GET', url: `/api/recommendations/${(await recommendation()).id}` }) },
  {
    name: 'edit a recommendation',
    allowed: managers,
    request: async () => {
      const r = await recommendation();
      return { method: 'PATCH', url: `/api/recommendations/${r.id}`, payload: { content: 'Sửa' }, headers: ifMatch(r.version) };
    },
  },
  {
    name: 'answer a recommendation to the People’s Committee',
    allowed: committee,
    request: async () => {
      const r = await recommendation();
      return { method: 'POST', url: `/api/recommendations/${r.id}/responses`, payload: { status: 'ANSWERED', text: 'Trả lời', on: '2026-03-10' }, headers: ifMatch(r.version) };
    },
  },
  {
    name: 'record an outside body’s answer',
    allowed: managers,
    request: async () => {
      const r = await recommendation({ addresseeOrganisationId: null, addresseeName: 'Điện lực' });
      return { method: 'POST', url: `/api/recommendations/${r.id}/responses`, payload: { status: 'REJECTED', text: 'Lý do', on: '2026-03-10' }, headers: ifMatch(r.version) };
    },
  },
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
  it('reads another unit’s boards, supervisions and recommendations as not found, even for its Front', async () => {
    const other = await createUnit(t.db);
    const theirFront = await createOrganisation(t.db, other.id, { kind: 'FATHERLAND_FRONT' });
    const stranger = await ward.as(await createUser(t.db, { unitId: other.id, roles: ['ORG_LEADER'], organisationId: theirFront.id }));
    const board = await newBoard();
    const s = await reported();
    const r = await api.recommend(front, s.id);
    const requests: Request[] = [
      { method: 'GET', url: `/api/supervision-boards/${board.id}` },
      { method: 'PATCH', url: `/api/supervision-boards/${board.id}`, payload: { note: 'x' }, headers: ifMatch(1) },
      { method: 'GET', url: `/api/supervisions/${s.id}` },
      { method: 'PATCH', url: `/api/supervisions/${s.id}`, payload: { title: 'x' }, headers: ifMatch(s.version) },
      { method: 'POST', url: `/api/supervisions/${s.id}/status`, payload: { status: 'CLOSED' }, headers: ifMatch(s.version) },
      { method: 'PUT', url: `/api/supervisions/${s.id}/report`, payload: { text: 'x', reportedOn: '2026-02-12' }, headers: ifMatch(s.version) },
      { method: 'POST', url: `/api/supervisions/${s.id}/recommendations`, payload: { content: 'x', addresseeName: 'X', sentOn: '2026-03-02' } },
      { method: 'GET', url: `/api/recommendations/${r.id}` },
      { method: 'PATCH', url: `/api/recommendations/${r.id}`, payload: { content: 'x' }, headers: ifMatch(1) },
      { method: 'POST', url: `/api/recommendations/${r.id}/responses`, payload: { status: 'ANSWERED', text: 'x', on: '2026-03-10' }, headers: ifMatch(1) },
    ];
    for (const request of requests) {
      const res = await injectAs(t.app, stranger, request);
      expect(res.statusCode, `${request.method} ${request.url}`).toBe(404);
    }
    for (const url of ['/api/supervision-boards', '/api/supervisions', '/api/recommendations']) {
      expect((await call<{ items: unknown[] }>(t.app, stranger, 'GET', url)).items).toEqual([]);
    }
    expect(await call(t.app, stranger, 'GET', '/api/recommendations/summary')).toMatchObject({ total: 0 });
  });
});
