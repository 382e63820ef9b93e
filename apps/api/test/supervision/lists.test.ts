// Lists of boards, supervisions and recommendations: filters, keyset pages in the stated order,
// accent-insensitive search, and the recommendation counts of the unit and of one's organisation.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs } from '../helpers/app.ts';
import { call } from '../helpers/plans.ts';
import { supervisionApi, supervisionWard } from './helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-20T03:00:00Z');
const ward = await supervisionWard(t);
const { ubnd, women, hdnd } = ward.organisations;
const front = await ward.as(ward.users.frontOfficer);
const committee = await ward.as(ward.users.ubndOfficer);
const womenOfficer = await ward.as(ward.users.officer);
const viewer = await ward.as(ward.users.viewer);
const api = supervisionApi(t, ward.organisations);

type Page<T> = { items: T[]; nextCursor: string | null };
const page = <T>(url: string, session = viewer) => call<Page<T>>(t.app, session, 'GET', url);
/** Every item, following the cursors one by one. */
async function all<T extends { id: string }>(url: string, session = viewer): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const p: Page<T> = await page<T>(`${url}${url.includes('?') ? '&' : '?'}limit=1${cursor ? `&cursor=${cursor}` : ''}`, session);
    items.push(...p.items);
    cursor = p.nextCursor;
  } while (cursor);
  return items;
}

const board = await call<{ id: string }>(t.app, front, 'POST', '/api/supervision-boards', {
  kind: 'COMMUNITY_INVESTMENT',
  name: 'Ban Giám sát đầu tư của cộng đồng phường',
  projectName: 'Nâng cấp đường giao thông TDP Trung Hòa',
  termStart: '2025-08-01',
});
await call(t.app, front, 'POST', '/api/supervision-boards', { kind: 'PEOPLES_INSPECTION', name: 'Ban Thanh tra nhân dân phường', termStart: '2025-08-01' });
const environment = await api.create(front, { title: 'Giám sát công tác bảo vệ môi trường', kind: 'JOINT_COUNCIL', coOrganiserIds: [hdnd.id], periodFrom: '2025-09-01', periodTo: '2025-10-15', decisionDate: '2025-08-20' });
const welfare = await api.create(front, { title: 'Giám sát thực hiện chính sách an sinh xã hội', kind: 'JOINT_COUNCIL', periodFrom: '2025-11-03', periodTo: '2026-01-20', decisionDate: '2025-10-25' });
const road = await api.create(front, { title: 'Giám sát thi công đường TDP Trung Hòa', kind: 'REGULAR', boardId: board.id, decisionNumber: null, decisionDate: null, periodFrom: '2026-02-02', periodTo: '2026-02-27' });
const reported = await api.report(front, environment, '2025-10-20');

// Recommendations: two to the People's Committee (one overdue), one to the Women's Union, one outside.
const late = await api.recommend(front, reported.id, { content: 'Xử lý điểm tập kết rác tự phát ở Cồn Bạng', sentOn: '2025-10-25', dueOn: '2025-11-25' });
const answered = await api.recommend(front, reported.id, { content: 'Lắp biển cấm đổ rác', sentOn: '2025-10-25', dueOn: '2025-11-20' });
await api.respond(committee, answered, { status: 'ANSWERED', text: 'Đã lắp 6 biển', on: '2025-11-28' });
const toWomen = await api.recommend(front, reported.id, { content: 'Vận động hội viên phân loại rác tại nguồn', addresseeOrganisationId: women.id, sentOn: '2026-03-02' });
const outside = await api.recommend(front, reported.id, { content: 'Kiểm tra xả thải của cơ sở chế biến hải sản', addresseeOrganisationId: null, addresseeName: 'Công ty Môi trường đô thị', sentOn: '2026-03-02', dueOn: '2026-04-10' });

