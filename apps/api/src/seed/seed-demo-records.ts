// The demo ward's records after its accounts (seedDemo): plans, letters, reception and mediation,
// supervision, civic work and the saved 2025 report, in that order (each reads what the ones
// before it wrote). One sequence for the server, the CLI and the tests' demo database.
import type { Db } from '../db/prisma.ts';
import { seedDemoCases } from './seed-demo-cases.ts';
import { seedDemoCivic } from './seed-demo-civic.ts';
import { seedDemoPlans, type ServicesAt } from './seed-demo-plans.ts';
import { seedDemoReception } from './seed-demo-reception.ts';
import { seedDemoReports } from './seed-demo-reports.ts';
import { seedDemoSupervision } from './seed-demo-supervision.ts';

export async function seedDemoRecords(servicesAt: ServicesAt, db: Db, now = new Date()) {
  const plans = await seedDemoPlans(servicesAt, db, now);
  const cases = await seedDemoCases(servicesAt, db, now);
  const reception = await seedDemoReception(servicesAt, db, now);
  const supervision = await seedDemoSupervision(servicesAt, db, now);
  const civic = await seedDemoCivic(servicesAt, db, now);
  const reports = await seedDemoReports(servicesAt, db, now);
  return { plans, cases, reception, supervision, civic, reports };
}
