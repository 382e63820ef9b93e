import { idParamsSchema, pageSchema } from '@phoihop/shared/common';
import {
  consolidateBodySchema,
  createCommentBodySchema,
  createDraftBodySchema,
  draftCommentSchema,
  draftDetailSchema,
  draftSchema,
  listDraftsQuerySchema,
  respondCommentBodySchema,
  updateCommentBodySchema,
  updateDraftBodySchema,
} from '@phoihop/shared/criticism';
import { problemSchema } from '@phoihop/shared/errors';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagOf, versionFromIfMatch } from '../../lib/if-match.ts';
import { contextOf } from '../../plugins/authenticate.ts';
import type { DraftService } from './drafts.service.ts';

const tags = ['criticism'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 428: problemSchema };

export const draftRoutes: FastifyPluginAsyncZod<{ criticism: DraftService }> = async (app, { criticism }) => {
  app.get(
    '/drafts',
    { schema: { tags, summary: 'Dự thảo lấy ý kiến phản biện (open=true: đang mở góp ý, gần hạn trước)', querystring: listDraftsQuerySchema, response: { 200: pageSchema(draftSchema), 400: problemSchema, 403: problemSchema } } },
    async (request) => criticism.listDrafts(request.query, contextOf(request)),
  );

  app.post(
    '/drafts',
    { schema: { tags, summary: 'Ghi nhận dự thảo gửi lấy ý kiến phản biện', body: createDraftBodySchema, response: { 201: draftDetailSchema, ...errors } } },
    async (request, reply) => {
      const created = await criticism.createDraft(request.body, contextOf(request));
      return reply.status(201).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.get(
    '/drafts/:id',
    { schema: { tags, summary: 'Dự thảo, các ý kiến góp ý và ý kiến tổng hợp', params: idParamsSchema, response: { 200: draftDetailSchema, 403: problemSchema, 404: problemSchema } } },
    async (request, reply) => {
      const draft = await criticism.getDraft(request.params.id, contextOf(request));
      return reply.header('etag', etagOf(draft.version)).send(draft);
    },
  );

  app.patch(
    '/drafts/:id',
    { schema: { tags, summary: 'Sửa dự thảo (gửi If-Match)', params: idParamsSchema, body: updateDraftBodySchema, response: { 200: draftDetailSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await criticism.updateDraft(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.post(
    '/drafts/:id/comments',
    { schema: { tags, summary: 'Góp ý dự thảo (409 COMMENT_PERIOD_CLOSED sau hạn, trừ MTTQ ghi nhận trước khi tổng hợp)', params: idParamsSchema, body: createCommentBodySchema, response: { 201: draftCommentSchema, ...errors } } },
    async (request, reply) => {
      const created = await criticism.addComment(request.params.id, request.body, contextOf(request));
      return reply.status(201).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.patch(
    '/draft-comments/:id',
    { schema: { tags, summary: 'Sửa ý kiến góp ý (người viết hoặc MTTQ, gửi If-Match)', params: idParamsSchema, body: updateCommentBodySchema, response: { 200: draftCommentSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await criticism.updateComment(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.put(
    '/draft-comments/:id/response',
    { schema: { tags, summary: 'Cơ quan soạn thảo tiếp thu, giải trình ý kiến (gửi If-Match)', params: idParamsSchema, body: respondCommentBodySchema, response: { 200: draftCommentSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await criticism.respond(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.put(
    '/drafts/:id/consolidated',
    { schema: { tags, summary: 'Ý kiến phản biện tổng hợp của MTTQ (gửi If-Match)', params: idParamsSchema, body: consolidateBodySchema, response: { 200: draftDetailSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await criticism.consolidate(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );
};
