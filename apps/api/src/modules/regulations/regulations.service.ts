import { can } from '@phoihop/shared/policies';
import type { CreateRegulationBody, Regulation, UpdateRegulationBody } from '@phoihop/shared/plans';
import type { Db, Tx } from '../../db/prisma.ts';
import { AppError, forbidden, invalid, notFound } from '../../lib/app-error.ts';
import { diffChanges, recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import type { RegulationData, RegulationRepository } from './regulations.repository.ts';

export function createRegulationService({ db, regulations }: { db: Db; regulations: RegulationRepository }) {
  async function load(tx: Tx, id: string, ctx: RequestContext): Promise<Regulation> {
    const found = await regulations.findById(tx, id);
    if (!found || !can(ctx.actor, 'plan:read', { unitId: found.unitId })) throw notFound();
    return found;
  }

  async function check(tx: Tx, unitId: string, data: RegulationData, selfId?: string) {
    if (data.validTo && data.validTo < data.validFrom) throw invalid('validTo', 'Ngày hết hiệu lực phải sau ngày có hiệu lực');
    const parties = [...new Set(data.partyIds)];
    if ((await regulations.organisationsInUnit(tx, parties, unitId)) !== parties.length) {
      throw invalid('partyIds', 'Các bên ký phải là tổ chức của đơn vị');
    }
    if (data.attachmentId && !(await regulations.attachmentOf(tx, data.attachmentId, unitId))) {
      throw invalid('attachmentId', 'Tệp đính kèm không hợp lệ');
    }
    if (await regulations.numberTaken(tx, unitId, data.number, selfId)) {
      throw new AppError('DUPLICATE', { message: `Đã có quy chế số ${data.number}`, fieldErrors: [{ path: 'number', message: 'Số quy chế đã tồn tại' }] });
    }
  }

  return {
    list(query: { limit: number; cursor?: string | undefined }, ctx: RequestContext) {
      return regulations.list(ctx.actor.unitId, query);
    },

    get: (id: string, ctx: RequestContext) => load(db, id, ctx),

    async create(body: CreateRegulationBody, ctx: RequestContext): Promise<Regulation> {
      const unitId = ctx.actor.unitId;
      if (!can(ctx.actor, 'plan:manage', { unitId })) throw forbidden();
      return db.$transaction(async (tx) => {
        const data: RegulationData = {
          ...body,
          validTo: body.validTo ?? null,
          note: body.note ?? null,
          attachmentId: body.attachmentId ?? null,
          partyIds: [...new Set(body.partyIds)],
        };
        await check(tx, unitId, data);
        const id = await regulations.create(tx, unitId, data);
        await recordAudit(tx, ctx, {
          action: 'regulation.create',
          entityType: 'Regulation',
          entityId: id,
          unitId,
          changes: { number: data.number, title: data.title, signedOn: data.signedOn },
        });
        return (await regulations.findById(tx, id))!;
      });
    },

    async update(id: string, version: number, body: UpdateRegulationBody, ctx: RequestContext) {
      return db.$transaction(async (tx) => {
        const current = await load(tx, id, ctx);
        if (!can(ctx.actor, 'plan:manage', { unitId: current.unitId })) throw forbidden();
        const merged: RegulationData = {
          number: body.number ?? current.number,
          title: body.title ?? current.title,
          signedOn: body.signedOn ?? current.signedOn,
          validFrom: body.validFrom ?? current.validFrom,
          validTo: body.validTo === undefined ? current.validTo : body.validTo,
          note: body.note === undefined ? current.note : body.note,
          partyIds: body.partyIds ?? current.parties.map((p) => p.id),
          attachmentId: body.attachmentId === undefined ? (current.attachment?.id ?? null) : body.attachmentId,
        };
        await check(tx, current.unitId, merged, id);
        if (!(await regulations.update(tx, current, version, merged))) {
          throw new AppError('VERSION_CONFLICT', { meta: { currentVersion: current.version } });
        }
        const updated = (await regulations.findById(tx, id))!;
        await recordAudit(tx, ctx, {
          action: 'regulation.update',
          entityType: 'Regulation',
          entityId: id,
          unitId: current.unitId,
          changes: diffChanges(
            { ...current, partyIds: current.parties.map((p) => p.id) },
            { ...updated, partyIds: updated.parties.map((p) => p.id) },
            ['number', 'title', 'signedOn', 'validFrom', 'validTo', 'note', 'partyIds'],
          ),
        });
        return updated;
      });
    },
  };
}

export type RegulationService = ReturnType<typeof createRegulationService>;
