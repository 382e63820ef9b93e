// The demo ward as the server seeds an empty database (accounts, plans, letters, reception and
// mediation, supervision, civic work, the saved 2025 report), at the fixed DEMO_NOW. Seeding takes
// a minute or more, so it is done once per run into a template database (named by
// global-setup.ts), and each test file gets its own copy of it, as createTestDatabase gives the
// empty one. The first file to ask builds it while the others wait on an advisory lock; a run
// without such a file never seeds. Tests of the seeding itself seed their own database instead.
import pg from 'pg';
import { inject } from 'vitest';
import demo from '../../../../prisma/seed/demo-ward.json' with { type: 'json' };
import { createDatabaseFromTemplate, dropDatabase, withDatabase } from '../../src/db/database-admin.ts';
import { createPrisma } from '../../src/db/prisma.ts';
import { seedDemo } from '../../src/seed/seed-demo.ts';
import { seedDemoRecords } from '../../src/seed/seed-demo-records.ts';
import { createServices } from '../../src/services.ts';
import { buildTestApp, login, testConfig, type Session, type TestApp } from './app.ts';
import { createTestDatabase } from './database.ts';

/** The day the demo is seeded and read on: its 2026 is under way. */
export const DEMO_NOW = new Date('2026-11-26T03:00:00Z');

async function seedTemplate(url: string): Promise<void> {
  await createDatabaseFromTemplate(url, inject('templateDb'));
  const db = createPrisma(url, 4);
  const config = testConfig();
  try {
    await seedDemo(db);
    await seedDemoRecords((clock) => createServices(db, config, clock), db, DEMO_NOW);
  } catch (error) {
    await db.$disconnect();
    // Half a demo must not pass for the demo with the next file that asks.
    await dropDatabase(url);
    throw error;
  }
  // A template is cloned only while nobody is connected to it.
  await db.$disconnect();
}

/** The demo template's name, built first if no file of this run has built it yet. */
async function demoTemplate(): Promise<string> {
  const name = inject('demoTemplateDb');
  const server = new pg.Client({ connectionString: withDatabase(inject('serverUrl'), 'postgres') });
  await server.connect();
  try {
    // Released when this session ends, here or with a worker that dies while seeding.
    await server.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    const built = await server.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (built.rowCount === 0) await seedTemplate(withDatabase(inject('serverUrl'), name));
  } finally {
    await server.end();
  }
  return name;
}

/** A copy of the demo ward's database for this file alone, to read and write as it likes. */
export const createDemoDatabase = async () => createTestDatabase(await demoTemplate());

export interface DemoApp {
  t: TestApp;
  ward: { id: string; name: string };
  /** A demo account logged in, one session per username. */
  as: (username: string) => Promise<Session>;
  /** The id of the ward's organisation of that name. */
  organisation: (name: string) => Promise<string>;
}

/** The app on a copy of the demo ward, its clock at DEMO_NOW. */
export async function demoApp(): Promise<DemoApp> {
  const t = await buildTestApp({}, await createDemoDatabase());
  t.clock.now = DEMO_NOW;
  const ward = await t.db.adminUnit.findUniqueOrThrow({ where: { code: 'HOANH-SON' }, select: { id: true, name: true } });
  const sessions = new Map<string, Promise<Session>>();
  const as = (username: string) => {
    if (!sessions.has(username)) sessions.set(username, login(t.app, username, demo.password));
    return sessions.get(username)!;
  };
  const organisation = async (name: string) =>
    (await t.db.organisation.findFirstOrThrow({ where: { unitId: ward.id, name }, select: { id: true } })).id;
  return { t, ward, as, organisation };
}
