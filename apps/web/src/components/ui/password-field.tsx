import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import type { Ref } from 'react';

/**
 * Mantine's PasswordInput links its error through aria-describedby but does not mark the
 * field aria-invalid (TextInput does); this adds it so screen readers announce the problem.
 */
export function PasswordField({
  ref,
  ...props
}: PasswordInputProps & { ref?: Ref<HTMLInputElement> }) {
  return <PasswordInput ref={ref} aria-invalid={props.error ? true : undefined} {...props} />;
}
