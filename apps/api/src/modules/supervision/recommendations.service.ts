// Recommendations after supervision (kiến nghị sau giám sát): the Front sends them once the report
// is recorded, each to a body with a due day; the addressee answers, implements or refuses with
// reasons, every step kept as an event; unanswered past the due day, the addressee is told once.
import { formatDateVi, todayInVietnam } from '@phoihop/shared/dates';
import { can } from '@phoihop/shared/policies';
import {
  recommendationTransitions,
  type CreateRecommendationBody,
  type ListRecommendationsQuery,
  type RecommendationDetail,
  type RecommendationSummary,
  type RespondRecommendationBody,
  type UpdateRecommendationBody,
} from '@phoihop/shared/supervision';
import type { Tx } from '../../db/prisma.ts';
import { forbidden } from '../../lib/app-error.ts';
import { diffChanges, recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import { checkFile, defaultDueOn, notifyOnce, overdueRecipients, staffOf, type FollowUpDeps } from '../../lib/follow-ups.ts';
import type { LookupRepository } from './lookups.repository.ts';
import { answerResource, toRecommendation, type RecommendationRecord } from './recommendation-view.ts';
import type { RecommendationData, RecommendationRepository, ResponseColumns } from './recommendations.repository.ts';
import { invalid, notAllowed, requireAllowed, requireInUnit, versionConflict } from './supervision-access.ts';
import { recommendationStatusLabels } from './supervision-labels.ts';
import type { SupervisionRepository } from './supervisions.repository.ts';

const excerpt = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);
const linkOf = (supervisionId: string) => `/supervision/${supervisionId}`;

interface Deps extends FollowUpDeps {
  recommendations: RecommendationRepository;
  supervisions: SupervisionRepository;
  lookups: LookupRepository;
  now: () => Date;
}

