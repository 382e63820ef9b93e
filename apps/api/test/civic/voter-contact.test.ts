// Voter contact: petitions numbered per meeting, sent to the competent body with the legal due
// day, answered by that body only, reported back at a later meeting, overdue notices once per
// user, and the meeting's compiled petitions as XLSX.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs } from '../helpers/app.ts';
import { call } from '../helpers/plans.ts';
import { civicWard, ifMatch, newMeeting, newPetition } from './helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-10T03:00:00Z');
const ward = await civicWard(t);
const u = ward.users;
const { ubnd } = ward.organisations;
const councilLeader = await ward.as(u.councilLeader);
const front = await ward.as(u.frontOfficer);
const pcOfficer = await ward.as(u.ubndOfficer);
const womenOfficer = await ward.as(u.officer);
const viewer = await ward.as(u.viewer);

interface Petition {
  id: string;
  version: number;
  ordinal: number;
  status: string;
  dueOn: string | null;
  overdue: boolean;
  answeredLate: boolean | null;
  addressee: { organisation: { id: string } | null; name: string } | null;
  reportedBackAt: { id: string } | null;
  can: { manage: boolean; answer: boolean };
}
interface MeetingDetail {
  id: string;
  version: number;
  petitions: { total: number; awaiting: number; overdue: number };
  petitionList: Petition[];
  reportedBack: Petition[];
}

const send = (p: { id: string; version: number }, body: Record<string, unknown>) =>
  call<Petition>(t.app, councilLeader, 'POST', `/api/voter-petitions/${p.id}/send`, body, ifMatch(p.version));
const answer = (p: { id: string; version: number }, session = pcOfficer, answeredOn = '2026-03-09') =>
  injectAs(t.app, session, { method: 'PUT', url: `/api/voter-petitions/${p.id}/answer`, payload: { text: 'UBND phường đã bố trí kinh phí năm 2026', answeredOn, documentNumber: '125/UBND' }, headers: ifMatch(p.version) });

