// Suggestion boxes kept by the Front and the organisations (hòm thư góp ý) and their openings,
// each before witnesses.
import { todayInVietnam } from '@phoihop/shared/dates';
import type {
  BoxOpening,
  CreateBoxOpeningBody,
  CreateSuggestionBoxBody,
  ListBoxOpeningsQuery,
  SuggestionBox,
  UpdateBoxOpeningBody,
  UpdateSuggestionBoxBody,
} from '@phoihop/shared/suggestions';
import type { Db, Tx } from '../../db/prisma.ts';
import { AppError } from '../../lib/app-error.ts';
import { diffChanges, recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import { conflict, requireAllowed, requireReadable, versionConflict } from './civic-access.ts';
import { notAfterToday, requireOrganisation } from './civic-common.ts';
import type { CivicRefs } from './civic-refs.repository.ts';
import type { BoxData, BoxRecord, OpeningData, OpeningRecord, SuggestionRepository } from './suggestions.repository.ts';

interface Deps {
  db: Db;
  suggestions: SuggestionRepository;
  refs: CivicRefs;
  now?: () => Date;
}

const boxView = ({ keeperOrganisationId: _k, unitId, ...b }: BoxRecord): SuggestionBox => ({ ...b, unitId });
const openingView = ({ unitId: _u, box, ...o }: OpeningRecord): BoxOpening => ({ ...o, box: { id: box.id, name: box.name } });
const openingFields: (keyof OpeningData)[] = ['openedOn', 'openedBy', 'witnesses', 'note'];

export function createSuggestionBoxService({ db, suggestions, refs, now = () => new Date() }: Deps) {
  const today = () => todayInVietnam(now());
  const loadBox = async (tx: Tx, id: string, ctx: RequestContext) => requireReadable(await suggestions.findBox(tx, id), ctx);
  const loadOpening = async (tx: Tx, id: string, ctx: RequestContext) => requireReadable(await suggestions.findOpening(tx, id), ctx);

  async function checkBox(tx: Tx, data: BoxData, ctx: RequestContext, selfId?: string) {
    if (data.keeperOrganisationId) await requireOrganisation(tx, refs, data.keeperOrganisationId, ctx, 'keeperOrganisationId');
    if (await suggestions.nameTaken(tx, ctx.actor.unitId, data.name, selfId)) {
      throw new AppError('DUPLICATE', { message: `Đã có hòm thư "${data.name}"`, fieldErrors: [{ path: 'name', message: 'Tên hòm thư đã tồn tại' }] });
    }
  }

  return {
    async listBoxes(query: { q?: string | undefined; limit: number; cursor?: string | undefined }, ctx: RequestContext) {
      requireAllowed(ctx, 'supervision:read');
      const page = await suggestions.listBoxes(ctx.actor.unitId, query);
      return { items: page.items.map(boxView), nextCursor: page.nextCursor };
    },

    getBox: async (id: string, ctx: RequestContext): Promise<SuggestionBox> => boxView(await loadBox(db, id, ctx)),

    async createBox(body: CreateSuggestionBoxBody, ctx: RequestContext): Promise<SuggestionBox> {
      const unitId = ctx.actor.unitId;
      requireAllowed(ctx, 'suggestion:manage');
      const data: BoxData = {
        name: body.name,
        location: body.location,
        placedOn: body.placedOn ?? null,
        keeperOrganisationId: body.keeperOrganisationId ?? null,
        active: true,
      };
      return db.$transaction(async (tx) => {
        await checkBox(tx, data, ctx);
        const id = await suggestions.createBox(tx, unitId, data);
        await recordAudit(tx, ctx, {
          action: 'suggestion_box.create',
          entityType: 'SuggestionBox',
          entityId: id,
          unitId,
          changes: { name: data.name, location: data.location, keeperOrganisationId: data.keeperOrganisationId },
        });
        return boxView((await suggestions.findBox(tx, id))!);
      });
    },

    async updateBox(id: string, version: number, body: UpdateSuggestionBoxBody, ctx: RequestContext): Promise<SuggestionBox> {
      return db.$transaction(async (tx) => {
        const current = await loadBox(tx, id, ctx);
        requireAllowed(ctx, 'suggestion:manage', { unitId: current.unitId });
        const data: BoxData = {
          name: body.name ?? current.name,
          location: body.location ?? current.location,
          placedOn: body.placedOn === undefined ? current.placedOn : body.placedOn,
          keeperOrganisationId: body.keeperOrganisationId === undefined ? current.keeperOrganisationId : body.keeperOrganisationId,
          active: body.active ?? current.active,
        };
        await checkBox(tx, data, ctx, id);
        if (!(await suggestions.updateBox(tx, id, version, data))) throw versionConflict(current.version);
        await recordAudit(tx, ctx, {
          action: 'suggestion_box.update',
          entityType: 'SuggestionBox',
          entityId: id,
          unitId: current.unitId,
          changes: diffChanges(current as BoxData, data, ['name', 'location', 'placedOn', 'keeperOrganisationId', 'active']),
        });
        return boxView((await suggestions.findBox(tx, id))!);
      });
    },

    async listOpenings(query: ListBoxOpeningsQuery, ctx: RequestContext) {
      requireAllowed(ctx, 'supervision:read');
      const page = await suggestions.listOpenings(ctx.actor.unitId, query);
      return { items: page.items.map(openingView), nextCursor: page.nextCursor };
    },

    getOpening: async (id: string, ctx: RequestContext): Promise<BoxOpening> => openingView(await loadOpening(db, id, ctx)),

    async createOpening(boxId: string, body: CreateBoxOpeningBody, ctx: RequestContext): Promise<BoxOpening> {
      return db.$transaction(async (tx) => {
        const box = await loadBox(tx, boxId, ctx);
        requireAllowed(ctx, 'suggestion:manage', { unitId: box.unitId });
        if (!box.active) throw conflict('Hòm thư đã ngừng sử dụng');
        notAfterToday(body.openedOn, today(), 'openedOn');
        const data: OpeningData = { ...body, note: body.note ?? null };
        const id = await suggestions.createOpening(tx, box, ctx.actor.id, data);
        await recordAudit(tx, ctx, {
          action: 'box_opening.create',
          entityType: 'BoxOpening',
          entityId: id,
          unitId: box.unitId,
          changes: { boxId, openedOn: data.openedOn, openedBy: data.openedBy, witnesses: data.witnesses },
        });
        return openingView((await suggestions.findOpening(tx, id))!);
      });
    },

    async updateOpening(id: string, version: number, body: UpdateBoxOpeningBody, ctx: RequestContext): Promise<BoxOpening> {
      return db.$transaction(async (tx) => {
        const current = await loadOpening(tx, id, ctx);
        requireAllowed(ctx, 'suggestion:manage', { unitId: current.unitId });
        const data: OpeningData = {
          openedOn: body.openedOn ?? current.openedOn,
          openedBy: body.openedBy ?? current.openedBy,
          witnesses: body.witnesses ?? current.witnesses,
          note: body.note === undefined ? current.note : body.note,
        };
        notAfterToday(data.openedOn, today(), 'openedOn');
        if (!(await suggestions.updateOpening(tx, id, version, data))) throw versionConflict(current.version);
        await recordAudit(tx, ctx, {
          action: 'box_opening.update',
          entityType: 'BoxOpening',
          entityId: id,
          unitId: current.unitId,
          changes: diffChanges(current as OpeningData, data, openingFields),
        });
        return openingView((await suggestions.findOpening(tx, id))!);
      });
    },
  };
}

export type SuggestionBoxService = ReturnType<typeof createSuggestionBoxService>;
