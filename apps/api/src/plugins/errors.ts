// One error path: every failure leaves as RFC 9457 problem+json with a stable code.
import { errorCodes, errorMessages, type ErrorCode, type Problem } from '@phoihop/shared/errors';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import { AppError } from '../lib/app-error.ts';
import { pathOf } from '../lib/logging.ts';
import { localeOf } from './locale.ts';

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  extra: Partial<Problem> & { status?: number } = {},
) {
  const locale = localeOf(request);
  const title = errorMessages[code][locale];
  const status = extra.status ?? errorCodes[code];
  const body: Problem = {
    type: `https://phoihop.vn/errors/${code.toLowerCase().replace(/_/g, '-')}`,
    title,
    status,
    detail: extra.detail ?? title,
    code,
    requestId: request.id,
    ...(extra.errors ? { errors: extra.errors } : {}),
    ...(extra.meta ? { meta: extra.meta } : {}),
  };
  return reply.status(status).type('application/problem+json').send(body);
}

const prismaUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';

// PostgreSQL refusing a value the client sent (a NUL byte, a lone surrogate in jsonb, a number or
// date out of range, malformed text for a uuid or number). The shared schemas refuse these first;
// this is the safety net, so a value they miss is still a 400 and not a 500.
const inputSqlStates = new Set(['22021', '22P05', '22003', '22008', '22007', '22P02']);

export const DATABASE_REFUSED_INPUT = 'Dữ liệu gửi lên có giá trị không lưu được';

const sqlStateOf = (error: unknown): string | undefined =>
  (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } })?.meta
    ?.driverAdapterError?.cause?.originalCode;

export default fp(async function errorsPlugin(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      // Specific messages are Vietnamese; English clients get the code's own title instead.
      const detail = error.hasMessage && localeOf(request) === 'vi' ? error.message : undefined;
      if (error.retryAfter !== undefined) reply.header('retry-after', String(error.retryAfter));
      return send(request, reply, error.code, {
        ...(detail ? { detail } : {}),
        ...(error.fieldErrors ? { errors: error.fieldErrors } : {}),
        ...(error.meta ? { meta: error.meta } : {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((issue) => ({
        path: issue.instancePath.replace(/^\//, '').replace(/\//g, '.') || error.validationContext || '',
        message: issue.message ?? 'Không hợp lệ',
      }));
      return send(request, reply, 'VALIDATION_FAILED', {
        errors,
        detail: errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; '),
      });
    }
    if (prismaUniqueViolation(error)) return send(request, reply, 'DUPLICATE');
    const sqlState = sqlStateOf(error);
    if (sqlState && inputSqlStates.has(sqlState)) {
      request.log.warn({ sqlState, url: request.routeOptions.url }, 'input refused by the database');
      const vi = localeOf(request) === 'vi';
      return send(request, reply, 'BAD_REQUEST', vi ? { detail: DATABASE_REFUSED_INPUT } : {});
    }
    if (error.statusCode === 429) return send(request, reply, 'RATE_LIMITED');
    if (!isResponseSerializationError(error) && error.statusCode && error.statusCode < 500) {
      // Fastify's own client errors: malformed JSON, unsupported media type, body too large.
      return send(request, reply, 'BAD_REQUEST', { status: error.statusCode });
    }
    // The path without its query (a search may be a name); the error through lib/logging.ts.
    request.log.error({ err: error, method: request.method, path: pathOf(request.url), code: 'INTERNAL' }, 'unhandled error');
    return send(request, reply, 'INTERNAL');
  });

  app.setNotFoundHandler(
    { preHandler: app.rateLimit({ max: 60, timeWindow: '1 minute' }) },
    (request, reply) => send(request, reply, 'NOT_FOUND'),
  );
});
