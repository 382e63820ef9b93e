import { idParamsSchema, pageSchema } from '@phoihop/shared/common';
import { problemSchema } from '@phoihop/shared/errors';
import {
  createMediationCaseBodySchema,
  createMediationTeamBodySchema,
  createMediatorBodySchema,
  listMediationCasesQuerySchema,
  listMediationTeamsQuerySchema,
  mediationCaseSchema,
  mediationPartiesSchema,
  mediationStatisticsQuerySchema,
  mediationStatisticsSchema,
  mediationTeamDetailSchema,
  mediationTeamSchema,
  mediatorSchema,
  updateMediationCaseBodySchema,
  updateMediationTeamBodySchema,
  updateMediatorBodySchema,
} from '@phoihop/shared/mediation';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagOf, versionFromIfMatch } from '../../lib/if-match.ts';
import { contextOf } from '../../plugins/authenticate.ts';
import type { MediationCaseService } from './mediation-cases.service.ts';
import type { TeamService } from './teams.service.ts';

const tags = ['mediation'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 428: problemSchema };

export const mediationRoutes: FastifyPluginAsyncZod<{ mediation: TeamService & MediationCaseService }> = async (app, { mediation }) => {
  app.get(
    '/teams',
    { schema: { tags, summary: 'Tổ hòa giải của đơn vị (q: tìm theo tên, địa bàn)', querystring: listMediationTeamsQuerySchema, response: { 200: pageSchema(mediationTeamSchema), 403: problemSchema } } },
    async (request) => mediation.listTeams(request.query, contextOf(request)),
  );

  app.post(
    '/teams',
    { schema: { tags, summary: 'Thành lập tổ hòa giải', body: createMediationTeamBodySchema, response: { 201: mediationTeamDetailSchema, ...errors } } },
    async (request, reply) => {
      const created = await mediation.createTeam(request.body, contextOf(request));
      return reply.status(201).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.get(
    '/teams/:id',
    { schema: { tags, summary: 'Tổ hòa giải với các hòa giải viên', params: idParamsSchema, response: { 200: mediationTeamDetailSchema, 404: problemSchema } } },
    async (request, reply) => {
      const team = await mediation.getTeam(request.params.id, contextOf(request));
      return reply.header('etag', etagOf(team.version)).send(team);
    },
  );

  app.patch(
    '/teams/:id',
    { schema: { tags, summary: 'Sửa tổ hòa giải (gửi If-Match)', params: idParamsSchema, body: updateMediationTeamBodySchema, response: { 200: mediationTeamDetailSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await mediation.updateTeam(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.post(
    '/teams/:id/mediators',
    { schema: { tags, summary: 'Thêm hòa giải viên vào tổ (mỗi tổ một tổ trưởng)', params: idParamsSchema, body: createMediatorBodySchema, response: { 201: mediatorSchema, ...errors } } },
    async (request, reply) => {
      const created = await mediation.addMediator(request.params.id, request.body, contextOf(request));
      return reply.status(201).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.patch(
    '/mediators/:id',
    { schema: { tags, summary: 'Sửa hòa giải viên, cho thôi tham gia (gửi If-Match)', params: idParamsSchema, body: updateMediatorBodySchema, response: { 200: mediatorSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await mediation.updateMediator(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.get(
    '/cases',
    { schema: { tags, summary: 'Vụ việc hòa giải (q: tìm theo tiêu đề, các bên)', querystring: listMediationCasesQuerySchema, response: { 200: pageSchema(mediationCaseSchema), 400: problemSchema, 403: problemSchema } } },
    async (request) => mediation.listCases(request.query, contextOf(request)),
  );

  app.post(
    '/cases',
    { schema: { tags, summary: 'Ghi nhận vụ việc hòa giải', body: createMediationCaseBodySchema, response: { 201: mediationCaseSchema, ...errors } } },
    async (request, reply) => {
      const created = await mediation.createCase(request.body, contextOf(request));
      return reply.status(201).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.get(
    '/cases/:id',
    { schema: { tags, summary: 'Chi tiết vụ việc hòa giải', params: idParamsSchema, response: { 200: mediationCaseSchema, 404: problemSchema } } },
    async (request, reply) => {
      const found = await mediation.getCase(request.params.id, contextOf(request));
      return reply.header('etag', etagOf(found.version)).send(found);
    },
  );

  app.get(
    '/cases/:id/parties',
    {
      schema: {
        tags,
        summary: 'Các bên của vụ việc gắn với đơn tố cáo (chỉ người xử lý và Chủ tịch UBND; mỗi lần xem được ghi nhật ký)',
        params: idParamsSchema,
        response: { 200: mediationPartiesSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const parties = await mediation.revealParties(request.params.id, contextOf(request));
      return reply.header('cache-control', 'no-store').send(parties);
    },
  );

  app.patch(
    '/cases/:id',
    { schema: { tags, summary: 'Cập nhật vụ việc hòa giải, kết quả (gửi If-Match)', params: idParamsSchema, body: updateMediationCaseBodySchema, response: { 200: mediationCaseSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await mediation.updateCase(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.get(
    '/statistics',
    { schema: { tags, summary: 'Thống kê hòa giải ở cơ sở trong kỳ', querystring: mediationStatisticsQuerySchema, response: { 200: mediationStatisticsSchema, 400: problemSchema, 403: problemSchema } } },
    async (request) => mediation.statistics(request.query, contextOf(request)),
  );
};
