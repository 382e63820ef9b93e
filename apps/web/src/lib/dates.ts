import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';

export type DateInput = string | number | Date;

/** Every displayed date reads dd/MM/yyyy, whatever the language. */
export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm';

export const formatDate = (value: DateInput) => dayjs(value).format(DATE_FORMAT);
export const formatDateTime = (value: DateInput) => dayjs(value).format(DATE_TIME_FORMAT);

export function setDateLocale(language: string) {
  dayjs.locale(language === 'en' ? 'en' : 'vi');
}

/**
 * A date typed the Vietnamese way, "d/M/yyyy" (also with "." or "-", or as 8 digits
 * "ddMMyyyy"), or pasted as ISO "yyyy-MM-dd", as "YYYY-MM-DD"; null until it is a real day.
 */
export function parseTypedDate(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const vn =
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]].map(Number)
    : vn
      ? [vn[3], vn[2], vn[1]].map(Number)
      : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.toISOString().slice(0, 10) : null;
}
