// The API's log lines carry ids, codes and field names, never what people typed: no request
// body or query (a search may be a denouncer's name), no cookie, and errors without the values
// Prisma and PostgreSQL copy into their messages (a failed write's whole `data`, "Key (…)=(…)",
// "Failing row contains (…)").
import type { FastifyServerOptions } from 'fastify';

/** Anything with pino's `write(line)`: stdout by default, a memory buffer in tests. */
export interface LogStream {
  write(line: string): void;
}

/** The path of a URL, its query string dropped. */
export const pathOf = (url: string) => url.split('?', 1)[0] ?? '';

type Bag = Record<string, unknown>;
const isBag = (value: unknown): value is Bag => typeof value === 'object' && value !== null;
const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;

/** Prisma's errors all carry the client's version; their messages quote the query's arguments. */
const isPrismaError = (err: Bag) => typeof err.clientVersion === 'string';

/** PostgreSQL's own error fields (node-postgres, or the Prisma adapter's cause) that name no value. */
const databaseFields = [
  'code',
  'originalCode',
  'kind',
  'severity',
  'constraint',
  'table',
  'column',
  'schema',
  'routine',
] as const;

/** What a Prisma error's `meta` says without values: model, fields, constraint, the database's code. */
function safeMeta(meta: unknown): Bag | undefined {
  if (!isBag(meta)) return undefined;
  const out: Bag = {};
  for (const key of ['modelName', 'target', 'field_name', 'column_name', 'constraint', 'code']) {
    const value = meta[key];
    if (text(value) !== undefined) out[key] = text(value);
    else if (Array.isArray(value)) out[key] = value.filter((v) => typeof v === 'string');
  }
  const adapter = meta.driverAdapterError;
  const cause = isBag(adapter) && isBag(adapter.cause) ? adapter.cause : undefined;
  if (cause) out.database = pick(cause, databaseFields);
  return Object.keys(out).length ? out : undefined;
}

function pick(from: Bag, keys: readonly string[]): Bag {
  const out: Bag = {};
  for (const key of keys) if (text(from[key]) !== undefined) out[key] = text(from[key]);
  return out;
}

/** The stack's frames only: its first line repeats the message. */
const framesOf = (stack: unknown) =>
  typeof stack === 'string'
    ? stack
        .split('\n')
        .filter((line) => /^\s+at /.test(line))
        .join('\n')
    : '';

/** What the logs keep of an error (Fastify's serializer shape: type, message and stack always). */
export interface SerializedError {
  type: string;
  message: string;
  stack: string;
  [key: string]: unknown;
}

/**
 * An error as the logs keep it: its type, code and frames; the message only when no database
 * wrote it (Prisma's and PostgreSQL's quote the values); the cause likewise, a few levels down.
 */
export function serializeError(err: unknown, depth = 0): SerializedError {
  if (!isBag(err)) return { type: typeof err, message: '', stack: '' };
  const type = text((err.constructor as { name?: unknown } | undefined)?.name) ?? 'Error';
  const prisma = isPrismaError(err);
  const database = prisma || typeof err.severity === 'string';
  const message =
    !database && typeof err.message === 'string' ? err.message : '[withheld: database error]';
  const out: SerializedError = {
    type,
    message,
    stack: framesOf(err.stack),
    ...pick(err, ['name', 'code', 'errorCode', 'statusCode']),
  };
  if (prisma) {
    out.clientVersion = err.clientVersion;
    const meta = safeMeta(err.meta);
    if (meta) out.meta = meta;
  } else if (database) {
    Object.assign(out, pick(err, databaseFields));
  }
  if (err.cause !== undefined && depth < 3) out.cause = serializeError(err.cause, depth + 1);
  return out;
}

/** A request as the logs keep it: no query string, no headers, no body. */
export const serializeRequest = (req: { id: string; method: string; url: string }) => ({
  id: req.id,
  method: req.method,
  path: pathOf(req.url),
});

export function loggerOptions(
  level: string,
  stream?: LogStream,
): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      err: serializeError,
      error: serializeError,
      req: serializeRequest,
    },
    // Belt and braces for anything logged under these names by hand or by a plugin.
    redact: {
      paths: [
        'req.headers',
        'req.body',
        'req.query',
        'body',
        'query',
        'data',
        'params',
        'res.headers["set-cookie"]',
      ],
      censor: '[redacted]',
    },
  };
}
