import {
  addCaseAttachmentBodySchema,
  caseActionBodySchema,
  caseIdentitySchema,
  caseSchema,
  caseStatisticsQuerySchema,
  caseStatisticsSchema,
  caseSummarySchema,
  clockSettingsSchema,
  createCaseBodySchema,
  handlerOptionsQuerySchema,
  handlerOptionsSchema,
  listCasesQuerySchema,
  updateCaseBodySchema,
} from '@phoihop/shared/cases';
import { idParamsSchema, pageSchema } from '@phoihop/shared/common';
import { problemSchema } from '@phoihop/shared/errors';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagOf, versionFromIfMatch } from '../../lib/if-match.ts';
import { contextOf } from '../../plugins/authenticate.ts';
import type { Db } from '../../db/prisma.ts';
import { handlerOptions } from './case-handlers.ts';
import type { CaseService } from './cases.service.ts';

const tags = ['cases'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 428: problemSchema };

export const caseRoutes: FastifyPluginAsyncZod<{ cases: CaseService; db: Db }> = async (app, { cases, db }) => {
  app.get(
    '/',
    {
      schema: {
        tags,
        summary: 'Danh sách đơn thư, vụ việc (lọc, tìm không dấu, phân trang keyset)',
        querystring: listCasesQuerySchema,
        response: { 200: pageSchema(caseSummarySchema), 400: problemSchema },
      },
    },
    async (request) => cases.list(request.query, contextOf(request)),
  );

  app.post(
    '/',
    { schema: { tags, summary: 'Tiếp nhận đơn thư', body: createCaseBodySchema, response: { 201: caseSchema, ...errors } } },
    async (request, reply) => {
      const created = await cases.create(request.body, contextOf(request));
      return reply.status(201).header('etag', etagOf(created.version)).send(created);
    },
  );

  // Static paths before '/:id'.
  app.get(
    '/handler-options',
    {
      schema: {
        tags,
        summary: 'Cán bộ có thể được giao xử lý (của tổ chức được chọn và của UBND)',
        querystring: handlerOptionsQuerySchema,
        response: { 200: handlerOptionsSchema, 403: problemSchema },
      },
    },
    async (request) => ({ items: await handlerOptions(db, request.query.organisationId, contextOf(request)) }),
  );

  app.get(
    '/statistics',
    {
      schema: {
        tags,
        summary: 'Thống kê đơn thư nhận trong kỳ',
        querystring: caseStatisticsQuerySchema,
        response: { 200: caseStatisticsSchema, 400: problemSchema, 403: problemSchema },
      },
    },
    async (request) => cases.statistics(request.query, contextOf(request)),
  );

  app.get(
    '/clock-settings',
    { schema: { tags, summary: 'Thời hạn pháp lý và ngày nghỉ để tính hạn ngay trên biểu mẫu', response: { 200: clockSettingsSchema } } },
    async () => cases.clockSettings(),
  );

  app.get(
    '/:id',
    { schema: { tags, summary: 'Chi tiết vụ việc (danh tính người tố cáo được che)', params: idParamsSchema, response: { 200: caseSchema, 404: problemSchema } } },
    async (request, reply) => {
      const found = await cases.get(request.params.id, contextOf(request));
      return reply.header('etag', etagOf(found.version)).send(found);
    },
  );

  app.patch(
    '/:id',
    { schema: { tags, summary: 'Sửa nội dung đơn (gửi If-Match)', params: idParamsSchema, body: updateCaseBodySchema, response: { 200: caseSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await cases.update(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.get(
    '/:id/identity',
    {
      schema: {
        tags,
        summary: 'Danh tính người gửi đơn (người tố cáo: chỉ người xử lý và Chủ tịch UBND; mỗi lần xem được ghi nhật ký)',
        params: idParamsSchema,
        response: { 200: caseIdentitySchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const identity = await cases.identity(request.params.id, contextOf(request));
      return reply.header('cache-control', 'no-store').send(identity);
    },
  );

  app.post(
    '/:id/actions',
    {
      schema: {
        tags,
        summary: 'Một bước xử lý vụ việc (gửi If-Match)',
        params: idParamsSchema,
        body: caseActionBodySchema,
        response: { 200: caseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await cases.act(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.post(
    '/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Đính kèm tệp đã tải lên vào vụ việc',
        params: idParamsSchema,
        body: addCaseAttachmentBodySchema,
        response: { 200: caseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const updated = await cases.addAttachment(request.params.id, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );
};
