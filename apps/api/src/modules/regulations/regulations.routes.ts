import { idParamsSchema, pageQuerySchema, pageSchema } from '@phoihop/shared/common';
import { problemSchema } from '@phoihop/shared/errors';
import {
  createRegulationBodySchema,
  regulationSchema,
  updateRegulationBodySchema,
} from '@phoihop/shared/plans';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagOf, versionFromIfMatch } from '../../lib/if-match.ts';
import { contextOf } from '../../plugins/authenticate.ts';
import type { RegulationService } from './regulations.service.ts';

const tags = ['regulations'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 428: problemSchema };

export const regulationRoutes: FastifyPluginAsyncZod<{ regulations: RegulationService }> = async (app, { regulations }) => {
  app.get(
    '/',
    { schema: { tags, summary: 'Quy chế phối hợp của đơn vị', querystring: pageQuerySchema, response: { 200: pageSchema(regulationSchema) } } },
    async (request) => regulations.list(request.query, contextOf(request)),
  );

  app.post(
    '/',
    { schema: { tags, summary: 'Ghi nhận quy chế phối hợp', body: createRegulationBodySchema, response: { 201: regulationSchema, ...errors } } },
    async (request, reply) => {
      const created = await regulations.create(request.body, contextOf(request));
      return reply.status(201).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.get(
    '/:id',
    { schema: { tags, summary: 'Chi tiết quy chế', params: idParamsSchema, response: { 200: regulationSchema, 404: problemSchema } } },
    async (request) => regulations.get(request.params.id, contextOf(request)),
  );

  app.patch(
    '/:id',
    { schema: { tags, summary: 'Sửa quy chế (gửi If-Match)', params: idParamsSchema, body: updateRegulationBodySchema, response: { 200: regulationSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await regulations.update(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );
};
