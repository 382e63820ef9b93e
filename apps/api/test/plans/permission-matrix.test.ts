// Each role × each plan action: allowed, or 403 (another unit's plan reads as 404).
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, login, type Session } from '../helpers/app.ts';
import { createUnit, createUser, createWard, PASSWORD } from '../helpers/factories.ts';
import { approve, buildPlan, call } from '../helpers/plans.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-06-15T03:00:00Z');
const ward = await createWard(t.db);
const { ubnd, mttq, women } = ward.organisations;

const frontLeader = await createUser(t.db, { unitId: ward.unit.id, roles: ['ORG_LEADER'], organisationId: mttq.id });
const womenLeader = await createUser(t.db, { unitId: ward.unit.id, roles: ['ORG_LEADER'], organisationId: women.id });
const frontOfficer = await createUser(t.db, { unitId: ward.unit.id, roles: ['ORG_OFFICER'], organisationId: mttq.id });
const ubndOfficer = await createUser(t.db, { unitId: ward.unit.id, roles: ['ORG_OFFICER'], organisationId: ubnd.id });

const people = {
  'unit admin': ward.users.unitAdmin.username,
  'People’s Committee leader': ward.users.leader.username,
  'Front leader': frontLeader.username,
  'Women’s Union leader': womenLeader.username,
  'Women’s Union officer (lead)': ward.users.officer.username,
  'Front officer (partner)': frontOfficer.username,
  'People’s Committee officer (uninvolved)': ubndOfficer.username,
  viewer: ward.users.viewer.username,
};
type Who = keyof typeof people;
const everyone = Object.keys(people) as Who[];
const sessions = new Map<Who, Session>();
for (const who of everyone) sessions.set(who, await login(t.app, people[who], PASSWORD));
const managers: Who[] = ['unit admin', 'People’s Committee leader', 'Front leader'];
const admin = sessions.get('unit admin')!;

let year = 2040;
/** A running plan with one task led by the Women's Union with the Front as partner. */
async function runningPlan() {
  const built = await buildPlan(t.app, admin, {
    year: ++year,
    tasks: [{ title: 'Nhiệm vụ', leadOrganisationId: women.id, partnerIds: [mttq.id], dueDate: `${year}-12-31` }],
  });
  await approve(t.app, sessions.get('People’s Committee leader')!, built.planId);
  return built;
}
const version = async (id: string) => (await t.db.planItem.findUniqueOrThrow({ where: { id } })).version;
const planVersionOf = async (id: string) => (await t.db.plan.findUniqueOrThrow({ where: { id } })).version;

const cases: { name: string; allowed: Who[]; request: () => Promise<{ method: string; url: string; payload?: object; headers?: Record<string, string> }> }[] = [
  { name: 'read plans', allowed: everyone, request: async () => ({ method: 'GET', url: '/api/plans' }) },
  { name: 'read tasks', allowed: everyone, request: async () => ({ method: 'GET', url: '/api/tasks' }) },
  {
    name: 'create a plan',
    allowed: managers,
    request: async () => ({ method: 'POST', url: '/api/plans', payload: { year: ++year, title: 'Kế hoạch' } }),
  },
  {
    name: 'add a task to a draft',
    allowed: managers,
    request: async () => {
      const plan = await call<{ id: string }>(t.app, admin, 'POST', '/api/plans', { year: ++year, title: 'Dự thảo' });
      return { method: 'POST', url: `/api/plans/${plan.id}/items`, payload: { kind: 'TASK', title: 'Mới', leadOrganisationId: ubnd.id } };
    },
  },
  {
    name: 'approve a plan',
    allowed: ['People’s Committee leader', 'Front leader'],
    request: async () => {
      const built = await buildPlan(t.app, admin, { year: ++year, tasks: [{ title: 'Việc', leadOrganisationId: ubnd.id }] });
      return { method: 'POST', url: `/api/plans/${built.planId}/approve`, headers: { 'if-match': `"${await planVersionOf(built.planId)}"` } };
    },
  },
  {
    name: 'amend an approved plan',
    allowed: managers,
    request: async () => {
      const built = await runningPlan();
      return {
        method: 'POST',
        url: `/api/plans/${built.planId}/amendments`,
        payload: { operation: 'CHANGE', reason: 'Điều chỉnh', itemId: built.taskIds[0], version: await version(built.taskIds[0]!), changes: { title: 'Đổi tên' } },
      };
    },
  },
  {
    name: 'change a task’s status',
    allowed: [...managers, 'Women’s Union leader', 'Women’s Union officer (lead)'],
    request: async () => {
      const built = await runningPlan();
      const id = built.taskIds[0]!;
      return { method: 'POST', url: `/api/plan-items/${id}/status`, payload: { status: 'IN_PROGRESS' }, headers: { 'if-match': `"${await version(id)}"` } };
    },
  },
  {
    name: 'post progress',
    allowed: ['Women’s Union leader', 'Women’s Union officer (lead)', 'Front leader', 'Front officer (partner)'],
    request: async () => {
      const built = await runningPlan();
      return { method: 'POST', url: `/api/plan-items/${built.taskIds[0]}/progress`, payload: { reportedOn: '2026-06-01', text: 'Tiến độ' } };
    },
  },
  {
    name: 'record a regulation',
    allowed: managers,
    request: async () => ({
      method: 'POST',
      url: '/api/regulations',
      payload: { number: `${++year}/QCPH`, title: 'Quy chế phối hợp', signedOn: '2026-01-05', validFrom: '2026-01-05', partyIds: [ubnd.id, mttq.id] },
    }),
  },
];

describe.each(cases)('$name', ({ allowed, request }) => {
  it.each(everyone)('as %s', async (who) => {
    const res = await injectAs(t.app, sessions.get(who)!, await request());
    if (allowed.includes(who)) expect(res.statusCode, res.body).toBeLessThan(300);
    else {
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
  });
});

describe('other units', () => {
  it('reads another unit’s plan as not found', async () => {
    const built = await runningPlan();
    const other = await createUnit(t.db);
    const stranger = await createUser(t.db, { unitId: other.id, roles: ['UNIT_ADMIN'] });
    const session = await login(t.app, stranger.username, PASSWORD);
    expect((await injectAs(t.app, session, { method: 'GET', url: `/api/plans/${built.planId}` })).statusCode).toBe(404);
    const res = await injectAs(t.app, session, {
      method: 'POST',
      url: `/api/plan-items/${built.taskIds[0]}/progress`,
      payload: { reportedOn: '2026-06-01', text: 'x' },
    });
    expect(res.statusCode).toBe(404);
    expect((await call<{ items: unknown[] }>(t.app, session, 'GET', '/api/tasks')).items).toEqual([]);
  });
});
