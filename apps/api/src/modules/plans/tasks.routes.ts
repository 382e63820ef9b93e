import { pageSchema } from '@phoihop/shared/common';
import { problemSchema } from '@phoihop/shared/errors';
import { listTasksQuerySchema, taskRowSchema } from '@phoihop/shared/plans';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../plugins/authenticate.ts';
import type { TaskService } from './tasks.service.ts';

export const taskRoutes: FastifyPluginAsyncZod<{ tasks: TaskService }> = async (app, { tasks }) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['plan items'],
        summary: 'Danh sách nhiệm vụ: lọc theo kế hoạch, lĩnh vực, tổ chức, trạng thái, quá hạn, hạn',
        querystring: listTasksQuerySchema,
        response: { 200: pageSchema(taskRowSchema), 400: problemSchema },
      },
    },
    async (request) => tasks.list(request.query, contextOf(request)),
  );
};
