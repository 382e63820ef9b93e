// Suggestion boxes: statuses only along RECEIVED → FORWARDED → ANSWERED, RECEIVED → FILED and
// RECEIVED|FORWARDED → CASE_OPENED; the forwarded-to organisation answers; an anonymous author is
// seen by the Front only, searched by nobody, and kept out of the audit log.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs } from '../helpers/app.ts';
import { call } from '../helpers/plans.ts';
import { civicWard, ifMatch, newBox, newOpening, newSuggestion } from './helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-10T03:00:00Z');
const ward = await civicWard(t);
const u = ward.users;
const { ubnd } = ward.organisations;
const front = await ward.as(u.frontOfficer);
const frontLeader = await ward.as(u.frontLeader);
const pcOfficer = await ward.as(u.ubndOfficer);
const pcLeader = await ward.as(u.leader);
const womenOfficer = await ward.as(u.officer);
const viewer = await ward.as(u.viewer);

const box = await newBox(t, front, 'Hòm thư tại trụ sở MTTQ phường');
const opening = await newOpening(t, front, box.id);

interface Suggestion {
  id: string;
  version: number;
  status: string;
  anonymous: boolean;
  author: { name: string | null; address: string | null; phone: string | null } | null;
  forwardedTo: { organisation: { id: string } | null; name: string } | null;
  answer: { text: string } | null;
  filedNote: string | null;
  case: { id: string; number: string } | null;
  can: { manage: boolean; answer: boolean };
}

const post = (s: Session, url: string, payload: object, version?: number) =>
  injectAs(t.app, s, { method: url.endsWith('/answer') ? 'PUT' : 'POST', url, payload, headers: version === undefined ? {} : ifMatch(version) });
type Session = typeof front;

