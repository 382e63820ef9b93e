import type { ChangePasswordBody, LoginBody, Me } from '@phoihop/shared/auth';
import { permissionsOf, requiresSecondFactor, type Actor } from '@phoihop/shared/policies';
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/prisma.ts';
import { AppError } from '../../lib/app-error.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import { dummyHash, hashPassword, verifyPassword } from '../../lib/password.ts';
import { assertPasswordAllowed } from '../../lib/password-policy.ts';
import type { AccountRepository } from './account.repository.ts';
import type { SecondFactorService } from './second-factor.service.ts';
import { subjectOf, type LoginThrottle } from './login-throttle.service.ts';
import type { SessionRecord, SessionRepository } from './session.repository.ts';

interface Deps {
  db: Db;
  config: Pick<Config, 'session' | 'login'>;
  accounts: AccountRepository;
  sessions: SessionRepository;
  secondFactors: Pick<SecondFactorService, 'checkAtLogin'>;
  throttle: LoginThrottle;
  now?: () => Date;
}

type Origin = { requestId: string; ip: string | null; userAgent: string | null };

export function createAuthService({
  db,
  config,
  accounts,
  sessions,
  secondFactors,
  throttle,
  now = () => new Date(),
}: Deps) {
  async function me(userId: string, csrfToken: string, actor: Actor): Promise<Me> {
    const profile = await accounts.getProfile(userId);
    if (!profile) throw new AppError('UNAUTHENTICATED');
    const { secondFactorEnrolled, ...rest } = profile;
    return {
      ...rest,
      secondFactor: { required: requiresSecondFactor(actor), enrolled: secondFactorEnrolled },
      permissions: permissionsOf(actor),
      csrfToken,
    };
  }

  return {
    me,

    async login(body: LoginBody, origin: Origin): Promise<{ token: string; expiresAt: Date; me: Me }> {
      const at = now();
      const user = await accounts.findForLogin(body.username);
      // Known and unknown usernames take the same path (throttle, hash check, failure record), so
      // neither the answer nor its timing tells which accounts exist.
      const subject = subjectOf(user, body.username);
      await throttle.assertAllowed(subject, origin);
      const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), body.password);
      if (!user || !valid) {
        await throttle.recordFailure(subject, origin, 'password');
        throw new AppError('INVALID_CREDENTIALS');
      }
      if (!user.active) throw new AppError('ACCOUNT_DISABLED');
      // Said only after the password is right, so it tells a stranger nothing about the unit.
      if (!user.unit.active) throw new AppError('UNIT_INACTIVE');
      // A wrong second-factor code counts like a wrong password; only then are failures forgotten.
      const secondFactorAt = await secondFactors.checkAtLogin(user, body, origin, () =>
        throttle.recordFailure(subject, origin, 'second_factor'),
      );
      await throttle.recordSuccess(subject, origin);

      const expiresAt = new Date(at.getTime() + config.session.absoluteHours * 3_600_000);
      const session = await db.$transaction(async (tx) => {
        await accounts.recordSuccess(tx, user.id, at);
        await recordAudit(tx, { ...origin, actor: { id: user.id } }, {
          action: 'auth.login',
          entityType: 'User',
          entityId: user.id,
          unitId: user.unitId,
        });
        return sessions.create(tx, { userId: user.id, at, expiresAt, secondFactorAt, ...origin });
      });
      const found = await sessions.findByToken(session.token);
      if (!found) throw new AppError('INTERNAL');
      return { token: session.token, expiresAt, me: await me(user.id, session.csrfToken, actorOf(found)) };
    },

    /** The session behind a cookie, if still valid; touches it at most once a minute. */
    async resume(token: string): Promise<SessionRecord | null> {
      const at = now();
      const session = await sessions.findByToken(token);
      if (!session || !session.user.active || !session.user.unitActive) return null;
      const idleLimit = session.lastSeenAt.getTime() + config.session.idleMinutes * 60_000;
      if (session.expiresAt <= at || idleLimit <= at.getTime()) return null;
      if (at.getTime() - session.lastSeenAt.getTime() > 60_000) await sessions.touch(session.id, at);
      return session;
    },

    async logout(sessionId: string, ctx: RequestContext): Promise<void> {
      await db.$transaction(async (tx) => {
        await sessions.revoke(tx, sessionId);
        await recordAudit(tx, ctx, {
          action: 'auth.logout',
          entityType: 'User',
          entityId: ctx.actor.id,
          unitId: ctx.actor.unitId,
        });
      });
    },

    /** Other sessions of the user end; this one stays. */
    async changePassword(body: ChangePasswordBody, sessionId: string, ctx: RequestContext) {
      // Guessing the current password from a stolen session is throttled like sign-in.
      const subject = subjectOf({ id: ctx.actor.id, unitId: ctx.actor.unitId }, '');
      await throttle.assertAllowed(subject, ctx);
      const account = await accounts.findPasswordHash(ctx.actor.id);
      if (!account || !(await verifyPassword(account.passwordHash, body.currentPassword))) {
        await throttle.recordFailure(subject, ctx, 'current_password');
        throw new AppError('VALIDATION_FAILED', {
          message: 'Mật khẩu hiện tại không đúng',
          fieldErrors: [{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' }],
        });
      }
      if (body.currentPassword === body.newPassword) {
        throw new AppError('VALIDATION_FAILED', {
          message: 'Mật khẩu mới phải khác mật khẩu hiện tại',
          fieldErrors: [{ path: 'newPassword', message: 'Mật khẩu mới phải khác mật khẩu hiện tại' }],
        });
      }
      assertPasswordAllowed(body.newPassword, account, 'newPassword');
      const passwordHash = await hashPassword(body.newPassword);
      await db.$transaction(async (tx) => {
        await accounts.setPassword(tx, ctx.actor.id, passwordHash, false);
        await sessions.revokeAllOfUser(tx, ctx.actor.id, sessionId);
        await recordAudit(tx, ctx, {
          action: 'user.change_password',
          entityType: 'User',
          entityId: ctx.actor.id,
          unitId: ctx.actor.unitId,
        });
      });
    },

    async setLocale(locale: 'vi' | 'en', ctx: RequestContext) {
      await db.$transaction(async (tx) => {
        await accounts.setLocale(tx, ctx.actor.id, locale);
        await recordAudit(tx, ctx, {
          action: 'user.set_locale',
          entityType: 'User',
          entityId: ctx.actor.id,
          unitId: ctx.actor.unitId,
          changes: { locale },
        });
      });
    },
  };
}

export function actorOf(session: SessionRecord): Actor {
  return {
    id: session.user.id,
    unitId: session.user.unitId,
    organisationId: session.user.organisationId,
    organisationKind: session.user.organisationKind,
    roles: session.user.roles,
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
