// One error path: every failure leaves as RFC 9457 problem+json with a stable code.
import { errorCodes, errorMessages, type ErrorCode, type Problem } from '@phoihop/shared/errors';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import { AppError } from '../lib/app-error.ts';
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

export default fp(async function errorsPlugin(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      // Specific messages are Vietnamese; English clients get the code's own title instead.
      const detail = error.hasMessage && localeOf(request) === 'vi' ? error.message : undefined;
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
    if (error.statusCode === 429) return send(request, reply, 'RATE_LIMITED');
    if (!isResponseSerializationError(error) && error.statusCode && error.statusCode < 500) {
      // Fastify's own client errors: malformed JSON, unsupported media type, body too large.
      return send(request, reply, 'BAD_REQUEST', { status: error.statusCode });
    }
    request.log.error({ err: error, url: request.url, method: request.method }, 'unhandled error');
    return send(request, reply, 'INTERNAL');
  });

  app.setNotFoundHandler(
    { preHandler: app.rateLimit({ max: 60, timeWindow: '1 minute' }) },
    (request, reply) => send(request, reply, 'NOT_FOUND'),
  );
});
