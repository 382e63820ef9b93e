// The session cookie's name and attributes, in one place for setting, reading and clearing it.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config/env.ts';

const BASE_NAME = 'phoihop_session';

/**
 * Over HTTPS the `__Host-` prefix makes browsers accept the cookie only when it is Secure, has
 * path `/` and no Domain, so a page on a sibling subdomain cannot plant or overwrite it.
 * Plain HTTP on a LAN cannot use the prefix (browsers drop it without Secure).
 */
export const sessionCookieName = ({ cookieSecure }: Pick<Config, 'cookieSecure'>) =>
  cookieSecure ? `__Host-${BASE_NAME}` : BASE_NAME;

export function createSessionCookie(config: Pick<Config, 'cookieSecure'>) {
  const name = sessionCookieName(config);
  // No `domain`: the `__Host-` prefix forbids it, and the app needs none.
  const options = {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    path: '/',
  } as const;
  return {
    name,
    read: (request: FastifyRequest): string | undefined => request.cookies[name],
    set: (reply: FastifyReply, token: string, expires: Date) =>
      reply.setCookie(name, token, { ...options, expires }),
    clear: (reply: FastifyReply) => reply.clearCookie(name, options),
  };
}

export type SessionCookie = ReturnType<typeof createSessionCookie>;
