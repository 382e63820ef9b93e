// Schema-driven fuzzing: every write route of the OpenAPI document gets a body built from its
// schema and then broken (wrong types, NUL, lone surrogates, control characters, huge strings,
// deep JSON, huge numbers, impossible dates, __proto__, wrong content types, bad If-Match), and
// every GET route broken query strings and path values, each as a demo user allowed to call it.
// No answer may be a 5xx; a refused request must write nothing; and text and date breaks must be
// refused by the shared schemas (400 VALIDATION_FAILED), not by the database further down.
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Session } from '../helpers/app.ts';
import { DATABASE_REFUSED_INPUT } from '../../src/plugins/errors.ts';
import { demoApp } from '../helpers/demo-ward.ts';
import {
  callersOf,
  createResolver,
  routesOf,
  type ResolvedUrl,
  type Route,
} from './fuzz/routes.ts';
import { idsByField } from './fuzz/ids.ts';
import { sample, type JsonSchema } from './fuzz/sample.ts';
import {
  bodyVariants,
  IF_MATCH_VARIANTS,
  multipartVariants,
  pathBreaks,
  queryBreaks,
  type BodyVariant,
} from './fuzz/variants.ts';

const demo = await demoApp();
const { app, db } = demo.t;
const routes = routesOf(app.swagger() as Parameters<typeof routesOf>[0]);
const resolver = createResolver(app);
const ids = await idsByField(demo);

// Routes the walk cannot fuzz as an allowed caller, and why. Any other route whose valid request
// is refused with 401/403 fails the test: a 403 proves nothing about robustness.
const SKIPS: Record<string, string> = {
  'POST /api/auth/logout': 'takes no input, and would end the session the walk uses',
};

// Breaks the shared schemas must refuse themselves (before any service or database sees them).
// (Body fields and query parameters; not headers, content types or path segments.)
const SCHEMA_BREAKS =
  /^(?!content type|If-Match|body|path)[^:]*: (NUL|lone surrogate|NUL in enum|year 0000|year 0001|year 9999|not a uuid)$/;
// Passwords are compared, never stored as text: any character may be part of one.
const FREE_FIELDS = /(^|\.)(password|currentPassword|newPassword)(\.|:)/;

interface Request {
  method: string;
  url: string;
  payload?: string;
  contentType?: string;
  ifMatch?: string;
}

let sent = 0;
const findings: string[] = [];
// Not failures, but worth a look when the walk reaches less than it should.
const randomIds: string[] = [];
const unsampled: string[] = [];
const late: string[] = [];
const unauthorised: string[] = [];
const wroteOnRefusal: string[] = [];

function send(session: Session | null, request: Request): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = {};
  if (session)
    Object.assign(headers, { cookie: session.cookie, 'x-csrf-token': session.csrfToken });
  if (request.payload !== undefined)
    headers['content-type'] = request.contentType ?? 'application/json';
  if (request.ifMatch !== undefined) headers['if-match'] = request.ifMatch;
  sent += 1;
  return app.inject({
    method: request.method as 'GET',
    url: request.url,
    headers,
    payload: request.payload,
  });
}

const problemOf = (res: LightMyRequestResponse): { code?: string; detail?: string } => {
  try {
    return res.json();
  } catch {
    return {};
  }
};
const refused = (res: LightMyRequestResponse) => res.statusCode === 401 || res.statusCode === 403;
const codeOf = (res: LightMyRequestResponse) => problemOf(res).code;

/** Sends one broken request and notes a 5xx, or a break the schemas let through. */
async function probe(route: string, variant: string, session: Session | null, request: Request) {
  const res = await send(session, request);
  const line = `${route} — ${variant} → ${res.statusCode} ${codeOf(res) ?? ''}`.trim();
  if (res.statusCode >= 500) findings.push(line);
  else if (problemOf(res).detail === DATABASE_REFUSED_INPUT)
    late.push(`${line} (refused by the database)`);
  else if (
    SCHEMA_BREAKS.test(variant) &&
    !FREE_FIELDS.test(variant) &&
    codeOf(res) !== 'VALIDATION_FAILED'
  )
    late.push(line);
  return res;
}

