import type { FastifyRequest } from 'fastify';

/** Vietnamese unless the client asks for English first. */
export function localeOf(request: FastifyRequest): 'vi' | 'en' {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^\s*en\b/i.test(header) ? 'en' : 'vi';
}
