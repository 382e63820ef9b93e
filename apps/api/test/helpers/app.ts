// `buildTestApp()` gives each test file its own database and app (fastify/demo's build(t)).
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll } from 'vitest';
import { buildApp, type AppRuntime } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config/env.ts';
import { createPrisma, type Db } from '../../src/db/prisma.ts';
import { createServices, type Services } from '../../src/services.ts';
import { expectAuditRow, watchAuditCoverage } from './audit-coverage.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  config: Config;
  /** Moves the clock the services see (session expiry, lockouts). */
  clock: { now: Date; advanceMinutes: (minutes: number) => void };
  databaseUrl: string;
  services: Services;
}

export function testConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({ NODE_ENV: 'test', DEMO: 'false', WEB_DIST: '/nonexistent', ...overrides });
}

/** What a test may swap in through the composition root: where logs go, a wrapped database client. */
export interface TestAppOptions {
  runtime?: AppRuntime;
  /** The client the services get, built on the test database's own. */
  servicesDb?: (db: Db) => Db;
}

/**
 * The app on a fresh database of its own, or on `database` (dropped afterwards when it comes with
 * its `drop`; a second app on another's database leaves that to the first).
 */
export async function buildTestApp(
  env: NodeJS.ProcessEnv = {},
  database?: TestDatabase,
  options: TestAppOptions = {},
): Promise<TestApp> {
  const { url, drop = async () => {} } = database ?? (await createTestDatabase());
  const config = testConfig(env);
  const db = createPrisma(url, 4);
  const clock = {
    now: new Date(),
    advanceMinutes(minutes: number) {
      clock.now = new Date(clock.now.getTime() + minutes * 60_000);
    },
  };
  const services = createServices(options.servicesDb?.(db) ?? db, config, () => clock.now);
  const app = await buildApp(config, services, options.runtime);
  watchAuditCoverage(app, db);
  await app.ready();
  afterAll(async () => {
    await app.close();
    await db.$disconnect();
    await drop();
  });
  return { app, db, config, clock, databaseUrl: url, services };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  userId: string;
}

export async function login(app: FastifyInstance, username: string, password: string): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === app.sessionCookie.name);
  if (!cookie) throw new Error('no session cookie');
  const me = res.json<{ csrfToken: string; user: { id: string } }>();
  return { cookie: `${cookie.name}=${cookie.value}`, csrfToken: me.csrfToken, userId: me.user.id };
}

/** A request as a logged-in user, with the CSRF header a browser client sends. */
export async function injectAs(
  app: FastifyInstance,
  session: Session,
  options: InjectOptions & { method: string; url: string },
): Promise<LightMyRequestResponse> {
  const res = await app.inject({
    ...options,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...options.headers },
  } as InjectOptions);
  await expectAuditRow(app, options.method, options.url, res);
  return res;
}
