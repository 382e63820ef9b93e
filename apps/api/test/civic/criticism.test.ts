// Social criticism: a draft open for comment until its deadline, closed after it (the Front still
// records late comments), consolidated by the Front; the drafting body responds per point.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs } from '../helpers/app.ts';
import { call } from '../helpers/plans.ts';
import { civicWard, ifMatch, newDraft } from './helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-10T03:00:00Z');
const ward = await civicWard(t);
const u = ward.users;
const { ubnd, women, mttq } = ward.organisations;
const loginAll = async () => ({
  front: await ward.as(u.frontOfficer),
  pcOfficer: await ward.as(u.ubndOfficer),
  womenOfficer: await ward.as(u.officer),
  viewer: await ward.as(u.viewer),
});
const s = await loginAll();
/** Moves the clock (sessions expire with it, so everyone logs in again). */
async function at(iso: string) {
  t.clock.now = new Date(iso);
  Object.assign(s, await loginAll());
}

interface Comment {
  id: string;
  version: number;
  response: string;
  responseText: string | null;
  can: { edit: boolean; respond: boolean };
}
interface Detail {
  id: string;
  version: number;
  phase: string;
  draftingBody: string;
  commentCount: number;
  pendingResponses: number;
  comments: Comment[];
  consolidated: { text: string; on: string; by: { id: string } } | null;
  can: { manage: boolean; comment: boolean; respond: boolean };
}

