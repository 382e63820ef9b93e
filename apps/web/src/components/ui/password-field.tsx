import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's PasswordInput links its error through aria-describedby but does not mark the
 * field aria-invalid (TextInput does); this adds it so screen readers announce the problem.
 * Its show-password button is left out of the tab order with an English name; here it is
 * reachable by keyboard and named in the user's language (aria-pressed says whether it shows),
 * with a name that avoids the word "password" so the field stays the one thing called that.
 */
export function PasswordField({
  ref,
  ...props
}: PasswordInputProps & { ref?: Ref<HTMLInputElement> }) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      ref={ref}
      aria-invalid={props.error ? true : undefined}
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': t('ui.showPassword') }}
      {...props}
    />
  );
}
