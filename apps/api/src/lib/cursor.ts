// Opaque keyset cursors: the sort key values of the last row of a page.
import { dateTimeSchema, idSchema, MAX_VERSION, safeStringSchema } from '@phoihop/shared/common';
import { isoDateSchema } from '@phoihop/shared/dates';
import { z } from 'zod';
import { AppError } from './app-error.ts';

export type CursorValue = string | number | null;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

// What each value of a list's sort key must be; a forged cursor of the right length but with
// other values is refused here instead of failing in the database (a NUL, a year 0000, 1e20…).
const kinds = {
  id: idSchema,
  text: safeStringSchema().max(500),
  day: isoDateSchema,
  instant: dateTimeSchema,
  int: z.number().int().min(-MAX_VERSION).max(MAX_VERSION),
  serial: z.string().regex(/^\d{1,18}$/),
} as const;
export type CursorKind = keyof typeof kinds | `${keyof typeof kinds}?`;

const valid = (kind: CursorKind, value: unknown) =>
  kind.endsWith('?') && value === null
    ? true
    : kinds[kind.replace('?', '') as keyof typeof kinds].safeParse(value).success;

/** The values of a cursor made by `encodeCursor`, checked against the list's sort key. */
export function decodeCursor(
  cursor: string | undefined,
  shape: CursorKind[],
): CursorValue[] | null {
  if (!cursor) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === shape.length &&
      shape.every((kind, i) => valid(kind, values[i]))
    ) {
      return values as CursorValue[];
    }
  } catch {
    // fall through
  }
  throw new AppError('BAD_REQUEST', { message: 'Tham số cursor không hợp lệ' });
}

/** Takes one extra row to know whether a next page exists. */
export function toPage<T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => CursorValue[],
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null,
  };
}
