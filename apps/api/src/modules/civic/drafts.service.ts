// Social criticism: the Front registers drafts submitted for comment; staff comment for their own
// organisation until the deadline (the Front records the others' until it consolidates); the
// drafting body responds to each point.
import {
  draftPhase,
  type ConsolidateBody,
  type CreateCommentBody,
  type CreateDraftBody,
  type Draft,
  type DraftComment,
  type DraftDetail,
  type DraftPhase,
  type ListDraftsQuery,
  type RespondCommentBody,
  type UpdateCommentBody,
  type UpdateDraftBody,
} from '@phoihop/shared/criticism';
import { todayInVietnam } from '@phoihop/shared/dates';
import { can } from '@phoihop/shared/policies';
import type { Db, Tx } from '../../db/prisma.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { diffChanges, recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import { checkFile } from '../../lib/follow-ups.ts';
import type { NotificationRepository } from '../notifications/notifications.repository.ts';
import { conflict, invalid, requireAllowed, requireReadable, versionConflict } from './civic-access.ts';
import { excerpt, notAfterToday, notifyStaff, requireOrganisation } from './civic-common.ts';
import type { CivicRefs } from './civic-refs.repository.ts';
import type { CommentRecord, DraftData, DraftRecord, DraftRepository } from './drafts.repository.ts';

interface Deps {
  db: Db;
  drafts: DraftRepository;
  refs: CivicRefs;
  notifications: NotificationRepository;
  now?: () => Date;
}

const periodClosed = () => new AppError('COMMENT_PERIOD_CLOSED');

