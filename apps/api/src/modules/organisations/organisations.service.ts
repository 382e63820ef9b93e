import type {
  CreateOrganisationBody,
  ListOrganisationsQuery,
  Organisation,
  UpdateOrganisationBody,
} from '@phoihop/shared/organisations';
import { can } from '@phoihop/shared/policies';
import type { Db, Tx } from '../../db/prisma.ts';
import { AppError, forbidden, notFound } from '../../lib/app-error.ts';
import { diffChanges, recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import type { OrganisationRepository } from './organisations.repository.ts';

const auditedFields = ['kind', 'name', 'shortName', 'sortOrder', 'active'] as const;

const duplicateName = (name: string) =>
  new AppError('DUPLICATE', {
    message: `Tổ chức "${name}" đã có trong đơn vị`,
    fieldErrors: [{ path: 'name', message: 'Tên tổ chức đã tồn tại trong đơn vị' }],
  });

export function createOrganisationService(deps: { db: Db; organisations: OrganisationRepository }) {
  const { db, organisations } = deps;

  async function load(tx: Tx, id: string, ctx: RequestContext): Promise<Organisation> {
    const organisation = await organisations.findById(tx, id);
    if (!organisation || !can(ctx.actor, 'organisation:read', { unitId: organisation.unitId })) {
      throw notFound();
    }
    return organisation;
  }

  return {
    list(query: ListOrganisationsQuery, ctx: RequestContext) {
      const unitId = query.unitId ?? ctx.actor.unitId;
      if (!can(ctx.actor, 'organisation:read', { unitId })) throw forbidden();
      return organisations.list(query, unitId);
    },

    get: (id: string, ctx: RequestContext) => load(db, id, ctx),

    async create(body: CreateOrganisationBody, ctx: RequestContext) {
      const unitId = body.unitId ?? ctx.actor.unitId;
      if (!can(ctx.actor, 'organisation:manage', { unitId })) throw forbidden();
      return db.$transaction(async (tx) => {
        // A system admin names the unit; one that does not exist is the client's mistake.
        if (!(await organisations.unitExists(tx, unitId))) {
          const message = 'Đơn vị không tồn tại';
          throw new AppError('VALIDATION_FAILED', { message, fieldErrors: [{ path: 'unitId', message }] });
        }
        if (await organisations.findByName(tx, unitId, body.name)) throw duplicateName(body.name);
        const created = await organisations.create(tx, {
          unitId,
          kind: body.kind,
          name: body.name,
          shortName: body.shortName ?? null,
          sortOrder: body.sortOrder ?? 0,
          active: true,
        });
        await recordAudit(tx, ctx, {
          action: 'organisation.create',
          entityType: 'Organisation',
          entityId: created.id,
          unitId,
          changes: { kind: created.kind, name: created.name, shortName: created.shortName },
        });
        return created;
      });
    },

    async update(id: string, version: number, body: UpdateOrganisationBody, ctx: RequestContext) {
      return db.$transaction(async (tx) => {
        const current = await load(tx, id, ctx);
        if (!can(ctx.actor, 'organisation:manage', { unitId: current.unitId })) throw forbidden();
        if (body.name && body.name !== current.name) {
          if (await organisations.findByName(tx, current.unitId, body.name)) throw duplicateName(body.name);
        }
        const updated = await organisations.update(tx, id, version, {
          unitId: current.unitId,
          kind: body.kind ?? current.kind,
          name: body.name ?? current.name,
          shortName: body.shortName === undefined ? current.shortName : body.shortName,
          sortOrder: body.sortOrder ?? current.sortOrder,
          active: body.active ?? current.active,
        });
        if (!updated) throw new AppError('VERSION_CONFLICT', { meta: { currentVersion: current.version } });
        await recordAudit(tx, ctx, {
          action: 'organisation.update',
          entityType: 'Organisation',
          entityId: id,
          unitId: current.unitId,
          changes: diffChanges(current, updated, [...auditedFields]),
        });
        return updated;
      });
    },
  };
}

export type OrganisationService = ReturnType<typeof createOrganisationService>;
