import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setValidationLanguage } from '@phoihop/shared/validation-messages';
import { z } from 'zod';
import zodEn from 'zod/v4/locales/en.js';
import zodVi from 'zod/v4/locales/vi.js';
import en from '../locales/en.json';
import vi from '../locales/vi.json';
import { setDateLocale } from './dates';

/** Each feature keeps its own texts in features/<name>/locales/<lang>.json, under its own keys. */
const featureLocales = import.meta.glob<Record<string, unknown>>('../features/*/locales/*.json', {
  eager: true,
  import: 'default',
});

export function messagesOf(
  language: 'vi' | 'en',
  base: Record<string, unknown>,
): Record<string, unknown> {
  const merged = { ...base };
  for (const [path, messages] of Object.entries(featureLocales)) {
    if (path.endsWith(`/${language}.json`)) Object.assign(merged, messages);
  }
  return merged;
}

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];
const STORAGE_KEY = 'phoihop.language';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'vi';
  } catch {
    return 'vi';
  }
}

function applyLanguage(language: string) {
  const lang: Language = isLanguage(language) ? language : 'vi';
  document.documentElement.lang = lang;
  setDateLocale(lang);
  // zod's own messages (e.g. "too short") follow the UI language too.
  z.config(lang === 'en' ? zodEn() : zodVi());
  // And so do the shared schemas' own messages ("Tối đa 200 ký tự").
  setValidationLanguage(lang);
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode: the choice simply is not remembered.
  }
}

void i18n.use(initReactI18next).init({
  resources: {
    vi: { translation: messagesOf('vi', vi) },
    en: { translation: messagesOf('en', en) },
  },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  supportedLngs: languages,
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyLanguage(i18n.language);
i18n.on('languageChanged', applyLanguage);

export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : 'vi');

export { i18n };
