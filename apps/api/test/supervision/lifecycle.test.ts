// A supervision from decision to closing and its recommendations from sending to implemented or
// refused: each step allowed and refused, If-Match, bad input that changes nothing, audit rows,
// and the standing boards' members and warnings.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs } from '../helpers/app.ts';
import { createOrganisation, createUnit } from '../helpers/factories.ts';
import { call } from '../helpers/plans.ts';
import { ifMatch, supervisionApi, supervisionWard, type Rec, type Sup } from './helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-20T03:00:00Z');
const ward = await supervisionWard(t);
const { ubnd, mttq, women, hdnd } = ward.organisations;
const front = await ward.as(ward.users.frontOfficer);
const committee = await ward.as(ward.users.ubndOfficer);
const api = supervisionApi(t, ward.organisations);

const status = (s: { id: string; version: number }, to: string) =>
  injectAs(t.app, front, { method: 'POST', url: `/api/supervisions/${s.id}/status`, payload: { status: to }, headers: ifMatch(s.version) });

describe('supervision life cycle', () => {
  it('goes planned → in progress → reported (by its report) → following up → closed, and no other way', async () => {
    const created = await api.create(front, {
      kind: 'JOINT_COUNCIL',
      coOrganiserIds: [hdnd.id, women.id, hdnd.id],
      members: [
        { fullName: 'Lê Thị Mặt Trận', role: 'HEAD', position: 'Chủ tịch UBMTTQ', organisationId: mttq.id },
        { fullName: 'Trần Văn Hội', role: 'DEPUTY', organisationId: hdnd.id },
        { fullName: 'Phạm Thị Cán Bộ', role: 'MEMBER', organisationId: women.id },
      ],
    });
    expect(created).toMatchObject({ status: 'PLANNED', version: 1, report: null, can: { manage: true }, recommendations: { total: 0 } });
    expect(created.members.map((m) => [m.fullName, m.role])).toEqual([
      ['Lê Thị Mặt Trận', 'HEAD'],
      ['Trần Văn Hội', 'DEPUTY'],
      ['Phạm Thị Cán Bộ', 'MEMBER'],
    ]);
    expect((created as unknown as { coOrganisers: { id: string }[] }).coOrganisers.map((o) => o.id)).toEqual([hdnd.id, women.id]);

    // Off the machine: planned cannot be followed up or closed.
    for (const to of ['FOLLOWING_UP', 'CLOSED']) {
      const res = await status(created, to);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
    }
    // Recommendations wait for the report.
    const early = await injectAs(t.app, front, {
      method: 'POST',
      url: `/api/supervisions/${created.id}/recommendations`,
      payload: { content: 'Sớm', addresseeOrganisationId: ubnd.id, sentOn: '2026-03-02' },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toMatch(/báo cáo/);

    const running = await call<Sup>(t.app, front, 'POST', `/api/supervisions/${created.id}/status`, { status: 'IN_PROGRESS' }, ifMatch(1));
    expect(running).toMatchObject({ status: 'IN_PROGRESS', version: 2 });
    const toReported = await status(running, 'FOLLOWING_UP');
    expect(toReported.statusCode).toBe(409);
    expect(toReported.json().detail).toMatch(/báo cáo/);
    // "Reported" is reached by recording the report, never by the status alone.
    const bare = await status(running, 'REPORTED');
    expect(bare.statusCode).toBe(400);

    // A report dated before the period or in the future is refused.
    for (const reportedOn of ['2026-01-01', '2026-03-21']) {
      const res = await injectAs(t.app, front, { method: 'PUT', url: `/api/supervisions/${created.id}/report`, payload: { text: 'x', reportedOn }, headers: ifMatch(2) });
      expect(res.statusCode).toBe(400);
    }
    const reported = await api.report(front, running);
    expect(reported).toMatchObject({ status: 'REPORTED', version: 3, report: { text: 'Báo cáo kết quả giám sát', reportedOn: '2026-02-12' } });
    // Later the report is only corrected.
    const corrected = await call<Sup>(t.app, front, 'PUT', `/api/supervisions/${created.id}/report`, { text: 'Báo cáo (sửa)', findings: 'Phát hiện', reportedOn: '2026-02-13' }, ifMatch(3));
    expect(corrected).toMatchObject({ status: 'REPORTED', version: 4, report: { text: 'Báo cáo (sửa)', findings: 'Phát hiện' } });

    const rec = await api.recommend(front, created.id);
    const closing = await status(corrected, 'CLOSED');
    expect(closing.statusCode).toBe(409);
    expect(closing.json()).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
    expect(closing.json().detail).toBe('Còn 1 kiến nghị chưa được trả lời: chưa thể kết thúc cuộc giám sát');

    const following = await call<Sup>(t.app, front, 'POST', `/api/supervisions/${created.id}/status`, { status: 'FOLLOWING_UP' }, ifMatch(4));
    expect(following.status).toBe('FOLLOWING_UP');
    await api.respond(committee, rec, { status: 'ANSWERED' });
    const closed = await call<Sup>(t.app, front, 'POST', `/api/supervisions/${created.id}/status`, { status: 'CLOSED' }, ifMatch(following.version));
    expect(closed).toMatchObject({ status: 'CLOSED', recommendations: { total: 1, unanswered: 0 } });

    // Closed is final: no edits, no report, no recommendation, no reopening.
    const requests = [
      { method: 'PATCH', url: `/api/supervisions/${created.id}`, payload: { title: 'Mới' }, headers: ifMatch(closed.version) },
      { method: 'PUT', url: `/api/supervisions/${created.id}/report`, payload: { text: 'x', reportedOn: '2026-02-12' }, headers: ifMatch(closed.version) },
      { method: 'POST', url: `/api/supervisions/${created.id}/recommendations`, payload: { content: 'x', addresseeName: 'Công an phường', sentOn: '2026-03-02' } },
      { method: 'POST', url: `/api/supervisions/${created.id}/status`, payload: { status: 'IN_PROGRESS' }, headers: ifMatch(closed.version) },
    ];
    for (const request of requests) {
      const res = await injectAs(t.app, front, request);
      expect(res.statusCode, `${request.method} ${request.url}`).toBe(409);
      expect(res.json().code).toBe('TRANSITION_NOT_ALLOWED');
    }

    const audit = await t.db.auditLog.findMany({ where: { entityId: created.id }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual([
      'supervision.create',
      'supervision.status',
      'supervision.report',
      'supervision.report',
      'supervision.status',
      'supervision.status',
    ]);
    expect(audit[2]!.changes).toMatchObject({ status: ['IN_PROGRESS', 'REPORTED'], reportedOn: [null, '2026-02-12'] });
    expect(audit.every((a) => a.actorId === ward.users.frontOfficer.id)).toBe(true);
  });

  it('refuses to start a supervision before its period starts, saying from when, and changes nothing', async () => {
    // Today is 20/03/2026 (t.clock); this team's period starts on 01/04/2026.
    const later = await api.create(front, { periodFrom: '2026-04-01', periodTo: '2026-04-30' });
    const early = await status(later, 'IN_PROGRESS');
    expect(early.statusCode).toBe(409);
    expect(early.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(early.json()).toMatchObject({
      code: 'SUPERVISION_NOT_STARTED',
      detail: 'Cuộc giám sát bắt đầu từ ngày 01/04/2026: chưa thể bắt đầu giám sát trước ngày đó',
      meta: { periodFrom: '2026-04-01' },
    });
    const after = await call<Sup>(t.app, front, 'GET', `/api/supervisions/${later.id}`);
    expect(after).toMatchObject({ status: 'PLANNED', version: later.version });
    expect(await t.db.auditLog.count({ where: { entityId: later.id, action: 'supervision.status' } })).toBe(0);

    // From its first day it starts.
    const onTime = await api.create(front, { periodFrom: '2026-03-20', periodTo: '2026-04-30' });
    expect(await call<Sup>(t.app, front, 'POST', `/api/supervisions/${onTime.id}/status`, { status: 'IN_PROGRESS' }, ifMatch(1))).toMatchObject({ status: 'IN_PROGRESS' });
  });

  it('says in a whole sentence why a report date before the period is refused', async () => {
    const running = await call<Sup>(t.app, front, 'POST', `/api/supervisions/${(await api.create(front)).id}/status`, { status: 'IN_PROGRESS' }, ifMatch(1));
    const res = await injectAs(t.app, front, { method: 'PUT', url: `/api/supervisions/${running.id}/report`, payload: { text: 'x', reportedOn: '2026-01-09' }, headers: ifMatch(running.version) });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'reportedOn', message: 'Ngày báo cáo không được trước ngày bắt đầu giám sát (10/01/2026)' }]);
  });

  it('needs a decision for a team, not for a standing board’s regular supervision, and checks every linked id', async () => {
    const noDecision = await injectAs(t.app, front, {
      method: 'POST',
      url: '/api/supervisions',
      payload: { title: 'Không quyết định', kind: 'THEMATIC', leadOrganisationId: mttq.id, supervisedBodies: ['UBND'], periodFrom: '2026-01-01', periodTo: '2026-01-31' },
    });
    expect(noDecision.statusCode).toBe(400);
    expect(noDecision.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(noDecision.json()).toMatchObject({ code: 'VALIDATION_FAILED' });

    const board = await call<{ id: string }>(t.app, front, 'POST', '/api/supervision-boards', { kind: 'PEOPLES_INSPECTION', name: 'Ban TTND phường', termStart: '2025-08-01' });
    const regular = await api.create(front, { kind: 'REGULAR', boardId: board.id, decisionNumber: null, decisionDate: null });
    expect(regular).toMatchObject({ kind: 'REGULAR', board: { id: board.id, name: 'Ban TTND phường', kind: 'PEOPLES_INSPECTION' } });

    const other = await createUnit(t.db);
    const stranger = await createOrganisation(t.db, other.id);
    const file = await t.db.attachment.create({
      data: { unitId: ward.unit.id, fileName: 'qd.pdf', mimeType: 'application/pdf', size: 3, sha256: 'x', data: new Uint8Array([1, 2, 3]), uploadedById: ward.users.leader.id },
    });
    const before = { supervisions: await t.db.supervision.count(), members: await t.db.supervisionMember.count(), audit: await t.db.auditLog.count() };
    const bad: [object, string][] = [
      [{ leadOrganisationId: stranger.id }, 'leadOrganisationId'],
      [{ coOrganiserIds: [stranger.id] }, 'coOrganiserIds.0'],
      [{ members: [{ fullName: 'A', organisationId: stranger.id }] }, 'members.0.organisationId'],
      [{ kind: 'THEMATIC', boardId: board.id }, 'kind'],
      // Somebody else's upload is not the actor's to attach.
      [{ decisionFileId: file.id }, 'decisionFileId'],
      [{ checksRecommendationIds: ['01900000-0000-7000-8000-000000000000'] }, 'checksRecommendationIds.0'],
      [{ members: [{ fullName: 'A', role: 'HEAD' }, { fullName: 'B', role: 'HEAD' }] }, 'members'],
      [{ periodFrom: '2026-02-01', periodTo: '2026-01-01' }, 'periodTo'],
    ];
    for (const [body, path] of bad) {
      const res = await injectAs(t.app, front, {
        method: 'POST',
        url: '/api/supervisions',
        payload: { title: 'Sai', kind: 'THEMATIC', decisionNumber: '1/QĐ', decisionDate: '2026-01-01', leadOrganisationId: mttq.id, supervisedBodies: ['UBND'], periodFrom: '2026-01-01', periodTo: '2026-01-31', ...body },
      });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
      expect(res.json().errors.map((e: { path: string }) => e.path), JSON.stringify(body)).toContain(path);
    }
    expect({ supervisions: await t.db.supervision.count(), members: await t.db.supervisionMember.count(), audit: await t.db.auditLog.count() }).toEqual(before);
  });

  it('edits with If-Match: 428 without, 409 on a stale version; members sent replace the list; a follow-up checks earlier recommendations', async () => {
    const first = await api.report(front, await api.create(front));
    const checked = await api.recommend(front, first.id);
    const created = await api.create(front, { members: [{ fullName: 'Nguyễn A', role: 'HEAD' }] });
    const missing = await injectAs(t.app, front, { method: 'PATCH', url: `/api/supervisions/${created.id}`, payload: { title: 'x' } });
    expect(missing.statusCode).toBe(428);
    expect(missing.json().code).toBe('PRECONDITION_REQUIRED');
    const updated = await call<Sup>(t.app, front, 'PATCH', `/api/supervisions/${created.id}`, {
      title: 'Giám sát lại việc thực hiện kiến nghị',
      members: [{ fullName: 'Trần B', role: 'HEAD' }, { fullName: 'Lê C' }],
      checksRecommendationIds: [checked.id],
    }, ifMatch(1));
    expect(updated).toMatchObject({ version: 2, checks: [{ id: checked.id }] });
    expect(updated.members.map((m) => m.fullName)).toEqual(['Trần B', 'Lê C']);
    const stale = await injectAs(t.app, front, { method: 'PATCH', url: `/api/supervisions/${created.id}`, payload: { title: 'y' }, headers: ifMatch(1) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', meta: { currentVersion: 2 } });
    // Its own recommendations are not "earlier" ones.
    const own = await api.recommend(front, first.id);
    const self = await injectAs(t.app, front, { method: 'PATCH', url: `/api/supervisions/${first.id}`, payload: { checksRecommendationIds: [own.id] }, headers: ifMatch(first.version) });
    expect(self.statusCode).toBe(400);

    const rec = await call<Rec>(t.app, front, 'GET', `/api/recommendations/${checked.id}`);
    expect(rec.checkedBy.map((s) => s.id)).toEqual([created.id]);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityId: created.id, action: 'supervision.update' } });
    expect(audit.changes).toMatchObject({ title: [created.title, 'Giám sát lại việc thực hiện kiến nghị'], members: [['Nguyễn A (HEAD)'], ['Trần B (HEAD)', 'Lê C (MEMBER)']], checksRecommendationIds: [[], [checked.id]] });
  });
});

describe('recommendation life cycle', () => {
  it('numbers recommendations 1, 2, 3 even when sent at once, with the legal due day by default', async () => {
    const s = await api.report(front, await api.create(front));
    const sent = await Promise.all([1, 2, 3, 4].map((i) => api.recommend(front, s.id, { content: `Kiến nghị thứ ${i}` })));
    expect(sent.map((r) => r.ordinal).sort()).toEqual([1, 2, 3, 4]);
    // 30 days after 02/03/2026 (Luật MTTQ, NQLT 403/2017, a setting): 01/04/2026.
    expect(sent[0]).toMatchObject({ sentOn: '2026-03-02', dueOn: '2026-04-01', status: 'UNANSWERED', overdue: false, answeredLate: null, answer: null });
    const explicit = await api.recommend(front, s.id, { dueOn: '2026-03-16', addresseeOrganisationId: null, addresseeName: 'Công an phường' });
    expect(explicit).toMatchObject({ ordinal: 5, dueOn: '2026-03-16', overdue: true, addressee: { organisation: null, name: 'Công an phường' } });
    const named = await call<Rec>(t.app, front, 'GET', `/api/recommendations/${sent[0]!.id}`);
    expect(named.addressee).toMatchObject({ organisation: { id: ubnd.id }, name: 'UBND' });

    const bad: object[] = [
      { addresseeOrganisationId: null },
      { sentOn: '2026-02-01' }, // before the report
      { sentOn: '2026-03-21' }, // not yet
      { dueOn: '2026-03-01' },
    ];
    const count = await t.db.recommendation.count();
    for (const body of bad) {
      const res = await injectAs(t.app, front, { method: 'POST', url: `/api/supervisions/${s.id}/recommendations`, payload: { content: 'x', addresseeOrganisationId: ubnd.id, sentOn: '2026-03-02', ...body } });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect(await t.db.recommendation.count()).toBe(count);
  });

  it('is answered, implemented step by step, or refused with reasons; each step is an event, nothing after the end', async () => {
    const s = await api.report(front, await api.create(front));
    const a = await api.recommend(front, s.id, { content: 'Sửa chữa đèn chiếu sáng TDP 3' });
    const b = await api.recommend(front, s.id, { content: 'Di dời điểm tập kết rác', dueOn: '2026-03-05' });

    const answered = await api.respond(committee, a, { status: 'ANSWERED', text: 'Sẽ sửa trong quý II', on: '2026-03-10', documentNumber: '45/UBND-VP' });
    expect(answered).toMatchObject({
      status: 'ANSWERED',
      answer: { text: 'Sẽ sửa trong quý II', answeredOn: '2026-03-10', documentNumber: '45/UBND-VP', file: null },
      answeredLate: false,
      can: { manage: false, answer: true },
    });
    // The Front cannot edit an answered recommendation.
    const edit = await injectAs(t.app, front, { method: 'PATCH', url: `/api/recommendations/${a.id}`, payload: { content: 'x' }, headers: ifMatch(answered.version) });
    expect(edit.statusCode).toBe(409);
    // Answered cannot turn into refused.
    const refuse = await injectAs(t.app, committee, { method: 'POST', url: `/api/recommendations/${a.id}/responses`, payload: { status: 'REJECTED', text: 'x', on: '2026-03-11' }, headers: ifMatch(answered.version) });
    expect(refuse.statusCode).toBe(409);
    expect(refuse.json().code).toBe('TRANSITION_NOT_ALLOWED');

    const implementing = await api.respond(committee, answered, { status: 'IMPLEMENTING', text: 'Đã khảo sát', on: '2026-03-15' });
    const done = await api.respond(committee, implementing, { status: 'IMPLEMENTED', text: 'Đã thay 12 bóng đèn', on: '2026-03-19' });
    expect(done).toMatchObject({ status: 'IMPLEMENTED', implementedOn: '2026-03-19', answer: { text: 'Sẽ sửa trong quý II', answeredOn: '2026-03-10' }, can: { answer: false } });
    expect(done.events.map((e) => [e.status, e.on])).toEqual([
      ['ANSWERED', '2026-03-10'],
      ['IMPLEMENTING', '2026-03-15'],
      ['IMPLEMENTED', '2026-03-19'],
    ]);
    expect(done.events.every((e) => e.by.id === ward.users.ubndOfficer.id)).toBe(true);
    const after = await injectAs(t.app, committee, { method: 'POST', url: `/api/recommendations/${a.id}/responses`, payload: { status: 'IMPLEMENTED', text: 'x', on: '2026-03-19' }, headers: ifMatch(done.version) });
    expect(after.statusCode).toBe(409);

    // Refused after the due day: late, with its reasons.
    const rejected = await api.respond(committee, b, { status: 'REJECTED', text: 'Chưa có quỹ đất bố trí điểm mới', on: '2026-03-12' });
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: 'Chưa có quỹ đất bố trí điểm mới', answeredLate: true, overdue: false, answer: { answeredOn: '2026-03-12' } });
    const again = await injectAs(t.app, committee, { method: 'POST', url: `/api/recommendations/${b.id}/responses`, payload: { status: 'IMPLEMENTING', text: 'x', on: '2026-03-13' }, headers: ifMatch(rejected.version) });
    expect(again.statusCode).toBe(409);

    // Stale or missing If-Match; a day before the answer or in the future.
    const c = await api.recommend(front, s.id);
    const noHeader = await injectAs(t.app, committee, { method: 'POST', url: `/api/recommendations/${c.id}/responses`, payload: { status: 'ANSWERED', text: 'x', on: '2026-03-10' } });
    expect(noHeader.statusCode).toBe(428);
    const stale = await injectAs(t.app, committee, { method: 'POST', url: `/api/recommendations/${c.id}/responses`, payload: { status: 'ANSWERED', text: 'x', on: '2026-03-10' }, headers: ifMatch(c.version + 1) });
    expect(stale.statusCode).toBe(409);
    for (const on of ['2026-03-01', '2026-03-21']) {
      const res = await injectAs(t.app, committee, { method: 'POST', url: `/api/recommendations/${c.id}/responses`, payload: { status: 'ANSWERED', text: 'x', on }, headers: ifMatch(c.version) });
      expect(res.statusCode, on).toBe(400);
    }
    expect(await t.db.recommendationEvent.count({ where: { recommendationId: c.id } })).toBe(0);

    const audit = await t.db.auditLog.findMany({ where: { entityId: a.id }, orderBy: { at: 'asc' } });
    expect(audit.map((x) => x.action)).toEqual(['recommendation.create', 'recommendation.respond', 'recommendation.respond', 'recommendation.respond']);
    expect(audit[1]!.changes).toMatchObject({ status: ['UNANSWERED', 'ANSWERED'], documentNumber: '45/UBND-VP' });
  });

  it('is edited by the Front while unanswered: a new addressee takes its name, a stale version is refused', async () => {
    const s = await api.report(front, await api.create(front));
    const r = await api.recommend(front, s.id);
    const moved = await call<Rec>(t.app, front, 'PATCH', `/api/recommendations/${r.id}`, { addresseeOrganisationId: women.id, dueOn: '2026-04-15' }, ifMatch(r.version));
    expect(moved).toMatchObject({ version: 2, dueOn: '2026-04-15', addressee: { organisation: { id: women.id }, name: 'Hội Phụ nữ' } });
    const stale = await injectAs(t.app, front, { method: 'PATCH', url: `/api/recommendations/${r.id}`, payload: { content: 'x' }, headers: ifMatch(1) });
    expect(stale.statusCode).toBe(409);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityId: r.id, action: 'recommendation.update' } });
    expect(audit.changes).toMatchObject({ addresseeOrganisationId: [ubnd.id, women.id], addresseeName: ['UBND', 'Hội Phụ nữ'], dueOn: ['2026-04-01', '2026-04-15'] });
  });
});

