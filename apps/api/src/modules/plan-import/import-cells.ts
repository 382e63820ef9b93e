// Turns what people type into spreadsheet cells into plan values: outline codes, dates written
// the Vietnamese way (dd/mm/yyyy), numbers with a decimal comma, and the accepted words.
import { importColumns, kindWords, recurrenceWords, type ImportColumnKey } from '@phoihop/shared/plan-import';
import { foldText, normalizeText } from '@phoihop/shared/text';

export const headerOf = (key: ImportColumnKey): string =>
  importColumns.find((c) => c.key === key)?.header ?? key;

/** Folded and stripped to letters and digits, so "Mã *" and "MÃ" both match "Mã". */
export const headerKey = (value: string): string => foldText(value).replace(/[^a-z0-9]/g, '');

/** Trimmed NFC text, or null when the cell is blank. */
export function textOf(value: unknown): string | null {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else if (value instanceof Date) text = value.toISOString().slice(0, 10);
  else return null;
  text = normalizeText(text);
  return text === '' ? null : text;
}

const OUTLINE = /^[1-9]\d*(\.[1-9]\d*)*$/;

/** "2.1" as typed (a trailing dot, as in "2.", is forgiven); null when it is not an outline code. */
export function parseCode(value: unknown): string | null {
  const text = textOf(value)?.replace(/\.$/, '') ?? '';
  return OUTLINE.test(text) ? text : null;
}

export const parentCodeOf = (code: string): string | null =>
  code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null;

/** Sorts "1" < "1.2" < "1.10" < "2": parents always before their children. */
export function compareCodes(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d) return d;
  }
  return 0;
}

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A date as YYYY-MM-DD. Accepts Excel dates (read as UTC midnight, rounded against
 * floating-point drift), Excel serial numbers, dd/mm/yyyy (also with - or .) and yyyy-mm-dd.
 * `undefined` means the text is not a date.
 */
export function parseDate(value: unknown): string | null | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return new Date(Math.round(value.getTime() / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
  }
  if (typeof value === 'number') {
    return value > 0 && value < 200_000 ? parseDate(new Date(EXCEL_EPOCH + Math.round(value) * DAY_MS)) : undefined;
  }
  const text = textOf(value);
  if (text === null) return null;
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) return isoOf(Number(match[3]), Number(match[2]), Number(match[1])) ?? undefined;
  match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return isoOf(Number(match[1]), Number(match[2]), Number(match[3])) ?? undefined;
  return undefined;
}

/** A non-negative number; "1,5" and "1.5" are both one and a half. `undefined`: not a number. */
export function parseNumber(value: unknown): number | null | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = textOf(value)?.replace(/\s/g, '');
  if (!text) return null;
  return /^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : undefined;
}

function matchWord<T extends string>(words: Record<T, readonly string[]>, value: unknown): T | undefined {
  const folded = foldText(textOf(value) ?? '');
  return (Object.keys(words) as T[]).find((key) => words[key].includes(folded as never));
}

export const parseKind = (value: unknown) => matchWord(kindWords, value);
export const parseRecurrence = (value: unknown) => matchWord(recurrenceWords, value);

/** What a person writes for each accepted value, for the template's lists. */
export const kindLabels = { AREA: 'Lĩnh vực', TASK: 'Nhiệm vụ' } as const;
export const recurrenceLabels = {
  NONE: 'Không',
  MONTHLY: 'Hằng tháng',
  QUARTERLY: 'Hằng quý',
  HALF_YEARLY: '6 tháng',
} as const;
