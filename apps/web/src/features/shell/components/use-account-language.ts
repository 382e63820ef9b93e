import type { Me } from '@phoihop/shared/auth';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { setupPathOf } from '../../../lib/auth';
import { forgetUnsavedLanguage, unsavedLanguage } from '../../../lib/language-choice';
import { useUpdateProfile } from '../api/update-profile';

/**
 * The screen follows the language saved on the account, unless one was just picked where it
 * could not be saved (the sign-in page): that newer choice is saved to the account, once the
 * account has finished setting up (until then the API refuses, so it stays on screen only).
 */
export function useAccountLanguage(me: Me | null | undefined) {
  const { t, i18n } = useTranslation();
  const { mutate: saveLanguage } = useUpdateProfile();
  const savedLocale = me?.user.locale;
  const settingUp = me ? setupPathOf(me) !== null : false;

  useEffect(() => {
    if (!savedLocale) return;
    const chosen = unsavedLanguage();
    if (chosen && chosen !== savedLocale) {
      if (settingUp) return;
      forgetUnsavedLanguage();
      saveLanguage(
        { locale: chosen },
        {
          onError: () =>
            notifications.show({ color: 'yellow', message: t('header.languageSaveFailed') }),
        },
      );
      return;
    }
    forgetUnsavedLanguage();
    if (savedLocale !== i18n.language) void i18n.changeLanguage(savedLocale);
  }, [savedLocale, settingUp, saveLanguage, t, i18n]);
}