describe('a petition’s life cycle', () => {
  it('is numbered in its meeting even when recorded at once by several people', async () => {
    const meeting = await newMeeting(t, councilLeader);
    const created = await Promise.all(
      Array.from({ length: 6 }, (_, i) => newPetition(t, i % 2 ? front : councilLeader, meeting.id, { content: `Kiến nghị số ${i}` })),
    );
    expect(created.map((p) => p.ordinal).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(created.every((p) => p.status === 'RECORDED')).toBe(true);
  });

  it('goes recorded → sent → answered → reported back, told to the addressee’s staff only', async () => {
    const meeting = await newMeeting(t, councilLeader, { heldOn: '2026-02-10' });
    const p = await newPetition(t, councilLeader, meeting.id);

    const noIfMatch = await injectAs(t.app, councilLeader, { method: 'POST', url: `/api/voter-petitions/${p.id}/send`, payload: { addresseeOrganisationId: ubnd.id, sentOn: '2026-02-12' } });
    expect(noIfMatch.statusCode).toBe(428);
    const noAddressee = await injectAs(t.app, councilLeader, { method: 'POST', url: `/api/voter-petitions/${p.id}/send`, payload: { sentOn: '2026-02-12' }, headers: ifMatch(p.version) });
    expect(noAddressee.statusCode).toBe(400);
    expect((await call<Petition>(t.app, viewer, 'GET', `/api/voter-petitions/${p.id}`)).status).toBe('RECORDED');

    const sent = await send(p, { addresseeOrganisationId: ubnd.id, field: 'INFRASTRUCTURE', sentOn: '2026-02-12' });
    const limit = (await t.services.legalSettings.current()).voterPetitionAnswer;
    const due = (await t.services.calendar.workCalendar()).deadline('2026-02-12', limit.days, limit.kind);
    expect(sent).toMatchObject({ status: 'SENT', dueOn: due, overdue: false, addressee: { organisation: { id: ubnd.id }, name: ubnd.name } });
    const told = await t.db.notification.findMany({ where: { kind: 'voter-petition' }, select: { userId: true } });
    expect(told.map((n) => n.userId).sort()).toEqual([u.leader.id, u.ubndOfficer.id].sort());

    // Only the addressee answers what was sent to it.
    expect((await answer(sent, womenOfficer)).statusCode).toBe(403);
    expect((await answer(sent, front)).statusCode).toBe(403);
    expect((await answer(sent, councilLeader)).statusCode).toBe(403);
    const stale = await answer({ ...sent, version: sent.version + 5 });
    expect(stale.statusCode).toBe(409);
    const answered = await answer(sent);
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'ANSWERED', answeredLate: false, answer: { documentNumber: '125/UBND' }, can: { manage: false } });

    // Reported back at a later meeting, never at the one it came from.
    const same = await injectAs(t.app, councilLeader, { method: 'POST', url: `/api/voter-meetings/${meeting.id}/report-back`, payload: { petitionIds: [p.id] } });
    expect(same.statusCode).toBe(409);
    const later = await newMeeting(t, councilLeader, { kind: 'AFTER_SESSION', heldOn: '2026-03-09' });
    const byPc = await injectAs(t.app, pcOfficer, { method: 'POST', url: `/api/voter-meetings/${later.id}/report-back`, payload: { petitionIds: [p.id] } });
    expect(byPc.statusCode).toBe(403);
    const detail = await call<MeetingDetail>(t.app, councilLeader, 'POST', `/api/voter-meetings/${later.id}/report-back`, { petitionIds: [p.id] });
    expect(detail.reportedBack.map((r) => [r.id, r.status, r.reportedBackAt?.id])).toEqual([[p.id, 'REPORTED_BACK', later.id]]);
    const again = await answer(await call<Petition>(t.app, pcOfficer, 'GET', `/api/voter-petitions/${p.id}`));
    expect(again.statusCode).toBe(409);

    const audit = await t.db.auditLog.findMany({ where: { entityId: p.id }, orderBy: { at: 'asc' }, select: { action: true, actorId: true } });
    expect(audit.map((a) => a.action)).toEqual(['voter_petition.create', 'voter_petition.send', 'voter_petition.answer', 'voter_petition.report-back']);
    expect(audit[2]!.actorId).toBe(u.ubndOfficer.id);
  });

  it('refuses to report back an unanswered petition', async () => {
    const meeting = await newMeeting(t, front, { heldOn: '2026-01-15' });
    const p = await send(await newPetition(t, front, meeting.id), { addresseeOrganisationId: ubnd.id, sentOn: '2026-01-16' });
    const later = await newMeeting(t, front, { heldOn: '2026-03-05' });
    const res = await injectAs(t.app, front, { method: 'POST', url: `/api/voter-meetings/${later.id}/report-back`, payload: { petitionIds: [p.id] } });
    expect(res.statusCode).toBe(409);
    expect((await call<Petition>(t.app, viewer, 'GET', `/api/voter-petitions/${p.id}`)).status).toBe('SENT');
  });

  it('lets the Council or the Front record the answer of a body outside the unit', async () => {
    const meeting = await newMeeting(t, councilLeader, { heldOn: '2026-02-20' });
    const p = await newPetition(t, councilLeader, meeting.id, { content: 'Đề nghị ngành điện thay cột điện nghiêng', field: 'INFRASTRUCTURE' });
    const sent = await send(p, { addresseeName: 'Công ty Điện lực Hà Tĩnh', sentOn: '2026-02-21' });
    expect(sent.addressee).toEqual({ organisation: null, name: 'Công ty Điện lực Hà Tĩnh' });
    expect((await answer(sent, pcOfficer)).statusCode).toBe(403);
    expect((await answer(sent, councilLeader)).statusCode).toBe(200);
  });
});

