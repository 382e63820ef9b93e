// Statistics of a period equal the counts of the records, with duplicates apart; the unit's
// figures are the same whoever asks.
import { handledStatuses, openStatuses } from '@phoihop/shared/case-clocks';
import type { CaseStatistics } from '@phoihop/shared/cases';
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs } from '../helpers/app.ts';
import { caseWard, register, send, step } from './case-helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-04-20T03:00:00Z');
const w = await caseWard(t);
const s = w.sessions;
const { ubnd, women } = w.organisations;
const pc = { assignedOrganisationId: ubnd.id, handlerId: w.users.pcOfficer.id };

// Q1 2026: a complaint decided on time, a denunciation declined, a petition still open and
// overdue, a feedback forwarded late, one the Women's Union forwarded and handles, a duplicate;
// and letters outside the period or the unit that must not count.
let decided = await register(t.app, s.pcOfficer, { receivedOn: '2026-01-05', kind: 'COMPLAINT', field: 'LAND' });
decided = await step(t.app, s.pcOfficer, decided, { action: 'accept', on: '2026-01-08', ...pc });
decided = await step(t.app, s.pcOfficer, decided, { action: 'start-verification', on: '2026-01-09' });
decided = await step(t.app, s.pcOfficer, decided, { action: 'decide', on: '2026-01-30', documentNumber: '5/QĐ-UBND', outcome: 'Giữ nguyên quyết định' });
const declined = await step(t.app, s.pcOfficer, await register(t.app, s.pcOfficer, { receivedOn: '2026-02-02', kind: 'DENUNCIATION', field: 'ADMINISTRATION' }), {
  action: 'decline',
  on: '2026-02-03',
  reasonCode: 'NO_IDENTIFIABLE_VIOLATION',
  reason: 'Không có thông tin về người vi phạm',
});
let open = await register(t.app, s.pcOfficer, { receivedOn: '2026-03-02', kind: 'PETITION', field: 'LAND' });
open = await step(t.app, s.pcOfficer, open, { action: 'accept', on: '2026-03-03', ...pc });
const forwardedLate = await step(t.app, s.pcOfficer, await register(t.app, s.pcOfficer, { receivedOn: '2026-03-02', kind: 'FEEDBACK', field: 'ENVIRONMENT', channel: 'POST' }), {
  action: 'forward',
  on: '2026-03-20',
  forwardedTo: 'Sở Tài nguyên và Môi trường',
  letterNumber: '50/UBND',
  letterDate: '2026-03-20',
});
const byUnion = await register(t.app, s.womenOfficer, { receivedOn: '2026-03-25', channel: 'ORGANISATION_FORWARDED', field: 'SOCIAL_POLICY' });
await step(t.app, s.pcOfficer, byUnion, { action: 'assign', assignedOrganisationId: women.id, handlerId: w.users.officer.id });
const duplicate = await step(t.app, s.pcOfficer, await register(t.app, s.pcOfficer, { receivedOn: '2026-03-10', kind: 'PETITION', field: 'LAND' }), {
  action: 'mark-duplicate',
  duplicateOfId: open.id,
});
await register(t.app, s.pcOfficer, { receivedOn: '2025-12-31' });
await register(t.app, s.pcOfficer, { receivedOn: '2026-04-01' });
await register(t.app, (await caseWard(t)).sessions.pcOfficer, { receivedOn: '2026-02-01' });

const statistics = (session = s.pcOfficer, from = '2026-01-01', to = '2026-03-31') =>
  send<CaseStatistics>(t.app, session, 'GET', `/api/cases/statistics?from=${from}&to=${to}`);

describe('case statistics', () => {
  it('equals the counts of the records received in the period', async () => {
    const today = new Date('2026-04-20T00:00:00Z');
    const rows = await t.db.case.findMany({
      where: { unitId: w.unit.id, receivedOn: { gte: new Date('2026-01-01T00:00:00Z'), lte: new Date('2026-03-31T00:00:00Z') } },
    });
    const counted = rows.filter((r) => r.status !== 'DUPLICATE');
    const handled = counted.filter((r) => handledStatuses.includes(r.status));
    const open = counted.filter((r) => openStatuses.includes(r.status));
    const stats = await statistics();
    expect(stats.totals).toEqual({
      received: counted.length,
      handled: handled.length,
      inProgress: open.length,
      overdue: open.filter((r) => r.dueOn !== null && r.dueOn < today).length,
      handledOnTime: handled.filter((r) => r.handledOnTime).length,
      duplicates: rows.length - counted.length,
      onTimeRate: Math.round((handled.filter((r) => r.handledOnTime).length / handled.length) * 1000) / 10,
    });
    // And by hand: 5 received, 3 handled (2 on time), 2 in progress and both overdue on 20/4 (the
    // petition was due 2/4, the union's letter, unclassified, 6/4), 1 duplicate.
    expect(stats.totals).toEqual({ received: 5, handled: 3, inProgress: 2, overdue: 2, handledOnTime: 2, duplicates: 1, onTimeRate: 66.7 });
  });

  it('breaks the counts down by kind, field, channel and handling organisation', async () => {
    const stats = await statistics();
    const sum = (list: { received: number }[]) => list.reduce((n, g) => n + g.received, 0);
    for (const list of [stats.byKind, stats.byField, stats.byChannel, stats.byOrganisation]) expect(sum(list)).toBe(5);
    expect(stats.byKind).toEqual(
      expect.arrayContaining([
        { key: 'COMPLAINT', received: 1, handled: 1, inProgress: 0, overdue: 0, handledOnTime: 1 },
        { key: 'PETITION', received: 1, handled: 0, inProgress: 1, overdue: 1, handledOnTime: 0 },
        { key: null, received: 1, handled: 0, inProgress: 1, overdue: 1, handledOnTime: 0 },
      ]),
    );
    // Land first: the complaint and the open petition (the duplicate is not counted again).
    expect(stats.byField[0]).toEqual({ key: 'LAND', received: 2, handled: 1, inProgress: 1, overdue: 1, handledOnTime: 1 });
    expect(stats.byChannel).toEqual(
      expect.arrayContaining([
        { key: 'POST', received: 1, handled: 1, inProgress: 0, overdue: 0, handledOnTime: 0 },
        { key: 'ORGANISATION_FORWARDED', received: 1, handled: 0, inProgress: 1, overdue: 1, handledOnTime: 0 },
      ]),
    );
    expect(stats.byOrganisation).toEqual(
      expect.arrayContaining([
        { key: expect.objectContaining({ id: ubnd.id }), received: 2, handled: 1, inProgress: 1, overdue: 1, handledOnTime: 1 },
        { key: expect.objectContaining({ id: women.id }), received: 1, handled: 0, inProgress: 1, overdue: 1, handledOnTime: 0 },
        { key: null, received: 2, handled: 2, inProgress: 0, overdue: 0, handledOnTime: 1 },
      ]),
    );
    expect([decided.status, declined.status, forwardedLate.handledOnTime, duplicate.status]).toEqual(['DECIDED', 'DECLINED', false, 'DUPLICATE']);
  });

  it('gives everyone in the unit the same figures, which name no one', async () => {
    const reference = await statistics(s.pcOfficer);
    for (const session of [s.womenOfficer, s.viewer, s.frontOfficer]) {
      expect(await statistics(session)).toEqual(reference);
    }
    expect(JSON.stringify(reference)).not.toMatch(/Nguyễn|Trần|Lê /);
  });

  it('refuses a period that ends before it starts', async () => {
    const res = await injectAs(t.app, s.pcOfficer, { method: 'GET', url: '/api/cases/statistics?from=2026-03-31&to=2026-01-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