/** The version to send in If-Match: the record's ETag (or version) as the caller reads it. */
async function etagFor(url: string, session: Session | null): Promise<string | undefined> {
  if (!session) return undefined;
  const record =
    /^(.*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/.exec(url)?.[1] ?? url;
  const res = await send(session, { method: 'GET', url: record });
  if (res.statusCode !== 200) return undefined;
  const etag = res.headers.etag;
  if (typeof etag === 'string') return etag;
  const version = res.json<{ version?: unknown }>().version;
  // Settings never saved carry version null, and "0" in If-Match.
  return typeof version === 'number' ? `"${version}"` : version === null ? '"0"' : undefined;
}

/** A valid-looking body: every field first, else only the required ones. */
async function baseBody(
  key: string,
  session: Session | null,
  request: Request,
  schema: JsonSchema,
) {
  let last: { body: unknown; res: LightMyRequestResponse } | undefined;
  for (const [name, body] of [
    ['sampled body', sample(schema, { ids })],
    ['required fields only', sample(schema, { requiredOnly: true, ids })],
  ] as const) {
    const res = await probe(key, name, session, {
      ...request,
      payload: JSON.stringify(body ?? {}),
    });
    last = { body: body ?? {}, res };
    if (codeOf(res) !== 'VALIDATION_FAILED') break;
  }
  return last!;
}

async function fuzzWrite(route: Route, session: Session | null, target: ResolvedUrl) {
  const key = `${route.method} ${route.path}`;
  const request: Request = { method: route.method, url: target.url };
  let ifMatch = await etagFor(target.url, session);
  const withVersion = (r: Request): Request =>
    ifMatch && r.ifMatch === undefined ? { ...r, ifMatch } : r;

  const schema = route.body !== 'multipart' ? (route.body ?? { type: 'object' }) : null;
  let variants: BodyVariant[];
  let base: LightMyRequestResponse;
  if (schema) {
    const built = await baseBody(key, session, withVersion(request), schema);
    base = built.res;
    if (codeOf(base) === 'VALIDATION_FAILED') unsampled.push(key);
    variants = route.body ? bodyVariants(schema, built.body) : [];
  } else {
    base = await probe(key, 'empty upload', session, withVersion({ ...request, payload: '{}' }));
    variants = multipartVariants();
  }
  if (refused(base) && session) return false;
  if (base.statusCode < 300) ifMatch = await etagFor(target.url, session);

  const before = await db.auditLog.count();
  let accepted = false;
  const run = async (variant: string, r: Request) => {
    const res = await probe(key, variant, session, r);
    if (res.statusCode < 300) {
      accepted = true;
      ifMatch = await etagFor(target.url, session);
    }
  };
  for (const v of variants)
    await run(v.name, withVersion({ ...request, payload: v.payload, contentType: v.contentType }));
  if (ifMatch) {
    const payload = schema ? JSON.stringify(sample(schema, { ids }) ?? {}) : '{}';
    for (const [name, value] of IF_MATCH_VARIANTS)
      await run(`If-Match: ${name}`, { ...request, payload, ifMatch: value });
  }
  for (const param of route.parameters.filter((p) => p.in === 'path')) {
    for (const [name, raw] of pathBreaks(param.schema)) {
      await run(
        `path ${param.name}: ${name}`,
        withVersion({ ...request, url: target.with(param.name, raw), payload: '{}' }),
      );
    }
  }
  // Wrong passwords (at sign-in, or the current one when changing it) are audited by design
  // (ASVS V16.3); every other refusal must leave no trace.
  const auditsRefusals = ['/api/auth/login', '/api/auth/change-password'].includes(route.path);
  if (!accepted && !auditsRefusals && (await db.auditLog.count()) !== before)
    wroteOnRefusal.push(key);
  return true;
}

async function fuzzRead(route: Route, session: Session, target: ResolvedUrl) {
  const key = `${route.method} ${route.path}`;
  const base = await probe(key, 'as listed', session, { method: 'GET', url: target.url });
  if (refused(base)) return false;
  for (const param of route.parameters.filter((p) => p.in === 'query')) {
    for (const [name, raw] of queryBreaks(param.schema)) {
      const query = `${param.name}=${raw.replace('{name}', param.name)}`;
      await probe(key, `?${param.name}: ${name}`, session, {
        method: 'GET',
        url: `${target.url}?${query}`,
      });
    }
  }
  for (const param of route.parameters.filter((p) => p.in === 'path')) {
    for (const [name, raw] of pathBreaks(param.schema)) {
      await probe(key, `path ${param.name}: ${name}`, session, {
        method: 'GET',
        url: target.with(param.name, raw),
      });
    }
  }
  return true;
}

/** Fuzzes a route as the first of its callers that it does not refuse; false if it refuses all. */
async function fuzzRoute(route: Route): Promise<boolean> {
  if (route.path === '/api/auth/login')
    return fuzzWrite(route, null, await resolver.urlOf(route, null));
  for (const username of callersOf(route.path)) {
    const session = await demo.as(username);
    const target = await resolver.urlOf(route, session);
    const done =
      route.method === 'GET'
        ? await fuzzRead(route, session, target)
        : await fuzzWrite(route, session, target);
    if (done && !target.realIds) randomIds.push(`${route.method} ${route.path}`);
    if (done) return true;
  }
  return false;
}

describe('schema-driven fuzzing of the API', () => {
  it('refuses NUL and lone surrogates in the login username before looking anyone up', async () => {
    const before = await db.auditLog.count();
    for (const username of ['admin\u0000', '\ud800admin', 'ad\u0007min']) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: 'x' },
      });
      expect(res.statusCode, JSON.stringify(username)).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
    expect(await db.auditLog.count()).toBe(before);
  });

  it(
    'answers every broken request of every route with a 4xx that the schemas gave',
    { timeout: 600_000 },
    async () => {
      const walked: string[] = [];
      for (const route of routes) {
        const key = `${route.method} ${route.path}`;
        if (SKIPS[key] || !route.path.startsWith('/api/') || route.path.startsWith('/api/docs'))
          continue;
        if (
          route.method === 'GET' &&
          !route.parameters.some((p) => p.in === 'query' || p.in === 'path')
        )
          continue;
        if (!(await fuzzRoute(route)))
          unauthorised.push(`${key}: refused to ${callersOf(route.path).join(', ')}`);
        walked.push(key);
      }
      expect(walked.length).toBeGreaterThan(100);
      // Exports the walk queued run in the background: let them end before the database goes.
      for (let i = 0; i < 50; i++) {
        if ((await db.exportJob.count({ where: { status: { in: ['QUEUED', 'RUNNING'] } } })) === 0)
          break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const sections: [string, string[]][] = [
        ['5xx answers', findings],
        [
          'routes refused to every caller (name another caller, or a skip with its reason)',
          unauthorised,
        ],
        ['breaks the shared schemas let through', late],
        ['routes that wrote an audit row for a refused request', wroteOnRefusal],
      ];
      const report = sections
        .filter(([, lines]) => lines.length > 0)
        .map(([title, lines]) => `${title}:\n  ${lines.join('\n  ')}`)
        .join('\n');
      console.info(
        `fuzz: ${walked.length} routes, ${sent} requests; random path ids on ${randomIds.length}: ` +
          `${randomIds.join(', ')}; sampled body refused on ${unsampled.length}: ${unsampled.join(', ')}`,
      );
      expect(report).toBe('');
    },
  );
});
