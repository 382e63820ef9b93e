import type { ChangePasswordBody, LoginBody, Me } from '@phoihop/shared/auth';
import { permissionsOf, requiresSecondFactor, type Actor } from '@phoihop/shared/policies';
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/prisma.ts';
import { AppError } from '../../lib/app-error.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import { dummyHash, hashPassword, verifyPassword } from '../../lib/password.ts';
import type { AccountRepository } from './account.repository.ts';
import type { SecondFactorService } from './second-factor.service.ts';
import type { SessionRecord, SessionRepository } from './session.repository.ts';

const formatLockTime = (date: Date) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date);

const lockedError = (until: Date) =>
  new AppError('ACCOUNT_LOCKED', {
    message: `Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau ${formatLockTime(until)} hoặc liên hệ quản trị viên.`,
    meta: { lockedUntil: until.toISOString() },
  });

interface Deps {
  db: Db;
  config: Pick<Config, 'session' | 'login'>;
  accounts: AccountRepository;
  sessions: SessionRepository;
  secondFactors: Pick<SecondFactorService, 'checkAtLogin'>;
  now?: () => Date;
}

type Origin = { requestId: string; ip: string | null; userAgent: string | null };

export function createAuthService({
  db,
  config,
  accounts,
  sessions,
  secondFactors,
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

  /** Counts a failed sign-in (wrong password or code): throws once it locks, else the attempts left. */
  async function countFailure(user: { id: string; unitId: string }, at: Date, origin: Origin): Promise<number> {
    const lockUntil = new Date(at.getTime() + config.login.lockMinutes * 60_000);
    const result = await db.$transaction(async (tx) => {
      const outcome = await accounts.recordFailure(tx, user.id, config.login.maxFailures, lockUntil);
      if (outcome.locked) {
        await recordAudit(tx, { ...origin, actor: null }, {
          action: 'auth.lockout',
          entityType: 'User',
          entityId: user.id,
          unitId: user.unitId,
          changes: { lockedUntil: lockUntil.toISOString() },
        });
      }
      return outcome;
    });
    if (result.locked) throw lockedError(lockUntil);
    return config.login.maxFailures - result.failures;
  }

  return {
    me,

    async login(body: LoginBody, origin: Origin): Promise<{ token: string; expiresAt: Date; me: Me }> {
      const at = now();
      const user = await accounts.findForLogin(body.username);
      if (!user) {
        await verifyPassword(await dummyHash, body.password);
        throw new AppError('INVALID_CREDENTIALS');
      }
      if (user.lockedUntil && user.lockedUntil > at) throw lockedError(user.lockedUntil);

      if (!(await verifyPassword(user.passwordHash, body.password))) {
        const remainingAttempts = await countFailure(user, at, origin);
        throw new AppError('INVALID_CREDENTIALS', { meta: { remainingAttempts } });
      }
      if (!user.active) throw new AppError('ACCOUNT_DISABLED');
      // Said only after the password is right, so it tells a stranger nothing about the unit.
      if (!user.unit.active) throw new AppError('UNIT_INACTIVE');
      const secondFactorAt = await secondFactors.checkAtLogin(user, body, origin, () =>
        countFailure(user, at, origin),
      );

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
      const account = await accounts.findPasswordHash(ctx.actor.id);
      if (!account || !(await verifyPassword(account.passwordHash, body.currentPassword))) {
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