describe('supervision lists', () => {
  it('lists newest period first, page by page, with filters and accent-insensitive search', async () => {
    expect((await all<{ id: string }>('/api/supervisions')).map((s) => s.id)).toEqual([road.id, welfare.id, environment.id]);
    expect((await page<{ id: string }>('/api/supervisions?kind=JOINT_COUNCIL')).items.map((s) => s.id)).toEqual([welfare.id, environment.id]);
    expect((await page<{ id: string }>('/api/supervisions?status=REPORTED')).items.map((s) => s.id)).toEqual([environment.id]);
    expect((await page<{ id: string }>(`/api/supervisions?boardId=${board.id}`)).items.map((s) => s.id)).toEqual([road.id]);
    // A year holds every supervision whose period touches it.
    expect((await all<{ id: string }>('/api/supervisions?year=2026')).map((s) => s.id)).toEqual([road.id, welfare.id]);
    expect((await all<{ id: string }>('/api/supervisions?year=2025')).map((s) => s.id)).toEqual([welfare.id, environment.id]);
    expect((await page<{ id: string }>('/api/supervisions?q=moi%20truong')).items.map((s) => s.id)).toEqual([environment.id]);
    expect((await page<{ id: string }>('/api/supervisions?q=AN%20SINH')).items.map((s) => s.id)).toEqual([welfare.id]);

    const listed = (await page<{ id: string; recommendations: object; board: unknown; coOrganisers: { id: string }[] }>('/api/supervisions?status=REPORTED')).items[0]!;
    expect(listed).toMatchObject({ recommendations: { total: 4, unanswered: 3, overdue: 1 }, board: null, coOrganisers: [{ id: hdnd.id }] });
    const bad = await injectAs(t.app, viewer, { method: 'GET', url: '/api/supervisions?cursor=bm90LWEtY3Vyc29y' });
    expect(bad.statusCode).toBe(400);
  });

  it('lists recommendations nearest due day first, with status, overdue, addressee and mine filters', async () => {
    type R = { id: string; dueOn: string; overdue: boolean };
    const order = (await all<R>('/api/recommendations')).map((r) => r.id);
    expect(order).toEqual([answered.id, late.id, toWomen.id, outside.id]);
    expect((await all<R>('/api/recommendations?overdue=true')).map((r) => r.id)).toEqual([late.id]);
    expect((await all<R>('/api/recommendations?overdue=false')).map((r) => r.id)).toEqual([answered.id, toWomen.id, outside.id]);
    expect((await all<R>('/api/recommendations?status=ANSWERED')).map((r) => r.id)).toEqual([answered.id]);
    expect((await all<R>(`/api/recommendations?addresseeOrganisationId=${ubnd.id}`)).map((r) => r.id)).toEqual([answered.id, late.id]);
    expect((await all<R>(`/api/recommendations?supervisionId=${reported.id}&q=rac`)).map((r) => r.id)).toEqual([answered.id, late.id, toWomen.id]);
    expect((await all<R>('/api/recommendations?q=cong%20ty%20moi%20truong')).map((r) => r.id)).toEqual([outside.id]);
    expect((await all<R>('/api/recommendations?mine=true', womenOfficer)).map((r) => r.id)).toEqual([toWomen.id]);
    expect((await all<R>('/api/recommendations?mine=true&overdue=true', committee)).map((r) => r.id)).toEqual([late.id]);
    // A viewer belongs to no organisation: nothing is "mine".
    expect((await all<R>('/api/recommendations?mine=true')).map((r) => r.id)).toEqual([]);
  });

  it('counts the unit’s recommendations and those sent to one’s organisation', async () => {
    expect(await call(t.app, viewer, 'GET', '/api/recommendations/summary')).toEqual({
      total: 4, unanswered: 3, overdue: 1, answered: 1, implementing: 0, implemented: 0, rejected: 0, answeredLate: 1,
    });
    expect(await call(t.app, committee, 'GET', '/api/recommendations/summary?mine=true')).toEqual({
      total: 2, unanswered: 1, overdue: 1, answered: 1, implementing: 0, implemented: 0, rejected: 0, answeredLate: 1,
    });
    expect(await call(t.app, viewer, 'GET', '/api/recommendations/summary?mine=true')).toMatchObject({ total: 0 });
  });

  it('lists boards by name, by kind, and finds them by project without accents', async () => {
    type B = { id: string; name: string; kind: string };
    expect((await all<B>('/api/supervision-boards')).map((b) => b.name)).toEqual(['Ban Giám sát đầu tư của cộng đồng phường', 'Ban Thanh tra nhân dân phường']);
    expect((await page<B>('/api/supervision-boards?kind=PEOPLES_INSPECTION')).items.map((b) => b.kind)).toEqual(['PEOPLES_INSPECTION']);
    expect((await page<B>('/api/supervision-boards?q=duong%20giao%20thong')).items.map((b) => b.id)).toEqual([board.id]);
    const forged = Buffer.from(JSON.stringify([5, 'x'])).toString('base64url');
    expect((await injectAs(t.app, viewer, { method: 'GET', url: `/api/supervision-boards?cursor=${forged}` })).statusCode).toBe(400);
    expect((await injectAs(t.app, viewer, { method: 'GET', url: `/api/recommendations?cursor=${forged}` })).statusCode).toBe(400);
  });

  // Last, since it closes two more recommendations that the counts above do not expect.
  it('lists only those still being followed with open=true (unanswered, answered, implementing), alone or with other filters', async () => {
    type R = { id: string; status: string };
    const done = await api.recommend(front, reported.id, { content: 'Nạo vét mương thoát nước TDP Đông', sentOn: '2025-10-25', dueOn: '2025-11-10' });
    await api.respond(committee, done, { status: 'IMPLEMENTED', text: 'Đã nạo vét xong', on: '2025-11-05' });
    const refused = await api.recommend(front, reported.id, { content: 'Di dời bãi tập kết rác về cuối thôn', sentOn: '2025-10-25', dueOn: '2025-12-01' });
    await api.respond(committee, refused, { status: 'REJECTED', text: 'Không có quỹ đất phù hợp', on: '2025-11-20' });
    const underway = await api.recommend(front, reported.id, { content: 'Trồng cây xanh dọc bờ kè rác', sentOn: '2025-10-25', dueOn: '2025-11-15' });
    await api.respond(committee, underway, { status: 'IMPLEMENTING', text: 'Đang trồng cây', on: '2025-11-12' });

    // Without the filter the closed 2025 ones come first (nearest due day first).
    expect((await all<R>('/api/recommendations')).map((r) => r.id)).toEqual([done.id, underway.id, answered.id, late.id, refused.id, toWomen.id, outside.id]);
    const open = await all<R>('/api/recommendations?open=true');
    expect(open.map((r) => r.id)).toEqual([underway.id, answered.id, late.id, toWomen.id, outside.id]);
    expect(new Set(open.map((r) => r.status))).toEqual(new Set(['IMPLEMENTING', 'ANSWERED', 'UNANSWERED']));
    expect((await all<R>('/api/recommendations?open=false')).map((r) => r.id)).toEqual([done.id, refused.id]);
    expect((await all<R>('/api/recommendations?open=true&mine=true', committee)).map((r) => r.id)).toEqual([underway.id, answered.id, late.id]);
    expect((await all<R>('/api/recommendations?open=true&overdue=true')).map((r) => r.id)).toEqual([late.id]);
    expect((await all<R>(`/api/recommendations?open=true&addresseeOrganisationId=${ubnd.id}&q=rac`)).map((r) => r.id)).toEqual([underway.id, answered.id, late.id]);
    expect((await all<R>('/api/recommendations?open=true&status=REJECTED')).map((r) => r.id)).toEqual([]);
    expect((await injectAs(t.app, viewer, { method: 'GET', url: '/api/recommendations?open=yes' })).statusCode).toBe(400);
  });
});