describe('overdue petitions', () => {
  it('are derived from today, listed, counted and notified once per user however often the sweep runs', async () => {
    const meeting = await newMeeting(t, councilLeader, { heldOn: '2026-01-05', councilSession: 'Kỳ họp chuyên đề' });
    const p = await newPetition(t, councilLeader, meeting.id, { content: 'Đề nghị nạo vét mương thoát nước tổ dân phố 7', field: 'ENVIRONMENT' });
    const sent = await send(p, { addresseeOrganisationId: ubnd.id, sentOn: '2026-01-06', dueOn: '2026-03-09' });
    expect(sent.overdue).toBe(true);
    const overdue = await call<{ items: { id: string }[] }>(t.app, viewer, 'GET', '/api/voter-petitions?overdue=true&limit=100');
    expect(overdue.items.map((x) => x.id)).toContain(p.id);
    const notOverdue = await call<{ items: { id: string }[] }>(t.app, viewer, 'GET', '/api/voter-petitions?overdue=false&limit=100');
    expect(notOverdue.items.map((x) => x.id)).not.toContain(p.id);
    const mine = await call<{ total: number; overdue: number }>(t.app, pcOfficer, 'GET', '/api/voter-petitions/summary?mine=true');
    expect(mine.overdue).toBeGreaterThanOrEqual(1);
    const womens = await call<{ total: number }>(t.app, womenOfficer, 'GET', '/api/voter-petitions/summary?mine=true');
    expect(womens.total).toBe(0);
    const meetingView = await call<MeetingDetail>(t.app, viewer, 'GET', `/api/voter-meetings/${meeting.id}`);
    expect(meetingView.petitions).toEqual({ total: 1, awaiting: 1, overdue: 1 });

    await t.services.voterContact.notifyOverdue();
    await t.services.voterContact.notifyOverdue();
    const notices = await t.db.notification.findMany({ where: { dedupeKey: `petition-overdue:${p.id}` }, select: { userId: true } });
    expect(notices.map((n) => n.userId).sort()).toEqual([u.leader.id, u.ubndOfficer.id].sort());
    expect((await t.db.voterPetition.findUniqueOrThrow({ where: { id: p.id } })).overdueNotifiedAt).not.toBeNull();

    // Answered late: no longer overdue, counted as late.
    const late = await answer(sent, pcOfficer, '2026-03-10');
    expect(late.json()).toMatchObject({ overdue: false, answeredLate: true });
  });

  it('sent to a body outside the unit, are told to the People’s Council and Front leaders who chase the answer', async () => {
    const meeting = await newMeeting(t, councilLeader, { heldOn: '2026-01-07' });
    const p = await newPetition(t, councilLeader, meeting.id, { content: 'Đề nghị Công ty điện lực thay cột điện nghiêng tổ dân phố 2', field: 'INFRASTRUCTURE' });
    const sent = await send(p, { addresseeName: 'Công ty Điện lực tỉnh', sentOn: '2026-01-08', dueOn: '2026-03-09' });
    expect(sent).toMatchObject({ overdue: true, addressee: { organisation: null, name: 'Công ty Điện lực tỉnh' } });

    await t.services.voterContact.notifyOverdue();
    await t.services.voterContact.notifyOverdue();
    const notices = await t.db.notification.findMany({ where: { dedupeKey: `petition-overdue:${p.id}` }, select: { userId: true, body: true, link: true } });
    // Leaders only: the Council's and the Front's; not their officers, not the People's Committee.
    expect(notices.map((n) => n.userId).sort()).toEqual([u.councilLeader.id, u.frontLeader.id].sort());
    expect(notices[0]).toMatchObject({ link: '/voter-contact/petitions?overdue=true' });
    expect(notices[0]!.body).toContain('Công ty Điện lực tỉnh');
  });

  it('turns overdue when the clock passes the due day', async () => {
    const meeting = await newMeeting(t, councilLeader, { heldOn: '2026-03-01' });
    const sent = await send(await newPetition(t, councilLeader, meeting.id), { addresseeOrganisationId: ubnd.id, sentOn: '2026-03-02' });
    expect(sent.overdue).toBe(false);
    const saved = t.clock.now;
    t.clock.now = new Date(`${sent.dueOn}T20:00:00Z`); // the next morning in Vietnam
    try {
      const later = await t.services.voterContact.getPetition(sent.id, { actor: { id: u.viewer.id, unitId: ward.unit.id, organisationId: null, roles: ['VIEWER'] }, requestId: 'test', ip: null });
      expect(later.overdue).toBe(true);
    } finally {
      t.clock.now = saved;
    }
  });
});

