// Keyset pagination over (sort field, id): stable under inserts, an index per list, no OFFSET.
import { idSchema } from '@phoihop/shared/common';
import { isoDateSchema } from '@phoihop/shared/dates';
import { AppError } from './app-error.ts';
import { decodeCursor, type CursorValue } from './cursor.ts';

export type SortValue = string | Date;

/** The `where` fragment that starts after the cursor, ascending on (field, id). */
export function afterCursor(
  field: string,
  cursor: string | undefined,
  kind: 'string' | 'date' = 'string',
): Record<string, unknown> | undefined {
  const values = decodeCursor(cursor, [kind === 'date' ? 'instant' : 'text', 'id']);
  if (!values) return undefined;
  const [raw, id] = values as [CursorValue, CursorValue];
  const value = kind === 'date' && typeof raw === 'string' ? new Date(raw) : raw;
  return { OR: [{ [field]: { gt: value } }, { [field]: value, id: { gt: id } }] };
}

export const cursorKey = (value: SortValue, id: string): CursorValue[] => [
  value instanceof Date ? value.toISOString() : value,
  id,
];

/**
 * The `where` fragment after the cursor of a newest-first list on (date field desc, id): a
 * cursor whose values are not a day and an id is a 400, not a database error.
 */
export function newestFirstAfter(
  field: string,
  cursor: string | undefined,
): Record<string, unknown> | undefined {
  const values = decodeCursor(cursor, ['day', 'id']);
  if (!values) return undefined;
  const [day, id] = values;
  if (
    typeof day !== 'string' ||
    !isoDateSchema.safeParse(day).success ||
    typeof id !== 'string' ||
    !idSchema.safeParse(id).success
  ) {
    throw new AppError('BAD_REQUEST', { message: 'Tham số cursor không hợp lệ' });
  }
  const date = new Date(`${day}T00:00:00Z`);
  return { OR: [{ [field]: { lt: date } }, { [field]: date, id: { gt: id } }] };
}

/** The `where` fragment after the cursor of a list by name on (name, id): a forged cursor is a 400. */
export function byNameAfter(cursor: string | undefined): Record<string, unknown> {
  const values = decodeCursor(cursor, ['text', 'id']);
  if (!values) return {};
  const [name, id] = values;
  if (typeof name !== 'string' || typeof id !== 'string' || !idSchema.safeParse(id).success) {
    throw new AppError('BAD_REQUEST', { message: 'Tham số cursor không hợp lệ' });
  }
  return { OR: [{ name: { gt: name } }, { name, id: { gt: id } }] };
}