describe('a suggestion’s statuses', () => {
  it('forwarded to the People’s Committee, whose staff are told, and answered by them only', async () => {
    const s = await newSuggestion(t, front, opening.id);
    const forwarded = await post(front, `/api/suggestions/${s.id}/forward`, { addresseeOrganisationId: ubnd.id, forwardedOn: '2026-03-06' }, s.version);
    expect(forwarded.statusCode, forwarded.body).toBe(200);
    const f = forwarded.json<Suggestion>();
    expect(f).toMatchObject({ status: 'FORWARDED', forwardedTo: { organisation: { id: ubnd.id }, name: ubnd.name } });
    const told = await t.db.notification.findMany({ where: { kind: 'suggestion' }, select: { userId: true } });
    expect(told.map((n) => n.userId).sort()).toEqual([u.leader.id, u.ubndOfficer.id].sort());

    expect((await post(womenOfficer, `/api/suggestions/${s.id}/answer`, { text: 'Trả lời', answeredOn: '2026-03-09' }, f.version)).statusCode).toBe(403);
    expect((await post(front, `/api/suggestions/${s.id}/answer`, { text: 'Trả lời', answeredOn: '2026-03-09' }, f.version)).statusCode).toBe(403);
    const answered = await post(pcOfficer, `/api/suggestions/${s.id}/answer`, { text: 'Danh sách hộ nghèo đã niêm yết tại nhà văn hóa', answeredOn: '2026-03-09' }, f.version);
    expect(answered.statusCode, answered.body).toBe(200);
    const a = answered.json<Suggestion>();
    expect(a).toMatchObject({ status: 'ANSWERED', answer: { text: 'Danh sách hộ nghèo đã niêm yết tại nhà văn hóa' }, can: { manage: false } });

    // Nothing goes back: no filing, no forwarding, no case once answered.
    expect((await post(front, `/api/suggestions/${s.id}/file`, { note: 'Lưu' }, a.version)).statusCode).toBe(409);
    expect((await post(front, `/api/suggestions/${s.id}/forward`, { addresseeOrganisationId: ubnd.id, forwardedOn: '2026-03-09' }, a.version)).statusCode).toBe(409);
    const caseRes = await injectAs(t.app, front, { method: 'POST', url: '/api/cases', payload: { receivedOn: '2026-03-09', channel: 'SUGGESTION_BOX', field: 'OTHER', summary: 'X', anonymous: true, suggestionId: s.id } });
    expect(caseRes.statusCode).toBe(409);
  });

  it('filed with a note, and nothing after that', async () => {
    const s = await newSuggestion(t, front, opening.id, { summary: 'Khen ngợi tinh thần phục vụ của bộ phận một cửa', field: 'PUBLIC_SERVICES' });
    const filed = await post(front, `/api/suggestions/${s.id}/file`, { note: 'Ý kiến khen ngợi, lưu hồ sơ' }, s.version);
    expect(filed.json()).toMatchObject({ status: 'FILED', filedNote: 'Ý kiến khen ngợi, lưu hồ sơ' });
    const forward = await post(front, `/api/suggestions/${s.id}/forward`, { addresseeOrganisationId: ubnd.id, forwardedOn: '2026-03-09' }, filed.json<Suggestion>().version);
    expect(forward.statusCode).toBe(409);
    // A forwarded suggestion is not filed either.
    const other = await newSuggestion(t, front, opening.id);
    const fwd = await post(front, `/api/suggestions/${other.id}/forward`, { addresseeName: 'Công an phường', forwardedOn: '2026-03-06' }, other.version);
    expect((await post(front, `/api/suggestions/${other.id}/file`, { note: 'Lưu' }, fwd.json<Suggestion>().version)).statusCode).toBe(409);
    // Forwarded outside the unit: the Front records the answer.
    expect((await post(pcOfficer, `/api/suggestions/${other.id}/answer`, { text: 'Đã trả lời', answeredOn: '2026-03-09' }, fwd.json<Suggestion>().version)).statusCode).toBe(403);
    expect((await post(frontLeader, `/api/suggestions/${other.id}/answer`, { text: 'Công an phường đã trả lời', answeredOn: '2026-03-09' }, fwd.json<Suggestion>().version)).statusCode).toBe(200);
  });

  it('becomes a case through the cases intake, keeping the link, once, by the Front only', async () => {
    const s = await newSuggestion(t, front, opening.id, { summary: 'Tố cáo cán bộ địa chính nhận tiền khi làm hồ sơ đất', field: 'OFFICIALS', anonymous: true, authorName: null });
    const body = { receivedOn: '2026-03-05', channel: 'SUGGESTION_BOX', field: 'LAND', summary: 'Tố cáo cán bộ địa chính nhận tiền khi làm hồ sơ đất', anonymous: true, suggestionId: s.id };
    const byPc = await injectAs(t.app, pcOfficer, { method: 'POST', url: '/api/cases', payload: body });
    expect(byPc.statusCode).toBe(403);
    const wrongChannel = await injectAs(t.app, front, { method: 'POST', url: '/api/cases', payload: { ...body, channel: 'FRONT_FORWARDED' } });
    expect(wrongChannel.statusCode).toBe(400);
    // Its author asked not to be named: the case may not name anyone either.
    const named = { ...body, anonymous: false, petitioners: [{ fullName: 'Nguyễn Văn Tên', address: 'Tổ 3' }] };
    const unmasked = await injectAs(t.app, front, { method: 'POST', url: '/api/cases', payload: named });
    expect(unmasked.statusCode).toBe(400);
    expect(unmasked.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'anonymous' }] });
    expect(await t.db.case.count({ where: { unitId: ward.unit.id } })).toBe(0);

    const created = await injectAs(t.app, front, { method: 'POST', url: '/api/cases', payload: body });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json<{ id: string; number: string; channel: string }>();
    expect(c.channel).toBe('SUGGESTION_BOX');
    const linked = await call<Suggestion>(t.app, viewer, 'GET', `/api/suggestions/${s.id}`);
    expect(linked).toMatchObject({ status: 'CASE_OPENED', case: { id: c.id, number: c.number } });

    const twice = await injectAs(t.app, front, { method: 'POST', url: '/api/cases', payload: body });
    expect(twice.statusCode).toBe(409);
    expect(await t.db.case.count({ where: { unitId: ward.unit.id } })).toBe(1);
    const audit = await t.db.auditLog.findFirst({ where: { action: 'suggestion.case-open', entityId: s.id } });
    expect(audit?.changes).toMatchObject({ caseId: c.id, status: 'CASE_OPENED' });
  });

  it('moves only with the right If-Match and changes nothing on bad input', async () => {
    const s = await newSuggestion(t, front, opening.id);
    expect((await post(front, `/api/suggestions/${s.id}/forward`, { addresseeOrganisationId: ubnd.id, forwardedOn: '2026-03-06' })).statusCode).toBe(428);
    expect((await post(front, `/api/suggestions/${s.id}/forward`, { addresseeOrganisationId: ubnd.id, forwardedOn: '2026-03-06' }, s.version + 1)).statusCode).toBe(409);
    expect((await post(front, `/api/suggestions/${s.id}/forward`, { forwardedOn: '2026-03-06' }, s.version)).statusCode).toBe(400);
    expect((await post(front, `/api/suggestions/${s.id}/forward`, { addresseeOrganisationId: ubnd.id, forwardedOn: '2026-04-01' }, s.version)).statusCode).toBe(400);
    const unsigned = await injectAs(t.app, front, { method: 'POST', url: '/api/suggestions', payload: { openingId: opening.id, summary: 'Không ký tên', field: 'OTHER' } });
    expect(unsigned.statusCode).toBe(400);
    expect(await call<Suggestion>(t.app, viewer, 'GET', `/api/suggestions/${s.id}`)).toMatchObject({ status: 'RECEIVED', version: s.version });
  });
});

