import { can } from '@phoihop/shared/policies';
import type { Role } from '@phoihop/shared/roles';
import type {
  CreateUserBody,
  ListUsersQuery,
  ResetPasswordBody,
  UpdateUserBody,
  User,
} from '@phoihop/shared/users';
import type { Db, Tx } from '../../db/prisma.ts';
import { AppError, forbidden, invalid, notFound } from '../../lib/app-error.ts';
import { diffChanges, recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import { hashPassword } from '../../lib/password.ts';
import { assertPasswordAllowed } from '../../lib/password-policy.ts';
import type { AccountRepository } from '../auth/account.repository.ts';
import type { NotificationRepository } from '../notifications/notifications.repository.ts';
import type { SessionRepository } from '../auth/session.repository.ts';
import type { UserRepository } from './users.repository.ts';

const auditedFields = ['organisationId', 'fullName', 'position', 'email', 'phone', 'roles', 'active'] as const;
const staffRoles: Role[] = ['ORG_LEADER', 'ORG_OFFICER'];

interface Deps {
  db: Db;
  users: UserRepository;
  accounts: AccountRepository;
  notifications: NotificationRepository;
  sessions: SessionRepository;
}

export function createUserService({ db, users, accounts, notifications, sessions }: Deps) {
  async function load(tx: Tx, id: string, ctx: RequestContext): Promise<User> {
    const user = await users.findById(tx, id);
    if (!user || !can(ctx.actor, 'unit:read', { unitId: user.unitId })) throw notFound();
    if (!can(ctx.actor, 'user:read', { unitId: user.unitId }) && user.id !== ctx.actor.id) {
      throw forbidden();
    }
    return user;
  }

  /** The one check before any change to an account (see `user:manage` in the policy). */
  function checkManage(ctx: RequestContext, user: User) {
    const resource = { unitId: user.unitId, userId: user.id, accountRoles: user.roles };
    if (!can(ctx.actor, 'user:manage', resource)) throw forbidden();
  }

  /** Roles added or removed must each be grantable by the actor. */
  function checkRoles(ctx: RequestContext, changed: Role[]) {
    for (const role of changed) {
      if (!can(ctx.actor, 'user:grant-role', { role })) throw forbidden();
    }
  }

  async function checkOrganisation(tx: Tx, organisationId: string | null, roles: Role[], unitId: string) {
    if (organisationId && !(await users.organisationInUnit(tx, organisationId, unitId))) {
      throw invalid('organisationId', 'Tổ chức không thuộc đơn vị hoặc đã ngừng hoạt động');
    }
    if (!organisationId && roles.some((r) => staffRoles.includes(r))) {
      throw invalid('organisationId', 'Lãnh đạo và cán bộ tổ chức phải thuộc một tổ chức');
    }
  }

  return {
    list(query: ListUsersQuery, ctx: RequestContext) {
      const unitId = query.unitId ?? ctx.actor.unitId;
      if (!can(ctx.actor, 'user:read', { unitId })) throw forbidden();
      return users.list(query, unitId);
    },

    get: (id: string, ctx: RequestContext) => load(db, id, ctx),

    async create(body: CreateUserBody, ctx: RequestContext): Promise<User> {
      const unitId = body.unitId ?? ctx.actor.unitId;
      if (!can(ctx.actor, 'user:manage', { unitId })) throw forbidden();
      const roles = [...new Set(body.roles)];
      checkRoles(ctx, roles);
      const unitName = await accounts.unitName(unitId);
      assertPasswordAllowed(body.password, { username: body.username, unitName }, 'password');
      const passwordHash = await hashPassword(body.password);
      return db.$transaction(async (tx) => {
        if (await users.usernameTaken(tx, body.username)) {
          throw new AppError('DUPLICATE', {
            message: `Tên đăng nhập "${body.username}" đã được dùng`,
            fieldErrors: [{ path: 'username', message: 'Tên đăng nhập đã được dùng' }],
          });
        }
        const organisationId = body.organisationId ?? null;
        await checkOrganisation(tx, organisationId, roles, unitId);
        const user = await users.create(tx, {
          unitId,
          organisationId,
          username: body.username,
          fullName: body.fullName,
          position: body.position ?? null,
          email: body.email ?? null,
          phone: body.phone ?? null,
          active: true,
          passwordHash,
          roles,
          createdById: ctx.actor.id,
        });
        await notifications.create(tx, {
          unitId,
          userId: user.id,
          kind: 'account.welcome',
          title: 'Chào mừng bạn đến với Phối hợp',
          body: 'Hãy đổi mật khẩu được cấp trong lần đăng nhập đầu tiên.',
          link: '/',
        });
        await recordAudit(tx, ctx, {
          action: 'user.create',
          entityType: 'User',
          entityId: user.id,
          unitId,
          changes: {
            username: user.username,
            fullName: user.fullName,
            organisationId: user.organisationId,
            roles: user.roles,
          },
        });
        return user;
      });
    },

    async update(id: string, version: number, body: UpdateUserBody, ctx: RequestContext) {
      return db.$transaction(async (tx) => {
        const current = await load(tx, id, ctx);
        checkManage(ctx, current);
        const roles = body.roles ? [...new Set(body.roles)] : current.roles;
        checkRoles(ctx, [
          ...roles.filter((r) => !current.roles.includes(r)),
          ...current.roles.filter((r) => !roles.includes(r)),
        ]);
        const organisationId =
          body.organisationId === undefined ? current.organisationId : body.organisationId;
        await checkOrganisation(tx, organisationId, roles, current.unitId);
        const updated = await users.update(tx, id, version, {
          unitId: current.unitId,
          username: current.username,
          organisationId,
          fullName: body.fullName ?? current.fullName,
          position: body.position === undefined ? current.position : body.position,
          email: body.email === undefined ? current.email : body.email,
          phone: body.phone === undefined ? current.phone : body.phone,
          active: body.active ?? current.active,
          roles,
          actorId: ctx.actor.id,
        });
        if (!updated) throw new AppError('VERSION_CONFLICT', { meta: { currentVersion: current.version } });
        if (updated.active && roles.join() !== current.roles.join()) {
          await notifications.create(tx, {
            unitId: current.unitId,
            userId: id,
            kind: 'account.roles',
            title: 'Vai trò của bạn đã thay đổi',
            body: `Vai trò hiện tại: ${roles.join(', ')}`,
            link: '/',
          });
        }
        // A deactivated account is signed out everywhere at once.
        if (!updated.active) await sessions.revokeAllOfUser(tx, id);
        await recordAudit(tx, ctx, {
          action: current.active && !updated.active ? 'user.deactivate' : 'user.update',
          entityType: 'User',
          entityId: id,
          unitId: current.unitId,
          changes: diffChanges(current, updated, [...auditedFields]),
        });
        return updated;
      });
    },

    async resetPassword(id: string, body: ResetPasswordBody, ctx: RequestContext): Promise<void> {
      const current = await load(db, id, ctx);
      checkManage(ctx, current);
      const unitName = await accounts.unitName(current.unitId);
      assertPasswordAllowed(body.password, { username: current.username, unitName }, 'password');
      const passwordHash = await hashPassword(body.password);
      await db.$transaction(async (tx) => {
        await accounts.setPassword(tx, id, passwordHash, true);
        await sessions.revokeAllOfUser(tx, id);
        await recordAudit(tx, ctx, {
          action: 'user.reset_password',
          entityType: 'User',
          entityId: id,
          unitId: current.unitId,
        });
      });
    },

    /** Signs the account out everywhere, e.g. a lost phone or a suspected break-in. */
    async endSessions(id: string, ctx: RequestContext): Promise<void> {
      await db.$transaction(async (tx) => {
        const current = await load(tx, id, ctx);
        checkManage(ctx, current);
        const ended = await sessions.revokeAllOfUser(tx, id);
        await recordAudit(tx, ctx, {
          action: 'user.end_sessions',
          entityType: 'User',
          entityId: id,
          unitId: current.unitId,
          changes: { sessions: ended },
        });
      });
    },
  };
}

export type UserService = ReturnType<typeof createUserService>;
