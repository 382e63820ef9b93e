// The whole demo ward (plans, letters, reception and mediation, supervision, civic records and the
// saved 2025 report) seeded into a test database the way the server seeds an empty one.
import { createPrisma, type Db } from '../../src/db/prisma.ts';
import { seedDemo } from '../../src/seed/seed-demo.ts';
import { seedDemoCases } from '../../src/seed/seed-demo-cases.ts';
import { seedDemoCivic } from '../../src/seed/seed-demo-civic.ts';
import { seedDemoPlans, type ServicesAt } from '../../src/seed/seed-demo-plans.ts';
import { seedDemoReception } from '../../src/seed/seed-demo-reception.ts';
import { seedDemoReports } from '../../src/seed/seed-demo-reports.ts';
import { seedDemoSupervision } from '../../src/seed/seed-demo-supervision.ts';
import { createServices } from '../../src/services.ts';
import { testConfig } from '../helpers/app.ts';
import { createTestDatabase } from '../helpers/database.ts';

/** The day the demo tests seed on: the demo's 2026 is under way. */
export const DEMO_NOW = new Date('2026-11-26T03:00:00Z');

export async function seedDemoWard(): Promise<{ url: string; db: Db; drop: () => Promise<void>; reports: number }> {
  const database = await createTestDatabase();
  const db = createPrisma(database.url, 4);
  const config = testConfig();
  const servicesAt: ServicesAt = (clock) => createServices(db, config, clock);
  await seedDemo(db);
  await seedDemoPlans(servicesAt, db, DEMO_NOW);
  await seedDemoCases(servicesAt, db, DEMO_NOW);
  await seedDemoReception(servicesAt, db, DEMO_NOW);
  await seedDemoSupervision(servicesAt, db, DEMO_NOW);
  await seedDemoCivic(servicesAt, db, DEMO_NOW);
  const { reports } = await seedDemoReports(servicesAt, db, DEMO_NOW);
  return {
    url: database.url,
    db,
    reports,
    drop: async () => {
      await db.$disconnect();
      await database.drop();
    },
  };
}
