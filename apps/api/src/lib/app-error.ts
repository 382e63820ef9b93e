import { errorCodes, type ErrorCode, type FieldError } from '@phoihop/shared/errors';

/** The one error class: a stable code, an optional specific message and field errors. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fieldErrors: FieldError[] | undefined;
  readonly meta: Record<string, unknown> | undefined;
  /** Seconds, sent as `Retry-After` (a 429's wait). */
  readonly retryAfter: number | undefined;

  constructor(
    code: ErrorCode,
    options: {
      message?: string;
      fieldErrors?: FieldError[];
      meta?: Record<string, unknown>;
      retryAfter?: number;
    } = {},
  ) {
    super(options.message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.status = errorCodes[code];
    this.fieldErrors = options.fieldErrors;
    this.meta = options.meta;
    this.retryAfter = options.retryAfter;
    this.hasMessage = options.message !== undefined;
  }

  readonly hasMessage: boolean;
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');

/** A request that passed the schema but breaks a rule about one field. */
export const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', { message, fieldErrors: [{ path, message }] });

export const versionConflict = (currentVersion: number) => new AppError('VERSION_CONFLICT', { meta: { currentVersion } });
