// HTTP helpers for test data: each test creates the users it needs, with unique names, so tests
// run in parallel and in any order against one shared database.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Me } from '@phoihop/shared/auth';
import type { Organisation } from '@phoihop/shared/organisations';
import type { User } from '@phoihop/shared/users';
import { demoTotpSecret, nextOtp } from './totp.ts';

/** The demo ward's accounts all share this password (DEMO=true seed). */
export const demoPassword = 'PhoiHop@2025';

/** Satisfies the password policy: 12–128 characters, not common, no username or unit name. */
export const newUserPassword = 'E2e-MatKhau-2025';

const authDir = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), '.auth');

/** storageState file written by tests/auth.setup.ts for a demo account. */
export function authFile(username: string): string {
  return path.join(authDir, `${username}.json`);
}

/** Lower-case, 3–50 characters of [a-z0-9._-], unique across parallel workers and reruns. */
export function uniqueUsername(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

/**
 * Signs in over HTTP; when the account asks for its second factor (MFA_REQUIRED), again with a
 * fresh code of `totpSecret` (the demo accounts' published key unless named).
 */
export async function login(
  request: APIRequestContext,
  username: string,
  password: string,
  totpSecret = demoTotpSecret,
): Promise<Me> {
  let res = await request.post('/api/auth/login', { data: { username, password } });
  if (res.status() === 401 && ((await res.json()) as { code: string }).code === 'MFA_REQUIRED') {
    const otp = await nextOtp(username, totpSecret);
    res = await request.post('/api/auth/login', { data: { username, password, otp } });
  }
  expect(res.status(), `login ${username}: ${await res.text()}`).toBe(200);
  return (await res.json()) as Me;
}

/** The demo accounts the setup project signs in once per run (tests/auth.setup.ts). */
export const demoUsernames = [
  'admin',
  'quantri',
  'lanhdao',
  'mttq',
  'canbo',
  'canbo-ubnd',
  'canbo-mttq',
  'hdnd',
];

/**
 * Signs the page in as a demo account with the session the setup project opened for it. Each
 * sign-in of these accounts needs a TOTP code, and the API takes each 30-second step's code only
 * once per account: tests share one session per account rather than queue for codes.
 */
export async function signInAsDemo(page: Page, username: string): Promise<void> {
  const { cookies } = JSON.parse(await readFile(authFile(username), 'utf8')) as {
    cookies: Parameters<ReturnType<Page['context']>['addCookies']>[0];
  };
  await page.context().addCookies(cookies);
}

/** The CSRF token of the session the context's cookie belongs to. */
export async function getCsrfToken(request: APIRequestContext): Promise<string> {
  const res = await request.get('/api/auth/me');
  expect(res.status(), `GET /api/auth/me: ${await res.text()}`).toBe(200);
  return ((await res.json()) as Me).csrfToken;
}

async function pickOrganisation(request: APIRequestContext): Promise<Organisation> {
  const res = await request.get('/api/organisations');
  expect(res.status(), `GET /api/organisations: ${await res.text()}`).toBe(200);
  const { items } = (await res.json()) as { items: Organisation[] };
  const organisation = items.find((o) => o.kind === 'WOMENS_UNION') ?? items[0];
  if (!organisation) throw new Error('The demo ward has no organisation');
  return organisation;
}

/**
 * Creates an officer in the caller's unit. `admin` must carry a unit admin's session
 * (e.g. a context made with storageState: authFile('quantri')).
 */
export async function createOfficer(
  admin: APIRequestContext,
  prefix = 'e2e',
): Promise<{ user: User; password: string }> {
  const [csrfToken, organisation] = await Promise.all([
    getCsrfToken(admin),
    pickOrganisation(admin),
  ]);
  const username = uniqueUsername(prefix);
  const res = await admin.post('/api/users', {
    headers: { 'X-CSRF-Token': csrfToken },
    data: {
      username,
      fullName: `Kiểm Thử ${username}`,
      roles: ['ORG_OFFICER'],
      password: newUserPassword,
      organisationId: organisation.id,
    },
  });
  expect(res.status(), `POST /api/users: ${await res.text()}`).toBe(201);
  return { user: (await res.json()) as User, password: newUserPassword };
}

/** A cookie header carrying the context's cookies, to replay a session after its jar changed. */
export async function cookieHeader(request: APIRequestContext): Promise<string> {
  const { cookies } = await request.storageState();
  return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}
