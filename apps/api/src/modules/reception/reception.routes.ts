import { idParamsSchema, pageQuerySchema, pageSchema } from '@phoihop/shared/common';
import { problemSchema } from '@phoihop/shared/errors';
import {
  createReceptionSessionBodySchema,
  createReceptionVisitBodySchema,
  listReceptionSessionsQuerySchema,
  receptionComplianceQuerySchema,
  receptionComplianceSchema,
  receptionSessionSchema,
  receptionVisitSchema,
  updateReceptionSessionBodySchema,
  updateReceptionVisitBodySchema,
  visitIdentitySchema,
} from '@phoihop/shared/reception';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagOf, versionFromIfMatch } from '../../lib/if-match.ts';
import { contextOf } from '../../plugins/authenticate.ts';
import type { SessionService } from './sessions.service.ts';
import type { VisitService } from './visits.service.ts';

const tags = ['reception'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 428: problemSchema };

export const receptionRoutes: FastifyPluginAsyncZod<{ reception: SessionService & VisitService }> = async (app, { reception }) => {
  app.get(
    '/sessions',
    { schema: { tags, summary: 'Các buổi tiếp công dân (mới nhất trước)', querystring: listReceptionSessionsQuerySchema, response: { 200: pageSchema(receptionSessionSchema), 400: problemSchema, 403: problemSchema } } },
    async (request) => reception.listSessions(request.query, contextOf(request)),
  );

  app.post(
    '/sessions',
    { schema: { tags, summary: 'Ghi nhận buổi tiếp công dân', body: createReceptionSessionBodySchema, response: { 201: receptionSessionSchema, ...errors } } },
    async (request, reply) => {
      const created = await reception.createSession(request.body, contextOf(request));
      return reply.status(201).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.get(
    '/sessions/:id',
    { schema: { tags, summary: 'Chi tiết buổi tiếp công dân', params: idParamsSchema, response: { 200: receptionSessionSchema, 403: problemSchema, 404: problemSchema } } },
    async (request, reply) => {
      const session = await reception.getSession(request.params.id, contextOf(request));
      return reply.header('etag', etagOf(session.version)).send(session);
    },
  );

  app.patch(
    '/sessions/:id',
    { schema: { tags, summary: 'Sửa buổi tiếp công dân (gửi If-Match)', params: idParamsSchema, body: updateReceptionSessionBodySchema, response: { 200: receptionSessionSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await reception.updateSession(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.get(
    '/sessions/:id/visits',
    { schema: { tags, summary: 'Công dân được tiếp trong buổi (theo thứ tự tiếp)', params: idParamsSchema, querystring: pageQuerySchema, response: { 200: pageSchema(receptionVisitSchema), 403: problemSchema, 404: problemSchema } } },
    async (request) => reception.listVisits(request.params.id, request.query, contextOf(request)),
  );

  app.post(
    '/sessions/:id/visits',
    { schema: { tags, summary: 'Ghi nhận công dân được tiếp', params: idParamsSchema, body: createReceptionVisitBodySchema, response: { 201: receptionVisitSchema, ...errors } } },
    async (request, reply) => {
      const created = await reception.createVisit(request.params.id, request.body, contextOf(request));
      return reply.status(201).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.get(
    '/visits/:id',
    { schema: { tags, summary: 'Chi tiết lượt tiếp công dân', params: idParamsSchema, response: { 200: receptionVisitSchema, 403: problemSchema, 404: problemSchema } } },
    async (request, reply) => {
      const visit = await reception.getVisit(request.params.id, contextOf(request));
      return reply.header('etag', etagOf(visit.version)).send(visit);
    },
  );

  app.get(
    '/visits/:id/identity',
    {
      schema: {
        tags,
        summary: 'Danh tính công dân của lượt tiếp về tố cáo (chỉ người xử lý và Chủ tịch UBND; mỗi lần xem được ghi nhật ký)',
        params: idParamsSchema,
        response: { 200: visitIdentitySchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const identity = await reception.revealIdentity(request.params.id, contextOf(request));
      return reply.header('cache-control', 'no-store').send(identity);
    },
  );

  app.patch(
    '/visits/:id',
    { schema: { tags, summary: 'Sửa lượt tiếp, gắn với đơn thư đã có (gửi If-Match)', params: idParamsSchema, body: updateReceptionVisitBodySchema, response: { 200: receptionVisitSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await reception.updateVisit(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.get(
    '/compliance',
    { schema: { tags, summary: 'Kiểm tra lịch tiếp công dân của Chủ tịch UBND và Bí thư Đảng ủy trong năm', querystring: receptionComplianceQuerySchema, response: { 200: receptionComplianceSchema, 400: problemSchema, 403: problemSchema } } },
    async (request) => reception.compliance(request.query.year, contextOf(request)),
  );
};
