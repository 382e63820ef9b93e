// The routes of the OpenAPI document, who may call each, and real records for their path ids.
import type { FastifyInstance } from 'fastify';
import { injectAs, type Session } from '../../helpers/app.ts';
import type { JsonSchema } from './sample.ts';

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema: JsonSchema;
}

export interface Route {
  method: string;
  /** OpenAPI form: /api/cases/{id} */
  path: string;
  parameters: Parameter[];
  /** The JSON body's schema, or `multipart` for uploads, or null when it takes none. */
  body: JsonSchema | 'multipart' | null;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

// Upload routes read their multipart body in the handler, so OpenAPI shows no request body.
const MULTIPART = new Set(['POST /api/attachments/', 'POST /api/plans/import/']);

export function routesOf(document: { paths: Record<string, Record<string, Operation>> }): Route[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const key = `${method.toUpperCase()} ${path}`;
      const json = operation.requestBody?.content?.['application/json']?.schema;
      return {
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        body: MULTIPART.has(key) ? 'multipart' : (json ?? null),
      };
    }),
  );
}

// Demo accounts allowed to work in each area (README's demo accounts), by longest prefix, tried in
// turn until one is not refused: who may act depends on the record (its organisation, its stage).
const CALLERS: [string, string[]][] = [
  ['/api/auth/', ['canbo']],
  ['/api/units', ['admin']],
  ['/api/calendar', ['admin']],
  ['/api/settings/legal', ['admin']],
  ['/api/organisations', ['quantri', 'admin']],
  ['/api/users', ['quantri', 'admin']],
  ['/api/audit', ['quantri']],
  ['/api/settings/report', ['quantri']],
  ['/api/notifications', ['canbo']],
  ['/api/attachments', ['canbo-ubnd']],
  ['/api/regulations', ['lanhdao']],
  ['/api/plans/import', ['quantri']],
  ['/api/plans', ['lanhdao']],
  ['/api/plan-items', ['lanhdao']],
  ['/api/tasks', ['lanhdao']],
  ['/api/cases', ['canbo-ubnd', 'lanhdao']],
  ['/api/reception', ['canbo-ubnd']],
  ['/api/mediation', ['canbo-ubnd']],
  ['/api/exports', ['canbo-ubnd']],
  ['/api/supervision', ['canbo-mttq']],
  ['/api/recommendations', ['canbo-mttq', 'canbo-ubnd', 'lanhdao']],
  ['/api/drafts', ['canbo-mttq']],
  ['/api/draft-comments', ['canbo-mttq']],
  ['/api/suggestion', ['canbo-mttq']],
  ['/api/box-openings', ['canbo-mttq']],
  ['/api/voter-', ['hdnd', 'canbo-ubnd', 'lanhdao']],
  ['/api/reports', ['lanhdao']],
  ['/api/dashboard', ['lanhdao']],
];

// Tried after an area's own callers, for routes the table above does not know yet.
const EVERYONE = [
  'admin',
  'quantri',
  'lanhdao',
  'mttq',
  'canbo-ubnd',
  'canbo-mttq',
  'hdnd',
  'canbo',
];

export const ACCOUNTS = EVERYONE;

export function callersOf(path: string): string[] {
  const match = CALLERS.filter(([prefix]) => path.startsWith(prefix)).sort(
    (a, b) => b[0].length - a[0].length,
  )[0];
  return [...new Set([...(match?.[1] ?? []), ...EVERYONE])];
}

// Lists to take a record from when the path's own collection has none.
const SOURCES: Record<string, string> = {
  '/api/plan-items': '/api/tasks',
  '/api/reception/visits': '/api/reception/sessions/{id}/visits',
  '/api/mediation/mediators': '/api/mediation/teams/{id}',
  '/api/draft-comments': '/api/drafts/{id}',
};

/** The first record id in a JSON answer that is not one of the walk's own accounts. */
function firstId(value: unknown, depth = 0): string | undefined {
  if (depth > 3 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    const record = value.find(
      (v): v is { id: string } =>
        typeof v === 'object' &&
        v !== null &&
        typeof (v as { id?: unknown }).id === 'string' &&
        !ACCOUNTS.includes(String((v as { username?: unknown }).username)),
    );
    return record?.id;
  }
  for (const child of Object.values(value)) {
    const id = firstId(child, depth + 1);
    if (id) return id;
  }
  return undefined;
}

export interface ResolvedUrl {
  url: string;
  /** Whether every path id is a real record the caller can see. */
  realIds: boolean;
  /** The same URL with one path parameter replaced by a raw (percent-encoded) value. */
  with: (name: string, raw: string) => string;
}

const fill = (path: string, values: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

export function createResolver(app: FastifyInstance) {
  const cache = new Map<string, string | undefined>();

  async function idFrom(collection: string, session: Session): Promise<string | undefined> {
    const key = `${session.userId} ${collection}`;
    if (cache.has(key)) return cache.get(key);
    let id: string | undefined;
    const source = SOURCES[collection];
    if (source) {
      const parent = source.includes('{id}')
        ? await idFrom(source.split('/{id}')[0]!, session)
        : undefined;
      if (!source.includes('{id}') || parent)
        id = await idAt(source.replace('{id}', parent ?? ''), session);
    } else {
      id = (await idAt(`${collection}/`, session)) ?? (await idAt(collection, session));
    }
    cache.set(key, id);
    return id;
  }

  async function idAt(url: string, session: Session): Promise<string | undefined> {
    const res = await injectAs(app, session, { method: 'GET', url });
    return res.statusCode === 200 ? firstId(res.json()) : undefined;
  }

  /** The route's URL with real records (else random ids) for its path parameters. */
  async function urlOf(route: Route, session: Session | null): Promise<ResolvedUrl> {
    let url = route.path;
    let realIds = true;
    const values: Record<string, string> = {};
    for (const param of route.parameters.filter((p) => p.in === 'path')) {
      const [before] = url.split(`{${param.name}}`);
      let value: string;
      if (param.schema.enum) value = String(param.schema.enum[0]);
      else if (param.name === 'year') value = '2025';
      else if (param.schema.type === 'integer') value = '1';
      else {
        const id = session ? await idFrom(before!.replace(/\/$/, ''), session) : undefined;
        realIds &&= id !== undefined;
        value = id ?? crypto.randomUUID();
      }
      values[param.name] = value;
      url = url.replace(`{${param.name}}`, value);
    }
    return { url, realIds, with: (name, raw) => fill(route.path, { ...values, [name]: raw }) };
  }

  return { urlOf };
}
