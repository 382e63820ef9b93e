import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from './api-client';

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
        { type: 'server', message: fieldError.message },
        { shouldFocus: !applied },
      );
      applied = true;
    }
  }
  return applied;
}
