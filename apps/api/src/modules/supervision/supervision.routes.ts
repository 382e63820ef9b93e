import { idParamsSchema, pageSchema } from '@phoihop/shared/common';
import { problemSchema } from '@phoihop/shared/errors';
import {
  boardDetailSchema,
  boardSchema,
  changeSupervisionStatusBodySchema,
  createBoardBodySchema,
  createRecommendationBodySchema,
  createSupervisionBodySchema,
  listBoardsQuerySchema,
  listRecommendationsQuerySchema,
  listSupervisionsQuerySchema,
  recommendationDetailSchema,
  recommendationSchema,
  recommendationSummaryQuerySchema,
  recommendationSummarySchema,
  recordReportBodySchema,
  respondRecommendationBodySchema,
  supervisionDetailSchema,
  supervisionSchema,
  updateBoardBodySchema,
  updateRecommendationBodySchema,
  updateSupervisionBodySchema,
} from '@phoihop/shared/supervision';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagOf, versionFromIfMatch } from '../../lib/if-match.ts';
import { contextOf } from '../../plugins/authenticate.ts';
import type { BoardService } from './boards.service.ts';
import type { RecommendationService } from './recommendations.service.ts';
import type { SupervisionService } from './supervisions.service.ts';

const tags = ['supervision'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 428: problemSchema };
const reads = { 400: problemSchema, 403: problemSchema };

export const supervisionRoutes: FastifyPluginAsyncZod<{
  supervision: BoardService & SupervisionService & RecommendationService;
}> = async (app, { supervision }) => {
  // --- Standing boards ------------------------------------------------------------------------
  app.get(
    '/supervision-boards',
    { schema: { tags, summary: 'Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng (q: tên, dự án, quyết định)', querystring: listBoardsQuerySchema, response: { 200: pageSchema(boardSchema), ...reads } } },
    async (request) => supervision.listBoards(request.query, contextOf(request)),
  );

  app.post(
    '/supervision-boards',
    { schema: { tags, summary: 'Thành lập, kiện toàn ban giám sát', body: createBoardBodySchema, response: { 201: boardDetailSchema, ...errors } } },
    async (request, reply) => {
      const created = await supervision.createBoard(request.body, contextOf(request));
      return reply.status(201).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.get(
    '/supervision-boards/:id',
    { schema: { tags, summary: 'Ban giám sát với các thành viên', params: idParamsSchema, response: { 200: boardDetailSchema, 404: problemSchema } } },
    async (request, reply) => {
      const board = await supervision.getBoard(request.params.id, contextOf(request));
      return reply.header('etag', etagOf(board.version)).send(board);
    },
  );

  app.patch(
    '/supervision-boards/:id',
    { schema: { tags, summary: 'Sửa ban giám sát; danh sách thành viên gửi lên thay danh sách cũ (gửi If-Match)', params: idParamsSchema, body: updateBoardBodySchema, response: { 200: boardDetailSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await supervision.updateBoard(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  // --- Supervisions ---------------------------------------------------------------------------
  app.get(
    '/supervisions',
    { schema: { tags, summary: 'Các cuộc giám sát, mới nhất trước (q: tên, số quyết định, đối tượng)', querystring: listSupervisionsQuerySchema, response: { 200: pageSchema(supervisionSchema), ...reads } } },
    async (request) => supervision.listSupervisions(request.query, contextOf(request)),
  );

  app.post(
    '/supervisions',
    { schema: { tags, summary: 'Thành lập đoàn giám sát theo quyết định, hoặc ghi hoạt động giám sát của ban', body: createSupervisionBodySchema, response: { 201: supervisionDetailSchema, ...errors } } },
    async (request, reply) => {
      const created = await supervision.createSupervision(request.body, contextOf(request));
      return reply.status(201).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.get(
    '/supervisions/:id',
    { schema: { tags, summary: 'Cuộc giám sát: thành viên, báo cáo, kiến nghị', params: idParamsSchema, response: { 200: supervisionDetailSchema, 404: problemSchema } } },
    async (request, reply) => {
      const found = await supervision.getSupervision(request.params.id, contextOf(request));
      return reply.header('etag', etagOf(found.version)).send(found);
    },
  );

  app.patch(
    '/supervisions/:id',
    { schema: { tags, summary: 'Sửa cuộc giám sát (gửi If-Match)', params: idParamsSchema, body: updateSupervisionBodySchema, response: { 200: supervisionDetailSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await supervision.updateSupervision(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.post(
    '/supervisions/:id/status',
    { schema: { tags, summary: 'Chuyển trạng thái cuộc giám sát; kết thúc khi mọi kiến nghị đã được trả lời (gửi If-Match)', params: idParamsSchema, body: changeSupervisionStatusBodySchema, response: { 200: supervisionDetailSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await supervision.changeSupervisionStatus(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.put(
    '/supervisions/:id/report',
    { schema: { tags, summary: 'Ghi báo cáo kết quả giám sát (gửi If-Match)', params: idParamsSchema, body: recordReportBodySchema, response: { 200: supervisionDetailSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await supervision.recordReport(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.post(
    '/supervisions/:id/recommendations',
    { schema: { tags, summary: 'Gửi kiến nghị sau giám sát (hạn trả lời mặc định theo quy định)', params: idParamsSchema, body: createRecommendationBodySchema, response: { 201: recommendationDetailSchema, ...errors } } },
    async (request, reply) => {
      const created = await supervision.createRecommendation(request.params.id, request.body, contextOf(request));
      return reply.status(201).header('etag', etagOf(created.version)).send(created);
    },
  );

  // --- Recommendations ------------------------------------------------------------------------
  app.get(
    '/recommendations',
    { schema: { tags, summary: 'Kiến nghị sau giám sát, hạn gần nhất trước (mine: gửi tổ chức của tôi)', querystring: listRecommendationsQuerySchema, response: { 200: pageSchema(recommendationSchema), ...reads } } },
    async (request) => supervision.listRecommendations(request.query, contextOf(request)),
  );

  app.get(
    '/recommendations/summary',
    { schema: { tags, summary: 'Số kiến nghị theo tình trạng trả lời', querystring: recommendationSummaryQuerySchema, response: { 200: recommendationSummarySchema, ...reads } } },
    async (request) => supervision.recommendationSummary(request.query, contextOf(request)),
  );

  app.get(
    '/recommendations/:id',
    { schema: { tags, summary: 'Kiến nghị với quá trình trả lời, thực hiện', params: idParamsSchema, response: { 200: recommendationDetailSchema, 404: problemSchema } } },
    async (request, reply) => {
      const found = await supervision.getRecommendation(request.params.id, contextOf(request));
      return reply.header('etag', etagOf(found.version)).send(found);
    },
  );

  app.patch(
    '/recommendations/:id',
    { schema: { tags, summary: 'Sửa kiến nghị khi chưa được trả lời (gửi If-Match)', params: idParamsSchema, body: updateRecommendationBodySchema, response: { 200: recommendationDetailSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await supervision.updateRecommendation(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.post(
    '/recommendations/:id/responses',
    { schema: { tags, summary: 'Cơ quan nhận trả lời, báo cáo thực hiện hoặc không tiếp thu kiến nghị (gửi If-Match)', params: idParamsSchema, body: respondRecommendationBodySchema, response: { 200: recommendationDetailSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await supervision.respond(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );
};