describe('standing boards', () => {
  it('shows what the board lacks, replaces members when sent, and refuses a stale edit', async () => {
    const created = await call<{ id: string; version: number; warnings: string[]; memberCount: number; head: unknown; can: { manage: boolean } }>(
      t.app, front, 'POST', '/api/supervision-boards', {
        kind: 'PEOPLES_INSPECTION',
        name: 'Ban Thanh tra nhân dân phường',
        decisionNumber: '05/QĐ-MTTQ',
        decisionDate: '2025-08-10',
        termStart: '2025-08-10',
        termEnd: '2026-03-01',
        members: [
          { fullName: 'Trần Văn Một', role: 'DEPUTY' },
          { fullName: 'Lê Thị Hai', role: 'DEPUTY' },
          { fullName: 'Ngô Văn Ba', role: 'MEMBER', organisationId: women.id },
        ],
      },
    );
    // Fewer than 9 members: one deputy only; no head; the term ended on 01/03/2026.
    expect(created).toMatchObject({ version: 1, memberCount: 3, head: null, warnings: ['NO_HEAD', 'TOO_MANY_DEPUTIES', 'TERM_ENDED'], can: { manage: true } });
    const members = [
      { fullName: 'Nguyễn Văn Trưởng', role: 'HEAD' },
      { fullName: 'Trần Văn Một', role: 'DEPUTY' },
      ...Array.from({ length: 7 }, (_, i) => ({ fullName: `Thành viên ${i + 1}` })),
    ];
    const renewed = await call<{ version: number; warnings: string[]; memberCount: number; head: { fullName: string }; members: { fullName: string }[] }>(
      t.app, front, 'PATCH', `/api/supervision-boards/${created.id}`, { termStart: '2026-03-05', termEnd: '2027-12-31', members }, ifMatch(1),
    );
    expect(renewed).toMatchObject({ version: 2, memberCount: 9, warnings: [], head: { fullName: 'Nguyễn Văn Trưởng' } });
    expect(renewed.members.map((m) => m.fullName)).toEqual(members.map((m) => m.fullName));
    // Without members the list stays.
    const renamed = await call<{ memberCount: number }>(t.app, front, 'PATCH', `/api/supervision-boards/${created.id}`, { note: 'Kiện toàn 2026' }, ifMatch(2));
    expect(renamed.memberCount).toBe(9);
    const stale = await injectAs(t.app, front, { method: 'PATCH', url: `/api/supervision-boards/${created.id}`, payload: { note: 'x' }, headers: ifMatch(2) });
    expect(stale.statusCode).toBe(409);
    // The term cannot end before it starts, once merged.
    const reversed = await injectAs(t.app, front, { method: 'PATCH', url: `/api/supervision-boards/${created.id}`, payload: { termEnd: '2026-01-01' }, headers: ifMatch(3) });
    expect(reversed.statusCode).toBe(400);

    const audit = await t.db.auditLog.findMany({ where: { entityId: created.id }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['supervision_board.create', 'supervision_board.update', 'supervision_board.update']);
    expect(audit[1]!.changes).toMatchObject({ termEnd: ['2026-03-01', '2027-12-31'], members: [['Trần Văn Một (DEPUTY)', 'Lê Thị Hai (DEPUTY)', 'Ngô Văn Ba (MEMBER)'], expect.any(Array)] });
  });
});
