import { errorCodes, problemSchema, type ErrorCode, type FieldError } from '@phoihop/shared/errors';
import { HttpResponse } from 'msw';

/** A problem+json response exactly as the API sends it. */
export function problem(
  code: ErrorCode,
  detail: string,
  extra: { errors?: FieldError[]; meta?: Record<string, unknown> } = {},
) {
  const status = errorCodes[code];
  const body = problemSchema.parse({
    type: `about:blank`,
    title: detail,
    status,
    detail,
    code,
    requestId: 'req-test',
    ...extra,
  });
  return HttpResponse.json(body, {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}
