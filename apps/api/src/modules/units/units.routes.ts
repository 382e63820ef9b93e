import { idParamsSchema } from '@phoihop/shared/common';
import { problemSchema } from '@phoihop/shared/errors';
import {
  createUnitBodySchema,
  listUnitsQuerySchema,
  unitSchema,
  updateUnitBodySchema,
} from '@phoihop/shared/units';
import { pageSchema } from '@phoihop/shared/common';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagOf, versionFromIfMatch } from '../../lib/if-match.ts';
import { contextOf } from '../../plugins/authenticate.ts';
import type { UnitService } from './units.service.ts';

const tags = ['units'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 428: problemSchema };

export const unitRoutes: FastifyPluginAsyncZod<{ units: UnitService }> = async (app, { units }) => {
  app.get(
    '/',
    { schema: { tags, summary: 'Danh sách đơn vị hành chính', querystring: listUnitsQuerySchema, response: { 200: pageSchema(unitSchema), 400: problemSchema } } },
    async (request) => units.list(request.query, contextOf(request)),
  );

  app.post(
    '/',
    { schema: { tags, summary: 'Thêm đơn vị hành chính', body: createUnitBodySchema, response: { 201: unitSchema, ...errors } } },
    async (request, reply) => {
      const unit = await units.create(request.body, contextOf(request));
      return reply.status(201).header('etag', etagOf(unit.version)).send(unit);
    },
  );

  app.get(
    '/:id',
    { schema: { tags, summary: 'Chi tiết đơn vị', params: idParamsSchema, response: { 200: unitSchema, 404: problemSchema } } },
    async (request, reply) => {
      const unit = await units.get(request.params.id, contextOf(request));
      return reply.header('etag', etagOf(unit.version)).send(unit);
    },
  );

  app.patch(
    '/:id',
    { schema: { tags, summary: 'Sửa đơn vị (gửi If-Match)', params: idParamsSchema, body: updateUnitBodySchema, response: { 200: unitSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const unit = await units.update(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(unit.version)).send(unit);
    },
  );
};