describe('a draft’s life cycle', () => {
  it('is open for comment, closes after the deadline, is consolidated and answered point by point', async () => {
    const draft = await newDraft(t, s.front, { draftingOrganisationId: ubnd.id });
    const created = await call<Detail>(t.app, s.front, 'GET', `/api/drafts/${draft.id}`);
    expect(created).toMatchObject({ phase: 'OPEN', draftingBody: ubnd.name, commentCount: 0, pendingResponses: 0 });
    expect(created.can).toEqual({ manage: true, comment: true, respond: false });

    // Staff comment for their own organisation only; the Front records a named person's comment.
    const own = await call<Comment>(t.app, s.womenOfficer, 'POST', `/api/drafts/${draft.id}/comments`, { organisationId: women.id, point: 'Mục II.3', content: 'Bổ sung chỉ tiêu về việc làm cho phụ nữ' });
    const forOther = await injectAs(t.app, s.womenOfficer, { method: 'POST', url: `/api/drafts/${draft.id}/comments`, payload: { organisationId: ubnd.id, content: 'Thay mặt UBND' } });
    expect(forOther.statusCode).toBe(400);
    const person = await call<Comment>(t.app, s.front, 'POST', `/api/drafts/${draft.id}/comments`, { personName: 'Ông Nguyễn Văn Tám, tổ dân phố 5', content: 'Đề nghị làm rõ nguồn vốn làm đường' });
    expect(own.can.edit).toBe(true);

    // The drafting organisation's staff are told of each comment.
    const told = await t.db.notification.count({ where: { userId: u.ubndOfficer.id, kind: 'draft' } });
    expect(told).toBe(2);
    expect(await t.db.notification.count({ where: { userId: u.officer.id, kind: 'draft' } })).toBe(0);

    // After the deadline: closed for staff, the Front still records what it received.
    await at('2026-03-21T03:00:00Z');
    expect((await call<Detail>(t.app, s.womenOfficer, 'GET', `/api/drafts/${draft.id}`)).phase).toBe('CLOSED');
    const late = await injectAs(t.app, s.womenOfficer, { method: 'POST', url: `/api/drafts/${draft.id}/comments`, payload: { organisationId: women.id, content: 'Góp ý muộn' } });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'COMMENT_PERIOD_CLOSED' });
    const edit = await injectAs(t.app, s.womenOfficer, { method: 'PATCH', url: `/api/draft-comments/${own.id}`, payload: { content: 'Sửa muộn' }, headers: ifMatch(own.version) });
    expect(edit.statusCode).toBe(409);
    await call(t.app, s.front, 'POST', `/api/drafts/${draft.id}/comments`, { organisationId: mttq.id, content: 'Ý kiến của Ban Thường trực nhận bằng văn bản' }, {}, [201]);

    // The drafting body answers each point: accepted, or explained with a text.
    const noText = await injectAs(t.app, s.pcOfficer, { method: 'PUT', url: `/api/draft-comments/${person.id}/response`, payload: { response: 'EXPLAINED', respondedOn: '2026-03-21' }, headers: ifMatch(person.version) });
    expect(noText.statusCode).toBe(400);
    const notDrafter = await injectAs(t.app, s.womenOfficer, { method: 'PUT', url: `/api/draft-comments/${own.id}/response`, payload: { response: 'ACCEPTED', respondedOn: '2026-03-21' }, headers: ifMatch(own.version) });
    expect(notDrafter.statusCode).toBe(403);
    const accepted = await call<Comment>(t.app, s.pcOfficer, 'PUT', `/api/draft-comments/${own.id}/response`, { response: 'ACCEPTED', respondedOn: '2026-03-21' }, ifMatch(own.version));
    expect(accepted).toMatchObject({ response: 'ACCEPTED', can: { edit: false, respond: true } });
    await call(t.app, s.pcOfficer, 'PUT', `/api/draft-comments/${person.id}/response`, { response: 'EXPLAINED', text: 'Nguồn vốn đã nêu tại Phụ lục 2', respondedOn: '2026-03-21' }, ifMatch(person.version));

    const closed = await call<Detail>(t.app, s.front, 'GET', `/api/drafts/${draft.id}`);
    expect(closed).toMatchObject({ commentCount: 3, pendingResponses: 1 });
    expect(closed.comments.map((c) => c.response)).toEqual(['ACCEPTED', 'EXPLAINED', 'PENDING']);

    // The Front's consolidated opinion ends the period for everyone.
    const stale = await injectAs(t.app, s.front, { method: 'PUT', url: `/api/drafts/${draft.id}/consolidated`, payload: { text: 'Tổng hợp', on: '2026-03-21' }, headers: ifMatch(closed.version + 1) });
    expect(stale.statusCode).toBe(409);
    const consolidated = await call<Detail>(t.app, s.front, 'PUT', `/api/drafts/${draft.id}/consolidated`, { text: 'Ban Thường trực tổng hợp 3 ý kiến', on: '2026-03-21' }, ifMatch(closed.version));
    expect(consolidated.phase).toBe('CONSOLIDATED');
    expect(consolidated.consolidated).toMatchObject({ text: 'Ban Thường trực tổng hợp 3 ý kiến', on: '2026-03-21', by: { id: u.frontOfficer.id } });
    const after = await injectAs(t.app, s.front, { method: 'POST', url: `/api/drafts/${draft.id}/comments`, payload: { organisationId: mttq.id, content: 'Sau tổng hợp' } });
    expect(after.json()).toMatchObject({ code: 'COMMENT_PERIOD_CLOSED' });
    expect(await t.db.notification.count({ where: { userId: u.leader.id, kind: 'draft', title: { contains: 'tổng hợp' } } })).toBe(1);

    const audit = await t.db.auditLog.findMany({ where: { entityId: { in: [draft.id, own.id, person.id] } }, orderBy: { at: 'asc' }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['draft.create', 'draft_comment.create', 'draft_comment.respond', 'draft.consolidate']));
    await at('2026-03-10T03:00:00Z');
  });

  it('lets the writer edit a comment while open, and a draft of an outside body be answered by the Front', async () => {
    const draft = await newDraft(t, s.front, { draftingBody: 'Ủy ban MTTQ tỉnh Hà Tĩnh', title: 'Dự thảo Báo cáo chính trị Đại hội MTTQ tỉnh lần thứ XVI' });
    const comment = await call<Comment>(t.app, s.womenOfficer, 'POST', `/api/drafts/${draft.id}/comments`, { organisationId: women.id, content: 'Góp ý lần đầu' });
    const byOther = await injectAs(t.app, s.pcOfficer, { method: 'PATCH', url: `/api/draft-comments/${comment.id}`, payload: { content: 'Sửa hộ' }, headers: ifMatch(comment.version) });
    expect(byOther.statusCode).toBe(403);
    const noIfMatch = await injectAs(t.app, s.womenOfficer, { method: 'PATCH', url: `/api/draft-comments/${comment.id}`, payload: { content: 'Sửa' } });
    expect(noIfMatch.statusCode).toBe(428);
    const edited = await call<Comment & { content: string }>(t.app, s.womenOfficer, 'PATCH', `/api/draft-comments/${comment.id}`, { content: 'Góp ý đã sửa' }, ifMatch(comment.version));
    expect(edited.content).toBe('Góp ý đã sửa');
    // Nobody of the unit drafted it: the Front records the answer received.
    const pc = await injectAs(t.app, s.pcOfficer, { method: 'PUT', url: `/api/draft-comments/${comment.id}/response`, payload: { response: 'ACCEPTED', respondedOn: '2026-03-10' }, headers: ifMatch(edited.version) });
    expect(pc.statusCode).toBe(403);
    await call(t.app, s.front, 'PUT', `/api/draft-comments/${comment.id}/response`, { response: 'ACCEPTED', respondedOn: '2026-03-10' }, ifMatch(edited.version));
  });

  it('refuses bad input and changes nothing', async () => {
    const before = await t.db.draft.count();
    const backwards = await injectAs(t.app, s.front, { method: 'POST', url: '/api/drafts', payload: { title: 'X', draftingBody: 'Y', submittedOn: '2026-03-10', commentDeadline: '2026-03-01' } });
    expect(backwards.statusCode).toBe(400);
    const noBody = await injectAs(t.app, s.front, { method: 'POST', url: '/api/drafts', payload: { title: 'X', submittedOn: '2026-03-01', commentDeadline: '2026-03-10' } });
    expect(noBody.statusCode).toBe(400);
    const byViewer = await injectAs(t.app, s.viewer, { method: 'POST', url: '/api/drafts', payload: { title: 'X', draftingBody: 'Y', submittedOn: '2026-03-01', commentDeadline: '2026-03-10' } });
    expect(byViewer.statusCode).toBe(403);
    expect(await t.db.draft.count()).toBe(before);
  });
});

