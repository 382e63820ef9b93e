import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { translateValidationMessage } from '@phoihop/shared/validation-messages';
import { isApiError } from './api-client';
import { currentLanguage } from './i18n';

/**
 * Puts the API's field errors (`errors[{path,message}]`) on the matching form fields.
 * Returns true when at least one landed, so callers know the user can see what to fix.
 */
export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly string[],
): boolean {
  if (!isApiError(error)) return false;
  let applied = false;
  for (const fieldError of error.fieldErrors) {
    // Paths may come as "body.username", "username" or "roles.0".
    const name = fieldError.path.replace(/^body[./]/, '').split(/[./]/)[0] ?? '';
    if (fields.includes(name)) {
      setError(
        name as Path<T>,
        // The API writes the shared schemas' messages in Vietnamese: shown in the UI's language.
        {
          type: 'server',
          message: translateValidationMessage(fieldError.message, currentLanguage()),
        },
        { shouldFocus: !applied },
      );
      applied = true;
    }
  }
  return applied;
}
