// The second factor: TOTP enrolment, recovery codes, the check at sign-in and an admin's reset.
// Every change and every wrong code leaves an audit row.
import type {
  OtpBody,
  RecoveryCodes,
  SecondFactorSetup,
  SecondFactorStatus,
} from '@phoihop/shared/auth';
import { can, requiresSecondFactor } from '@phoihop/shared/policies';
import type { Config } from '../../config/env.ts';
import type { Db, Tx } from '../../db/prisma.ts';
import { AppError, forbidden, invalid, notFound } from '../../lib/app-error.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import { openSecret, sealSecret } from '../../lib/secret-box.ts';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes.ts';
import type { FactorRecord, SecondFactorRepository } from './second-factor.repository.ts';
import type { SessionRepository } from './session.repository.ts';
import { acceptedStep, newTotpSecret, totpSetup } from './totp.ts';

interface Deps {
  db: Db;
  config: Pick<Config, 'secondFactorKey'>;
  factors: SecondFactorRepository;
  sessions: SessionRepository;
  now?: () => Date;
}

type Origin = { requestId: string; ip: string | null };
type Who = Origin & { actor: { id: string } | null };

/** What a sign-in offers besides the password. */
export interface SecondFactorInput {
  otp?: string | undefined;
  recoveryCode?: string | undefined;
}

const wrongCode = () => invalid('otp', 'Mã xác thực không đúng, đã hết hạn hoặc đã được dùng');

