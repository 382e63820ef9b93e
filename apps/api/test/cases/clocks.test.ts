// The legal clocks stored on a case after every step, on real 2026 dates worked out by hand:
// default Tết 16–20/2 (Mon–Fri), 30/4 (Thu) and 1/5 (Fri), weekends off.
import type { CaseSummary } from '@phoihop/shared/cases';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/app.ts';
import { caseWard, refused, register, send, step } from './case-helpers.ts';

const t = await buildTestApp();
const w = await caseWard(t);
const s = w.sessions;
const { ubnd } = w.organisations;
/** 10:00 in Vietnam on `date`. */
const at = (date: string) => {
  t.clock.now = new Date(`${date}T03:00:00Z`);
};
const stored = (id: string) =>
  t.db.case.findUniqueOrThrow({ where: { id }, select: { dueOn: true, dueClock: true, handledOn: true, handledOnTime: true, pausedSince: true } });
const listIds = async (query: string) =>
  (await send<{ items: CaseSummary[] }>(t.app, s.pcOfficer, 'GET', `/api/cases?${query}`)).items.map((c) => c.id);

const assignToPc = { assignedOrganisationId: ubnd.id, handlerId: w.users.pcOfficer.id };

describe('legal clocks stored on a case', () => {
  it('runs a complaint across Tết, pauses while the citizen supplements, and judges the decision late', async () => {
    at('2026-02-11');
    let c = await register(t.app, s.pcOfficer, { receivedOn: '2026-02-10', kind: 'COMPLAINT' });
    // 10 calendar days from Tue 10/2: Fri 20/2 is a Tết day, then the weekend → Mon 23/2.
    expect(c).toMatchObject({ dueOn: '2026-02-23', dueClock: 'acceptance', timeliness: 'on-track' });

    at('2026-02-23');
    expect(await listIds('state=due-soon')).toContain(c.id);
    c = await step(t.app, s.pcOfficer, c, { action: 'accept', on: '2026-02-23', ...assignToPc });
    // Accepted on the last day: met. 30 calendar days from Mon 23/2 → Wed 25/3.
    expect(c.clocks.map((k) => [k.key, k.due, k.state])).toEqual([
      ['acceptance', '2026-02-23', 'met'],
      ['resolution', '2026-03-25', 'on-track'],
    ]);
    expect(c).toMatchObject({ dueOn: '2026-03-25', dueClock: 'resolution' });

    at('2026-03-02');
    c = await step(t.app, s.pcOfficer, c, { action: 'start-verification', on: '2026-03-02' });
    c = await step(t.app, s.pcOfficer, c, { action: 'pause', on: '2026-03-02', note: 'Chờ công dân bổ sung giấy tờ' });
    expect(c).toMatchObject({ pausedSince: '2026-03-02', dueOn: null, dueClock: null, timeliness: 'paused' });
    expect(c.availableActions).toEqual(['assign', 'resume', 'withdraw']);
    expect(await listIds('state=paused')).toEqual([c.id]);
    expect((await refused(t.app, s.pcOfficer, c, { action: 'hold-dialogue', note: 'x' })).code).toBe('TRANSITION_NOT_ALLOWED');

    at('2026-03-12');
    c = await step(t.app, s.pcOfficer, c, { action: 'resume', on: '2026-03-12' });
    // 2/3–11/3 do not count: 6 days (24/2–1/3) before, 24 from 12/3 → Sat 4/4 → Mon 6/4.
    expect(c).toMatchObject({ pausedSince: null, dueOn: '2026-04-06', timeliness: 'on-track' });

    at('2026-04-07');
    expect(await listIds('state=overdue')).toEqual([c.id]);
    expect((await send(t.app, s.pcOfficer, 'GET', `/api/cases/${c.id}`)).timeliness).toBe('overdue');
    c = await step(t.app, s.pcOfficer, c, { action: 'decide', on: '2026-04-07', documentNumber: '60/QĐ-UBND', outcome: 'Bác đơn khiếu nại' });
    expect(await stored(c.id)).toEqual({ dueOn: null, dueClock: null, handledOn: new Date('2026-04-07T00:00:00Z'), handledOnTime: false, pausedSince: null });
    expect(c.clocks[1]).toMatchObject({ due: '2026-04-06', metOn: '2026-04-07', state: 'late' });
  });

  it('counts a denunciation’s initial handling in working days across Tết, then 30 days with an extension', async () => {
    at('2026-02-13');
    let c = await register(t.app, s.pcOfficer, { receivedOn: '2026-02-13', kind: 'DENUNCIATION' });
    // Fri 13/2: 16–20/2 Tết, weekend, then 23, 24, 25, 26, 27/2, 2/3, 3/3.
    expect(c).toMatchObject({ dueOn: '2026-03-03', dueClock: 'processing' });

    at('2026-03-03');
    c = await step(t.app, s.pcOfficer, c, { action: 'accept', on: '2026-03-03', ...assignToPc });
    // 30 calendar days from Tue 3/3 → Thu 2/4.
    expect(c.dueOn).toBe('2026-04-02');
    expect(c.availableActions).not.toContain('extend');
    expect((await refused(t.app, s.pcOfficer, c, { action: 'extend', days: 30, documentNumber: '1/QĐ', documentDate: '2026-03-03' })).detail).toContain(
      'hết số lần gia hạn',
    );

    c = await step(t.app, s.pcOfficer, c, {
      action: 'set-complexity',
      complexity: 'COMPLEX',
      remote: false,
      documentNumber: '70/QĐ-UBND',
      documentDate: '2026-03-03',
      note: 'Nội dung tố cáo liên quan nhiều địa điểm',
    });
    expect(c.complexity).toBe('COMPLEX');
    const tooLong = await refused(t.app, s.pcOfficer, c, { action: 'extend', days: 31, documentNumber: '71/QĐ', documentDate: '2026-03-03' });
    expect(tooLong.errors?.[0]?.path).toBe('days');
    c = await step(t.app, s.pcOfficer, c, { action: 'extend', days: 30, documentNumber: '71/QĐ-UBND', documentDate: '2026-03-03' });
    // 60 days from 3/3 → Sat 2/5 (after 30/4 and 1/5) → Mon 4/5.
    expect(c).toMatchObject({ dueOn: '2026-05-04', extensionDays: [30] });
    expect(c.clocks[1]).toMatchObject({ extensionDays: 30, due: '2026-05-04' });
    // A complex case has one extension only; back to normal is refused once extended.
    expect((await refused(t.app, s.pcOfficer, c, { action: 'extend', days: 10, documentNumber: '72/QĐ', documentDate: '2026-03-03' })).code).toBe(
      'TRANSITION_NOT_ALLOWED',
    );
    expect(
      (await refused(t.app, s.pcOfficer, c, { action: 'set-complexity', complexity: 'NORMAL', remote: false, note: 'Đơn giản' })).errors?.[0]?.path,
    ).toBe('complexity');
    c = await step(t.app, s.pcOfficer, c, { action: 'set-complexity', complexity: 'ESPECIALLY_COMPLEX', remote: false, note: 'Đặc biệt phức tạp' });
    c = await step(t.app, s.pcOfficer, c, { action: 'extend', days: 10, documentNumber: '73/QĐ-UBND', documentDate: '2026-03-03' });
    expect(c.extensionDays).toEqual([30, 10]);
    // 70 days from 3/3 → Tue 12/5.
    expect(c.dueOn).toBe('2026-05-12');
    expect(c.availableActions).not.toContain('extend');
  });

  it('uses the longer limit of a complex complaint in a remote area once recorded', async () => {
    at('2026-03-02');
    let c = await register(t.app, s.pcOfficer, { receivedOn: '2026-03-02', kind: 'COMPLAINT' });
    c = await step(t.app, s.pcOfficer, c, { action: 'accept', on: '2026-03-02', ...assignToPc });
    expect(c.dueOn).toBe('2026-04-01'); // 30 days
    c = await step(t.app, s.pcOfficer, c, { action: 'set-complexity', complexity: 'COMPLEX', remote: true, note: 'Vùng sâu, phức tạp' });
    // 60 days from Mon 2/3 → Fri 1/5, a holiday → Sat, Sun → Mon 4/5.
    expect(c.dueOn).toBe('2026-05-04');
  });

  it('counts a letter handled on time when classified within the processing time', async () => {
    at('2026-03-20');
    let late = await register(t.app, s.pcOfficer, { receivedOn: '2026-03-02' });
    late = await step(t.app, s.pcOfficer, late, { action: 'guide', on: '2026-03-13', note: 'Hướng dẫn gửi Tòa án' });
    // Due Thu 12/3, guided on the 13th.
    expect(late).toMatchObject({ handledOn: '2026-03-13', handledOnTime: false });
    let onTime = await register(t.app, s.pcOfficer, { receivedOn: '2026-03-02' });
    onTime = await step(t.app, s.pcOfficer, onTime, { action: 'guide', on: '2026-03-12', note: 'Hướng dẫn gửi Tòa án' });
    expect(onTime.handledOnTime).toBe(true);
  });
});
