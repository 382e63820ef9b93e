import type { Language } from './i18n';

/**
 * A language picked where the account cannot save it yet: on the sign-in page, or on the set-up
 * screens (the API keeps settings closed until then). The signed-in shell saves it to the
 * account as soon as it may, instead of letting the account's older choice override it.
 */
let unsaved: Language | null = null;

export const rememberUnsavedLanguage = (language: Language) => {
  unsaved = language;
};

export const unsavedLanguage = (): Language | null => unsaved;

export const forgetUnsavedLanguage = () => {
  unsaved = null;
};
