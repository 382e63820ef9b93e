// `buildTestApp()` gives each test file its own database and app (fastify/demo's build(t)).
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { generate } from 'otplib';
import { buildApp, type AppRuntime } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config/env.ts';
import { createPrisma, type Db } from '../../src/db/prisma.ts';
import { openSecret } from '../../src/lib/secret-box.ts';
import { createServices, type Services } from '../../src/services.ts';
import { expectAuditRow, watchAuditCoverage } from './audit-coverage.ts';
import { onFileDone } from './cleanup.ts';
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
  testApps.set(app, { db, config, clock });
  onFileDone(async () => {
    await app.close();
    await db.$disconnect();
    await drop();
  });
  return { app, db, config, clock, databaseUrl: url, services };
}

/** What login() needs to know of an app to compute a second-factor code at the app's clock. */
const testApps = new WeakMap<FastifyInstance, Pick<TestApp, 'db' | 'config' | 'clock'>>();

/**
 * The code of the user's enrolled authenticator at the app's clock, if they have one. Tests sign
 * in the same account several times at a fixed clock, which the replay guard would refuse; the
 * helper stands in for the 30 seconds a person would wait by forgetting the step last used.
 */
export async function currentOtp(
  app: FastifyInstance,
  username: string,
): Promise<string | undefined> {
  const t = testApps.get(app);
  if (!t) return undefined;
  const user = await t.db.user.findUnique({ where: { username }, select: { secondFactor: true } });
  const factor = user?.secondFactor;
  if (!factor?.enrolledAt) return undefined;
  const epoch = Math.floor(t.clock.now.getTime() / 1000);
  const step = Math.floor(epoch / 30);
  if (factor.lastStep !== null && factor.lastStep >= step) {
    await t.db.secondFactor.update({
      where: { userId: factor.userId },
      data: { lastStep: step - 1 },
    });
  }
  return generate({ secret: openSecret(t.config.secondFactorKey, factor.secret), epoch });
}

export interface Session {
  cookie: string;
  csrfToken: string;
  userId: string;
}

/** Signs in with the password and, when the account has an authenticator, its current code. */
export async function login(
  app: FastifyInstance,
  username: string,
  password: string,
): Promise<Session> {
  const otp = await currentOtp(app, username);
  const payload = { username, password, ...(otp ? { otp } : {}) };
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload });
  if (res.statusCode !== 200)
    throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
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