describe('meetings and petitions lists', () => {
  it('filter by kind, year, status and field, search without accents and page by keyset', async () => {
    const thematic = await newMeeting(t, councilLeader, { kind: 'THEMATIC', theme: 'Chuyên đề an sinh xã hội', heldOn: '2025-09-12', councilSession: null });
    const p = await newPetition(t, councilLeader, thematic.id, { content: 'Đề nghị xem xét trợ cấp cho hộ cận nghèo', field: 'SOCIAL_POLICY', voterName: 'Bà Hồ Thị Lý' });
    const byYear = await call<{ items: { id: string }[] }>(t.app, viewer, 'GET', '/api/voter-meetings?year=2025');
    expect(byYear.items.map((m) => m.id)).toEqual([thematic.id]);
    const byKind = await call<{ items: { kind: string }[] }>(t.app, viewer, 'GET', '/api/voter-meetings?kind=THEMATIC');
    expect(byKind.items.every((m) => m.kind === 'THEMATIC')).toBe(true);
    const found = await call<{ items: { id: string }[] }>(t.app, viewer, 'GET', `/api/voter-petitions?q=${encodeURIComponent('ho can ngheo')}`);
    expect(found.items.map((x) => x.id)).toEqual([p.id]);
    const byVoter = await call<{ items: { id: string }[] }>(t.app, viewer, 'GET', `/api/voter-petitions?q=${encodeURIComponent('ho thi ly')}&field=SOCIAL_POLICY&status=RECORDED`);
    expect(byVoter.items.map((x) => x.id)).toEqual([p.id]);
    const themeSearch = await call<{ items: { id: string }[] }>(t.app, viewer, 'GET', `/api/voter-meetings?q=${encodeURIComponent('an sinh')}`);
    expect(themeSearch.items.map((x) => x.id)).toEqual([thematic.id]);

    for (const list of ['/api/voter-petitions', '/api/voter-meetings']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { id: string }[]; nextCursor: string | null } = await call(t.app, viewer, 'GET', `${list}?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.items.map((x) => x.id));
        cursor = page.nextCursor;
      } while (cursor);
      const total = list.includes('petitions') ? await t.db.voterPetition.count({ where: { unitId: ward.unit.id } }) : await t.db.voterMeeting.count({ where: { unitId: ward.unit.id } });
      expect(new Set(seen).size).toBe(total);
      expect(seen.length).toBe(total);
    }
  });

  it('with open=true hold only the petitions not yet answered, alone or with other filters', async () => {
    const meeting = await newMeeting(t, councilLeader, { heldOn: '2026-02-02' });
    const recorded = await newPetition(t, councilLeader, meeting.id, { content: 'Đề nghị lắp đèn chiếu sáng ngõ 12', field: 'INFRASTRUCTURE' });
    const sent = await send(await newPetition(t, councilLeader, meeting.id, { content: 'Đề nghị sửa cống thoát nước ngõ 12', field: 'INFRASTRUCTURE' }), { addresseeOrganisationId: ubnd.id, sentOn: '2026-02-03' });
    const toAnswer = await send(await newPetition(t, councilLeader, meeting.id, { content: 'Đề nghị cấp sổ đỏ cho hộ ông Tư', field: 'LAND' }), { addresseeOrganisationId: ubnd.id, sentOn: '2026-02-03' });
    expect((await answer(toAnswer)).statusCode).toBe(200);
    const reported = await send(await newPetition(t, councilLeader, meeting.id, { content: 'Đề nghị hỗ trợ học phí cho con hộ nghèo', field: 'SOCIAL_POLICY' }), { addresseeOrganisationId: ubnd.id, sentOn: '2026-02-03' });
    expect((await answer(reported)).statusCode).toBe(200);
    const later = await newMeeting(t, councilLeader, { kind: 'AFTER_SESSION', heldOn: '2026-03-09' });
    await call(t.app, councilLeader, 'POST', `/api/voter-meetings/${later.id}/report-back`, { petitionIds: [reported.id] });

    type P = { items: { id: string; status: string }[] };
    const ids = async (query: string, session = viewer) => (await call<P>(t.app, session, 'GET', `/api/voter-petitions?limit=100&${query}`)).items.map((x) => x.id).sort();
    expect(await ids(`meetingId=${meeting.id}&open=true`)).toEqual([recorded.id, sent.id].sort());
    expect(await ids(`meetingId=${meeting.id}&open=false`)).toEqual([toAnswer.id, reported.id].sort());
    expect(await ids(`meetingId=${meeting.id}&open=true&mine=true`, pcOfficer)).toEqual([sent.id]);
    expect(await ids(`meetingId=${meeting.id}&open=true&field=INFRASTRUCTURE&q=${encodeURIComponent('cong thoat nuoc')}`)).toEqual([sent.id]);
    expect(await ids(`meetingId=${meeting.id}&open=true&status=ANSWERED`)).toEqual([]);
    const everyOpen = await call<P>(t.app, viewer, 'GET', '/api/voter-petitions?open=true&limit=100');
    expect(everyOpen.items.length).toBeGreaterThanOrEqual(2);
    expect(everyOpen.items.every((x) => x.status === 'RECORDED' || x.status === 'SENT')).toBe(true);
    expect((await injectAs(t.app, viewer, { method: 'GET', url: '/api/voter-petitions?open=1' })).statusCode).toBe(400);
  });

  it('a meeting of another unit is not found', async () => {
    const other = await civicWard(t);
    const theirs = await newMeeting(t, await other.as(other.users.councilLeader));
    const res = await injectAs(t.app, viewer, { method: 'GET', url: `/api/voter-meetings/${theirs.id}` });
    expect(res.statusCode).toBe(404);
    const edit = await injectAs(t.app, councilLeader, { method: 'PATCH', url: `/api/voter-meetings/${theirs.id}`, payload: { note: 'x' }, headers: ifMatch(theirs.version) });
    expect(edit.statusCode).toBe(404);
  });
});

describe('the XLSX of a meeting’s petitions', () => {
  it('has the meeting on top, Vietnamese headers and one row per petition with its answer', async () => {
    const meeting = await newMeeting(t, councilLeader, { heldOn: '2026-02-25', location: 'Hội trường UBND phường', delegates: ['Trần Văn Hội', 'Lê Thị Hoa'], voterCount: 120 });
    const a = await newPetition(t, councilLeader, meeting.id, { content: 'Đề nghị cấp giấy chứng nhận quyền sử dụng đất cho các hộ tổ 4', field: 'LAND', voterName: 'Ông Phan Văn Đức' });
    await newPetition(t, councilLeader, meeting.id, { content: 'Đề nghị lắp đèn chiếu sáng đường ven sông', field: 'INFRASTRUCTURE' });
    const sent = await send(a, { addresseeOrganisationId: ubnd.id, sentOn: '2026-02-26' });
    expect((await answer(sent)).statusCode).toBe(200);

    const res = await injectAs(t.app, viewer, { method: 'GET', url: `/api/voter-meetings/${meeting.id}/petitions.xlsx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('kien-nghi-cu-tri-2026-02-25.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const text = (row: number) => (sheet.getRow(row).values as (string | number | null | undefined)[]).slice(1).map((v) => (v == null ? '' : String(v)));
    expect(text(2)[0]).toContain('Tiếp xúc cử tri trước kỳ họp');
    expect(text(3)[0]).toBe('Ngày 25/02/2026 tại Hội trường UBND phường');
    expect(text(4)[0]).toBe('Đại biểu tham dự: Trần Văn Hội, Lê Thị Hoa; số cử tri tham dự: 120');
    expect(text(5)).toEqual(['STT', 'Nội dung kiến nghị', 'Lĩnh vực', 'Cử tri', 'Cơ quan giải quyết', 'Ngày chuyển', 'Hạn trả lời', 'Trả lời', 'Ngày trả lời', 'Trạng thái']);
    const first = text(6);
    expect(first.slice(0, 6)).toEqual(['1', 'Đề nghị cấp giấy chứng nhận quyền sử dụng đất cho các hộ tổ 4', 'Đất đai', 'Ông Phan Văn Đức', ubnd.name, '26/02/2026']);
    expect(first[7]).toContain('125/UBND');
    expect(first[8]).toBe('09/03/2026');
    expect(first[9]).toBe('Đã trả lời');
    expect(text(7).slice(0, 3)).toEqual(['2', 'Đề nghị lắp đèn chiếu sáng đường ven sông', 'Giao thông, hạ tầng']);
    expect(text(7)[9]).toBe('Đã ghi nhận');
    expect(sheet.rowCount).toBe(7);
    expect(await t.db.auditLog.count({ where: { action: 'voter_meeting.export', entityId: meeting.id } })).toBe(1);
  });
});


