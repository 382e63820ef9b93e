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
