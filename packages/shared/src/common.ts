import { z } from 'zod';
import { inYearRange, yearRangeMessage } from './dates.ts';
import { normalizeLines, normalizeText, unsafeTextOf, type UnsafeText } from './text.ts';
import { messageOf, messageText, type ValidationMessageKey } from './validation-messages.ts';

export const idSchema = z.uuid();
export type Id = z.infer<typeof idSchema>;

export const idParamsSchema = z.object({ id: idSchema });

const unsafeMessages: Record<UnsafeText, ValidationMessageKey> = {
  control: 'controlChar',
  surrogate: 'badUnicode',
  bidi: 'bidiChar',
};

/**
 * The one gate for user text: refuses NUL and the other control characters (tab and new lines
 * excepted), lone UTF-16 surrogates and, in names, bidirectional overrides such as U+202E.
 * It stays a plain string schema, so `.max()`, `.trim()` and `.overwrite()` chain on it.
 */
export const safeStringSchema = (options: { name?: boolean } = {}) =>
  z.string().superRefine((value, ctx) => {
    const problem = unsafeTextOf(value, options);
    if (problem) ctx.addIssue({ code: 'custom', message: messageText(unsafeMessages[problem]) });
  });

const lengthSchema = (max: number, min: number) =>
  z
    .string()
    .min(min, min === 1 ? messageOf('required') : messageOf('minChars', { min }))
    .max(max, messageOf('maxChars', { max }));

const blankToNull = (value: string) => (value === '' ? null : value);

/** Trimmed NFC text on one line; `min` 1 by default so blank strings are refused. */
export const textSchema = (max: number, min = 1) =>
  safeStringSchema().transform(normalizeText).pipe(lengthSchema(max, min));

export const optionalTextSchema = (max: number) =>
  safeStringSchema()
    .transform(normalizeText)
    .pipe(lengthSchema(max, 0))
    .transform(blankToNull)
    .nullable()
    .optional();

/** A name (of a person, organisation, team, file…): text that also refuses bidi overrides. */
export const nameSchema = (max: number, min = 1) =>
  safeStringSchema({ name: true }).transform(normalizeText).pipe(lengthSchema(max, min));

export const optionalNameSchema = (max: number) =>
  safeStringSchema({ name: true })
    .transform(normalizeText)
    .pipe(lengthSchema(max, 0))
    .transform(blankToNull)
    .nullable()
    .optional();

/** An uploaded file's name as the browser sends it: a name, cut to 200 characters. */
export const uploadFileNameSchema = safeStringSchema({ name: true }).transform((value) =>
  normalizeText(value).slice(0, 200),
);

/** Paragraphs one a line (tabs allowed): line breaks are kept, blank lines dropped. */
export const multilineTextSchema = (max: number, min = 1) =>
  safeStringSchema().transform(normalizeLines).pipe(lengthSchema(max, min));

export const optionalMultilineTextSchema = (max: number) =>
  safeStringSchema()
    .transform(normalizeLines)
    .pipe(lengthSchema(max, 0))
    .transform(blankToNull)
    .nullable()
    .optional();

/** An instant with its offset, in the years the app deals with (1900–2100). */
export const dateTimeSchema = z.iso
  .datetime({ offset: true })
  .refine(inYearRange, yearRangeMessage);

/** The largest record version: version columns are PostgreSQL `integer`. */
export const MAX_VERSION = 2_147_483_647;

export const versionSchema = z.number().int().min(1).max(MAX_VERSION);

/**
 * `If-Match: "3"` (or `W/"3"`, or bare 3) gives version 3; anything else, or past MAX_VERSION,
 * fails. "0" is allowed: settings not saved yet carry the ETag "0".
 */
export const ifMatchSchema = z
  .string()
  .trim()
  .regex(/^(?:W\/)?(?:"\d{1,10}"|\d{1,10})$/, messageOf('invalidIfMatch'))
  .transform((value) => Number(/\d+/.exec(value)![0]))
  .pipe(z.number().int().min(0).max(MAX_VERSION));

/** The version an `If-Match` header names: `missing` without one, `invalid` when malformed. */
export function parseIfMatch(
  header: string | string[] | undefined,
): number | 'missing' | 'invalid' {
  const raw = Array.isArray(header) ? header[0] : header;
  if (raw === undefined || raw.trim() === '') return 'missing';
  const parsed = ifMatchSchema.safeParse(raw);
  return parsed.success ? parsed.data : 'invalid';
}

/** The opaque `nextCursor` of a list: base64url, so anything else is refused before decoding. */
export const cursorSchema = z
  .string()
  .max(500)
  .regex(/^[\w-]*$/, messageOf('invalidCursor'));

/** Keyset pagination: `cursor` is the opaque `nextCursor` of the previous page. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: cursorSchema.optional(),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

/**
 * One page of a list. `total`: how many items match the filters, on the first page of the lists
 * a figure can open (so the list shows the same count as the figure); absent elsewhere.
 */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable(), total: z.number().int().optional() });
export type Page<T> = { items: T[]; nextCursor: string | null; total?: number };

/** A list's year filter (`?year=2026`). */
export const yearQuerySchema = z.coerce.number().int().min(2000).max(2100).optional();

/** Query-string booleans: "true"/"false" (absent means no filter). */
export const booleanQuerySchema = z.enum(['true', 'false']).transform((v) => v === 'true');

/** A search box: raw (folding happens later), but safe text. */
export const searchQuerySchema = safeStringSchema().max(100).optional();

export const okSchema = z.object({ ok: z.literal(true) });
