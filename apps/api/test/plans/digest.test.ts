import { describe, expect, it } from 'vitest';
import { buildTestApp, login } from '../helpers/app.ts';
import { createUser, createWard, PASSWORD } from '../helpers/factories.ts';
import { approve, buildPlan } from '../helpers/plans.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-07-20T02:00:00Z'); // 09:00 in Vietnam
const ward = await createWard(t.db);
const { mttq, women } = ward.organisations;
const admin = await login(t.app, ward.users.unitAdmin.username, PASSWORD);
const leader = await login(t.app, ward.users.leader.username, PASSWORD);
const frontOfficer = await createUser(t.db, { unitId: ward.unit.id, roles: ['ORG_OFFICER'], organisationId: mttq.id });

const built = await buildPlan(t.app, admin, {
  year: 2026,
  tasks: [
    { title: 'Quá hạn', leadOrganisationId: women.id, dueDate: '2026-07-01' },
    { title: 'Sắp đến hạn', leadOrganisationId: women.id, partnerIds: [mttq.id], dueDate: '2026-07-25' },
    { title: 'Còn xa', leadOrganisationId: women.id, dueDate: '2026-12-01' },
  ],
});
await approve(t.app, leader, built.planId);

const digestOf = (userId: string) => t.db.notification.findMany({ where: { userId, kind: 'digest.daily' } });

describe('daily digest', () => {
  it('sends each member of staff one notice summing up their organisation’s tasks', async () => {
    await t.services.digest.sendDaily();
    const [women] = await digestOf(ward.users.officer.id);
    expect(women!.title).toBe('Tổng hợp công việc ngày 20/07/2026');
    expect(women!.body).toBe('3 nhiệm vụ mới giao cho tổ chức; 1 nhiệm vụ quá hạn; 1 nhiệm vụ đến hạn trong 7 ngày.');
    expect(women!.link).toContain('timeliness=overdue');
    const [front] = await digestOf(frontOfficer.id);
    expect(front!.body).toBe('1 nhiệm vụ mới giao cho tổ chức; 1 nhiệm vụ đến hạn trong 7 ngày.');
  });

  it('tells People’s Committee leaders which reviews are overdue', async () => {
    const [leaderDigest] = await digestOf(ward.users.leader.id);
    expect(leaderDigest!.body).toBe('chưa tổ chức kiểm điểm quý I năm 2026, kiểm điểm quý II năm 2026.');
    expect(await digestOf(ward.users.viewer.id)).toEqual([]);
  });

  it('sends once a day however often it runs', async () => {
    expect(await t.services.digest.sendDaily()).toBe(0);
    expect(await digestOf(ward.users.officer.id)).toHaveLength(1);
    t.clock.advanceMinutes(24 * 60);
    await t.services.digest.sendDaily();
    const all = await digestOf(ward.users.officer.id);
    expect(all).toHaveLength(2);
    expect(all[1]!.body).toBe('1 nhiệm vụ quá hạn; 1 nhiệm vụ đến hạn trong 7 ngày.');
  });

  it('waits until morning in Vietnam', async () => {
    t.clock.now = new Date('2026-07-22T22:30:00Z'); // 05:30 on the 23rd in Vietnam
    expect(await t.services.digest.sendDaily()).toBe(0);
  });
});
