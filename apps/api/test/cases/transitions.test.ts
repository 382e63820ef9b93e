// The steps of a case: allowed ones move it and record who, when and the document; refused ones
// change nothing.
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/app.ts';
import { caseWard, refused, register, send, step, upload } from './case-helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-20T03:00:00Z');
const w = await caseWard(t);
const s = w.sessions;
const { ubnd, women } = w.organisations;

const rowOf = (id: string) => t.db.case.findUniqueOrThrow({ where: { id } });

/** A complaint received 2/3, classified, accepted on 5/3 and assigned to the PC officer. */
async function acceptedComplaint(over: Record<string, unknown> = {}) {
  let c = await register(t.app, s.pcOfficer, over);
  c = await step(t.app, s.pcOfficer, c, { action: 'classify', kind: 'COMPLAINT' });
  return step(t.app, s.pcOfficer, c, {
    action: 'accept',
    on: '2026-03-05',
    documentNumber: '15/TB-UBND',
    assignedOrganisationId: ubnd.id,
    handlerId: w.users.pcOfficer.id,
  });
}

describe('steps of a case', () => {
  it('walks a complaint from receipt to closure, recording every step', async () => {
    let c = await acceptedComplaint();
    expect(c).toMatchObject({ status: 'ACCEPTED', classifiedOn: '2026-03-05', acceptedOn: '2026-03-05', handler: { id: w.users.pcOfficer.id } });
    c = await step(t.app, s.pcOfficer, c, { action: 'start-verification', on: '2026-03-06' });
    c = await step(t.app, s.pcOfficer, c, { action: 'hold-dialogue', on: '2026-03-10', note: 'Đối thoại với người khiếu nại' });
    c = await step(t.app, s.pcOfficer, c, { action: 'decide', on: '2026-03-18', documentNumber: '45/QĐ-UBND', outcome: 'Công nhận một phần nội dung khiếu nại' });
    expect(c).toMatchObject({ status: 'DECIDED', decidedOn: '2026-03-18', decisionNumber: '45/QĐ-UBND', handledOn: '2026-03-18', handledOnTime: true, dueOn: null });
    expect(c.availableActions).toEqual(['publish', 'close']);
    c = await step(t.app, s.pcOfficer, c, { action: 'publish', on: '2026-03-19' });
    c = await step(t.app, s.pcOfficer, c, { action: 'close', on: '2026-03-20' });
    expect(c).toMatchObject({ status: 'CLOSED', closedOn: '2026-03-20', publishedOn: '2026-03-19', availableActions: [] });
    expect(c.events.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ['register', null, 'RECEIVED'],
      ['classify', 'RECEIVED', 'RECEIVED'],
      ['accept', 'RECEIVED', 'ACCEPTED'],
      ['start-verification', 'ACCEPTED', 'VERIFYING'],
      ['hold-dialogue', 'VERIFYING', 'DIALOGUE'],
      ['decide', 'DIALOGUE', 'DECIDED'],
      ['publish', 'DECIDED', 'DECIDED'],
      ['close', 'DECIDED', 'CLOSED'],
    ]);
    expect(c.events[5]).toMatchObject({ documentNumber: '45/QĐ-UBND', on: '2026-03-18', actor: { id: w.users.pcOfficer.id, fullName: 'Trần Cán Bộ' } });
    const audit = await t.db.auditLog.findMany({ where: { entityId: c.id }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual([
      'case.create',
      'case.classify',
      'case.accept',
      'case.start-verification',
      'case.hold-dialogue',
      'case.decide',
      'case.publish',
      'case.close',
    ]);
  });

  it('refuses to close a case before its decision, and changes nothing', async () => {
    const c = await acceptedComplaint();
    const before = await rowOf(c.id);
    const res = await refused(t.app, s.pcOfficer, c, { action: 'close' });
    expect(res).toMatchObject({ status: 409, code: 'TRANSITION_NOT_ALLOWED' });
    expect(res.detail).toContain('chưa có quyết định');
    expect(await rowOf(c.id)).toEqual(before);
    expect(await t.db.caseEvent.count({ where: { caseId: c.id } })).toBe(3);
  });

  it('decides a complaint only after verification', async () => {
    const c = await acceptedComplaint();
    const res = await refused(t.app, s.pcOfficer, c, { action: 'decide', documentNumber: '1/QĐ', outcome: 'X' });
    expect(res).toMatchObject({ status: 409, code: 'TRANSITION_NOT_ALLOWED' });
  });

  it('decides only with the decision’s number', async () => {
    let c = await acceptedComplaint();
    c = await step(t.app, s.pcOfficer, c, { action: 'start-verification', on: '2026-03-06' });
    const res = await refused(t.app, s.pcOfficer, c, { action: 'decide', outcome: 'Giải quyết xong' });
    expect(res).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(res.errors?.map((e) => e.path)).toContain('documentNumber');
    expect((await rowOf(c.id)).status).toBe('VERIFYING');
  });

  it('does not accept an anonymous denunciation for resolution (Luật Tố cáo Art 25)', async () => {
    const c = await register(t.app, s.pcOfficer, { kind: 'DENUNCIATION', anonymous: true, petitioners: [], channel: 'SUGGESTION_BOX' });
    expect((await refused(t.app, s.pcOfficer, c, { action: 'accept' })).detail).toContain('nặc danh');
    const filed = await step(t.app, s.pcOfficer, c, { action: 'file', reason: 'Nội dung không rõ, không có căn cứ xác minh' });
    expect(filed.status).toBe('FILED');
  });

  it('accepts only a classified letter', async () => {
    const c = await register(t.app, s.pcOfficer);
    const res = await refused(t.app, s.pcOfficer, c, { action: 'accept' });
    expect(res).toMatchObject({ status: 409, code: 'TRANSITION_NOT_ALLOWED' });
    expect(res.detail).toContain('phân loại');
  });

  it('declines only with a legal reason, and records it', async () => {
    const c = await register(t.app, s.pcOfficer);
    const noReason = await refused(t.app, s.pcOfficer, c, { action: 'decline', reasonCode: 'TIME_BARRED' });
    expect(noReason).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    const noCode = await refused(t.app, s.pcOfficer, c, { action: 'decline', reason: 'Hết thời hiệu' });
    expect(noCode.code).toBe('VALIDATION_FAILED');
    expect(await rowOf(c.id)).toMatchObject({ status: 'RECEIVED', version: 1 });
    const declined = await step(t.app, s.pcOfficer, c, {
      action: 'decline',
      on: '2026-03-09',
      reasonCode: 'TIME_BARRED',
      reason: 'Đã hết thời hiệu khiếu nại 90 ngày',
      documentNumber: '20/TB-UBND',
    });
    expect(declined).toMatchObject({
      status: 'DECLINED',
      declineReasonCode: 'TIME_BARRED',
      declineReason: 'Đã hết thời hiệu khiếu nại 90 ngày',
      handledOn: '2026-03-09',
      handledOnTime: true,
    });
  });

  it('forwards only with the forwarding letter’s number and date', async () => {
    const c = await register(t.app, s.pcOfficer);
    expect((await refused(t.app, s.pcOfficer, c, { action: 'forward', forwardedTo: 'Thanh tra tỉnh' })).code).toBe('VALIDATION_FAILED');
    expect((await refused(t.app, s.pcOfficer, c, { action: 'forward', forwardedTo: 'Thanh tra tỉnh', letterNumber: '3/CV', letterDate: '2026-03-01' })).errors?.[0]?.path).toBe(
      'letterDate',
    );
    const forwarded = await step(t.app, s.pcOfficer, c, { action: 'forward', forwardedTo: 'Thanh tra tỉnh', letterNumber: '31/CV-UBND', letterDate: '2026-03-10', on: '2026-03-10' });
    expect(forwarded).toMatchObject({ status: 'FORWARDED', forwardedTo: 'Thanh tra tỉnh', forwardLetterNumber: '31/CV-UBND', forwardLetterDate: '2026-03-10' });
    expect(forwarded.events.at(-1)).toMatchObject({ documentNumber: '31/CV-UBND', documentDate: '2026-03-10' });
  });

  it('guides and files with a note', async () => {
    const guided = await step(t.app, s.pcOfficer, await register(t.app, s.pcOfficer), { action: 'guide', note: 'Hướng dẫn gửi Tòa án' });
    expect(guided).toMatchObject({ status: 'GUIDED', handledOn: '2026-03-20' });
    const filed = await step(t.app, s.pcOfficer, await register(t.app, s.pcOfficer), { action: 'file', reason: 'Đơn không rõ nội dung' });
    expect(filed.status).toBe('FILED');
  });

  it('links a duplicate to an earlier letter of the unit, not to itself or another duplicate', async () => {
    const first = await register(t.app, s.pcOfficer, { receivedOn: '2026-03-02' });
    const again = await register(t.app, s.pcOfficer, { receivedOn: '2026-03-09' });
    const third = await register(t.app, s.pcOfficer, { receivedOn: '2026-03-10' });
    expect((await refused(t.app, s.pcOfficer, again, { action: 'mark-duplicate', duplicateOfId: again.id })).code).toBe('VALIDATION_FAILED');
    expect((await refused(t.app, s.pcOfficer, first, { action: 'mark-duplicate', duplicateOfId: again.id })).detail).toContain('nhận trước');
    const dup = await step(t.app, s.pcOfficer, again, { action: 'mark-duplicate', duplicateOfId: first.id });
    expect(dup).toMatchObject({ status: 'DUPLICATE', duplicateOf: { id: first.id, number: first.number }, dueOn: null, handledOn: null });
    expect((await refused(t.app, s.pcOfficer, third, { action: 'mark-duplicate', duplicateOfId: again.id })).detail).toContain('đơn trùng');
    const other = await register(t.app, (await caseWard(t)).sessions.pcOfficer, { receivedOn: '2026-03-01' });
    expect((await refused(t.app, s.pcOfficer, third, { action: 'mark-duplicate', duplicateOfId: other.id })).code).toBe('VALIDATION_FAILED');
    const original = await send(t.app, s.pcOfficer, 'GET', `/api/cases/${first.id}`);
    expect(original.duplicates).toEqual([{ id: again.id, number: again.number }]);
  });

  it('assigns within the unit, to staff of the organisation or of the People’s Committee, and tells the handler', async () => {
    const c = await register(t.app, s.pcOfficer);
    expect(
      (await refused(t.app, s.pcOfficer, c, { action: 'assign', assignedOrganisationId: women.id, handlerId: w.users.frontOfficer.id })).errors?.[0]?.path,
    ).toBe('handlerId');
    expect((await refused(t.app, s.pcOfficer, c, { action: 'assign', assignedOrganisationId: null, handlerId: w.users.viewer.id })).errors?.[0]?.path).toBe('handlerId');
    const assigned = await step(t.app, s.pcOfficer, c, { action: 'assign', assignedOrganisationId: women.id, handlerId: w.users.officer.id });
    expect(assigned).toMatchObject({ assignedOrganisation: { id: women.id }, handler: { id: w.users.officer.id } });
    const notice = await t.db.notification.findFirst({ where: { userId: w.users.officer.id, kind: 'case.assigned' } });
    expect(notice).toMatchObject({ link: `/cases/${c.id}` });
    expect(notice?.title).toContain(c.number);
    const byPc = await step(t.app, s.pcOfficer, assigned, { action: 'assign', assignedOrganisationId: women.id, handlerId: w.users.pcOfficer2.id });
    expect(byPc.handler?.id).toBe(w.users.pcOfficer2.id);
  });

  it('lets only the People’s Committee steer, and only those handling the case work it', async () => {
    let c = await register(t.app, s.pcOfficer);
    c = await step(t.app, s.pcOfficer, c, { action: 'classify', kind: 'COMPLAINT' });
    c = await step(t.app, s.pcOfficer, c, { action: 'accept', on: '2026-03-05', assignedOrganisationId: women.id, handlerId: w.users.officer.id });
    // Not the handler's organisation, not the handler: the Front reads but does not work the case.
    expect((await refused(t.app, s.frontOfficer, c, { action: 'start-verification' })).status).toBe(403);
    expect((await refused(t.app, s.pcOfficer2, c, { action: 'start-verification' })).status).toBe(403);
    // Steering stays with the People's Committee.
    expect((await refused(t.app, s.womenOfficer, c, { action: 'assign', assignedOrganisationId: null, handlerId: null })).status).toBe(403);
    expect((await refused(t.app, s.viewer, c, { action: 'start-verification' })).status).toBe(404);
    c = await step(t.app, s.womenOfficer, c, { action: 'start-verification' });
    expect(c.status).toBe('VERIFYING');
    // The PC head may work any case.
    c = await step(t.app, s.pcHead, c, { action: 'hold-dialogue', note: 'Đối thoại' });
    expect(c.status).toBe('DIALOGUE');
  });

  it('refuses a stale If-Match with 409 and changes nothing', async () => {
    const c = await register(t.app, s.pcOfficer);
    await step(t.app, s.pcOfficer, c, { action: 'classify', kind: 'PETITION' });
    const stale = await refused(t.app, s.pcOfficer, c, { action: 'classify', kind: 'FEEDBACK' });
    expect(stale).toMatchObject({ status: 409, code: 'VERSION_CONFLICT' });
    expect((await rowOf(c.id)).kind).toBe('PETITION');
  });

  it('lets a petition be answered once accepted, and records a document with an attachment', async () => {
    let c = await register(t.app, s.pcOfficer);
    c = await step(t.app, s.pcOfficer, c, { action: 'classify', kind: 'PETITION' });
    c = await step(t.app, s.pcOfficer, c, { action: 'accept', on: '2026-03-04', handlerId: w.users.pcOfficer.id });
    const file = await upload(t.app, s.pcOfficer, 'tra-loi.pdf');
    c = await step(t.app, s.pcOfficer, c, { action: 'decide', on: '2026-03-16', documentNumber: '50/UBND', outcome: 'Đã trả lời kiến nghị', attachmentId: file });
    expect(c.status).toBe('DECIDED');
    expect(c.events.at(-1)!.attachment).toMatchObject({ id: file, fileName: 'tra-loi.pdf' });
    expect(c.attachments).toEqual([{ file: expect.objectContaining({ id: file }), kind: 'DOCUMENT', protected: false }]);
  });

  it('refuses a step dated in the future or before the last recorded step', async () => {
    const c = await acceptedComplaint();
    expect((await refused(t.app, s.pcOfficer, c, { action: 'start-verification', on: '2026-03-21' })).errors?.[0]?.path).toBe('on');
    expect((await refused(t.app, s.pcOfficer, c, { action: 'start-verification', on: '2026-03-04' })).errors?.[0]?.path).toBe('on');
  });

  it('records a withdrawal, which ends the case', async () => {
    const c = await acceptedComplaint();
    const withdrawn = await step(t.app, s.pcOfficer, c, { action: 'withdraw', on: '2026-03-12', note: 'Người khiếu nại rút đơn bằng văn bản' });
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', closedOn: '2026-03-12', handledOn: '2026-03-12', handledOnTime: true, dueOn: null, availableActions: [] });
  });
});
