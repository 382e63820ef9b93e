import { problemSchema } from '@phoihop/shared/errors';
import { globalSearchQuerySchema, searchResultSchema } from '@phoihop/shared/search';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../plugins/authenticate.ts';
import type { SearchService } from './search.service.ts';

export const searchRoutes: FastifyPluginAsyncZod<{ search: SearchService }> = async (
  app,
  { search },
) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['search'],
        summary:
          'Tìm trong đơn thư, nhiệm vụ, giám sát, kiến nghị sau giám sát và kiến nghị cử tri',
        description:
          'Mỗi nhóm theo đúng quyền và cách tìm (không dấu) của danh sách tương ứng; nhóm không được xem thì không có.',
        querystring: globalSearchQuerySchema,
        response: { 200: searchResultSchema, 400: problemSchema },
      },
    },
    async (request) => search.search(request.query.q, contextOf(request)),
  );
};
