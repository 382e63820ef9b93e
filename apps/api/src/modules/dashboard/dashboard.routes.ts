import { dashboardQuerySchema, dashboardSchema } from '@phoihop/shared/dashboard';
import { problemSchema } from '@phoihop/shared/errors';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../plugins/authenticate.ts';
import type { DashboardService } from './dashboard.service.ts';

export const dashboardRoutes: FastifyPluginAsyncZod<{ dashboard: DashboardService }> = async (app, { dashboard }) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'Trang tổng quan: việc của tổ chức tôi và (cho lãnh đạo) tình hình chung của đơn vị',
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema, 400: problemSchema },
      },
    },
    async (request) => dashboard.get(request.query, contextOf(request)),
  );
};
