// Suggestions found at a box opening: forwarded to the body concerned and answered, filed, or
// turned into a case (see cases' intake). An anonymous author's details reach only those who may
// see them (the Front), and never the audit log.
import { todayInVietnam } from '@phoihop/shared/dates';
import { can, type Actor } from '@phoihop/shared/policies';
import type {
  AnswerSuggestionBody,
  CreateSuggestionBody,
  FileSuggestionBody,
  ForwardSuggestionBody,
  ListSuggestionsQuery,
  Suggestion,
  SuggestionAuthor,
  SuggestionStatus,
  UpdateSuggestionBody,
} from '@phoihop/shared/suggestions';
import type { Db, Tx } from '../../db/prisma.ts';
import { forbidden } from '../../lib/app-error.ts';
import { diffChanges, recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import { linkedIdentity } from '../cases/linked-identity.ts';
import type { NotificationRepository } from '../notifications/notifications.repository.ts';
import { invalid, notAllowedNow, requireAllowed, requireReadable, versionConflict } from './civic-access.ts';
import { excerpt, notAfterToday, notifyStaff, requireOrganisation } from './civic-common.ts';
import type { CivicRefs } from './civic-refs.repository.ts';
import type { SuggestionData, SuggestionRecord, SuggestionRepository } from './suggestions.repository.ts';

interface Deps {
  db: Db;
  suggestions: SuggestionRepository;
  refs: CivicRefs;
  notifications: NotificationRepository;
  now?: () => Date;
}

/** Where each status may go: RECEIVED → FORWARDED → ANSWERED, RECEIVED → FILED, RECEIVED|FORWARDED → CASE_OPENED. */
export const suggestionTransitions: Record<SuggestionStatus, SuggestionStatus[]> = {
  RECEIVED: ['FORWARDED', 'FILED', 'CASE_OPENED'],
  FORWARDED: ['ANSWERED', 'CASE_OPENED'],
  ANSWERED: [],
  FILED: [],
  CASE_OPENED: [],
};

const answerResource = (s: SuggestionRecord) => ({ unitId: s.unitId, leadOrganisationId: s.forwardedOrganisationId });

/** Its author as a denouncer of the case opened from it, if that case is a denunciation now. */
const denouncerOf = (s: SuggestionRecord, actor: Actor) => linkedIdentity(actor, { unitId: s.unitId, linkedCase: s.case });

export function suggestionView(s: SuggestionRecord, actor: Actor): Suggestion {
  const { authorName, authorAddress, authorPhone, forwardedOrganisationId: _f, case: linked, ...rest } = s;
  const denouncer = denouncerOf(s, actor);
  const showAuthor = !denouncer.masked && (!s.anonymous || can(actor, 'suggestion:view-author', { unitId: s.unitId }));
  return {
    ...rest,
    identityProtected: denouncer.masked,
    author: showAuthor ? { name: authorName, address: authorAddress, phone: authorPhone } : null,
    case: linked ? { id: linked.id, number: linked.number } : null,
    can: {
      manage: ['RECEIVED', 'FORWARDED'].includes(s.status) && can(actor, 'suggestion:manage', { unitId: s.unitId }),
      answer: ['FORWARDED', 'ANSWERED'].includes(s.status) && can(actor, 'suggestion:answer', answerResource(s)),
      viewIdentity: denouncer.canReveal,
    },
  };
}

/** Whether the author's details changed, without saying what they were or became. */
const authorChanged = (a: SuggestionData, b: SuggestionData) =>
  a.authorName !== b.authorName || a.authorAddress !== b.authorAddress || a.authorPhone !== b.authorPhone;

export function createSuggestionService({ db, suggestions, refs, notifications, now = () => new Date() }: Deps) {
  const today = () => todayInVietnam(now());
  const load = async (tx: Tx, id: string, ctx: RequestContext) => requireReadable(await suggestions.findSuggestion(tx, id), ctx);
  const reload = async (tx: Tx, id: string, ctx: RequestContext) => suggestionView((await suggestions.findSuggestion(tx, id))!, ctx.actor);

  function requireStep(current: SuggestionRecord, to: SuggestionStatus, message: string) {
    if (!suggestionTransitions[current.status].includes(to)) throw notAllowedNow(message);
  }

  function authorOf(data: SuggestionData): SuggestionData {
    if (!data.anonymous && !data.authorName) throw invalid('authorName', 'Ghi họ tên người góp ý hoặc đánh dấu góp ý không ký tên');
    return data;
  }

  return {
    async listSuggestions(query: ListSuggestionsQuery, ctx: RequestContext) {
      requireAllowed(ctx, 'supervision:read');
      const page = await suggestions.listSuggestions(ctx.actor.unitId, query, ctx.actor.organisationId);
      return { items: page.items.map((s) => suggestionView(s, ctx.actor)), nextCursor: page.nextCursor };
    },

    getSuggestion: async (id: string, ctx: RequestContext): Promise<Suggestion> => suggestionView(await load(db, id, ctx), ctx.actor),

    /** A denouncer's details, for those who may see the linked case's identity; every look is audited. */
    async revealAuthor(id: string, ctx: RequestContext): Promise<SuggestionAuthor> {
      return db.$transaction(async (tx) => {
        const s = await load(tx, id, ctx);
        if (!denouncerOf(s, ctx.actor).canReveal) throw forbidden();
        await recordAudit(tx, ctx, {
          action: 'suggestion.author-view',
          entityType: 'Suggestion',
          entityId: id,
          unitId: s.unitId,
          changes: { caseId: s.case!.id, number: s.case!.number },
        });
        return { name: s.authorName, address: s.authorAddress, phone: s.authorPhone };
      });
    },

    async createSuggestion(body: CreateSuggestionBody, ctx: RequestContext): Promise<Suggestion> {
      return db.$transaction(async (tx) => {
        const opening = requireReadable(await suggestions.findOpening(tx, body.openingId), ctx);
        requireAllowed(ctx, 'suggestion:manage', { unitId: opening.unitId });
        const data = authorOf({
          summary: body.summary,
          field: body.field,
          anonymous: body.anonymous,
          authorName: body.authorName ?? null,
          authorAddress: body.authorAddress ?? null,
          authorPhone: body.authorPhone ?? null,
        });
        const id = await suggestions.createSuggestion(
          tx,
          { id: opening.id, unitId: opening.unitId, boxId: opening.box.id },
          { ...data, createdById: ctx.actor.id, createdAt: now() },
        );
        await recordAudit(tx, ctx, {
          action: 'suggestion.create',
          entityType: 'Suggestion',
          entityId: id,
          unitId: opening.unitId,
          changes: { openingId: opening.id, field: data.field, anonymous: data.anonymous },
        });
        return reload(tx, id, ctx);
      });
    },

    async updateSuggestion(id: string, version: number, body: UpdateSuggestionBody, ctx: RequestContext): Promise<Suggestion> {
      return db.$transaction(async (tx) => {
        const current = await load(tx, id, ctx);
        requireAllowed(ctx, 'suggestion:manage', { unitId: current.unitId });
        if (!['RECEIVED', 'FORWARDED'].includes(current.status)) throw notAllowedNow('Góp ý đã được xử lý xong, không sửa được nữa');
        const pick = <K extends keyof SuggestionData>(key: K): SuggestionData[K] =>
          (body[key] === undefined ? current[key] : body[key]) as SuggestionData[K];
        const data = authorOf({
          summary: pick('summary'),
          field: pick('field'),
          anonymous: pick('anonymous'),
          authorName: pick('authorName'),
          authorAddress: pick('authorAddress'),
          authorPhone: pick('authorPhone'),
        });
        if (!(await suggestions.updateSuggestion(tx, current, version, data))) throw versionConflict(current.version);
        await recordAudit(tx, ctx, {
          action: 'suggestion.update',
          entityType: 'Suggestion',
          entityId: id,
          unitId: current.unitId,
          changes: { ...diffChanges(current as SuggestionData, data, ['summary', 'field', 'anonymous']), authorChanged: authorChanged(current, data) },
        });
        return reload(tx, id, ctx);
      });
    },

    async forward(id: string, version: number, body: ForwardSuggestionBody, ctx: RequestContext): Promise<Suggestion> {
      return db.$transaction(async (tx) => {
        const current = await load(tx, id, ctx);
        requireAllowed(ctx, 'suggestion:manage', { unitId: current.unitId });
        requireStep(current, 'FORWARDED', 'Chỉ chuyển được góp ý vừa nhận');
        notAfterToday(body.forwardedOn, today(), 'forwardedOn');
        if (body.forwardedOn < current.opening.openedOn) throw invalid('forwardedOn', 'Ngày chuyển phải từ ngày mở hòm thư trở đi');
        const organisationId = body.addresseeOrganisationId ?? null;
        const org = organisationId ? await requireOrganisation(tx, refs, organisationId, ctx, 'addresseeOrganisationId') : null;
        const data = {
          status: 'FORWARDED' as const,
          forwardedOrganisationId: organisationId,
          forwardedName: body.addresseeName ?? org!.name,
          forwardedOn: body.forwardedOn,
        };
        if (!(await suggestions.updateSuggestion(tx, current, version, data))) throw versionConflict(current.version);
        await recordAudit(tx, ctx, {
          action: 'suggestion.forward',
          entityType: 'Suggestion',
          entityId: id,
          unitId: current.unitId,
          changes: { status: [current.status, 'FORWARDED'], forwardedOrganisationId: organisationId, forwardedName: data.forwardedName, forwardedOn: data.forwardedOn },
        });
        if (organisationId) {
          await notifyStaff(
            tx,
            notifications,
            { organisationId, unitId: current.unitId, kind: 'suggestion', title: 'Góp ý từ hòm thư chuyển đến đơn vị bạn', body: excerpt(current.summary), link: `/suggestions/openings/${current.opening.id}` },
            ctx,
          );
        }
        return reload(tx, id, ctx);
      });
    },

    async answer(id: string, version: number, body: AnswerSuggestionBody, ctx: RequestContext): Promise<Suggestion> {
      return db.$transaction(async (tx) => {
        const current = await load(tx, id, ctx);
        requireAllowed(ctx, 'suggestion:answer', answerResource(current));
        if (current.status !== 'ANSWERED') requireStep(current, 'ANSWERED', 'Chỉ trả lời được góp ý đã chuyển đến đơn vị');
        notAfterToday(body.answeredOn, today(), 'answeredOn');
        if (current.forwardedOn && body.answeredOn < current.forwardedOn) throw invalid('answeredOn', 'Ngày trả lời phải từ ngày chuyển góp ý trở đi');
        const data = { status: 'ANSWERED' as const, answerText: body.text, answeredOn: body.answeredOn };
        if (!(await suggestions.updateSuggestion(tx, current, version, data))) throw versionConflict(current.version);
        await recordAudit(tx, ctx, {
          action: current.status === 'ANSWERED' ? 'suggestion.answer-update' : 'suggestion.answer',
          entityType: 'Suggestion',
          entityId: id,
          unitId: current.unitId,
          changes: { status: [current.status, 'ANSWERED'], answeredOn: body.answeredOn },
        });
        return reload(tx, id, ctx);
      });
    },

    async file(id: string, version: number, body: FileSuggestionBody, ctx: RequestContext): Promise<Suggestion> {
      return db.$transaction(async (tx) => {
        const current = await load(tx, id, ctx);
        requireAllowed(ctx, 'suggestion:manage', { unitId: current.unitId });
        requireStep(current, 'FILED', 'Chỉ lưu được góp ý vừa nhận, chưa chuyển đi');
        if (!(await suggestions.updateSuggestion(tx, current, version, { status: 'FILED', filedNote: body.note }))) {
          throw versionConflict(current.version);
        }
        await recordAudit(tx, ctx, {
          action: 'suggestion.file',
          entityType: 'Suggestion',
          entityId: id,
          unitId: current.unitId,
          changes: { status: [current.status, 'FILED'], note: body.note },
        });
        return reload(tx, id, ctx);
      });
    },
  };
}

export type SuggestionService = ReturnType<typeof createSuggestionService>;
