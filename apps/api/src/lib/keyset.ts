// Keyset pagination over (sort field, id): stable under inserts, an index per list, no OFFSET.
import { decodeCursor, type CursorValue } from './cursor.ts';

export type SortValue = string | Date;

/** The `where` fragment that starts after the cursor, ascending on (field, id). */
export function afterCursor(
  field: string,
  cursor: string | undefined,
  kind: 'string' | 'date' = 'string',
): Record<string, unknown> | undefined {
  const values = decodeCursor(cursor, 2);
  if (!values) return undefined;
  const [raw, id] = values as [CursorValue, CursorValue];
  const value = kind === 'date' && typeof raw === 'string' ? new Date(raw) : raw;
  return { OR: [{ [field]: { gt: value } }, { [field]: value, id: { gt: id } }] };
}

export const cursorKey = (value: SortValue, id: string): CursorValue[] => [
  value instanceof Date ? value.toISOString() : value,
  id,
];
