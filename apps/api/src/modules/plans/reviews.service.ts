import { todayInVietnam } from '@phoihop/shared/dates';
import { reviewPeriodNames } from '@phoihop/shared/plan-reviews';
import type { CreateReviewBody, Review } from '@phoihop/shared/reviews';
import type { Db } from '../../db/prisma.ts';
import { AppError, invalid } from '../../lib/app-error.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import type { AmendmentRepository } from './amendments.repository.ts';
import { newItemData, scheduleOf, validateItem } from './item-rules.ts';
import { loadPlan, requireManager, wrongState } from './plan-access.ts';
import type { PlanItemRepository } from './plan-items.repository.ts';
import type { PlanRepository } from './plans.repository.ts';
import type { ReviewRepository } from './reviews.repository.ts';

/** The area that collects the follow-up actions decided at reviews. */
export const FOLLOW_UP_AREA = 'Nhiệm vụ sau kiểm điểm';

interface Deps {
  db: Db;
  plans: PlanRepository;
  items: PlanItemRepository;
  reviews: ReviewRepository;
  amendments: AmendmentRepository;
  now?: () => Date;
}

export function createReviewService({ db, plans, items, reviews, amendments, now = () => new Date() }: Deps) {
  return {
    async list(planId: string, ctx: RequestContext): Promise<Review[]> {
      const plan = await loadPlan(db, plans, planId, ctx);
      return reviews.listByPlan(db, plan.id);
    },

    /** Records a periodic review; its follow-up actions become tasks of the plan (as amendments). */
    async create(planId: string, body: CreateReviewBody, ctx: RequestContext): Promise<Review> {
      return db.$transaction(async (tx) => {
        const plan = await loadPlan(tx, plans, planId, ctx, true);
        requireManager(plan, ctx);
        if (plan.status !== 'APPROVED' && plan.status !== 'IN_PROGRESS') {
          throw wrongState(plan, 'Chỉ kiểm điểm kế hoạch đang thực hiện');
        }
        if (await reviews.exists(tx, plan.id, body.period)) {
          throw new AppError('DUPLICATE', {
            message: `Đã ghi nhận kiểm điểm ${reviewPeriodNames[body.period]} năm ${plan.year}`,
            fieldErrors: [{ path: 'period', message: 'Kỳ này đã được kiểm điểm' }],
          });
        }
        if (body.heldOn > todayInVietnam(now())) throw invalid('heldOn', 'Ngày kiểm điểm không được sau hôm nay');
        if (body.heldOn < `${plan.year}-01-01`) throw invalid('heldOn', 'Ngày kiểm điểm phải trong năm của kế hoạch hoặc sau đó');
        const active = await plans.activeOrganisationIds(tx, plan.unitId);
        body.presentOrganisationIds.forEach((id, i) => {
          if (!active.has(id)) throw invalid(`presentOrganisationIds.${i}`, 'Tổ chức không thuộc đơn vị');
        });
        const list = await items.listByPlan(tx, plan.id, plan.unitId);
        body.assessments.forEach((a, i) => {
          if (!list.some((item) => item.id === a.taskId && item.kind === 'TASK')) {
            throw invalid(`assessments.${i}.taskId`, 'Nhiệm vụ không thuộc kế hoạch');
          }
        });
        if (new Set(body.assessments.map((a) => a.taskId)).size !== body.assessments.length) {
          throw invalid('assessments', 'Mỗi nhiệm vụ chỉ đánh giá một lần');
        }

        const followUpTaskIds: string[] = [];
        if (body.followUps.length) {
          let area = list.find((i) => i.kind === 'AREA' && i.parentId === null && i.title === FOLLOW_UP_AREA);
          const areaId = area?.id ?? (await createFollowUpArea());
          area ??= (await items.findById(tx, areaId))!;
          for (const [index, followUp] of body.followUps.entries()) {
            const data = newItemData({
              parentId: areaId,
              areaId,
              kind: 'TASK',
              position: await items.nextPosition(tx, plan.id, areaId),
              title: followUp.title,
              description: `Kết luận kiểm điểm ${reviewPeriodNames[body.period]} ngày ${body.heldOn.split('-').reverse().join('/')}`,
              leadOrganisationId: followUp.leadOrganisationId,
              partnerIds: [...new Set(followUp.partnerIds ?? [])],
              startDate: body.heldOn,
              dueDate: followUp.dueDate,
            });
            try {
              validateItem(data, { items: [...list, area], activeOrganisations: active });
            } catch (error) {
              if (error instanceof AppError && error.fieldErrors) {
                throw new AppError('VALIDATION_FAILED', {
                  fieldErrors: error.fieldErrors.map((e) => ({ ...e, path: `followUps.${index}.${e.path}` })),
                });
              }
              throw error;
            }
            data.nextDueOn = scheduleOf(data, plan.year);
            const id = await items.create(tx, plan.unitId, plan.id, data);
            followUpTaskIds.push(id);
            await amendments.create(tx, {
              unitId: plan.unitId,
              planId: plan.id,
              itemId: id,
              kind: 'ADD',
              reason: `Kết luận kiểm điểm ${reviewPeriodNames[body.period]}`,
              changes: { title: data.title, leadOrganisationId: data.leadOrganisationId, dueDate: data.dueDate },
              decidedById: ctx.actor.id,
            });
          }
          await plans.touch(tx, plan.id);
        }

        const id = await reviews.create(tx, {
          unitId: plan.unitId,
          planId: plan.id,
          period: body.period,
          heldOn: body.heldOn,
          presentOrganisationIds: [...new Set(body.presentOrganisationIds)],
          conclusions: body.conclusions,
          recordedById: ctx.actor.id,
          followUpTaskIds,
          assessments: body.assessments.map((a) => ({ taskId: a.taskId, rating: a.rating, note: a.note ?? null })),
        });
        await recordAudit(tx, ctx, {
          action: 'plan.review',
          entityType: 'Review',
          entityId: id,
          unitId: plan.unitId,
          changes: { planId: plan.id, period: body.period, heldOn: body.heldOn, followUps: followUpTaskIds.length },
        });
        return (await reviews.listByPlan(tx, plan.id)).find((r) => r.id === id)!;

        async function createFollowUpArea(): Promise<string> {
          return items.create(
            tx,
            plan.unitId,
            plan.id,
            newItemData({
              kind: 'AREA',
              position: await items.nextPosition(tx, plan.id, null),
              title: FOLLOW_UP_AREA,
              description: `Các việc giao tại kiểm điểm định kỳ năm ${plan.year}`,
            }),
          );
        }
      });
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
