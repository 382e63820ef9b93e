// A valid-looking value from a route's JSON schema (as @fastify/swagger publishes it), and the
// leaves of that value with their schemas, for the fuzz test to break one at a time.
import { randomUUID } from 'node:crypto';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  nullable?: boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

// Strings that satisfy the patterns the shared schemas use (identity numbers, phones, codes…).
const PATTERN_CANDIDATES = [
  '123456789',
  '0912345678',
  'HS-01',
  '2026',
  '1',
  '08:00',
  '#1f6feb',
  'abc',
];

const typeOf = (schema: JsonSchema): string | undefined => {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  return type ?? (schema.properties ? 'object' : schema.items ? 'array' : undefined);
};

/** One non-null branch of a union, or the merged parts of an intersection. */
export function resolve(schema: JsonSchema): JsonSchema {
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    const branch = branches.find((b) => typeOf(b) !== 'null' && b.type !== 'null') ?? branches[0]!;
    return resolve(branch);
  }
  if (schema.allOf) {
    return schema.allOf.map(resolve).reduce<JsonSchema>(
      (merged, part) => ({
        ...merged,
        ...part,
        properties: { ...merged.properties, ...part.properties },
        required: [...(merged.required ?? []), ...(part.required ?? [])],
      }),
      {},
    );
  }
  return schema;
}

/** Real record ids by field name (organisationId, teamIds…), so a sampled body gets past the service. */
export type IdsByField = (field: string) => string | undefined;

function sampleString(schema: JsonSchema, field: string, ids: IdsByField): string | undefined {
  if (schema.format === 'uuid') return ids(field) ?? randomUUID();
  // A year the demo ward has closed: its records, reports and sessions are all in the past.
  if (schema.format === 'date') return '2025-11-20';
  if (schema.format === 'date-time') return '2025-11-20T03:00:00.000Z';
  if (/password/i.test(field)) return 'Thu-nghiem-2026';
  if (schema.format === 'email') return 'fuzz@example.vn';
  const min = schema.minLength ?? 1;
  const max = schema.maxLength ?? 200;
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern, 'u');
    return PATTERN_CANDIDATES.find((c) => pattern.test(c) && c.length >= min && c.length <= max);
  }
  return 'Thử nghiệm '.padEnd(min, 'x').slice(0, Math.max(max, 1));
}

/** A value the schema accepts, as far as its shape says; `undefined` when none can be made. */
export function sample(
  input: JsonSchema,
  options: { requiredOnly?: boolean; ids?: IdsByField } = {},
  field = '',
  depth = 0,
): unknown {
  const { requiredOnly = false, ids = () => undefined } = options;
  const schema = resolve(input);
  if ('const' in schema) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum) return schema.enum[0];
  switch (typeOf(schema)) {
    case 'object': {
      if (depth > 6) return {};
      const value: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        const required = schema.required?.includes(key) ?? false;
        if (requiredOnly && !required) continue;
        const v = sample(property, options, key, depth + 1);
        if (v !== undefined) value[key] = v;
        else if (required) return undefined;
      }
      return value;
    }
    case 'array': {
      const item = schema.items ? sample(schema.items, options, field, depth + 1) : undefined;
      return item === undefined
        ? []
        : Array.from({ length: Math.max(schema.minItems ?? 1, 1) }, () => item);
    }
    case 'string':
      return sampleString(schema, field, ids);
    case 'integer':
    case 'number':
      return Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
    case 'boolean':
      return false;
    default:
      return undefined;
  }
}

export interface Leaf {
  path: (string | number)[];
  schema: JsonSchema;
}

/** The scalar (or empty) places of `value`, first `max` of them, breadth first. */
export function leavesOf(schema: JsonSchema, value: unknown, max = 20): Leaf[] {
  const leaves: Leaf[] = [];
  const queue: Leaf[] = [{ path: [], schema }];
  while (queue.length > 0 && leaves.length < max) {
    const { path, schema: s } = queue.shift()!;
    const resolved = resolve(s);
    const here = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
    if (typeOf(resolved) === 'object' && here && typeof here === 'object' && !Array.isArray(here)) {
      if (path.length > 0) leaves.push({ path, schema: resolved });
      for (const key of Object.keys(here))
        queue.push({ path: [...path, key], schema: resolved.properties?.[key] ?? {} });
    } else if (
      typeOf(resolved) === 'array' &&
      Array.isArray(here) &&
      here.length > 0 &&
      resolved.items
    ) {
      leaves.push({ path, schema: resolved });
      queue.push({ path: [...path, 0], schema: resolved.items });
    } else if (path.length > 0) {
      leaves.push({ path, schema: resolved });
    }
  }
  return leaves;
}

/** `value` with the place at `path` replaced (deep copy). */
export function withLeaf(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = replacement;
  return copy;
}

export const schemaType = typeOf;
