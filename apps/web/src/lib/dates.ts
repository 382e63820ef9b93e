import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';

export type DateInput = string | number | Date;

/** Every displayed date reads dd/MM/yyyy, whatever the language. */
export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm';
export const TIME_DATE_FORMAT = 'HH:mm DD/MM/YYYY';

export const formatDate = (value: DateInput) => dayjs(value).format(DATE_FORMAT);
export const formatDateTime = (value: DateInput) => dayjs(value).format(DATE_TIME_FORMAT);
/** "14:30 05/01/2025": how a time limit such as a lockout reads in a sentence. */
export const formatTimeDate = (value: DateInput) => dayjs(value).format(TIME_DATE_FORMAT);

export const isInFuture = (value: DateInput | null | undefined, now: DateInput = Date.now()) =>
  value !== null && value !== undefined && dayjs(value).isAfter(dayjs(now));

export function setDateLocale(language: string) {
  dayjs.locale(language === 'en' ? 'en' : 'vi');
}
