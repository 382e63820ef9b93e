// Registering letters: numbering per unit and year, who wrote it, who forwarded it, files,
// related cases and the reception visit it came from.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs } from '../helpers/app.ts';
import { createOrganisation } from '../helpers/factories.ts';
import { caseWard, letter, register, send, upload } from './case-helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-05T03:00:00Z');
const w = await caseWard(t);
const s = w.sessions;

const problem = async (session: typeof s.pcOfficer, body: object) => {
  const res = await injectAs(t.app, session, { method: 'POST', url: '/api/cases', payload: body });
  expect(res.headers['content-type']).toContain('application/problem+json');
  return { status: res.statusCode, ...res.json<{ code: string; detail: string; errors?: { path: string }[] }>() };
};
const caseCount = () => t.db.case.count({ where: { unitId: w.unit.id } });

describe('intake', () => {
  it('numbers letters per unit and year, stores NFC text and starts the processing clock', async () => {
    const first = await register(t.app, s.pcOfficer, {
      // "Nguyễn" typed with combining marks, as some keyboards send it.
      petitioners: [{ fullName: 'Nguye\u0302\u0303n Va\u0306n An', address: 'Tổ 3' }],
    });
    const second = await register(t.app, s.pcOfficer, { receivedOn: '2026-03-03' });
    const lastYear = await register(t.app, s.pcOfficer, { receivedOn: '2025-12-30' });
    expect(first.number).toBe('2026/0001');
    expect(second.number).toBe('2026/0002');
    expect(lastYear.number).toBe('2025/0001');
    expect(first.petitioners[0]!.fullName).toBe('Nguyễn Văn An'.normalize('NFC'));
    expect(first).toMatchObject({ status: 'RECEIVED', kind: null, peopleCount: 1, version: 1, timeliness: 'on-track' });
    // Unclassified: 10 calendar days from Mon 2/3 → Thu 12/3.
    expect(first).toMatchObject({ dueOn: '2026-03-12', dueClock: 'processing' });
    expect(first.events).toMatchObject([{ action: 'register', fromStatus: null, toStatus: 'RECEIVED', on: '2026-03-02' }]);
    // Not yet assigned: the People's Committee staff who received it also pause or close it on withdrawal.
    expect(first.availableActions).toEqual(['classify', 'decline', 'forward', 'guide', 'file', 'mark-duplicate', 'assign', 'pause', 'withdraw']);
    const audit = await t.db.auditLog.findFirst({ where: { action: 'case.create', entityId: first.id } });
    expect(audit?.actorId).toBe(w.users.pcOfficer.id);
  });

  it('numbers each unit on its own', async () => {
    const other = await caseWard(t);
    const theirs = await register(t.app, other.sessions.pcOfficer);
    expect(theirs.number).toBe('2026/0001');
  });

  it('never gives two concurrent letters the same number', async () => {
    const created = await Promise.all(Array.from({ length: 5 }, () => register(t.app, s.pcOfficer, { receivedOn: '2026-03-04' })));
    const numbers = created.map((c) => c.number);
    expect(new Set(numbers).size).toBe(5);
  });

  it('records a group petition with more people than the named petitioners', async () => {
    const group = await register(t.app, s.pcOfficer, {
      petitioners: [
        { fullName: 'Phạm Thị Bình', representative: true },
        { fullName: 'Hoàng Văn Cường' },
      ],
      peopleCount: 12,
    });
    expect(group.peopleCount).toBe(12);
    expect(group.petitionerLabel).toBe('Phạm Thị Bình và 11 người khác');
    const tooFew = await problem(s.pcOfficer, letter({ petitioners: [{ fullName: 'A' }, { fullName: 'B' }], peopleCount: 1 }));
    expect(tooFew).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(tooFew.errors?.[0]?.path).toBe('peopleCount');
  });

  it('needs a petitioner unless the letter is anonymous, and names none when it is', async () => {
    const before = await caseCount();
    expect((await problem(s.pcOfficer, letter({ petitioners: [] }))).errors?.[0]?.path).toBe('petitioners');
    expect((await problem(s.pcOfficer, letter({ anonymous: true }))).errors?.[0]?.path).toBe('petitioners');
    const anonymous = await register(t.app, s.pcOfficer, { petitioners: [], anonymous: true, channel: 'SUGGESTION_BOX' });
    expect(anonymous).toMatchObject({ anonymous: true, petitionerLabel: 'Đơn nặc danh', petitioners: [] });
    expect(await caseCount()).toBe(before + 1);
  });

  it('refuses bad input as problem+json in Vietnamese and writes nothing', async () => {
    const before = await caseCount();
    const counter = await t.db.caseCounter.findUnique({ where: { unitId_year: { unitId: w.unit.id, year: 2026 } } });
    const bad = await problem(s.pcOfficer, letter({ summary: '   ', petitioners: [{ fullName: 'X', idNumber: '12' }] }));
    expect(bad).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(bad.detail).toMatch(/Không được để trống|CCCD/);
    const future = await problem(s.pcOfficer, letter({ receivedOn: '2026-03-06' }));
    expect(future.errors?.[0]?.path).toBe('receivedOn');
    expect(await caseCount()).toBe(before);
    expect(await t.db.caseCounter.findUnique({ where: { unitId_year: { unitId: w.unit.id, year: 2026 } } })).toEqual(counter);
  });

  it('lets only staff register', async () => {
    for (const session of [s.viewer, s.unitAdmin, s.systemAdmin]) {
      expect((await problem(session, letter())).status).toBe(403);
    }
  });

  it('records a letter a Front officer registers as forwarded by the Front, and refuses a contradicting body', async () => {
    const forwarded = await register(t.app, s.frontOfficer, { channel: 'FRONT_FORWARDED' });
    expect(forwarded).toMatchObject({ channel: 'FRONT_FORWARDED', sourceOrganisation: { id: w.organisations.mttq.id } });
    expect((await problem(s.frontOfficer, letter({ channel: 'DIRECT' }))).errors?.[0]?.path).toBe('channel');
    expect(
      (await problem(s.frontOfficer, letter({ channel: 'FRONT_FORWARDED', sourceOrganisationId: w.organisations.women.id }))).errors?.[0]?.path,
    ).toBe('sourceOrganisationId');
    const byUnion = await register(t.app, s.womenOfficer, { channel: 'ORGANISATION_FORWARDED' });
    expect(byUnion.sourceOrganisation?.id).toBe(w.organisations.women.id);
    expect((await problem(s.womenOfficer, letter({ channel: 'FRONT_FORWARDED' }))).errors?.[0]?.path).toBe('channel');
  });

  it('needs the forwarding organisation of the right kind when the People’s Committee records a forwarded letter', async () => {
    const { mttq, women } = w.organisations;
    expect((await problem(s.pcOfficer, letter({ channel: 'FRONT_FORWARDED' }))).errors?.[0]?.path).toBe('sourceOrganisationId');
    expect((await problem(s.pcOfficer, letter({ channel: 'FRONT_FORWARDED', sourceOrganisationId: women.id }))).errors?.[0]?.path).toBe(
      'sourceOrganisationId',
    );
    expect(
      (await problem(s.pcOfficer, letter({ channel: 'ORGANISATION_FORWARDED', sourceOrganisationId: mttq.id }))).errors?.[0]?.path,
    ).toBe('sourceOrganisationId');
    const elsewhere = await createOrganisation(t.db, (await caseWard(t)).unit.id, { kind: 'FATHERLAND_FRONT' });
    expect((await problem(s.pcOfficer, letter({ channel: 'FRONT_FORWARDED', sourceOrganisationId: elsewhere.id }))).status).toBe(400);
    expect((await problem(s.pcOfficer, letter({ channel: 'POST', sourceOrganisationId: mttq.id }))).errors?.[0]?.path).toBe(
      'sourceOrganisationId',
    );
    const ok = await register(t.app, s.pcOfficer, { channel: 'FRONT_FORWARDED', sourceOrganisationId: mttq.id, sourceReference: 'Phiếu chuyển số 12/MTTQ' });
    expect(ok).toMatchObject({ channel: 'FRONT_FORWARDED', sourceReference: 'Phiếu chuyển số 12/MTTQ' });
  });

  it('links a second-instance complaint to a first-instance complaint only', async () => {
    const first = await register(t.app, s.pcOfficer, { kind: 'COMPLAINT' });
    const petition = await register(t.app, s.pcOfficer, { kind: 'PETITION' });
    const second = await register(t.app, s.pcOfficer, { relatedCaseId: first.id, relation: 'SECOND_INSTANCE' });
    expect(second).toMatchObject({ kind: 'COMPLAINT', instance: 2, relation: 'SECOND_INSTANCE', relatedCase: { id: first.id, number: first.number } });
    expect((await problem(s.pcOfficer, letter({ relatedCaseId: petition.id, relation: 'SECOND_INSTANCE' }))).errors?.[0]?.path).toBe('relatedCaseId');
    expect((await problem(s.pcOfficer, letter({ relatedCaseId: second.id, relation: 'SECOND_INSTANCE' }))).errors?.[0]?.path).toBe('relatedCaseId');
    expect(
      (await problem(s.pcOfficer, letter({ relatedCaseId: first.id, relation: 'SECOND_INSTANCE', kind: 'PETITION' }))).errors?.[0]?.path,
    ).toBe('kind');
    expect((await problem(s.pcOfficer, letter({ relatedCaseId: first.id }))).errors?.[0]?.path).toBe('relation');
    const reopened = await register(t.app, s.pcOfficer, { relatedCaseId: petition.id, relation: 'REOPENED' });
    expect(reopened).toMatchObject({ kind: 'PETITION', instance: 1, relation: 'REOPENED' });
  });

  it('attaches only the registering user’s own unlinked uploads', async () => {
    const mine = await upload(t.app, s.pcOfficer, 'don-khieu-nai.pdf');
    const theirs = await upload(t.app, s.pcOfficer2);
    expect((await problem(s.pcOfficer, letter({ attachments: [{ attachmentId: theirs }] }))).errors?.[0]?.path).toBe('attachments.0');
    const created = await register(t.app, s.pcOfficer, { attachments: [{ attachmentId: mine, kind: 'LETTER' }] });
    expect(created.attachments).toEqual([
      { file: expect.objectContaining({ id: mine, fileName: 'don-khieu-nai.pdf' }), kind: 'LETTER', protected: false },
    ]);
    expect((await problem(s.pcOfficer, letter({ attachments: [{ attachmentId: mine }] }))).errors?.[0]?.path).toBe('attachments.0');
  });

  it('links the reception visit it came from and marks the visit as having opened a case', async () => {
    const session = await t.db.receptionSession.create({
      data: { unitId: w.unit.id, heldOn: new Date('2026-03-02T00:00:00Z'), kind: 'REGULAR', hostNames: 'Chủ tịch UBND', createdById: w.users.pcOfficer.id },
    });
    const visit = await t.db.receptionVisit.create({
      data: { unitId: w.unit.id, sessionId: session.id, citizenName: 'Nguyễn Văn An', content: 'Tranh chấp đất', createdById: w.users.pcOfficer.id },
    });
    const created = await register(t.app, s.pcOfficer, { channel: 'RECEPTION', receptionVisitId: visit.id });
    expect(created.receptionVisits).toEqual([{ id: visit.id, sessionId: session.id, heldOn: '2026-03-02' }]);
    expect(await t.db.receptionVisit.findUnique({ where: { id: visit.id } })).toMatchObject({ caseId: created.id, handling: 'CASE_OPENED' });
    expect((await problem(s.pcOfficer, letter({ receptionVisitId: visit.id }))).errors?.[0]?.path).toBe('receptionVisitId');
  });

  it('lets the People’s Committee edit an open letter with If-Match', async () => {
    const created = await register(t.app, s.pcOfficer);
    const edited = await send(t.app, s.pcOfficer, 'PATCH', `/api/cases/${created.id}`, { summary: 'Nội dung đã chỉnh', peopleCount: 3 }, { 'if-match': '"1"' });
    expect(edited).toMatchObject({ summary: 'Nội dung đã chỉnh', peopleCount: 3, version: 2 });
    const stale = await injectAs(t.app, s.pcOfficer, { method: 'PATCH', url: `/api/cases/${created.id}`, payload: { summary: 'Cũ' }, headers: { 'if-match': '"1"' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT' });
    const missing = await injectAs(t.app, s.pcOfficer, { method: 'PATCH', url: `/api/cases/${created.id}`, payload: { summary: 'Cũ' } });
    expect(missing.statusCode).toBe(428);
    const byUnion = await injectAs(t.app, s.womenOfficer, { method: 'PATCH', url: `/api/cases/${created.id}`, payload: { summary: 'X' }, headers: { 'if-match': '"2"' } });
    expect(byUnion.statusCode).toBe(404);
  });
});
