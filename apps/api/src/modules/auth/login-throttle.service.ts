// Throttles password guessing by (account, source address) and by address, with doubling delays
// (ASVS V6.3.1): the guesser's address is slowed, then held at the cap, while the owner signs in
// from anywhere else. Nothing here ever refuses an account as a whole.
import { createHash } from 'node:crypto';
import type { Config } from '../../config/env.ts';
import type { Db, Tx } from '../../db/prisma.ts';
import { AppError } from '../../lib/app-error.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { NotificationRepository } from '../notifications/notifications.repository.ts';
import {
  ANY,
  type LoginThrottleRepository,
  type ThrottleKey,
} from './login-throttle.repository.ts';

/** Failures older than this are forgotten; notices repeat at most this often. */
const FORGET_AFTER_MS = 24 * 3_600_000;

/** Whose failures are counted: a user, or an unknown username known only by its hash. */
export interface ThrottleSubject {
  account: string;
  userId: string | null;
  unitId: string | null;
  /** Unknown usernames only: what the audit row records instead of the name. */
  usernameHash: string | null;
}

export type FailureReason = 'password' | 'second_factor' | 'current_password';

export interface ThrottleOrigin {
  requestId: string;
  ip: string | null;
  /** Signed in already (changing the password): the audit rows name who. */
  actor?: { id: string } | null;
}

const hashUsername = (username: string) =>
  createHash('sha256').update(`phoihop-login:${username}`).digest('hex').slice(0, 32);

export function subjectOf(
  user: { id: string; unitId: string } | null,
  username: string,
): ThrottleSubject {
  if (user) return { account: user.id, userId: user.id, unitId: user.unitId, usernameHash: null };
  const usernameHash = hashUsername(username);
  return { account: `h:${usernameHash}`, userId: null, unitId: null, usernameHash };
}

/** The delay the n-th failure earns once past `free`: 1 s, 2 s, 4 s… up to `capSeconds`. */
export function delaySeconds(failures: number, free: number, capSeconds: number): number {
  if (failures <= free) return 0;
  return Math.min(2 ** Math.min(failures - free - 1, 30), capSeconds);
}

const waitText = (seconds: number) =>
  seconds < 60 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`;

const throttled = (seconds: number) =>
  new AppError('LOGIN_THROTTLED', {
    message: `Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau ${waitText(seconds)}.`,
    meta: { retryAfterSeconds: seconds },
    retryAfter: seconds,
  });

interface Deps {
  db: Db;
  throttles: LoginThrottleRepository;
  notifications: NotificationRepository;
  config: Pick<Config, 'login'>;
  now?: () => Date;
}

export function createLoginThrottle({
  db,
  throttles,
  notifications,
  config,
  now = () => new Date(),
}: Deps) {
  const capSeconds = config.login.maxDelayMinutes * 60;
  const keysOf = (subject: ThrottleSubject, origin: ThrottleOrigin) => {
    // A missing address must not fall into the "any address" rows.
    const address = origin.ip ?? 'unknown';
    return {
      pair: { account: subject.account, address },
      address: { account: ANY, address },
      account: { account: subject.account, address: ANY },
    } satisfies Record<string, ThrottleKey>;
  };
  const auditCtx = (origin: ThrottleOrigin) => ({
    requestId: origin.requestId,
    ip: origin.ip,
    actor: origin.actor ? { id: origin.actor.id } : null,
  });
  const auditOf = (subject: ThrottleSubject) => ({
    entityType: 'User',
    entityId: subject.userId,
    unitId: subject.unitId,
  });

  async function notifyRepeatedFailures(tx: Tx, userId: string, failures: number) {
    const found = await throttles.recipients(tx, userId);
    if (!found) return;
    const { user, adminIds } = found;
    await notifications.createMany(tx, [
      {
        unitId: user.unitId,
        userId: user.id,
        kind: 'security.login_failures',
        title: 'Có nhiều lần đăng nhập sai vào tài khoản của bạn',
        body: `${failures} lần nhập sai trong 24 giờ qua. Nếu không phải bạn, hãy đổi mật khẩu và báo quản trị đơn vị.`,
        link: '/change-password',
      },
      ...adminIds.map((adminId) => ({
        unitId: user.unitId,
        userId: adminId,
        kind: 'security.login_failures',
        title: `Tài khoản ${user.fullName} (${user.username}) bị đăng nhập sai nhiều lần`,
        body: `${failures} lần nhập sai trong 24 giờ qua. Địa chỉ thử sai bị làm chậm; chủ tài khoản vẫn đăng nhập được.`,
        link: '/admin/users',
      })),
    ]);
  }

  return {
    /** Before any password is checked: 429 while the pair or the address must wait. */
    async assertAllowed(subject: ThrottleSubject, origin: ThrottleOrigin): Promise<void> {
      const at = now();
      const keys = keysOf(subject, origin);
      const until = await throttles.blockedUntil([keys.pair, keys.address], at);
      if (!until) return;
      const seconds = Math.max(1, Math.ceil((until.getTime() - at.getTime()) / 1000));
      await db.$transaction((tx) =>
        recordAudit(tx, auditCtx(origin), {
          action: 'auth.login_throttled',
          ...auditOf(subject),
          changes: { retryAfterSeconds: seconds, usernameHash: subject.usernameHash },
        }),
      );
      throw throttled(seconds);
    },

    /** A wrong password, second-factor code or current password: counted, delayed, audited. */
    async recordFailure(subject: ThrottleSubject, origin: ThrottleOrigin, reason: FailureReason) {
      const at = now();
      const forgetBefore = new Date(at.getTime() - FORGET_AFTER_MS);
      const keys = keysOf(subject, origin);
      const later = (seconds: number) => new Date(at.getTime() + seconds * 1000);
      await db.$transaction(async (tx) => {
        // Always the same order (pair, address, account), so concurrent failures cannot deadlock.
        const pair = await throttles.bump(tx, keys.pair, at, forgetBefore);
        const fromAddress = await throttles.bump(tx, keys.address, at, forgetBefore);
        const overall = await throttles.bump(tx, keys.account, at, forgetBefore);
        const pairDelay = delaySeconds(pair.failures, config.login.freeFailures, capSeconds);
        const addressDelay = delaySeconds(
          fromAddress.failures,
          config.login.freeFailuresPerAddress,
          capSeconds,
        );
        if (pairDelay) await throttles.block(tx, keys.pair, later(pairDelay));
        if (addressDelay) await throttles.block(tx, keys.address, later(addressDelay));
        await recordAudit(tx, auditCtx(origin), {
          action: 'auth.login_failed',
          ...auditOf(subject),
          changes: {
            reason,
            failures: pair.failures,
            delaySeconds: Math.max(pairDelay, addressDelay),
            usernameHash: subject.usernameHash,
          },
        });
        const due = !overall.notifiedAt || overall.notifiedAt < forgetBefore;
        if (subject.userId && due && overall.failures >= config.login.notifyFailures) {
          await notifyRepeatedFailures(tx, subject.userId, overall.failures);
          await throttles.markNotified(tx, keys.account, at);
          await recordAudit(tx, auditCtx(origin), {
            action: 'auth.failures_notified',
            ...auditOf(subject),
            changes: { failures: overall.failures },
          });
        }
      });
      await throttles.sweep(forgetBefore);
    },

    /** The right password from an address forgets that pair's failures. */
    async recordSuccess(subject: ThrottleSubject, origin: ThrottleOrigin): Promise<void> {
      await throttles.clear(keysOf(subject, origin).pair);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
