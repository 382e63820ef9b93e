import { z } from 'zod';

/*
 * TanStack Router JSON-parses search values ("true" → true, "123" → 123), so these helpers
 * accept what it produces and drop anything malformed instead of failing the page.
 */
export const searchTextParam = z
  .preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().trim().max(100))
  .optional()
  .catch(undefined);

export const booleanParam = z
  .preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean())
  .optional()
  .catch(undefined);

export const enumParam = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).optional().catch(undefined);

export const idParam = z.uuid().optional().catch(undefined);

export const stringParam = (max: number) => z.string().max(max).optional().catch(undefined);

/** A day as YYYY-MM-DD (date filters in the URL). */
export const isoDateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);
