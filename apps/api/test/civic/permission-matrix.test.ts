// Each role × each civic action: allowed, or 403. Everyone in the unit reads; the Front manages
// social criticism and the suggestion boxes; the People's Council and the Front manage voter
// contact; staff comment on drafts for their own organisation; the addressee (here the People's
// Committee) answers what was sent to it and responds to the drafts it wrote.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, type Session } from '../helpers/app.ts';
import { call } from '../helpers/plans.ts';
import { civicWard, ifMatch, newBox, newDraft, newMeeting, newOpening, newPetition, newSuggestion } from './helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-10T03:00:00Z');
const ward = await civicWard(t);
const u = ward.users;
const { ubnd, mttq, women, council } = ward.organisations;

const people = {
  'PC leader': { user: u.leader, organisationId: ubnd.id },
  'PC officer': { user: u.ubndOfficer, organisationId: ubnd.id },
  'Front leader': { user: u.frontLeader, organisationId: mttq.id },
  'Front officer': { user: u.frontOfficer, organisationId: mttq.id },
  'Council leader': { user: u.councilLeader, organisationId: council.id },
  'Women’s Union officer': { user: u.officer, organisationId: women.id },
  'unit admin': { user: u.unitAdmin, organisationId: null },
  viewer: { user: u.viewer, organisationId: null },
  'system admin': { user: u.systemAdmin, organisationId: null },
};
type Who = keyof typeof people;
const everyone = Object.keys(people) as Who[];
const sessions = new Map<Who, Session>();
for (const who of everyone) sessions.set(who, await ward.as(people[who].user));
const front = sessions.get('Front officer')!;
const councilLeader = sessions.get('Council leader')!;

const frontStaff: Who[] = ['Front leader', 'Front officer'];
const voterManagers: Who[] = ['Front leader', 'Front officer', 'Council leader'];
const staff: Who[] = ['PC leader', 'PC officer', 'Front leader', 'Front officer', 'Council leader', 'Women’s Union officer'];
const pcStaff: Who[] = ['PC leader', 'PC officer'];

const draft = () => newDraft(t, front, { draftingOrganisationId: ubnd.id });
const comment = async () => {
  const d = await draft();
  return call<{ id: string; version: number }>(t.app, front, 'POST', `/api/drafts/${d.id}/comments`, { organisationId: mttq.id, content: 'Góp ý' });
};
const petition = async () => newPetition(t, councilLeader, (await newMeeting(t, councilLeader)).id);
const sentPetition = async () => {
  const p = await petition();
  return call<{ id: string; version: number }>(t.app, councilLeader, 'POST', `/api/voter-petitions/${p.id}/send`, { addresseeOrganisationId: ubnd.id, sentOn: '2026-02-12' }, ifMatch(p.version));
};
let boxNo = 0;
const box = () => newBox(t, front, `Hòm thư số ${++boxNo}`);
const opening = async () => newOpening(t, front, (await box()).id);
const suggestion = async () => newSuggestion(t, front, (await opening()).id);
const forwarded = async () => {
  const s = await suggestion();
  return call<{ id: string; version: number }>(t.app, front, 'POST', `/api/suggestions/${s.id}/forward`, { addresseeOrganisationId: ubnd.id, forwardedOn: '2026-03-06' }, ifMatch(s.version));
};