export function createDraftService({ db, drafts, refs, notifications, now = () => new Date() }: Deps) {
  const today = () => todayInVietnam(now());
  const phaseOf = (d: DraftRecord): DraftPhase => draftPhase({ commentDeadline: d.commentDeadline, consolidated: d.consolidated !== null }, today());
  const respondResource = (d: DraftRecord) => ({ unitId: d.unitId, leadOrganisationId: d.draftingOrganisationId });

  function draftView(record: DraftRecord): Draft {
    const { draftingOrganisationId: _o, fileId: _f, consolidatedFileId: _c, consolidated: _x, ...d } = record;
    return { ...d, phase: phaseOf(record) };
  }

  /** Its writer edits a comment while the draft is open; the Front until it consolidates; never once answered. */
  function commentView(c: CommentRecord, draft: DraftRecord, ctx: RequestContext): DraftComment {
    const phase = phaseOf(draft);
    const manager = can(ctx.actor, 'criticism:manage', { unitId: draft.unitId });
    const writer = c.createdById === ctx.actor.id && can(ctx.actor, 'criticism:comment', { unitId: draft.unitId });
    const { organisationId: _o, createdById: _c, ...rest } = c;
    return {
      ...rest,
      can: {
        edit: c.response === 'PENDING' && ((writer && phase === 'OPEN') || (manager && phase !== 'CONSOLIDATED')),
        respond: can(ctx.actor, 'criticism:respond', respondResource(draft)),
      },
    };
  }

  async function detail(tx: Tx, id: string, ctx: RequestContext): Promise<DraftDetail> {
    const draft = (await drafts.find(tx, id))!;
    const phase = phaseOf(draft);
    const manage = can(ctx.actor, 'criticism:manage', { unitId: draft.unitId });
    return {
      ...draftView(draft),
      consolidated: draft.consolidated,
      comments: (await drafts.comments(tx, id)).map((c) => commentView(c, draft, ctx)),
      can: {
        manage,
        comment: can(ctx.actor, 'criticism:comment', { unitId: draft.unitId }) && (phase === 'OPEN' || (phase === 'CLOSED' && manage)),
        respond: can(ctx.actor, 'criticism:respond', respondResource(draft)),
      },
    };
  }

  const load = async (tx: Tx, id: string, ctx: RequestContext) => requireReadable(await drafts.find(tx, id), ctx);

  async function loadComment(tx: Tx, id: string, ctx: RequestContext) {
    const comment = await drafts.findComment(tx, id);
    if (!comment) throw notFound();
    return { comment, draft: await load(tx, comment.draftId, ctx) };
  }

  async function draftData(tx: Tx, merged: Omit<DraftData, 'draftingBody'> & { draftingBody: string | null }, ctx: RequestContext): Promise<DraftData> {
    let draftingBody = merged.draftingBody;
    if (merged.draftingOrganisationId) {
      const org = await requireOrganisation(tx, refs, merged.draftingOrganisationId, ctx, 'draftingOrganisationId');
      draftingBody ??= org.name;
    }
    if (!draftingBody) throw invalid('draftingOrganisationId', 'Chọn cơ quan soạn thảo hoặc ghi tên cơ quan soạn thảo');
    if (merged.commentDeadline < merged.submittedOn) throw invalid('commentDeadline', 'Hạn góp ý phải từ ngày gửi trở đi');
    return { ...merged, draftingBody };
  }

  const tellDrafter = (tx: Tx, draft: DraftRecord, title: string, body: string, ctx: RequestContext) =>
    draft.draftingOrganisationId
      ? notifyStaff(
          tx,
          notifications,
          { organisationId: draft.draftingOrganisationId, unitId: draft.unitId, kind: 'draft', title, body, link: `/criticism/${draft.id}` },
          ctx,
        )
      : Promise.resolve();

  return {
    async listDrafts(query: ListDraftsQuery, ctx: RequestContext) {
      requireAllowed(ctx, 'supervision:read');
      const page = await drafts.list(ctx.actor.unitId, query, today());
      return { items: page.items.map(draftView), nextCursor: page.nextCursor };
    },

    async getDraft(id: string, ctx: RequestContext): Promise<DraftDetail> {
      await load(db, id, ctx);
      return detail(db, id, ctx);
    },

    async createDraft(body: CreateDraftBody, ctx: RequestContext): Promise<DraftDetail> {
      const unitId = ctx.actor.unitId;
      requireAllowed(ctx, 'criticism:manage');
      return db.$transaction(async (tx) => {
        const data = await draftData(
          tx,
          {
            title: body.title,
            draftingOrganisationId: body.draftingOrganisationId ?? null,
            draftingBody: body.draftingBody ?? null,
            summary: body.summary ?? null,
            fileId: body.fileId ?? null,
            submittedOn: body.submittedOn,
            commentDeadline: body.commentDeadline,
          },
          ctx,
        );
        await checkFile(tx, ctx, 'fileId', data.fileId, null);
        const id = await drafts.create(tx, unitId, ctx.actor.id, data);
        await recordAudit(tx, ctx, {
          action: 'draft.create',
          entityType: 'Draft',
          entityId: id,
          unitId,
          changes: { title: data.title, draftingBody: data.draftingBody, submittedOn: data.submittedOn, commentDeadline: data.commentDeadline },
        });
        return detail(tx, id, ctx);
      });
    },

    async updateDraft(id: string, version: number, body: UpdateDraftBody, ctx: RequestContext): Promise<DraftDetail> {
      return db.$transaction(async (tx) => {
        const current = await load(tx, id, ctx);
        requireAllowed(ctx, 'criticism:manage', { unitId: current.unitId });
        const orgChanged = body.draftingOrganisationId !== undefined && body.draftingOrganisationId !== current.draftingOrganisationId;
        const before: DraftData = { ...current };
        const data = await draftData(
          tx,
          {
            title: body.title ?? current.title,
            draftingOrganisationId: body.draftingOrganisationId === undefined ? current.draftingOrganisationId : body.draftingOrganisationId,
            // A new drafting organisation brings its own name unless one is given.
            draftingBody: body.draftingBody === undefined ? (orgChanged ? null : current.draftingBody) : body.draftingBody,
            summary: body.summary === undefined ? current.summary : body.summary,
            fileId: body.fileId === undefined ? current.fileId : body.fileId,
            submittedOn: body.submittedOn ?? current.submittedOn,
            commentDeadline: body.commentDeadline ?? current.commentDeadline,
          },
          ctx,
        );
        await checkFile(tx, ctx, 'fileId', data.fileId, current.fileId);
        if (!(await drafts.update(tx, id, version, data))) throw versionConflict(current.version);
        await recordAudit(tx, ctx, {
          action: 'draft.update',
          entityType: 'Draft',
          entityId: id,
          unitId: current.unitId,
          changes: diffChanges(before, data, ['title', 'draftingOrganisationId', 'draftingBody', 'summary', 'fileId', 'submittedOn', 'commentDeadline']),
        });
        return detail(tx, id, ctx);
      });
    },

    async addComment(draftId: string, body: CreateCommentBody, ctx: RequestContext): Promise<DraftComment> {
      return db.$transaction(async (tx) => {
        const draft = await load(tx, draftId, ctx);
        requireAllowed(ctx, 'criticism:comment', { unitId: draft.unitId });
        const manager = can(ctx.actor, 'criticism:manage', { unitId: draft.unitId });
        const phase = phaseOf(draft);
        if (phase === 'CONSOLIDATED' || (phase === 'CLOSED' && !manager)) throw periodClosed();
        const organisationId = body.organisationId ?? null;
        if (!manager && organisationId !== ctx.actor.organisationId) {
          throw invalid('organisationId', 'Bạn chỉ góp ý thay mặt tổ chức của mình');
        }
        if (organisationId) await requireOrganisation(tx, refs, organisationId, ctx, 'organisationId');
        const id = await drafts.createComment(tx, {
          draftId,
          organisationId,
          personName: body.personName ?? null,
          point: body.point ?? null,
          content: body.content,
          createdById: ctx.actor.id,
          createdAt: now(),
        });
        await recordAudit(tx, ctx, {
          action: 'draft_comment.create',
          entityType: 'DraftComment',
          entityId: id,
          unitId: draft.unitId,
          changes: { draftId, organisationId, personName: body.personName ?? null, point: body.point ?? null, late: phase === 'CLOSED' },
        });
        await tellDrafter(tx, draft, 'Có góp ý mới cho dự thảo', excerpt(draft.title), ctx);
        return commentView((await drafts.findComment(tx, id))!, draft, ctx);
      });
    },

    async updateComment(id: string, version: number, body: UpdateCommentBody, ctx: RequestContext): Promise<DraftComment> {
      return db.$transaction(async (tx) => {
        const { comment, draft } = await loadComment(tx, id, ctx);
        const view = commentView(comment, draft, ctx);
        if (!view.can.edit) {
          if (comment.response !== 'PENDING') throw conflict('Góp ý đã được cơ quan soạn thảo tiếp thu, giải trình');
          const mayTry = comment.createdById === ctx.actor.id || can(ctx.actor, 'criticism:manage', { unitId: draft.unitId });
          throw mayTry ? periodClosed() : new AppError('FORBIDDEN');
        }
        const data = {
          point: body.point === undefined ? comment.point : body.point,
          content: body.content ?? comment.content,
        };
        if (!(await drafts.updateComment(tx, id, version, data))) throw versionConflict(comment.version);
        await recordAudit(tx, ctx, {
          action: 'draft_comment.update',
          entityType: 'DraftComment',
          entityId: id,
          unitId: draft.unitId,
          changes: diffChanges(comment, { ...comment, ...data }, ['point', 'content']),
        });
        return commentView((await drafts.findComment(tx, id))!, draft, ctx);
      });
    },

    async respond(id: string, version: number, body: RespondCommentBody, ctx: RequestContext): Promise<DraftComment> {
      return db.$transaction(async (tx) => {
        const { comment, draft } = await loadComment(tx, id, ctx);
        requireAllowed(ctx, 'criticism:respond', respondResource(draft));
        notAfterToday(body.respondedOn, today(), 'respondedOn');
        if (body.respondedOn < draft.submittedOn) throw invalid('respondedOn', 'Ngày tiếp thu, giải trình phải sau ngày gửi dự thảo');
        const data = {
          response: body.response,
          responseText: body.text ?? null,
          respondedOn: body.respondedOn,
          respondedById: ctx.actor.id,
        };
        if (!(await drafts.respond(tx, id, version, data))) throw versionConflict(comment.version);
        await recordAudit(tx, ctx, {
          action: 'draft_comment.respond',
          entityType: 'DraftComment',
          entityId: id,
          unitId: draft.unitId,
          changes: diffChanges(comment, { ...comment, ...data }, ['response', 'responseText', 'respondedOn']),
        });
        return commentView((await drafts.findComment(tx, id))!, draft, ctx);
      });
    },

    async consolidate(id: string, version: number, body: ConsolidateBody, ctx: RequestContext): Promise<DraftDetail> {
      return db.$transaction(async (tx) => {
        const current = await load(tx, id, ctx);
        requireAllowed(ctx, 'criticism:manage', { unitId: current.unitId });
        notAfterToday(body.on, today(), 'on');
        if (body.on < current.submittedOn) throw invalid('on', 'Ngày tổng hợp phải sau ngày gửi dự thảo');
        const fileId = body.fileId === undefined ? current.consolidatedFileId : body.fileId;
        await checkFile(tx, ctx, 'fileId', fileId, current.consolidatedFileId);
        if (!(await drafts.consolidate(tx, id, version, { text: body.text, on: body.on, fileId, byId: ctx.actor.id }))) {
          throw versionConflict(current.version);
        }
        await recordAudit(tx, ctx, {
          action: current.consolidated ? 'draft.consolidated-update' : 'draft.consolidate',
          entityType: 'Draft',
          entityId: id,
          unitId: current.unitId,
          changes: { on: body.on, fileId, comments: current.commentCount },
        });
        if (!current.consolidated) await tellDrafter(tx, current, 'MTTQ đã tổng hợp ý kiến phản biện', excerpt(current.title), ctx);
        return detail(tx, id, ctx);
      });
    },
  };
}

export type DraftService = ReturnType<typeof createDraftService>;
