import { idParamsSchema, pageSchema } from '@phoihop/shared/common';
import { problemSchema } from '@phoihop/shared/errors';
import { answerBodySchema, followUpSummarySchema } from '@phoihop/shared/follow-ups';
import {
  createPetitionBodySchema,
  createVoterMeetingBodySchema,
  listPetitionsQuerySchema,
  listVoterMeetingsQuerySchema,
  petitionSummaryQuerySchema,
  reportBackBodySchema,
  sendPetitionBodySchema,
  updatePetitionBodySchema,
  updateVoterMeetingBodySchema,
  voterMeetingDetailSchema,
  voterMeetingSchema,
  voterPetitionSchema,
} from '@phoihop/shared/voter-contact';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { etagOf, versionFromIfMatch } from '../../lib/if-match.ts';
import { contextOf } from '../../plugins/authenticate.ts';
import type { VoterMeetingService } from './voter-meetings.service.ts';
import type { VoterPetitionService } from './voter-petitions.service.ts';

const tags = ['voter-contact'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 428: problemSchema };
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const voterContactRoutes: FastifyPluginAsyncZod<{ voterContact: VoterMeetingService & VoterPetitionService }> = async (
  app,
  { voterContact },
) => {
  app.get(
    '/voter-meetings',
    { schema: { tags, summary: 'Các buổi tiếp xúc cử tri (mới nhất trước)', querystring: listVoterMeetingsQuerySchema, response: { 200: pageSchema(voterMeetingSchema), 400: problemSchema, 403: problemSchema } } },
    async (request) => voterContact.listMeetings(request.query, contextOf(request)),
  );

  app.post(
    '/voter-meetings',
    { schema: { tags, summary: 'Ghi nhận buổi tiếp xúc cử tri', body: createVoterMeetingBodySchema, response: { 201: voterMeetingDetailSchema, ...errors } } },
    async (request, reply) => {
      const created = await voterContact.createMeeting(request.body, contextOf(request));
      return reply.status(201).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.get(
    '/voter-meetings/:id',
    { schema: { tags, summary: 'Buổi tiếp xúc cử tri, kiến nghị và kiến nghị được thông tin lại', params: idParamsSchema, response: { 200: voterMeetingDetailSchema, 403: problemSchema, 404: problemSchema } } },
    async (request, reply) => {
      const meeting = await voterContact.getMeeting(request.params.id, contextOf(request));
      return reply.header('etag', etagOf(meeting.version)).send(meeting);
    },
  );

  app.patch(
    '/voter-meetings/:id',
    { schema: { tags, summary: 'Sửa buổi tiếp xúc cử tri (gửi If-Match)', params: idParamsSchema, body: updateVoterMeetingBodySchema, response: { 200: voterMeetingDetailSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await voterContact.updateMeeting(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.post(
    '/voter-meetings/:id/petitions',
    { schema: { tags, summary: 'Ghi nhận kiến nghị của cử tri tại buổi tiếp xúc', params: idParamsSchema, body: createPetitionBodySchema, response: { 201: voterPetitionSchema, ...errors } } },
    async (request, reply) => {
      const created = await voterContact.createPetition(request.params.id, request.body, contextOf(request));
      return reply.status(201).header('etag', etagOf(created.version)).send(created);
    },
  );

  app.post(
    '/voter-meetings/:id/report-back',
    { schema: { tags, summary: 'Thông tin lại cho cử tri kết quả trả lời các kiến nghị của buổi trước', params: idParamsSchema, body: reportBackBodySchema, response: { 200: voterMeetingDetailSchema, ...errors } } },
    async (request, reply) => {
      const updated = await voterContact.reportBack(request.params.id, request.body.petitionIds, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.get(
    '/voter-meetings/:id/petitions.xlsx',
    { schema: { tags, summary: 'Tổng hợp kiến nghị và trả lời của buổi tiếp xúc (Excel)', params: idParamsSchema } },
    async (request, reply) => {
      const { data, fileName } = await voterContact.exportPetitions(request.params.id, contextOf(request));
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
        .send(data);
    },
  );

  app.get(
    '/voter-petitions',
    { schema: { tags, summary: 'Kiến nghị của cử tri (hạn trả lời gần trước)', querystring: listPetitionsQuerySchema, response: { 200: pageSchema(voterPetitionSchema), 400: problemSchema, 403: problemSchema } } },
    async (request) => voterContact.listPetitions(request.query, contextOf(request)),
  );

  app.get(
    '/voter-petitions/summary',
    { schema: { tags, summary: 'Số kiến nghị đã chuyển, chờ trả lời, quá hạn, đã trả lời (mine=true: gửi đơn vị tôi)', querystring: petitionSummaryQuerySchema, response: { 200: followUpSummarySchema, 403: problemSchema } } },
    async (request) => voterContact.summary(request.query, contextOf(request)),
  );

  app.get(
    '/voter-petitions/:id',
    { schema: { tags, summary: 'Chi tiết kiến nghị của cử tri', params: idParamsSchema, response: { 200: voterPetitionSchema, 403: problemSchema, 404: problemSchema } } },
    async (request, reply) => {
      const petition = await voterContact.getPetition(request.params.id, contextOf(request));
      return reply.header('etag', etagOf(petition.version)).send(petition);
    },
  );

  app.patch(
    '/voter-petitions/:id',
    { schema: { tags, summary: 'Sửa kiến nghị trước khi được trả lời (gửi If-Match)', params: idParamsSchema, body: updatePetitionBodySchema, response: { 200: voterPetitionSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await voterContact.updatePetition(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.post(
    '/voter-petitions/:id/send',
    { schema: { tags, summary: 'Phân loại, chuyển kiến nghị đến cơ quan giải quyết (gửi If-Match)', params: idParamsSchema, body: sendPetitionBodySchema, response: { 200: voterPetitionSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await voterContact.send(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.put(
    '/voter-petitions/:id/answer',
    { schema: { tags, summary: 'Trả lời kiến nghị (cơ quan nhận, gửi If-Match)', params: idParamsSchema, body: answerBodySchema, response: { 200: voterPetitionSchema, ...errors } } },
    async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const updated = await voterContact.answer(request.params.id, version, request.body, contextOf(request));
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );
};
