import { AppError } from '../../lib/app-error.ts';

export const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', { message, fieldErrors: [{ path, message }] });

/** A step the law does not allow from where the case stands. */
export const notAllowed = (message: string) => new AppError('TRANSITION_NOT_ALLOWED', { message });
