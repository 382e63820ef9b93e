import { AppError } from '../../lib/app-error.ts';

export { invalid } from '../../lib/app-error.ts';

/** A step the law does not allow from where the case stands. */
export const notAllowed = (message: string) => new AppError('TRANSITION_NOT_ALLOWED', { message });
