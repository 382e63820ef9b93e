// Calendar dates travel as "YYYY-MM-DD" (no time, no zone); "today" is today in Vietnam.
import { z } from 'zod';
import { messageOf } from './validation-messages.ts';

// The years the app deals with. Year 0000 or 0001 is a typo, and PostgreSQL's date range and
// the legal calendar end long before 9999 does.
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
export const yearRangeMessage = messageOf('yearRange', { min: MIN_YEAR, max: MAX_YEAR });

/** Whether an ISO date or date-time string starts with a year in MIN_YEAR–MAX_YEAR. */
export const inYearRange = (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
};

/** The one date schema: a real calendar day, YYYY-MM-DD, in the years above. */
export const isoDateSchema = z.iso
  .date(messageOf('invalidDate'))
  .refine(inYearRange, yearRangeMessage);

/** A reporting period, both days included: statistics, books, exports. */
export const periodQuerySchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .refine((p) => p.from <= p.to, {
    path: ['to'],
    ...messageOf('periodOrder'),
  });
export type IsoDate = string;

const VN_OFFSET_MS = 7 * 3_600_000;

/** Today's date in Vietnam (UTC+7, no daylight saving). */
export function todayInVietnam(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Same day and month, `years` later (29 February becomes 28 February). */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, 1));
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Last day of the month `months` after the month of `date` (0 = its own month). */
export function endOfMonth(date: IsoDate, months = 0): IsoDate {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m + months, 0)).toISOString().slice(0, 10);
}

/** dd/MM/yyyy, the way Vietnamese documents write dates. */
export function formatDateVi(date: IsoDate | null | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
