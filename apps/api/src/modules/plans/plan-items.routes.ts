import { idParamsSchema } from '@phoihop/shared/common';
import { problemSchema } from '@phoihop/shared/errors';
import {
  createProgressBodySchema,
  planItemSchema,
  timelineEntrySchema,
  updateItemBodySchema,
  updateStatusBodySchema,
} from '@phoihop/shared/plans';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { versionFromIfMatch } from '../../lib/if-match.ts';
import { contextOf } from '../../plugins/authenticate.ts';
import type { PlanItemService } from './plan-items.service.ts';
import type { ProgressService } from './progress.service.ts';

const tags = ['plan items'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 428: problemSchema };

export const planItemRoutes: FastifyPluginAsyncZod<{ planItems: PlanItemService; progress: ProgressService }> = async (
  app,
  { planItems, progress },
) => {
  app.patch(
    '/:id',
    { schema: { tags, summary: 'Sửa mục của kế hoạch dự thảo (gửi If-Match)', params: idParamsSchema, body: updateItemBodySchema, response: { 200: planItemSchema, ...errors } } },
    async (request) => planItems.update(request.params.id, versionFromIfMatch(request.headers['if-match']), request.body, contextOf(request)),
  );

  app.delete(
    '/:id',
    { schema: { tags, summary: 'Xóa mục của kế hoạch dự thảo (gửi If-Match)', params: idParamsSchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await planItems.remove(request.params.id, versionFromIfMatch(request.headers['if-match']), contextOf(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/:id/status',
    { schema: { tags, summary: 'Cập nhật trạng thái nhiệm vụ (tổ chức chủ trì; gửi If-Match)', params: idParamsSchema, body: updateStatusBodySchema, response: { 200: planItemSchema, ...errors } } },
    async (request) =>
      planItems.updateStatus(request.params.id, versionFromIfMatch(request.headers['if-match']), request.body.status, contextOf(request)),
  );

  app.post(
    '/:id/progress',
    { schema: { tags, summary: 'Báo cáo tiến độ nhiệm vụ (chủ trì hoặc phối hợp)', params: idParamsSchema, body: createProgressBodySchema, response: { 201: planItemSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await progress.post(request.params.id, request.body, contextOf(request))),
  );

  app.get(
    '/:id/timeline',
    { schema: { tags, summary: 'Diễn biến nhiệm vụ: tiến độ, trạng thái, điều chỉnh', params: idParamsSchema, response: { 200: z.array(timelineEntrySchema), 404: problemSchema } } },
    async (request) => progress.timeline(request.params.id, contextOf(request)),
  );
};
