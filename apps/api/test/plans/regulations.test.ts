import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, login } from '../helpers/app.ts';
import { createWard, PASSWORD } from '../helpers/factories.ts';
import { call } from '../helpers/plans.ts';

const t = await buildTestApp();
const ward = await createWard(t.db);
const { ubnd, mttq, women } = ward.organisations;
const admin = await login(t.app, ward.users.unitAdmin.username, PASSWORD);
const viewer = await login(t.app, ward.users.viewer.username, PASSWORD);

const body = (number: string, signedOn: string) => ({
  number,
  title: 'Quy chế phối hợp giữa UBND và Ủy ban MTTQ phường',
  signedOn,
  validFrom: signedOn,
  partyIds: [ubnd.id, mttq.id, women.id],
});

describe('coordination regulations', () => {
  it('records a regulation with its parties, lists the newest first and edits with a version', async () => {
    await call(t.app, admin, 'POST', '/api/regulations', body('01/QCPH', '2025-01-10'));
    const second = await call<{ id: string; version: number }>(t.app, admin, 'POST', '/api/regulations', body('02/QCPH', '2026-02-03'));
    const list = await call<{ items: { number: string; parties: { name: string }[] }[] }>(t.app, viewer, 'GET', '/api/regulations');
    expect(list.items.map((r) => r.number)).toEqual(['02/QCPH', '01/QCPH']);
    expect(list.items[0]!.parties.map((p) => p.name).sort()).toEqual(['Hội Phụ nữ', 'MTTQ', 'UBND']);

    const edited = await call<{ validTo: string; parties: unknown[]; version: number }>(
      t.app, admin, 'PATCH', `/api/regulations/${second.id}`,
      { validTo: '2030-12-31', partyIds: [ubnd.id, mttq.id] },
      { 'if-match': `"${second.version}"` },
    );
    expect(edited).toMatchObject({ validTo: '2030-12-31', version: 2 });
    expect(edited.parties).toHaveLength(2);
    const stale = await injectAs(t.app, admin, {
      method: 'PATCH', url: `/api/regulations/${second.id}`, payload: { note: 'x' }, headers: { 'if-match': '"1"' },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('refuses a duplicate number, a single party and an end before the start', async () => {
    const dup = await injectAs(t.app, admin, { method: 'POST', url: '/api/regulations', payload: body('01/QCPH', '2025-03-01') });
    expect(dup.json()).toMatchObject({ code: 'DUPLICATE', errors: [{ path: 'number' }] });
    const one = await injectAs(t.app, admin, { method: 'POST', url: '/api/regulations', payload: { ...body('09/QCPH', '2025-03-01'), partyIds: [ubnd.id] } });
    expect(one.statusCode).toBe(400);
    const backwards = await injectAs(t.app, admin, {
      method: 'POST', url: '/api/regulations', payload: { ...body('10/QCPH', '2025-03-01'), validTo: '2024-12-31' },
    });
    expect(backwards.json().errors[0].path).toBe('validTo');
  });
});
