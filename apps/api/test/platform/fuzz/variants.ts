// The broken inputs the fuzz test sends: per body leaf, per query parameter, per path parameter,
// whole bodies and If-Match headers. Each list is short on purpose: the test runs on every push.
import { leavesOf, schemaType, withLeaf, type JsonSchema } from './sample.ts';

export interface BodyVariant {
  name: string;
  payload: string;
  contentType?: string;
}

const STRING_BREAKS: [string, unknown][] = [
  ['NUL', 'a\u0000b'],
  ['lone surrogate', '\ud800'],
  ['wrong type', 12345],
];
const EXTRA_STRING_BREAKS: [string, unknown][] = [
  ['control character', 'a\u0007b'],
  ['bidi override', '\u202Eabc'],
  ['escape sequence', '\u001b[31m'],
];
const NUMBER_BREAKS: [string, unknown][] = [
  ['huge', 1e20],
  ['int4 overflow', 2147483648],
  ['negative', -1],
  ['fraction', 1.5],
  ['numeric string', '1'],
];
const DATE_BREAKS: [string, unknown][] = [
  ['year 0000', '0000-01-01'],
  ['year 0001', '0001-01-01'],
  ['year 9999', '9999-12-31'],
  ['30 February', '2026-02-30'],
];
const DATE_TIME_BREAKS: [string, unknown][] = [
  ['year 0001', '0001-01-01T00:00:00Z'],
  ['year 9999', '9999-12-31T23:59:59Z'],
  ['no zone', '2026-11-20T03:00:00'],
];

function breaksFor(schema: JsonSchema, extraStrings: boolean): [string, unknown][] {
  if (schema.enum)
    return [
      ['NUL in enum', 'A\u0000'],
      ['wrong type', 7],
    ];
  switch (schemaType(schema)) {
    case 'string':
      if (schema.format === 'date') return [...DATE_BREAKS, ['NUL', '2026-01-01\u0000']];
      if (schema.format === 'date-time') return DATE_TIME_BREAKS;
      if (schema.format === 'uuid')
        return [
          ['not a uuid', 'x\u0000'],
          ['wrong type', 1],
        ];
      return extraStrings ? [...STRING_BREAKS, ...EXTRA_STRING_BREAKS] : STRING_BREAKS;
    case 'integer':
    case 'number':
      return NUMBER_BREAKS;
    case 'boolean':
      return [['string', 'true']];
    case 'array':
      return [
        ['not an array', 'x'],
        ['null', null],
      ];
    case 'object':
      return [
        ['array', []],
        ['null', null],
      ];
    default:
      return [['NUL', '\u0000']];
  }
}

const deepJson = (depth: number) => `{"deep":${'['.repeat(depth)}${']'.repeat(depth)}}`;

/** Broken bodies for a route whose JSON body `base` was built from `schema`. */
export function bodyVariants(schema: JsonSchema, base: unknown): BodyVariant[] {
  const json = (name: string, value: unknown): BodyVariant => ({
    name,
    payload: JSON.stringify(value),
  });
  const variants: BodyVariant[] = [];
  let strings = 0;
  let firstString: (string | number)[] | null = null;
  for (const leaf of leavesOf(schema, base)) {
    const isText = schemaType(leaf.schema) === 'string' && !leaf.schema.format && !leaf.schema.enum;
    if (isText) {
      strings += 1;
      firstString ??= leaf.path;
    }
    for (const [name, value] of breaksFor(leaf.schema, isText && strings <= 3)) {
      variants.push(json(`${leaf.path.join('.')}: ${name}`, withLeaf(base, leaf.path, value)));
    }
  }
  if (firstString) {
    // Just under the body limit (so validation sees it) and over it.
    variants.push(
      json(
        `${firstString.join('.')}: 1 MB string`,
        withLeaf(base, firstString, 'x'.repeat(1_000_000)),
      ),
    );
    variants.push(
      json(
        `${firstString.join('.')}: 2 MB string`,
        withLeaf(base, firstString, 'x'.repeat(2_000_000)),
      ),
    );
  }
  const baseJson = JSON.stringify(base ?? {});
  const rest = baseJson.length > 2 ? `,${baseJson.slice(1)}` : '}';
  variants.push(
    json('body: array', [base]),
    json('body: string', 'x'),
    json('body: null', null),
    { name: 'body: deep JSON', payload: deepJson(5000) },
    { name: 'body: __proto__ key', payload: `{"__proto__":{"isAdmin":true}${rest}` },
    {
      name: 'body: constructor.prototype',
      payload: `{"constructor":{"prototype":{"isAdmin":true}}${rest}`,
    },
    { name: 'body: truncated JSON', payload: baseJson.slice(0, -1) },
    { name: 'body: empty', payload: '' },
    { name: 'content type: text/plain', payload: baseJson, contentType: 'text/plain' },
    {
      name: 'content type: form',
      payload: 'a=1&b=%00',
      contentType: 'application/x-www-form-urlencoded',
    },
    {
      name: 'content type: multipart',
      payload: '--x\r\n\r\n--x--',
      contentType: 'multipart/form-data; boundary=x',
    },
    {
      name: 'content type: NUL',
      payload: baseJson,
      contentType: 'application/json; charset=\u0000',
    },
  );
  return variants;
}

