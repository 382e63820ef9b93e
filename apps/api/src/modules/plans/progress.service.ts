import { todayInVietnam } from '@phoihop/shared/dates';
import { leadValues, setsTaskProgress } from '@phoihop/shared/plan-progress';
import { can } from '@phoihop/shared/policies';
import type { CreateProgressBody, PlanItem, TimelineEntry } from '@phoihop/shared/plans';
import type { Db } from '../../db/prisma.ts';
import { AppError, forbidden } from '../../lib/app-error.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import type { AttachmentRepository } from '../attachments/attachments.repository.ts';
import type { AmendmentRepository } from './amendments.repository.ts';
import { scheduleOf } from './item-rules.ts';
import { loadItem, versionConflict, wrongState } from './plan-access.ts';
import type { ItemData, PlanItemRepository } from './plan-items.repository.ts';
import { toPlanItems } from './plan-view.ts';
import type { PlanRepository } from './plans.repository.ts';
import type { ProgressRepository } from './progress.repository.ts';

interface Deps {
  db: Db;
  plans: PlanRepository;
  items: PlanItemRepository;
  progress: ProgressRepository;
  amendments: AmendmentRepository;
  attachments: AttachmentRepository;
  now?: () => Date;
}

export function createProgressService(deps: Deps) {
  const { db, plans, items, progress, amendments, attachments, now = () => new Date() } = deps;

  return {
    /** Lead and partner organisations report; only those who may move the task change its status. */
    async post(taskId: string, body: CreateProgressBody, ctx: RequestContext): Promise<PlanItem> {
      const today = todayInVietnam(now());
      return db.$transaction(async (tx) => {
        const { plan, item } = await loadItem(tx, { plans, items }, taskId, ctx, true);
        const resource = {
          unitId: plan.unitId,
          leadOrganisationId: item.leadOrganisationId,
          organisationIds: item.partners.map((p) => p.id),
        };
        if (item.kind !== 'TASK' || !can(ctx.actor, 'task:post-progress', resource)) throw forbidden();
        if (plan.status !== 'APPROVED' && plan.status !== 'IN_PROGRESS') {
          throw wrongState(plan, 'Chỉ báo cáo tiến độ khi kế hoạch đang thực hiện');
        }
        if (item.status === 'CANCELLED') throw new AppError('CONFLICT', { message: 'Nhiệm vụ đã bị hủy' });
        if (body.reportedOn > today) {
          throw new AppError('VALIDATION_FAILED', {
            fieldErrors: [{ path: 'reportedOn', message: 'Ngày báo cáo không được sau hôm nay' }],
          });
        }
        if (body.status && body.status !== item.status && !can(ctx.actor, 'task:update-status', resource)) {
          throw new AppError('FORBIDDEN', { message: 'Chỉ tổ chức chủ trì được đổi trạng thái nhiệm vụ' });
        }
        if (body.status === 'CANCELLED') {
          throw new AppError('CONFLICT', { message: 'Hủy nhiệm vụ phải qua điều chỉnh kế hoạch' });
        }
        const attachmentIds = [...new Set(body.attachmentIds ?? [])];
        if ((await attachments.unclaimed(tx, attachmentIds, ctx.actor.id)).length !== attachmentIds.length) {
          throw new AppError('VALIDATION_FAILED', {
            fieldErrors: [{ path: 'attachmentIds', message: 'Tệp đính kèm không hợp lệ hoặc đã được dùng' }],
          });
        }

        // Only the lead's report moves the task (plan-progress.ts); a partner's is a contribution.
        const byLead = setsTaskProgress({ organisationId: ctx.actor.organisationId }, item);
        const status = body.status ?? (byLead && item.status === 'NOT_STARTED' ? 'IN_PROGRESS' : item.status);
        const report = {
          organisationId: ctx.actor.organisationId,
          reportedOn: body.reportedOn,
          achievedValue: body.achievedValue ?? null,
          reportedPercent: body.reportedPercent ?? null,
        };
        const change: Partial<ItemData> = {
          status,
          completedOn: status === 'DONE' ? (item.completedOn ?? body.reportedOn) : null,
        };
        if (byLead) {
          change.lastReportedOn =
            item.lastReportedOn && item.lastReportedOn > body.reportedOn ? item.lastReportedOn : body.reportedOn;
          Object.assign(change, leadValues([...(await progress.valuesOf(tx, taskId)), report], item));
        }
        change.nextDueOn = scheduleOf({ ...item, partnerIds: [], ...change }, plan.year);
        if (!(await items.update(tx, item, item.version, change))) throw versionConflict(item.version);

        const updateId = await progress.create(tx, {
          unitId: plan.unitId,
          taskId,
          organisationId: ctx.actor.organisationId,
          authorId: ctx.actor.id,
          reportedOn: body.reportedOn,
          text: body.text,
          achievedValue: report.achievedValue,
          reportedPercent: report.reportedPercent,
          statusAfter: status !== item.status ? status : null,
        });
        await attachments.linkToProgress(tx, attachmentIds, updateId);
        if (plan.status === 'APPROVED') await plans.update(tx, plan.id, plan.version, { status: 'IN_PROGRESS' });
        await recordAudit(tx, ctx, {
          action: 'task.progress',
          entityType: 'PlanItem',
          entityId: taskId,
          unitId: plan.unitId,
          changes: {
            progressUpdateId: updateId,
            ...(status !== item.status ? { status: [item.status, status] } : {}),
            ...(change.achievedValue !== undefined && change.achievedValue !== item.achievedValue
              ? { achievedValue: [item.achievedValue, change.achievedValue] }
              : {}),
            ...(change.reportedPercent !== undefined && change.reportedPercent !== item.reportedPercent
              ? { reportedPercent: [item.reportedPercent, change.reportedPercent] }
              : {}),
          },
        });
        const list = await items.listByPlan(tx, plan.id, plan.unitId);
        return toPlanItems({ ...plan, status: 'IN_PROGRESS' }, list, ctx.actor, today).find((i) => i.id === taskId)!;
      });
    },

    /** Updates, status changes and amendments of one item, newest first. */
    async timeline(itemId: string, ctx: RequestContext): Promise<TimelineEntry[]> {
      const { plan, item } = await loadItem(db, { plans, items }, itemId, ctx);
      const [updates, events, planAmendments, orgs] = await Promise.all([
        progress.listByTask(itemId),
        progress.itemEvents(itemId),
        amendments.list({ itemId }),
        items.organisationsOf(db, plan.unitId),
      ]);
      const files = await attachments.listByProgress(updates.map((u) => u.id));
      const names = await progress.userNames([
        ...updates.map((u) => u.authorId),
        ...events.map((e) => e.actorId).filter((id): id is string => !!id),
      ]);
      const person = (id: string | null) => (id && names.has(id) ? { id, fullName: names.get(id)! } : null);
      const entries: TimelineEntry[] = [
        ...updates.map((u) => ({
          id: u.id,
          type: 'progress' as const,
          at: u.createdAt.toISOString(),
          date: u.reportedOn,
          actor: person(u.authorId),
          organisation: u.organisationId ? (orgs.get(u.organisationId) ?? null) : null,
          text: u.text,
          achievedValue: u.achievedValue,
          reportedPercent: u.reportedPercent,
          contribution: !setsTaskProgress(u, item),
          status: u.statusAfter,
          changes: null,
          attachments: files.filter((f) => f.progressUpdateId === u.id).map(({ progressUpdateId: _p, ...f }) => f),
        })),
        ...events.map((e) => ({
          id: `audit-${e.id.toString()}`,
          type: e.action === 'plan_item.create' ? ('created' as const) : ('status' as const),
          at: e.at.toISOString(),
          date: null,
          actor: person(e.actorId),
          organisation: null,
          text: null,
          achievedValue: null,
          reportedPercent: null,
          contribution: false,
          status: e.action === 'plan_item.status' ? ((e.changes as { status: [string, string] }).status[1] as never) : null,
          changes: e.changes,
          attachments: [],
        })),
        ...planAmendments.map((a) => ({
            id: a.id,
            type: 'amendment' as const,
            at: a.createdAt,
            date: null,
            actor: a.decidedBy,
            organisation: null,
            text: a.reason,
            achievedValue: null,
            reportedPercent: null,
            contribution: false,
            status: null,
            changes: a.changes,
            attachments: [],
          })),
      ];
      return entries.sort((a, b) => b.at.localeCompare(a.at));
    },
  };
}

export type ProgressService = ReturnType<typeof createProgressService>;