type Request = { method: string; url: string; payload?: object; headers?: Record<string, string> };
const cases: { name: string; allowed: Who[]; request: (who: Who) => Promise<Request> }[] = [
  { name: 'list drafts', allowed: everyone, request: async () => ({ method: 'GET', url: '/api/drafts' }) },
  { name: 'read a draft', allowed: everyone, request: async () => ({ method: 'GET', url: `/api/drafts/${(await draft()).id}` }) },
  {
    name: 'register a draft',
    allowed: frontStaff,
    request: async () => ({ method: 'POST', url: '/api/drafts', payload: { title: 'Dự thảo', draftingBody: 'UBND tỉnh', submittedOn: '2026-03-01', commentDeadline: '2026-03-30' } }),
  },
  {
    name: 'edit a draft',
    allowed: frontStaff,
    request: async () => {
      const d = await draft();
      return { method: 'PATCH', url: `/api/drafts/${d.id}`, payload: { summary: 'Tóm tắt' }, headers: ifMatch(d.version) };
    },
  },
  {
    name: 'comment on a draft for one’s organisation',
    allowed: staff,
    request: async (who) => ({
      method: 'POST',
      url: `/api/drafts/${(await draft()).id}/comments`,
      payload: people[who].organisationId ? { organisationId: people[who].organisationId, content: 'Góp ý' } : { personName: 'Tôi', content: 'Góp ý' },
    }),
  },
  {
    name: 'respond to a comment (drafted by the People’s Committee)',
    allowed: pcStaff,
    request: async () => {
      const c = await comment();
      return { method: 'PUT', url: `/api/draft-comments/${c.id}/response`, payload: { response: 'ACCEPTED', respondedOn: '2026-03-10' }, headers: ifMatch(c.version) };
    },
  },
  {
    name: 'consolidate the opinions',
    allowed: frontStaff,
    request: async () => {
      const d = await draft();
      return { method: 'PUT', url: `/api/drafts/${d.id}/consolidated`, payload: { text: 'Tổng hợp', on: '2026-03-10' }, headers: ifMatch(d.version) };
    },
  },
  { name: 'list voter meetings', allowed: everyone, request: async () => ({ method: 'GET', url: '/api/voter-meetings' }) },
  { name: 'read a meeting', allowed: everyone, request: async () => ({ method: 'GET', url: `/api/voter-meetings/${(await newMeeting(t, councilLeader)).id}` }) },
  {
    name: 'record a meeting',
    allowed: voterManagers,
    request: async () => ({ method: 'POST', url: '/api/voter-meetings', payload: { kind: 'AFTER_SESSION', heldOn: '2026-03-01', location: 'Nhà văn hóa', delegates: [] } }),
  },
  {
    name: 'edit a meeting',
    allowed: voterManagers,
    request: async () => {
      const m = await newMeeting(t, councilLeader);
      return { method: 'PATCH', url: `/api/voter-meetings/${m.id}`, payload: { voterCount: 90 }, headers: ifMatch(m.version) };
    },
  },
  {
    name: 'record a petition',
    allowed: voterManagers,
    request: async () => ({ method: 'POST', url: `/api/voter-meetings/${(await newMeeting(t, councilLeader)).id}/petitions`, payload: { content: 'Kiến nghị', field: 'OTHER' } }),
  },
  {
    name: 'send a petition',
    allowed: voterManagers,
    request: async () => {
      const p = await petition();
      return { method: 'POST', url: `/api/voter-petitions/${p.id}/send`, payload: { addresseeOrganisationId: ubnd.id, sentOn: '2026-02-12' }, headers: ifMatch(p.version) };
    },
  },
  {
    name: 'answer a petition sent to the People’s Committee',
    allowed: pcStaff,
    request: async () => {
      const p = await sentPetition();
      return { method: 'PUT', url: `/api/voter-petitions/${p.id}/answer`, payload: { text: 'Trả lời', answeredOn: '2026-03-01' }, headers: ifMatch(p.version) };
    },
  },
  { name: 'list petitions', allowed: everyone, request: async () => ({ method: 'GET', url: '/api/voter-petitions?mine=true' }) },
  { name: 'petition summary', allowed: everyone, request: async () => ({ method: 'GET', url: '/api/voter-petitions/summary' }) },
  { name: 'export a meeting’s petitions', allowed: everyone, request: async () => ({ method: 'GET', url: `/api/voter-meetings/${(await newMeeting(t, councilLeader)).id}/petitions.xlsx` }) },
  { name: 'list suggestion boxes', allowed: everyone, request: async () => ({ method: 'GET', url: '/api/suggestion-boxes' }) },
  { name: 'place a box', allowed: frontStaff, request: async () => ({ method: 'POST', url: '/api/suggestion-boxes', payload: { name: `Hòm thư số ${++boxNo}`, location: 'Chợ' } }) },
  {
    name: 'edit a box',
    allowed: frontStaff,
    request: async () => {
      const b = await box();
      return { method: 'PATCH', url: `/api/suggestion-boxes/${b.id}`, payload: { location: 'Cổng chợ' }, headers: ifMatch(b.version) };
    },
  },
  {
    name: 'record an opening',
    allowed: frontStaff,
    request: async () => ({ method: 'POST', url: `/api/suggestion-boxes/${(await box()).id}/openings`, payload: { openedOn: '2026-03-05', openedBy: 'A', witnesses: 'B' } }),
  },
  { name: 'list openings', allowed: everyone, request: async () => ({ method: 'GET', url: '/api/box-openings' }) },
  { name: 'record a suggestion', allowed: frontStaff, request: async () => ({ method: 'POST', url: '/api/suggestions', payload: { openingId: (await opening()).id, summary: 'Góp ý', field: 'OTHER', anonymous: true } }) },
  { name: 'read a suggestion', allowed: everyone, request: async () => ({ method: 'GET', url: `/api/suggestions/${(await suggestion()).id}` }) },
  {
    name: 'forward a suggestion',
    allowed: frontStaff,
    request: async () => {
      const s = await suggestion();
      return { method: 'POST', url: `/api/suggestions/${s.id}/forward`, payload: { addresseeOrganisationId: ubnd.id, forwardedOn: '2026-03-06' }, headers: ifMatch(s.version) };
    },
  },
  {
    name: 'answer a suggestion forwarded to the People’s Committee',
    allowed: pcStaff,
    request: async () => {
      const s = await forwarded();
      return { method: 'PUT', url: `/api/suggestions/${s.id}/answer`, payload: { text: 'Trả lời', answeredOn: '2026-03-09' }, headers: ifMatch(s.version) };
    },
  },
  {
    name: 'file a suggestion',
    allowed: frontStaff,
    request: async () => {
      const s = await suggestion();
      return { method: 'POST', url: `/api/suggestions/${s.id}/file`, payload: { note: 'Lưu' }, headers: ifMatch(s.version) };
    },
  },
];

describe.each(cases)('$name', ({ allowed, request }) => {
  it.each(everyone)('as %s', async (who) => {
    const res = await injectAs(t.app, sessions.get(who)!, await request(who));
    if (allowed.includes(who)) expect(res.statusCode, res.body).toBeLessThan(300);
    else expect(res.statusCode, res.body).toBe(403);
  });
});
