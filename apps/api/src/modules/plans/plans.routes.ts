import { idParamsSchema, pageSchema } from '@phoihop/shared/common';
import { problemSchema } from '@phoihop/shared/errors';
import {
  amendmentBodySchema,
  amendmentSchema,
  copyPlanBodySchema,
  createPlanBodySchema,
  listPlansQuerySchema,
  planSchema,
  planTransitionSchema,
  planTreeSchema,
  scorecardRowSchema,
  planItemSchema,
  updateAssessmentBodySchema,
  updatePlanBodySchema,
  createItemBodySchema,
} from '@phoihop/shared/plans';
import { createReviewBodySchema, reviewSchema } from '@phoihop/shared/reviews';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { etagOf, versionFromIfMatch } from '../../lib/if-match.ts';
import { contextOf } from '../../plugins/authenticate.ts';
import type { PlanItemService } from './plan-items.service.ts';
import type { PlanService } from './plans.service.ts';
import type { ReviewService } from './reviews.service.ts';
import type { TaskService } from './tasks.service.ts';

const tags = ['plans'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 428: problemSchema };

interface Options {
  plans: PlanService;
  planItems: PlanItemService;
  tasks: TaskService;
  reviews: ReviewService;
}

export const planRoutes: FastifyPluginAsyncZod<Options> = async (app, { plans, planItems, tasks, reviews }) => {
  app.get(
    '/',
    { schema: { tags, summary: 'Chương trình phối hợp các năm', querystring: listPlansQuerySchema, response: { 200: pageSchema(planSchema), 403: problemSchema } } },
    async (request) => plans.list(request.query, contextOf(request)),
  );

  app.post(
    '/',
    { schema: { tags, summary: 'Tạo chương trình phối hợp năm (dự thảo)', body: createPlanBodySchema, response: { 201: planSchema, ...errors } } },
    async (request, reply) => {
      const plan = await plans.create(request.body, contextOf(request));
      return reply.status(201).header('etag', etagOf(plan.version)).send(plan);
    },
  );

  app.get(
    '/:id',
    { schema: { tags, summary: 'Kế hoạch với cây lĩnh vực và nhiệm vụ', params: idParamsSchema, response: { 200: planTreeSchema, 404: problemSchema } } },
    async (request, reply) => {
      const tree = await plans.get(request.params.id, contextOf(request));
      return reply.header('etag', etagOf(tree.plan.version)).send(tree);
    },
  );

  app.patch(
    '/:id',
    { schema: { tags, summary: 'Sửa thông tin kế hoạch (gửi If-Match)', params: idParamsSchema, body: updatePlanBodySchema, response: { 200: planSchema, ...errors } } },
    async (request) => plans.update(request.params.id, versionFromIfMatch(request.headers['if-match']), request.body, contextOf(request)),
  );

  app.put(
    '/:id/assessment',
    { schema: { tags, summary: 'Đánh giá năm: ưu điểm, hạn chế, nguyên nhân, giải pháp', params: idParamsSchema, body: updateAssessmentBodySchema, response: { 200: planSchema, ...errors } } },
    async (request) =>
      plans.updateAssessment(request.params.id, versionFromIfMatch(request.headers['if-match']), request.body, contextOf(request)),
  );

  app.post(
    '/:id/:action',
    {
      schema: {
        tags,
        summary: 'Phê duyệt / triển khai / kết thúc / mở lại kế hoạch (gửi If-Match)',
        params: idParamsSchema.extend({ action: planTransitionSchema }),
        response: { 200: planSchema, ...errors },
      },
    },
    async (request) =>
      plans.transition(request.params.id, versionFromIfMatch(request.headers['if-match']), request.params.action, contextOf(request)),
  );

  app.post(
    '/:id/copy',
    { schema: { tags, summary: 'Tạo kế hoạch năm sau từ kế hoạch này', params: idParamsSchema, body: copyPlanBodySchema, response: { 201: planSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await plans.copy(request.params.id, request.body, contextOf(request))),
  );

  app.post(
    '/:id/items',
    { schema: { tags, summary: 'Thêm lĩnh vực hoặc nhiệm vụ (kế hoạch dự thảo)', params: idParamsSchema, body: createItemBodySchema, response: { 201: planItemSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await planItems.create(request.params.id, request.body, contextOf(request))),
  );

  app.post(
    '/:id/amendments',
    { schema: { tags, summary: 'Điều chỉnh kế hoạch đã phê duyệt: thêm, sửa, hủy nhiệm vụ', params: idParamsSchema, body: amendmentBodySchema, response: { 201: planItemSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await planItems.amend(request.params.id, request.body, contextOf(request))),
  );

  app.get(
    '/:id/amendments',
    { schema: { tags, summary: 'Lịch sử điều chỉnh kế hoạch', params: idParamsSchema, response: { 200: z.array(amendmentSchema), 404: problemSchema } } },
    async (request) => plans.amendments(request.params.id, contextOf(request)),
  );

  app.get(
    '/:id/reviews',
    { schema: { tags, summary: 'Các lần kiểm điểm định kỳ', params: idParamsSchema, response: { 200: z.array(reviewSchema), 404: problemSchema } } },
    async (request) => reviews.list(request.params.id, contextOf(request)),
  );

  app.post(
    '/:id/reviews',
    { schema: { tags, summary: 'Ghi nhận kiểm điểm định kỳ; việc giao thêm thành nhiệm vụ', params: idParamsSchema, body: createReviewBodySchema, response: { 201: reviewSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await reviews.create(request.params.id, request.body, contextOf(request))),
  );

  app.get(
    '/:id/scorecard',
    { schema: { tags, summary: 'Kết quả theo tổ chức', params: idParamsSchema, response: { 200: z.array(scorecardRowSchema), 404: problemSchema } } },
    async (request) => tasks.scorecard(request.params.id, contextOf(request)),
  );
};