export function createRecommendationService(deps: Deps) {
  const { db, recommendations, supervisions, lookups, notifications, now } = deps;
  const today = () => todayInVietnam(now());

  const load = async (tx: Tx, id: string, ctx: RequestContext) => requireInUnit(await recommendations.find(tx, id), ctx);

  async function detail(tx: Tx, id: string, ctx: RequestContext): Promise<RecommendationDetail> {
    const record = await recommendations.find(tx, id);
    const events = await recommendations.events(tx, id);
    return { ...toRecommendation(record!, ctx.actor, today()), events };
  }

  /** The addressee as stored: an organisation of the unit (its name by default) or a named outside body. */
  async function addresseeOf(tx: Tx, unitId: string, organisationId: string | null, name: string | null, keptId?: string | null) {
    if (!organisationId) {
      if (!name) throw invalid('addresseeOrganisationId', 'Chọn cơ quan, tổ chức nhận hoặc ghi tên cơ quan nhận');
      return { addresseeOrganisationId: null, addresseeName: name };
    }
    const org = (await lookups.organisationsInUnit(tx, unitId, [organisationId])).get(organisationId);
    if (!org || (!org.active && organisationId !== keptId)) throw invalid('addresseeOrganisationId', 'Cơ quan, tổ chức nhận không thuộc đơn vị');
    return { addresseeOrganisationId: organisationId, addresseeName: name ?? org.name };
  }

  function checkDays(sentOn: string, dueOn: string, reportedOn: string | null) {
    if (sentOn > today()) throw invalid('sentOn', 'Ngày gửi kiến nghị không được sau hôm nay');
    if (reportedOn && sentOn < reportedOn) throw invalid('sentOn', 'Kiến nghị gửi sau khi có báo cáo kết quả giám sát');
    if (dueOn < sentOn) throw invalid('dueOn', 'Hạn trả lời phải từ ngày gửi trở đi');
  }

  async function notify(tx: Tx, r: RecommendationRecord, userIds: string[], kind: string, title: string, actorId: string | null) {
    const body = `${r.supervision.title} — Kiến nghị ${r.ordinal}: ${excerpt(r.content)}`;
    await notifications.createMany(
      tx,
      [...new Set(userIds)]
        .filter((userId) => userId !== actorId)
        .map((userId) => ({ unitId: r.unitId, userId, kind, title, body, link: linkOf(r.supervision.id) })),
    );
  }

  const notifyAddressee = async (tx: Tx, r: RecommendationRecord, organisationId: string, actorId: string) =>
    notify(
      tx,
      r,
      await staffOf(tx, [organisationId]),
      'recommendation.received',
      `Kiến nghị sau giám sát cần trả lời trước ngày ${formatDateVi(r.dueOn)}`,
      actorId,
    );

  return {
    async listRecommendations(query: ListRecommendationsQuery, ctx: RequestContext) {
      requireAllowed(ctx, 'supervision:read');
      const day = today();
      if (query.mine && !ctx.actor.organisationId) return { items: [], nextCursor: null, total: 0 };
      const addressedTo = query.mine ? ctx.actor.organisationId! : undefined;
      const page = await recommendations.list(ctx.actor.unitId, { ...query, ...(addressedTo ? { addressedTo } : {}) }, day);
      return { ...page, items: page.items.map((r) => toRecommendation(r, ctx.actor, day)) };
    },

    /** Counts of the unit, or (mine) of what was sent to the reader's organisation. */
    async recommendationSummary(query: { mine?: boolean | undefined }, ctx: RequestContext): Promise<RecommendationSummary> {
      requireAllowed(ctx, 'supervision:read');
      if (query.mine && !ctx.actor.organisationId) {
        return { total: 0, unanswered: 0, overdue: 0, answered: 0, implementing: 0, implemented: 0, rejected: 0, answeredLate: 0 };
      }
      return recommendations.summary(ctx.actor.unitId, query.mine ? ctx.actor.organisationId : null, today());
    },

    async getRecommendation(id: string, ctx: RequestContext): Promise<RecommendationDetail> {
      requireAllowed(ctx, 'supervision:read');
      await load(db, id, ctx);
      return detail(db, id, ctx);
    },

    async createRecommendation(supervisionId: string, body: CreateRecommendationBody, ctx: RequestContext): Promise<RecommendationDetail> {
      requireInUnit(await supervisions.find(db, supervisionId, today()), ctx);
      requireAllowed(ctx, 'supervision:manage');
      // Read before the transaction: the calendar and the settings are not part of it.
      const dueOn = body.dueOn ?? (await defaultDueOn(deps, 'supervisionReply', body.sentOn));
      return db.$transaction(async (tx) => {
        // Numbers 1, 2, 3… are taken one writer at a time.
        await supervisions.lock(tx, supervisionId);
        const s = (await supervisions.find(tx, supervisionId, today()))!;
        if (s.status !== 'REPORTED' && s.status !== 'FOLLOWING_UP') {
          throw notAllowed(
            s.status === 'CLOSED'
              ? 'Cuộc giám sát đã kết thúc, không thêm kiến nghị được nữa'
              : 'Chỉ ghi kiến nghị sau khi đã có báo cáo kết quả giám sát',
          );
        }
        const data: RecommendationData = {
          content: body.content,
          ...(await addresseeOf(tx, s.unitId, body.addresseeOrganisationId ?? null, body.addresseeName ?? null)),
          sentOn: body.sentOn,
          dueOn,
        };
        checkDays(data.sentOn, data.dueOn, s.report?.reportedOn ?? null);
        const id = await recommendations.create(tx, s.unitId, supervisionId, data);
        const created = (await recommendations.find(tx, id))!;
        await recordAudit(tx, ctx, {
          action: 'recommendation.create',
          entityType: 'Recommendation',
          entityId: id,
          unitId: s.unitId,
          changes: { supervisionId, ordinal: created.ordinal, ...data },
        });
        if (data.addresseeOrganisationId) await notifyAddressee(tx, created, data.addresseeOrganisationId, ctx.actor.id);
        return detail(tx, id, ctx);
      });
    },

    async updateRecommendation(id: string, version: number, body: UpdateRecommendationBody, ctx: RequestContext): Promise<RecommendationDetail> {
      return db.$transaction(async (tx) => {
        const current = await load(tx, id, ctx);
        requireAllowed(ctx, 'supervision:manage', current.unitId);
        if (current.status !== 'UNANSWERED') throw notAllowed('Kiến nghị đã có trả lời, không sửa được nữa');
        const before: RecommendationData = {
          content: current.content,
          addresseeOrganisationId: current.addressee.organisation?.id ?? null,
          addresseeName: current.addressee.name,
          sentOn: current.sentOn,
          dueOn: current.dueOn,
        };
        const organisationId = body.addresseeOrganisationId === undefined ? before.addresseeOrganisationId : body.addresseeOrganisationId;
        // A new organisation without a name sent takes the organisation's name.
        const name =
          body.addresseeName !== undefined ? body.addresseeName : organisationId !== before.addresseeOrganisationId ? null : before.addresseeName;
        const merged: RecommendationData = {
          content: body.content ?? before.content,
          ...(await addresseeOf(tx, current.unitId, organisationId, name, before.addresseeOrganisationId)),
          sentOn: body.sentOn ?? before.sentOn,
          dueOn: body.dueOn ?? before.dueOn,
        };
        const s = (await supervisions.find(tx, current.supervision.id, today()))!;
        checkDays(merged.sentOn, merged.dueOn, s.report?.reportedOn ?? null);
        const moved = merged.dueOn !== before.dueOn || merged.addresseeOrganisationId !== before.addresseeOrganisationId;
        if (!(await recommendations.update(tx, id, version, merged, moved))) throw versionConflict(current.version);
        await recordAudit(tx, ctx, {
          action: 'recommendation.update',
          entityType: 'Recommendation',
          entityId: id,
          unitId: current.unitId,
          changes: diffChanges(before, merged, ['content', 'addresseeOrganisationId', 'addresseeName', 'sentOn', 'dueOn']),
        });
        // Sent on to another organisation: its staff now have it to answer.
        if (merged.addresseeOrganisationId && merged.addresseeOrganisationId !== before.addresseeOrganisationId) {
          await notifyAddressee(tx, (await recommendations.find(tx, id))!, merged.addresseeOrganisationId, ctx.actor.id);
        }
        return detail(tx, id, ctx);
      });
    },

    /** The addressee's answer or a later step; the first one is the recommendation's answer. */
    async respond(id: string, version: number, body: RespondRecommendationBody, ctx: RequestContext): Promise<RecommendationDetail> {
      return db.$transaction(async (tx) => {
        const current = await load(tx, id, ctx);
        if (!can(ctx.actor, 'recommendation:answer', answerResource(current))) throw forbidden();
        if (!recommendationTransitions[current.status].includes(body.status)) {
          throw notAllowed(
            `Kiến nghị đang ở trạng thái «${recommendationStatusLabels[current.status]}», không chuyển sang «${recommendationStatusLabels[body.status]}» được`,
          );
        }
        if (body.on > today()) throw invalid('on', 'Ngày trả lời không được sau hôm nay');
        const since = current.answer?.answeredOn ?? current.sentOn;
        if (body.on < since) {
          const before = current.answer ? 'ngày trả lời trước đó' : 'ngày gửi kiến nghị';
          throw invalid('on', `Ngày này không được trước ${before} (${formatDateVi(since)})`);
        }
        await checkFile(tx, ctx, 'fileId', body.fileId);
        const columns: ResponseColumns = { status: body.status };
        if (current.status === 'UNANSWERED') {
          Object.assign(columns, { answerText: body.text, answeredOn: body.on, answerDocumentNumber: body.documentNumber ?? null, answerFileId: body.fileId ?? null });
        }
        if (body.status === 'REJECTED') columns.rejectionReason = body.text;
        if (body.status === 'IMPLEMENTED') columns.implementedOn = body.on;
        if (!(await recommendations.respond(tx, id, version, columns))) throw versionConflict(current.version);
        await recommendations.addEvent(tx, {
          recommendationId: id,
          status: body.status,
          text: body.text,
          on: body.on,
          documentNumber: body.documentNumber ?? null,
          fileId: body.fileId ?? null,
          byId: ctx.actor.id,
          at: now(),
        });
        await recordAudit(tx, ctx, {
          action: 'recommendation.respond',
          entityType: 'Recommendation',
          entityId: id,
          unitId: current.unitId,
          changes: { status: [current.status, body.status], on: body.on, documentNumber: body.documentNumber ?? null },
        });
        // The team's lead and the Front follow the answers.
        const s = (await supervisions.find(tx, current.supervision.id, today()))!;
        const followers = await staffOf(tx, [s.lead.id, ...(await lookups.frontOf(tx, current.unitId))]);
        await notify(
          tx,
          current,
          followers,
          'recommendation.answered',
          `${current.addressee.name}: ${recommendationStatusLabels[body.status].toLowerCase()} kiến nghị sau giám sát`,
          ctx.actor.id,
        );
        return detail(tx, id, ctx);
      });
    },

    /**
     * The hourly sweep: each recommendation unanswered past its due day is told once to the
     * addressee's staff (for an outside body, to the Front's leaders). Notices carry a dedupe key
     * per user, so several API processes may all run it. Returns how many were told.
     */
    async notifyOverdue(): Promise<number> {
      const day = today();
      let told = 0;
      for (;;) {
        const due = await recommendations.overdueToNotify(day);
        for (const r of due) {
          await db.$transaction(async (tx) => {
            const userIds = await overdueRecipients(tx, r, ['FATHERLAND_FRONT']);
            const dueOn = r.dueOn.toISOString().slice(0, 10);
            await notifyOnce(
              tx,
              userIds.map((userId) => ({
                unitId: r.unitId,
                userId,
                kind: 'recommendation.overdue',
                title: `Kiến nghị sau giám sát quá hạn trả lời (hạn ${formatDateVi(dueOn)})`,
                body: `${r.supervision.title} — Kiến nghị ${r.ordinal} gửi ${r.addresseeName}: ${excerpt(r.content)}`,
                // The addressee's own late list; the Front chases an outside body's from the unit's.
                link: `/supervision/recommendations?overdue=true${r.addresseeOrganisationId ? '&mine=true' : ''}`,
                dedupeKey: `recommendation-overdue:${r.id}`,
              })),
            );
            await recommendations.markOverdueNotified(tx, r.id, now());
          });
          told++;
        }
        if (due.length < 500) return told;
      }
    },
  };
}

export type RecommendationService = ReturnType<typeof createRecommendationService>;