/** Malformed bodies for multipart upload routes. */
export function multipartVariants(): BodyVariant[] {
  const part = (headers: string, content: string) =>
    `--b\r\n${headers}\r\n\r\n${content}\r\n--b--\r\n`;
  const type = 'multipart/form-data; boundary=b';
  return [
    { name: 'multipart: JSON instead', payload: '{"file":"x"}', contentType: 'application/json' },
    { name: 'multipart: text/plain', payload: 'x', contentType: 'text/plain' },
    { name: 'multipart: no boundary', payload: 'x', contentType: 'multipart/form-data' },
    {
      name: 'multipart: unterminated',
      payload: '--b\r\nContent-Disposition: form-data; name="file"',
      contentType: type,
    },
    {
      name: 'multipart: NUL in file name',
      payload: part(
        'Content-Disposition: form-data; name="file"; filename="a\u0000.pdf"\r\nContent-Type: application/pdf',
        '%PDF-1.4',
      ),
      contentType: type,
    },
    {
      name: 'multipart: surrogate in file name',
      payload: part(
        'Content-Disposition: form-data; name="file"; filename*=UTF-8\'\'%ED%A0%80.pdf\r\nContent-Type: application/pdf',
        '%PDF-1.4',
      ),
      contentType: type,
    },
    {
      name: 'multipart: NUL field',
      payload: part('Content-Disposition: form-data; name="note"', 'a\u0000b'),
      contentType: type,
    },
  ];
}

export const IF_MATCH_VARIANTS: [string, string][] = [
  ['int4 overflow', '"2147483648"'],
  ['20 digits', '"99999999999999999999"'],
  ['zero', '"0"'],
  ['negative', '"-1"'],
  ['not a number', '"abc"'],
  ['list', '"1", "2"'],
  ['star', '*'],
  ['NUL', '"1\u0000"'],
];

/** Raw query-string values (already percent-encoded) for one query parameter. */
export function queryBreaks(schema: JsonSchema): [string, string][] {
  const common: [string, string][] = [
    ['NUL', '%00'],
    ['lone surrogate bytes', '%ED%A0%80'],
    ['repeated', '1&{name}=2'],
  ];
  if (schema.enum) return common;
  switch (schemaType(schema)) {
    case 'integer':
    case 'number':
      return [
        ...common,
        ['huge', '99999999999999999999'],
        ['int4 overflow', '2147483648'],
        ['negative', '-1'],
        ['fraction', '1.5'],
      ];
    case 'boolean':
      return common;
    default:
      if (schema.format === 'date' || schema.format === 'date-time')
        return [
          ...common,
          ['year 0000', '0000-01-01'],
          ['year 0001', '0001-01-01'],
          ['year 9999', '9999-12-31'],
        ];
      if (schema.format === 'uuid') return common;
      return [
        ...common,
        ['bidi override', '%E2%80%AE'],
        ['control', 'a%07b'],
        ['long', 'x'.repeat(5000)],
        ['forged cursor of 2', forgedCursor(['9999-99-99', 'x\u0000'])],
        ['forged cursor of 3', forgedCursor(['0000-01-01', 1e20, '\ud800'])],
      ];
  }
}

// Well-formed cursors whose values are of the wrong kinds: a list must refuse them, not fail.
const forgedCursor = (values: unknown[]) =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

/** Raw path-segment values for one path parameter. */
export function pathBreaks(schema: JsonSchema): [string, string][] {
  if (schemaType(schema) === 'integer' || schemaType(schema) === 'number')
    return [
      ['huge', '99999999999999999999'],
      ['int4 overflow', '2147483648'],
      ['negative', '-1'],
      ['NUL', '%00'],
    ];
  return [
    ['NUL', '%00'],
    ['lone surrogate bytes', '%ED%A0%80'],
    ['not an id', 'x'],
  ];
}