describe('an anonymous author', () => {
  it('is seen by the Front only, found by no search and never written to the audit log', async () => {
    const s = await newSuggestion(t, front, opening.id, {
      summary: 'Phản ánh việc thu các khoản đóng góp tại tổ dân phố 9',
      field: 'SOCIO_ECONOMIC',
      anonymous: true,
      authorName: 'Trần Thị Kín Đáo',
      authorPhone: '0987654321',
    });
    const edited = await call<Suggestion>(t.app, front, 'PATCH', `/api/suggestions/${s.id}`, { authorAddress: 'Tổ dân phố 9' }, ifMatch(s.version));
    expect(edited.author).toEqual({ name: 'Trần Thị Kín Đáo', address: 'Tổ dân phố 9', phone: '0987654321' });
    expect((await call<Suggestion>(t.app, frontLeader, 'GET', `/api/suggestions/${s.id}`)).author?.name).toBe('Trần Thị Kín Đáo');
    for (const reader of [pcLeader, pcOfficer, womenOfficer, viewer]) {
      const detail = await injectAs(t.app, reader, { method: 'GET', url: `/api/suggestions/${s.id}` });
      expect(detail.json<Suggestion>().author).toBeNull();
      expect(detail.body).not.toContain('Kín Đáo');
      expect(detail.body).not.toContain('0987654321');
      const list = await injectAs(t.app, reader, { method: 'GET', url: `/api/suggestions?openingId=${opening.id}&limit=100` });
      expect(list.body).not.toContain('Kín Đáo');
    }
    for (const reader of [front, viewer]) {
      const byName = await call<{ items: unknown[] }>(t.app, reader, 'GET', `/api/suggestions?q=${encodeURIComponent('kin dao')}`);
      expect(byName.items).toEqual([]);
    }
    const bySummary = await call<{ items: { id: string }[] }>(t.app, viewer, 'GET', `/api/suggestions?q=${encodeURIComponent('khoan dong gop to dan pho 9')}`);
    expect(bySummary.items.map((x) => x.id)).toEqual([s.id]);
    const audit = await t.db.auditLog.findMany({ where: { entityId: s.id }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['suggestion.create', 'suggestion.update']);
    expect(JSON.stringify(audit.map((a) => a.changes))).not.toMatch(/Kín Đáo|0987654321|Tổ dân phố 9/);
    // The unit admin reads the audit log through the API: the author is not there either.
    const unitAdmin = await ward.as(u.unitAdmin);
    const log = await injectAs(t.app, unitAdmin, { method: 'GET', url: `/api/audit?entityType=Suggestion&entityId=${s.id}` });
    expect(log.statusCode, log.body).toBe(200);
    expect(log.json<{ items: unknown[] }>().items).toHaveLength(2);
    expect(log.body).not.toMatch(/Kín Đáo|0987654321|Tổ dân phố 9/);
  });
});

describe('another unit’s boxes, openings and suggestions', () => {
  it('read as not found, even for the system admin, and take no suggestion from this unit’s Front', async () => {
    const other = await civicWard(t);
    const theirFront = await other.as(other.users.frontOfficer);
    const theirBox = await newBox(t, theirFront, 'Hòm thư của phường bên');
    const theirOpening = await newOpening(t, theirFront, theirBox.id);
    const theirs = await newSuggestion(t, theirFront, theirOpening.id, { anonymous: true, authorName: 'Người Phường Bên' });
    const admin = await ward.as(u.systemAdmin);
    for (const reader of [front, admin]) {
      for (const url of [`/api/suggestions/${theirs.id}`, `/api/box-openings/${theirOpening.id}`, `/api/suggestion-boxes/${theirBox.id}`]) {
        expect((await injectAs(t.app, reader, { method: 'GET', url })).statusCode, url).toBe(404);
      }
      const list = await injectAs(t.app, reader, { method: 'GET', url: `/api/suggestions?openingId=${theirOpening.id}` });
      expect(list.json<{ items: unknown[] }>().items).toEqual([]);
    }
    const into = await injectAs(t.app, front, { method: 'POST', url: '/api/suggestions', payload: { openingId: theirOpening.id, summary: 'Góp ý', field: 'OTHER', anonymous: true } });
    expect(into.statusCode).toBe(404);
    const fwd = await injectAs(t.app, front, { method: 'POST', url: `/api/suggestions/${theirs.id}/forward`, payload: { addresseeOrganisationId: ubnd.id, forwardedOn: '2026-03-06' }, headers: ifMatch(theirs.version) });
    expect(fwd.statusCode).toBe(404);
    expect(await t.db.suggestion.count({ where: { openingId: theirOpening.id } })).toBe(1);
  });
});

describe('boxes, openings and lists', () => {
  it('list boxes by name with accent-insensitive search, openings newest first, suggestions filtered', async () => {
    const second = await newBox(t, front, 'Hòm thư nhà văn hóa tổ dân phố Trung Tiến');
    const duplicate = await injectAs(t.app, front, { method: 'POST', url: '/api/suggestion-boxes', payload: { name: 'Hòm thư nhà văn hóa tổ dân phố Trung Tiến', location: 'X' } });
    expect(duplicate.statusCode).toBe(409);
    const found = await call<{ items: { id: string }[] }>(t.app, viewer, 'GET', `/api/suggestion-boxes?q=${encodeURIComponent('trung tien')}`);
    expect(found.items.map((b) => b.id)).toEqual([second.id]);
    const forged = await injectAs(t.app, viewer, { method: 'GET', url: `/api/suggestion-boxes?cursor=${Buffer.from(JSON.stringify([1, 'x'])).toString('base64url')}` });
    expect(forged.statusCode).toBe(400);
    const page1 = await call<{ items: { id: string }[]; nextCursor: string | null }>(t.app, viewer, 'GET', '/api/suggestion-boxes?limit=1');
    const page2 = await call<{ items: { id: string }[]; nextCursor: string | null }>(t.app, viewer, 'GET', `/api/suggestion-boxes?limit=1&cursor=${page1.nextCursor}`);
    expect(new Set([...page1.items, ...page2.items].map((b) => b.id))).toEqual(new Set([box.id, second.id]));

    const q1 = await newOpening(t, front, second.id, '2025-12-30');
    const q2 = await newOpening(t, front, second.id, '2026-03-09');
    const openings = await call<{ items: { id: string }[] }>(t.app, viewer, 'GET', `/api/box-openings?boxId=${second.id}`);
    expect(openings.items.map((o) => o.id)).toEqual([q2.id, q1.id]);
    const future = await injectAs(t.app, front, { method: 'POST', url: `/api/suggestion-boxes/${second.id}/openings`, payload: { openedOn: '2026-04-01', openedBy: 'A', witnesses: 'B' } });
    expect(future.statusCode).toBe(400);

    const s = await newSuggestion(t, front, q2.id, { field: 'PARTY_BUILDING', summary: 'Đề nghị chi bộ sinh hoạt đúng kỳ' });
    const byBox = await call<{ items: { id: string }[] }>(t.app, viewer, 'GET', `/api/suggestions?boxId=${second.id}&field=PARTY_BUILDING&status=RECEIVED`);
    expect(byBox.items.map((x) => x.id)).toEqual([s.id]);
    const boxView = await call<{ suggestionCount: number; lastOpenedOn: string }>(t.app, viewer, 'GET', `/api/suggestion-boxes/${second.id}`);
    expect(boxView).toMatchObject({ suggestionCount: 1, lastOpenedOn: '2026-03-09' });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = await call(t.app, viewer, 'GET', `/api/suggestions?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((x) => x.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.length).toBe(await t.db.suggestion.count({ where: { unitId: ward.unit.id } }));
    expect(new Set(seen).size).toBe(seen.length);

    const mine = await call<{ items: { id: string }[] }>(t.app, pcOfficer, 'GET', '/api/suggestions?mine=true');
    expect(mine.items.length).toBeGreaterThan(0);
    expect((await call<{ items: unknown[] }>(t.app, womenOfficer, 'GET', '/api/suggestions?mine=true')).items).toEqual([]);

    // A closed box takes no more openings.
    const b = await call<{ version: number }>(t.app, viewer, 'GET', `/api/suggestion-boxes/${second.id}`);
    await call(t.app, front, 'PATCH', `/api/suggestion-boxes/${second.id}`, { active: false }, ifMatch(b.version));
    expect((await injectAs(t.app, front, { method: 'POST', url: `/api/suggestion-boxes/${second.id}/openings`, payload: { openedOn: '2026-03-10', openedBy: 'A', witnesses: 'B' } })).statusCode).toBe(409);
  });
});