export function createSecondFactorService({
  db,
  config,
  factors,
  sessions,
  now = () => new Date(),
}: Deps) {
  const audit = (
    tx: Tx,
    who: Who,
    userId: string,
    unitId: string,
    action: string,
    changes?: Record<string, string>,
  ) =>
    recordAudit(tx, who, {
      action,
      entityType: 'User',
      entityId: userId,
      unitId,
      changes: changes ?? null,
    });

  const failed = (
    who: Who,
    userId: string,
    unitId: string,
    method: 'totp' | 'recovery_code',
    purpose: string,
  ) =>
    db.$transaction((tx) =>
      audit(tx, who, userId, unitId, 'auth.second_factor_failed', { method, purpose }),
    );

  /** Accepts a current code once: its step is remembered so the same code cannot be replayed. */
  async function consumeCode(factor: FactorRecord, otp: string, at: Date): Promise<boolean> {
    const secret = openSecret(config.secondFactorKey, factor.secret);
    const step = await acceptedStep(secret, otp, at, factor.lastStep);
    if (step === null) return false;
    return db.$transaction((tx) => factors.consumeStep(tx, factor.userId, step));
  }

  async function enrolledFactor(userId: string): Promise<FactorRecord> {
    const factor = await factors.find(userId);
    if (!factor?.enrolledAt)
      throw new AppError('CONFLICT', { message: 'Chưa bật xác thực hai lớp' });
    return factor;
  }

  /** A code from the app, checked for an action of the signed-in user; wrong codes are audited. */
  async function requireCode(body: OtpBody, ctx: RequestContext, purpose: string): Promise<void> {
    const factor = await enrolledFactor(ctx.actor.id);
    if (!(await consumeCode(factor, body.otp, now()))) {
      await failed(ctx, ctx.actor.id, ctx.actor.unitId, 'totp', purpose);
      throw wrongCode();
    }
  }

  async function issueRecoveryCodes(tx: Tx, userId: string): Promise<RecoveryCodes> {
    const codes = newRecoveryCodes();
    await factors.replaceRecoveryCodes(tx, userId, codes.map(hashRecoveryCode));
    return { codes };
  }

  return {
    async status(ctx: RequestContext): Promise<SecondFactorStatus> {
      const factor = await factors.find(ctx.actor.id);
      const enrolledAt = factor?.enrolledAt ?? null;
      return {
        required: requiresSecondFactor(ctx.actor),
        enrolled: enrolledAt !== null,
        enrolledAt: enrolledAt?.toISOString() ?? null,
        recoveryCodesLeft: enrolledAt ? await factors.recoveryCodesLeft(ctx.actor.id) : 0,
      };
    },

    /** A new key, shown this once; it takes effect when a code from it is confirmed. */
    async setup(ctx: RequestContext): Promise<SecondFactorSetup> {
      const [factor, owner] = await Promise.all([
        factors.find(ctx.actor.id),
        factors.findOwner(ctx.actor.id),
      ]);
      if (!owner) throw new AppError('UNAUTHENTICATED');
      if (factor?.enrolledAt)
        throw new AppError('CONFLICT', { message: 'Xác thực hai lớp đã được bật' });
      const secret = newTotpSecret();
      await db.$transaction(async (tx) => {
        await factors.savePending(
          tx,
          ctx.actor.id,
          sealSecret(config.secondFactorKey, secret),
          now(),
        );
        await audit(tx, ctx, ctx.actor.id, ctx.actor.unitId, 'auth.second_factor_setup');
      });
      return totpSetup(secret, owner.username);
    },

    /** The first code turns the factor on, passes it for this session and gives the recovery codes. */
    async confirm(body: OtpBody, sessionId: string, ctx: RequestContext): Promise<RecoveryCodes> {
      const at = now();
      const factor = await factors.find(ctx.actor.id);
      if (!factor || factor.enrolledAt) {
        throw new AppError('CONFLICT', { message: 'Không có khóa nào đang chờ xác nhận' });
      }
      const secret = openSecret(config.secondFactorKey, factor.secret);
      const step = await acceptedStep(secret, body.otp, at, null);
      if (step === null) {
        await failed(ctx, ctx.actor.id, ctx.actor.unitId, 'totp', 'enrol');
        throw wrongCode();
      }
      return db.$transaction(async (tx) => {
        await factors.markEnrolled(tx, ctx.actor.id, at, step);
        await sessions.markSecondFactor(tx, sessionId, at);
        await audit(tx, ctx, ctx.actor.id, ctx.actor.unitId, 'auth.second_factor_enrolled');
        return issueRecoveryCodes(tx, ctx.actor.id);
      });
    },

    /** New codes replace all the old ones; needs a current code from the app. */
    async regenerateRecoveryCodes(body: OtpBody, ctx: RequestContext): Promise<RecoveryCodes> {
      await requireCode(body, ctx, 'recovery_codes');
      return db.$transaction(async (tx) => {
        await audit(tx, ctx, ctx.actor.id, ctx.actor.unitId, 'auth.recovery_codes_regenerated');
        return issueRecoveryCodes(tx, ctx.actor.id);
      });
    },

    /** Only an account that may do without a second factor turns it off. */
    async disable(body: OtpBody, ctx: RequestContext): Promise<void> {
      if (requiresSecondFactor(ctx.actor)) {
        throw new AppError('FORBIDDEN', {
          message: 'Tài khoản này bắt buộc dùng xác thực hai lớp',
        });
      }
      await requireCode(body, ctx, 'disable');
      await db.$transaction(async (tx) => {
        await factors.remove(tx, ctx.actor.id);
        await audit(tx, ctx, ctx.actor.id, ctx.actor.unitId, 'auth.second_factor_disabled');
      });
    },

    /** An administrator removes a user's factor (lost phone): sessions end, they enrol again. */
    async reset(userId: string, ctx: RequestContext): Promise<void> {
      const owner = await factors.findOwner(userId);
      if (!owner || !can(ctx.actor, 'unit:read', { unitId: owner.unitId })) throw notFound();
      const resource = { unitId: owner.unitId, userId: owner.id, accountRoles: owner.roles };
      if (!can(ctx.actor, 'user:manage', resource)) throw forbidden();
      await db.$transaction(async (tx) => {
        const removed = await factors.remove(tx, userId);
        await sessions.revokeAllOfUser(tx, userId);
        await audit(tx, ctx, userId, owner.unitId, 'user.second_factor_reset', {
          hadFactor: String(removed),
        });
      });
    },

    /**
     * At sign-in, after the password: null when the account has no factor enrolled, else the time
     * it was passed. A wrong or reused code is audited and counted by `countFailure` as a failed
     * sign-in (which throws when that locks the account; it returns the attempts left).
     */
    async checkAtLogin(
      user: { id: string; unitId: string },
      input: SecondFactorInput,
      origin: Origin,
      countFailure: () => Promise<void>,
    ): Promise<Date | null> {
      const factor = await factors.find(user.id);
      if (!factor?.enrolledAt) return null;
      if (!input.otp && !input.recoveryCode) throw new AppError('MFA_REQUIRED');
      const at = now();
      const who = { ...origin, actor: null };
      const { otp, recoveryCode } = input;
      if (otp) {
        if (await consumeCode(factor, otp, at)) return at;
      } else if (recoveryCode) {
        const used = await db.$transaction(async (tx) => {
          if (!(await factors.useRecoveryCode(tx, user.id, hashRecoveryCode(recoveryCode), at)))
            return false;
          await audit(
            tx,
            { ...origin, actor: { id: user.id } },
            user.id,
            user.unitId,
            'auth.recovery_code_used',
          );
          return true;
        });
        if (used) return at;
      }
      await failed(who, user.id, user.unitId, otp ? 'totp' : 'recovery_code', 'sign_in');
      await countFailure();
      throw new AppError('MFA_INVALID_CODE');
    },
  };
}

export type SecondFactorService = ReturnType<typeof createSecondFactorService>;
