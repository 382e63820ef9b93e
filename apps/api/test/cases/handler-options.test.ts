// Whom a case may be assigned to: the staff of the chosen organisation and of the People's
// Committee, offered to those who assign cases, and accepted by the assign step.
import type { HandlerOption } from '@phoihop/shared/cases';
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs } from '../helpers/app.ts';
import { caseWard, register, send, step } from './case-helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-05T03:00:00Z');
const w = await caseWard(t);
const s = w.sessions;
const { ubnd, women } = w.organisations;

const options = (organisationId?: string) =>
  send<{ items: HandlerOption[] }>(
    t.app,
    s.pcOfficer,
    'GET',
    `/api/cases/handler-options${organisationId ? `?organisationId=${organisationId}` : ''}`,
  );

describe('handler options', () => {
  it('lists the chosen organisation’s staff first, then the People’s Committee’s', async () => {
    const { items } = await options(women.id);
    const names = items.map((o) => o.fullName);
    expect(names[0]).toBe(w.users.officer.fullName);
    expect(names).toEqual(
      expect.arrayContaining([
        w.users.pcOfficer.fullName,
        w.users.pcOfficer2.fullName,
        w.users.leader.fullName,
      ]),
    );
    expect(names).not.toContain(w.users.frontOfficer.fullName);
    expect(names).not.toContain(w.users.viewer.fullName);
    expect(items.every((o) => [ubnd.id, women.id].includes(o.organisation.id))).toBe(true);
  });

  it('offers only officers the assign step accepts', async () => {
    const c = await register(t.app, s.pcOfficer, { receivedOn: '2026-03-02' });
    const chosen = (await options(women.id)).items[0]!;
    const assigned = await step(t.app, s.pcOfficer, c, {
      action: 'assign',
      assignedOrganisationId: women.id,
      handlerId: chosen.id,
    });
    expect(assigned.handler).toMatchObject({ id: chosen.id });
  });

  it('is refused to those who do not assign cases', async () => {
    for (const session of [s.frontOfficer, s.womenOfficer, s.viewer]) {
      expect(
        (await injectAs(t.app, session, { method: 'GET', url: '/api/cases/handler-options' }))
          .statusCode,
      ).toBe(403);
    }
  });
});
