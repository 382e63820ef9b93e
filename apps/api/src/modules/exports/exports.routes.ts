import { problemSchema } from '@phoihop/shared/errors';
import { createExportBodySchema, exportJobParamsSchema, exportJobSchema, listExportJobsSchema } from '@phoihop/shared/exports';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../plugins/authenticate.ts';
import { localeOf } from '../../plugins/locale.ts';
import { attachment } from '../../lib/content-disposition.ts';
import type { ExportService } from './exports.service.ts';

const tags = ['exports'];

export const exportRoutes: FastifyPluginAsyncZod<{ exports: ExportService }> = async (app, { exports }) => {
  app.post(
    '/',
    {
      schema: {
        tags,
        summary: 'Xuất một danh sách với bộ lọc của nó ra XLSX hoặc CSV (chạy nền; theo dõi bằng GET /exports/:id)',
        body: createExportBodySchema,
        response: { 202: exportJobSchema, 400: problemSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => reply.status(202).send(await exports.create(request.body, contextOf(request), localeOf(request))),
  );

  app.get(
    '/',
    { schema: { tags, summary: '20 lần xuất gần nhất của tôi', response: { 200: listExportJobsSchema } } },
    async (request) => exports.list(contextOf(request)),
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Tiến độ một lần xuất (chỉ người tạo)',
        params: exportJobParamsSchema,
        response: { 200: exportJobSchema, 404: problemSchema },
      },
    },
    async (request, reply) => reply.header('cache-control', 'no-store').send(await exports.get(request.params.id, contextOf(request))),
  );

  app.get(
    '/:id/file',
    {
      // No response schema: the body is the file (errors still leave as problem+json).
      schema: { tags, summary: 'Tải tệp đã xuất (chỉ người tạo; 404 với người khác, 409 khi chưa xong)', params: exportJobParamsSchema },
    },
    async (request, reply) => {
      const file = await exports.file(request.params.id, contextOf(request));
      return reply
        .type(file.mimeType)
        .header('content-disposition', attachment(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.data);
    },
  );
};
