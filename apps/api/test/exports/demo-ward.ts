// The demo ward's records (plans, letters, reception and mediation, supervision, voter contact)
// seeded into this test file's database the way the server seeds an empty one, and the app on it.
import { seedDemo } from '../../src/seed/seed-demo.ts';
import { seedDemoCases } from '../../src/seed/seed-demo-cases.ts';
import { seedDemoCivic } from '../../src/seed/seed-demo-civic.ts';
import { seedDemoPlans, type ServicesAt } from '../../src/seed/seed-demo-plans.ts';
import { seedDemoReception } from '../../src/seed/seed-demo-reception.ts';
import { seedDemoSupervision } from '../../src/seed/seed-demo-supervision.ts';
import { createServices } from '../../src/services.ts';
import { buildTestApp, login, type Session } from '../helpers/app.ts';

/** The day the demo is seeded and read on: its 2026 is under way. */
export const DEMO_NOW = new Date('2026-11-26T03:00:00Z');

export async function demoApp() {
  const t = await buildTestApp();
  t.clock.now = DEMO_NOW;
  const servicesAt: ServicesAt = (clock) => createServices(t.db, t.config, clock);
  const { password } = await seedDemo(t.db);
  await seedDemoPlans(servicesAt, t.db, DEMO_NOW);
  await seedDemoCases(servicesAt, t.db, DEMO_NOW);
  await seedDemoReception(servicesAt, t.db, DEMO_NOW);
  await seedDemoSupervision(servicesAt, t.db, DEMO_NOW);
  await seedDemoCivic(servicesAt, t.db, DEMO_NOW);
  const ward = await t.db.adminUnit.findUniqueOrThrow({ where: { code: 'HOANH-SON' } });
  const sessions = new Map<string, Session>();
  const as = async (username: string) => {
    if (!sessions.has(username)) sessions.set(username, await login(t.app, username, password));
    return sessions.get(username)!;
  };
  const organisation = async (name: string) => (await t.db.organisation.findFirstOrThrow({ where: { unitId: ward.id, name } })).id;
  return { t, ward, as, organisation };
}
