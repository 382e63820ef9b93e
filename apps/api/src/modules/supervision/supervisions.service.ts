// Supervision teams set up by decision and the standing boards' regular supervisions: planned →
// in progress → reported (by recording the report) → following up → closed, closed only once
// every recommendation has its answer.
import { formatDateVi, todayInVietnam, type IsoDate } from '@phoihop/shared/dates';
import { can } from '@phoihop/shared/policies';
import {
  supervisionTransitions,
  type ChangeSupervisionStatusBody,
  type CreateSupervisionBody,
  type ListSupervisionsQuery,
  type MemberInput,
  type RecordReportBody,
  type SupervisionDetail,
  type SupervisionStatus,
  type UpdateSupervisionBody,
} from '@phoihop/shared/supervision';
import type { Db, Tx } from '../../db/prisma.ts';
import { AppError } from '../../lib/app-error.ts';
import { diffChanges, recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import { checkFile } from '../../lib/follow-ups.ts';
import type { BoardRepository } from './boards.repository.ts';
import type { LookupRepository } from './lookups.repository.ts';
import { toRecommendation } from './recommendation-view.ts';
import type { RecommendationRepository } from './recommendations.repository.ts';
import { checkMembers, invalid, notAllowed, requireAllowed, requireInUnit, versionConflict } from './supervision-access.ts';
import type { SupervisionData, SupervisionRecord, SupervisionRepository } from './supervisions.repository.ts';

const supervisionStatusLabels: Record<SupervisionStatus, string> = {
  PLANNED: 'Chưa tiến hành',
  IN_PROGRESS: 'Đang giám sát',
  REPORTED: 'Đã có báo cáo',
  FOLLOWING_UP: 'Đang theo dõi sau giám sát',
  CLOSED: 'Đã kết thúc',
};

const auditedFields = [
  'title',
  'kind',
  'content',
  'decisionNumber',
  'decisionDate',
  'decisionSigner',
  'decisionFileId',
  'leadOrganisationId',
  'coOrganiserIds',
  'supervisedBodies',
  'periodFrom',
  'periodTo',
  'boardId',
] as const satisfies (keyof SupervisionData)[];

const dataOf = (s: SupervisionRecord): SupervisionData => ({
  title: s.title,
  kind: s.kind,
  content: s.content,
  decisionNumber: s.decisionNumber,
  decisionDate: s.decisionDate,
  decisionSigner: s.decisionSigner,
  decisionFileId: s.decisionFileId,
  leadOrganisationId: s.lead.id,
  coOrganiserIds: s.coOrganisers.map((o) => o.id),
  supervisedBodies: s.supervisedBodies,
  periodFrom: s.periodFrom,
  periodTo: s.periodTo,
  boardId: s.board?.id ?? null,
});

const memberSummary = (members: { fullName: string; role: string }[]) => members.map((m) => `${m.fullName} (${m.role})`);

interface Deps {
  db: Db;
  supervisions: SupervisionRepository;
  recommendations: RecommendationRepository;
  boards: BoardRepository;
  lookups: LookupRepository;
  now: () => Date;
}

export function createSupervisionService({ db, supervisions, recommendations, boards, lookups, now }: Deps) {
  const today = () => todayInVietnam(now());

  const load = async (tx: Tx, id: string, ctx: RequestContext) => requireInUnit(await supervisions.find(tx, id, today()), ctx);

  async function detail(tx: Tx, id: string, ctx: RequestContext): Promise<SupervisionDetail> {
    const day = today();
    const s = (await supervisions.find(tx, id, day))!;
    // One after the other: a transaction's queries share one connection.
    const members = await supervisions.members(tx, id);
    const checks = await supervisions.checks(tx, id);
    const list = await recommendations.ofSupervision(tx, id);
    const files = await lookups.files(tx, [s.decisionFileId, s.report?.reportFileId ?? null]);
    const { decisionFileId, report, ...rest } = s;
    return {
      ...rest,
      decisionFile: decisionFileId ? (files.get(decisionFileId) ?? null) : null,
      members,
      report: report
        ? {
            text: report.reportText,
            findings: report.findings,
            reportedOn: report.reportedOn,
            file: report.reportFileId ? (files.get(report.reportFileId) ?? null) : null,
          }
        : null,
      recommendationList: list.map((r) => toRecommendation(r, ctx.actor, day)),
      checks,
      can: { manage: can(ctx.actor, 'supervision:manage', { unitId: s.unitId }) },
    };
  }

  /** The rules of a supervision as it would be saved; `before` is its current data on an update. */
  async function check(tx: Tx, unitId: string, data: SupervisionData, members: MemberInput[] | undefined, ctx: RequestContext, before?: SupervisionData) {
    if (data.periodTo < data.periodFrom) throw invalid('periodTo', 'Ngày kết thúc phải từ ngày bắt đầu trở đi');
    if (!data.boardId && !(data.decisionNumber && data.decisionDate)) {
      throw invalid('decisionNumber', 'Đoàn giám sát thành lập theo quyết định: ghi số và ngày quyết định');
    }
    if (data.boardId && data.kind !== 'REGULAR') throw invalid('kind', 'Hoạt động của ban giám sát là giám sát thường xuyên');
    const orgs = await lookups.organisationsInUnit(tx, unitId, [data.leadOrganisationId, ...data.coOrganiserIds]);
    const lead = orgs.get(data.leadOrganisationId);
    if (!lead || (!lead.active && data.leadOrganisationId !== before?.leadOrganisationId)) {
      throw invalid('leadOrganisationId', 'Tổ chức chủ trì không thuộc đơn vị');
    }
    const bad = data.coOrganiserIds.findIndex((id) => !orgs.has(id));
    if (bad >= 0) throw invalid(`coOrganiserIds.${bad}`, 'Tổ chức phối hợp không thuộc đơn vị');
    if (data.boardId && data.boardId !== before?.boardId) {
      const board = await boards.ref(tx, data.boardId);
      if (!board || board.unitId !== unitId) throw invalid('boardId', 'Không tìm thấy ban giám sát trong đơn vị');
      if (!board.active) throw invalid('boardId', 'Ban giám sát đã ngừng hoạt động');
    }
    await checkFile(tx, ctx, 'decisionFileId', data.decisionFileId, before?.decisionFileId ?? null);
    if (members) await checkMembers(tx, lookups, unitId, members);
  }

  /** Earlier recommendations of the unit, none of this supervision's own. */
  async function checkChecks(tx: Tx, unitId: string, ids: string[], selfId?: string) {
    const found = new Map((await supervisions.recommendationsInUnit(tx, unitId, ids)).map((r) => [r.id, r]));
    const bad = ids.findIndex((id) => !found.has(id) || found.get(id)!.supervisionId === selfId);
    if (bad >= 0) throw invalid(`checksRecommendationIds.${bad}`, 'Kiến nghị được giám sát lại phải là kiến nghị của một cuộc giám sát trước trong đơn vị');
  }

  const unique = (ids: string[]) => [...new Set(ids)];

  return {
    listSupervisions(query: ListSupervisionsQuery, ctx: RequestContext) {
      requireAllowed(ctx, 'supervision:read');
      return supervisions.list(ctx.actor.unitId, query, today());
    },

    async getSupervision(id: string, ctx: RequestContext): Promise<SupervisionDetail> {
      requireAllowed(ctx, 'supervision:read');
      await load(db, id, ctx);
      return detail(db, id, ctx);
    },

    async createSupervision(body: CreateSupervisionBody, ctx: RequestContext): Promise<SupervisionDetail> {
      const unitId = ctx.actor.unitId;
      requireAllowed(ctx, 'supervision:manage', unitId);
      const data: SupervisionData = {
        title: body.title,
        kind: body.kind,
        content: body.content ?? null,
        decisionNumber: body.decisionNumber ?? null,
        decisionDate: body.decisionDate ?? null,
        decisionSigner: body.decisionSigner ?? null,
        decisionFileId: body.decisionFileId ?? null,
        leadOrganisationId: body.leadOrganisationId,
        coOrganiserIds: unique(body.coOrganiserIds).filter((id) => id !== body.leadOrganisationId),
        supervisedBodies: body.supervisedBodies,
        periodFrom: body.periodFrom,
        periodTo: body.periodTo,
        boardId: body.boardId ?? null,
      };
      const checks = unique(body.checksRecommendationIds);
      return db.$transaction(async (tx) => {
        await check(tx, unitId, data, body.members, ctx);
        await checkChecks(tx, unitId, checks);
        const id = await supervisions.create(tx, unitId, ctx.actor.id, data);
        await lookups.replaceMembers(tx, { supervisionId: id }, body.members);
        await supervisions.replaceChecks(tx, id, checks);
        await recordAudit(tx, ctx, {
          action: 'supervision.create',
          entityType: 'Supervision',
          entityId: id,
          unitId,
          changes: {
            title: data.title,
            kind: data.kind,
            decisionNumber: data.decisionNumber,
            decisionDate: data.decisionDate,
            leadOrganisationId: data.leadOrganisationId,
            periodFrom: data.periodFrom,
            periodTo: data.periodTo,
            boardId: data.boardId,
            members: memberSummary(body.members),
            checksRecommendationIds: checks,
          },
        });
        return detail(tx, id, ctx);
      });
    },

    async updateSupervision(id: string, version: number, body: UpdateSupervisionBody, ctx: RequestContext): Promise<SupervisionDetail> {
      return db.$transaction(async (tx) => {
        const current = await load(tx, id, ctx);
        requireAllowed(ctx, 'supervision:manage', current.unitId);
        if (current.status === 'CLOSED') throw notAllowed('Cuộc giám sát đã kết thúc, không sửa được nữa');
        const before = dataOf(current);
        const merged: SupervisionData = { ...before };
        for (const field of auditedFields) {
          if (body[field] !== undefined) Object.assign(merged, { [field]: body[field] });
        }
        merged.coOrganiserIds = unique(merged.coOrganiserIds).filter((o) => o !== merged.leadOrganisationId);
        await check(tx, current.unitId, merged, body.members, ctx, before);
        const checks = body.checksRecommendationIds ? unique(body.checksRecommendationIds) : undefined;
        if (checks) await checkChecks(tx, current.unitId, checks, id);
        if (!(await supervisions.update(tx, id, version, merged))) throw versionConflict(current.version);
        const changes = diffChanges(before, merged, [...auditedFields]);
        if (body.members) {
          changes.members = [memberSummary(await supervisions.members(tx, id)), memberSummary(body.members)];
          await lookups.replaceMembers(tx, { supervisionId: id }, body.members);
        }
        if (checks) {
          changes.checksRecommendationIds = [(await supervisions.checks(tx, id)).map((c) => c.id), checks];
          await supervisions.replaceChecks(tx, id, checks);
        }
        await recordAudit(tx, ctx, { action: 'supervision.update', entityType: 'Supervision', entityId: id, unitId: current.unitId, changes });
        return detail(tx, id, ctx);
      });
    },

    async changeSupervisionStatus(id: string, version: number, body: ChangeSupervisionStatusBody, ctx: RequestContext): Promise<SupervisionDetail> {
      return db.$transaction(async (tx) => {
        const found = await load(tx, id, ctx);
        requireAllowed(ctx, 'supervision:manage', found.unitId);
        // Locked so no recommendation is added while it closes.
        await supervisions.lock(tx, id);
        const current = (await supervisions.find(tx, id, today()))!;
        if (!supervisionTransitions[current.status].includes(body.status)) {
          const hint = current.status === 'IN_PROGRESS' ? ': ghi báo cáo kết quả giám sát trước' : '';
          throw notAllowed(
            `Không thể chuyển cuộc giám sát từ «${supervisionStatusLabels[current.status]}» sang «${supervisionStatusLabels[body.status]}»${hint}`,
          );
        }
        if (body.status === 'IN_PROGRESS') checkStarted(current.periodFrom, today());
        if (body.status === 'CLOSED') {
          const waiting = await recommendations.unansweredIn(tx, id);
          if (waiting > 0) {
            throw notAllowed(`Còn ${waiting} kiến nghị chưa được trả lời: chưa thể kết thúc cuộc giám sát`);
          }
        }
        if (!(await supervisions.setStatus(tx, id, version, body.status))) throw versionConflict(current.version);
        await recordAudit(tx, ctx, {
          action: 'supervision.status',
          entityType: 'Supervision',
          entityId: id,
          unitId: current.unitId,
          changes: { status: [current.status, body.status] },
        });
        return detail(tx, id, ctx);
      });
    },

    /** Recording the report makes a planned or running supervision reported; later it corrects it. */
    async recordReport(id: string, version: number, body: RecordReportBody, ctx: RequestContext): Promise<SupervisionDetail> {
      return db.$transaction(async (tx) => {
        const current = await load(tx, id, ctx);
        requireAllowed(ctx, 'supervision:manage', current.unitId);
        if (current.status === 'CLOSED') throw notAllowed('Cuộc giám sát đã kết thúc, không sửa báo cáo được nữa');
        checkReportDay(body.reportedOn, current.periodFrom, today());
        await checkFile(tx, ctx, 'fileId', body.fileId, current.report?.reportFileId ?? null);
        const report = { reportText: body.text, findings: body.findings ?? null, reportedOn: body.reportedOn, reportFileId: body.fileId ?? null };
        const status: SupervisionStatus = current.status === 'PLANNED' || current.status === 'IN_PROGRESS' ? 'REPORTED' : current.status;
        if (!(await supervisions.recordReport(tx, id, version, report, status))) throw versionConflict(current.version);
        const before = current.report ?? { reportText: null, findings: null, reportedOn: null, reportFileId: null };
        const changes = diffChanges(before as Record<string, unknown>, report, ['reportText', 'findings', 'reportedOn', 'reportFileId']);
        if (status !== current.status) changes.status = [current.status, status];
        await recordAudit(tx, ctx, { action: 'supervision.report', entityType: 'Supervision', entityId: id, unitId: current.unitId, changes });
        return detail(tx, id, ctx);
      });
    },
  };
}

function checkReportDay(reportedOn: IsoDate, periodFrom: IsoDate, today: IsoDate) {
  if (reportedOn > today) throw invalid('reportedOn', 'Ngày báo cáo không được sau hôm nay');
  if (reportedOn < periodFrom) {
    throw invalid('reportedOn', `Ngày báo cáo không được trước ngày bắt đầu giám sát (${formatDateVi(periodFrom)})`);
  }
}

/** A team works within the period its decision sets: it cannot start before the first day. */
function checkStarted(periodFrom: IsoDate, today: IsoDate) {
  if (periodFrom <= today) return;
  throw new AppError('SUPERVISION_NOT_STARTED', {
    message: `Cuộc giám sát bắt đầu từ ngày ${formatDateVi(periodFrom)}: chưa thể bắt đầu giám sát trước ngày đó`,
    meta: { periodFrom },
  });
}

export type SupervisionService = ReturnType<typeof createSupervisionService>;