describe('the list of drafts', () => {
  it('shows the open ones nearest deadline first, the others newest first, searched without accents', async () => {
    const a = await newDraft(t, s.front, { draftingBody: 'Đảng ủy phường', title: 'Dự thảo Báo cáo chính trị Đại hội Đảng bộ phường', submittedOn: '2026-03-02', commentDeadline: '2026-03-25' });
    const b = await newDraft(t, s.front, { draftingBody: 'UBND phường', title: 'Dự thảo Quy chế quản lý chợ', submittedOn: '2026-03-03', commentDeadline: '2026-03-12' });
    const old = await newDraft(t, s.front, { draftingBody: 'UBND phường', title: 'Dự thảo Đề án chỉnh trang đô thị', submittedOn: '2026-01-05', commentDeadline: '2026-01-20' });
    const open = await call<{ items: { id: string }[] }>(t.app, s.viewer, 'GET', '/api/drafts?open=true&limit=100');
    const openIds = open.items.map((d) => d.id);
    expect(openIds.indexOf(b.id)).toBeLessThan(openIds.indexOf(a.id));
    expect(openIds).not.toContain(old.id);
    const closed = await call<{ items: { id: string }[] }>(t.app, s.viewer, 'GET', '/api/drafts?open=false');
    expect(closed.items.map((d) => d.id)).toContain(old.id);
    expect(closed.items.map((d) => d.id)).not.toContain(a.id);

    const found = await call<{ items: { id: string }[] }>(t.app, s.viewer, 'GET', `/api/drafts?q=${encodeURIComponent('dang bo phuong')}`);
    expect(found.items.map((d) => d.id)).toEqual([a.id]);

    // Keyset: page by page, every draft exactly once.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = await call(t.app, s.viewer, 'GET', `/api/drafts?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((d) => d.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(await t.db.draft.count({ where: { unitId: ward.unit.id } }));
    const openPage = await call<{ items: { id: string }[]; nextCursor: string }>(t.app, s.viewer, 'GET', '/api/drafts?open=true&limit=1');
    const openNext = await call<{ items: { id: string }[] }>(t.app, s.viewer, 'GET', `/api/drafts?open=true&limit=1&cursor=${openPage.nextCursor}`);
    expect([...openPage.items, ...openNext.items].map((d) => d.id)).toEqual(openIds.slice(0, 2));
    const forged = Buffer.from(JSON.stringify(['not-a-day', 'x'])).toString('base64url');
    for (const open of ['true', 'false']) {
      expect((await injectAs(t.app, s.viewer, { method: 'GET', url: `/api/drafts?open=${open}&cursor=${forged}` })).statusCode).toBe(400);
    }
    expect(seen.length).toBe(new Set(seen).size);
  });
});
