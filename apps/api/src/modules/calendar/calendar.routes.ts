import { holidayYearSchema, updateHolidayYearBodySchema, yearParamsSchema } from '@phoihop/shared/calendar';
import { problemSchema } from '@phoihop/shared/errors';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagOf, versionFromIfMatch } from '../../lib/if-match.ts';
import { contextOf } from '../../plugins/authenticate.ts';
import type { CalendarService } from './calendar.service.ts';

const tags = ['calendar'];

export const calendarRoutes: FastifyPluginAsyncZod<{ calendar: CalendarService }> = async (app, { calendar }) => {
  app.get(
    '/:year',
    { schema: { tags, summary: 'Ngày nghỉ lễ, Tết và nghỉ bù của một năm', params: yearParamsSchema, response: { 200: holidayYearSchema } } },
    async (request, reply) => {
      const year = await calendar.get(request.params.year);
      return reply.header('etag', etagOf(year.version ?? 0)).send(year);
    },
  );

  app.put(
    '/:year',
    {
      schema: {
        tags,
        summary: 'Đặt ngày nghỉ theo thông báo của Chính phủ (quản trị hệ thống; If-Match: "0" cho năm chưa đặt)',
        params: yearParamsSchema,
        body: updateHolidayYearBodySchema,
        response: { 200: holidayYearSchema, 400: problemSchema, 403: problemSchema, 409: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const year = await calendar.update(request.params.year, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(year.version ?? 0)).send(year);
    },
  );
};
