import { idParamsSchema } from '@phoihop/shared/common';
import { problemSchema } from '@phoihop/shared/errors';
import {
  createOrganisationBodySchema,
  listOrganisationsQuerySchema,
  organisationSchema,
  updateOrganisationBodySchema,
} from '@phoihop/shared/organisations';
import { pageSchema } from '@phoihop/shared/common';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagOf, versionFromIfMatch } from '../../lib/if-match.ts';
import { contextOf } from '../../plugins/authenticate.ts';
import type { OrganisationService } from './organisations.service.ts';

const tags = ['organisations'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 428: problemSchema };

export const organisationRoutes: FastifyPluginAsyncZod<{ organisations: OrganisationService }> = async (app, { organisations }) => {
  app.get(
    '/',
    { schema: { tags, summary: 'Danh sách tổ chức', querystring: listOrganisationsQuerySchema, response: { 200: pageSchema(organisationSchema), 400: problemSchema } } },
    async (request) => organisations.list(request.query, contextOf(request)),
  );

  app.post(
    '/',
    { schema: { tags, summary: 'Thêm tổ chức', body: createOrganisationBodySchema, response: { 201: organisationSchema, ...errors } } },
    async (request, reply) => {
      const organisation = await organisations.create(request.body, contextOf(request));
      return reply.status(201).header('etag', etagOf(organisation.version)).send(organisation);
    },
  );

  app.get(
    '/:id',
    { schema: { tags, summary: 'Chi tiết tổ chức', params: idParamsSchema, response: { 200: organisationSchema, 404: problemSchema } } },
    async (request, reply) => {
      const organisation = await organisations.get(request.params.id, contextOf(request));
      return reply.header('etag', etagOf(organisation.version)).send(organisation);
    },
  );

  app.patch(
    '/:id',
    { schema: { tags, summary: 'Sửa tổ chức (gửi If-Match)', params: idParamsSchema, body: updateOrganisationBodySchema, response: { 200: organisationSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const organisation = await organisations.update(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(organisation.version)).send(organisation);
    },
  );
};
