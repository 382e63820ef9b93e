// Resolves the session cookie into `request.actor` and guards state-changing requests with CSRF.
import { timingSafeEqual } from 'node:crypto';
import type { SetupRequiredCode } from '@phoihop/shared/errors';
import { requiresSecondFactor, type Actor } from '@phoihop/shared/policies';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config/env.ts';
import { AppError } from '../lib/app-error.ts';
import type { RequestContext } from '../lib/context.ts';
import { actorOf, type AuthService } from '../modules/auth/auth.service.ts';
import type { SessionRecord } from '../modules/auth/session.repository.ts';
import { createSessionCookie, type SessionCookie } from './session-cookie.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Allowed while the account must finish setting up (change a temporary password, enrol a
     * second factor): me, sign-out and the set-up routes themselves. */
    duringSetup?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
    csrfToken: string | null;
  }
  interface FastifyInstance {
    /** onRequest hook for private routes: 401 without a valid session, 403 without CSRF token
     * or while the account must finish setting up (outside `duringSetup` routes). */
    requireUser: (request: FastifyRequest) => Promise<void>;
    sessionCookie: SessionCookie;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

const sameToken = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * What the account must do before anything else, as the code the API refuses other routes with,
 * or null. A new set-up step (e.g. enrolling a second factor) adds its line here and its code to
 * `setupRequiredCodes`.
 */
export function setupRequired(session: SessionRecord): SetupRequiredCode | null {
  if (session.user.mustChangePassword) return 'PASSWORD_CHANGE_REQUIRED';
  // Must have a second factor and has not passed one: none enrolled when the session began.
  if (requiresSecondFactor(actorOf(session)) && !session.secondFactorAt) return 'MFA_ENROLMENT_REQUIRED';
  return null;
}

/** Context for services; only valid after `requireUser`. */
export function contextOf(request: FastifyRequest): RequestContext {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return { actor: request.actor, requestId: request.id, ip: request.ip ?? null };
}

export default fp(async function authenticatePlugin(
  app: FastifyInstance,
  { auth, config }: { auth: AuthService; config: Pick<Config, 'cookieSecure'> },
) {
  const cookie = createSessionCookie(config);
  app.decorate('sessionCookie', cookie);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('csrfToken', null);

  app.decorate('requireUser', async (request: FastifyRequest) => {
    const token = cookie.read(request);
    const session = token ? await auth.resume(token) : null;
    if (!session) throw new AppError('UNAUTHENTICATED');
    request.actor = actorOf(session);
    request.sessionId = session.id;
    request.csrfToken = session.csrfToken;
    if (!safeMethods.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameToken(sent, session.csrfToken)) {
        throw new AppError('CSRF_FAILED');
      }
    }
    const pending = setupRequired(session);
    if (pending && request.routeOptions.config.duringSetup !== true) throw new AppError(pending);
  });

  // A cross-site page may not post to us even where cookies would not be sent (login CSRF).
  app.addHook('onRequest', async (request) => {
    if (safeMethods.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin === undefined) return;
    // Fastify reads X-Forwarded-Host (its last entry, the one our proxy added) only with
    // TRUST_PROXY; otherwise a client could name any host it likes and pass this check.
    if (hostOf(origin) !== request.host) throw new AppError('CSRF_FAILED');
  });
});
