import { can } from '@phoihop/shared/policies';
import type { CreateUnitBody, ListUnitsQuery, Unit, UpdateUnitBody } from '@phoihop/shared/units';
import type { Db } from '../../db/prisma.ts';
import { AppError, forbidden, notFound } from '../../lib/app-error.ts';
import { diffChanges, recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import type { SessionRepository } from '../auth/session.repository.ts';
import type { UnitRepository } from './units.repository.ts';

const auditedFields = ['code', 'name', 'kind', 'parentId', 'active'] as const;

interface Deps {
  db: Db;
  units: UnitRepository;
  sessions: SessionRepository;
}

export function createUnitService({ db, units, sessions }: Deps) {
  const visible = (unit: Unit, ctx: RequestContext) =>
    can(ctx.actor, 'unit:read', { unitId: unit.id });

  async function checkParent(parentId: string | null | undefined, selfId?: string) {
    if (!parentId) return;
    if (parentId === selfId) {
      throw new AppError('VALIDATION_FAILED', {
        fieldErrors: [{ path: 'parentId', message: 'Đơn vị không thể trực thuộc chính nó' }],
      });
    }
    const parent = await units.findById(db, parentId);
    if (!parent || parent.kind !== 'PROVINCE' && parent.kind !== 'CITY') {
      throw new AppError('VALIDATION_FAILED', {
        fieldErrors: [{ path: 'parentId', message: 'Đơn vị cấp trên phải là tỉnh hoặc thành phố' }],
      });
    }
  }

  return {
    list(query: ListUnitsQuery, ctx: RequestContext) {
      const all = can(ctx.actor, 'unit:manage');
      return units.list(query, all ? null : ctx.actor.unitId);
    },

    async get(id: string, ctx: RequestContext): Promise<Unit> {
      const unit = await units.findById(db, id);
      if (!unit || !visible(unit, ctx)) throw notFound();
      return unit;
    },

    async create(body: CreateUnitBody, ctx: RequestContext): Promise<Unit> {
      if (!can(ctx.actor, 'unit:manage')) throw forbidden();
      await checkParent(body.parentId);
      return db.$transaction(async (tx) => {
        if (await units.findByCode(tx, body.code)) {
          throw new AppError('DUPLICATE', {
            message: `Mã đơn vị ${body.code} đã tồn tại`,
            fieldErrors: [{ path: 'code', message: 'Mã đơn vị đã tồn tại' }],
          });
        }
        const unit = await units.create(tx, { ...body, parentId: body.parentId ?? null, active: true });
        await recordAudit(tx, ctx, {
          action: 'unit.create',
          entityType: 'AdminUnit',
          entityId: unit.id,
          unitId: unit.id,
          changes: { code: unit.code, name: unit.name, kind: unit.kind, parentId: unit.parentId },
        });
        return unit;
      });
    },

    async update(id: string, version: number, body: UpdateUnitBody, ctx: RequestContext) {
      const current = await units.findById(db, id);
      if (!current || !visible(current, ctx)) throw notFound();
      if (!can(ctx.actor, 'unit:manage')) throw forbidden();
      await checkParent(body.parentId, id);
      return db.$transaction(async (tx) => {
        const updated = await units.update(tx, id, version, {
          code: current.code,
          name: body.name ?? current.name,
          kind: body.kind ?? current.kind,
          parentId: body.parentId === undefined ? current.parentId : body.parentId,
          active: body.active ?? current.active,
        });
        if (!updated) throw new AppError('VERSION_CONFLICT', { meta: { currentVersion: current.version } });
        const deactivated = current.active && !updated.active;
        // Its users are signed out at once; sign-in then refuses them (UNIT_INACTIVE).
        const endedSessions = deactivated ? await sessions.revokeAllOfUnit(tx, id) : 0;
        await recordAudit(tx, ctx, {
          action: deactivated ? 'unit.deactivate' : 'unit.update',
          entityType: 'AdminUnit',
          entityId: id,
          unitId: id,
          changes: {
            ...diffChanges(current, updated, [...auditedFields]),
            ...(deactivated ? { endedSessions } : {}),
          },
        });
        return updated;
      });
    },
  };
}

export type UnitService = ReturnType<typeof createUnitService>;
