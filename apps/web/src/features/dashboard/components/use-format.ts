import { useTranslation } from 'react-i18next';

const localeOf = (language: string) => (language === 'en' ? 'en-GB' : 'vi-VN');

/** Counts, rates and month names in the reader's language (1.234 and 97,5% in Vietnamese). */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const count = new Intl.NumberFormat(locale);
  const rate = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    count: (value: number | null) =>
      value === null ? t('dashboard.noValue') : count.format(value),
    percent: (value: number | null) =>
      value === null ? t('dashboard.noValue') : `${rate.format(value)}%`,
    month: (month: number, width: 'long' | 'short' = 'long') => {
      const name = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' }).format(
        Date.UTC(2000, month - 1, 1),
      );
      return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
    },
  };
}
