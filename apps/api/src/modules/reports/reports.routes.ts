import { problemSchema } from '@phoihop/shared/errors';
import {
  annualReportDraftSchema,
  annualReportFiguresSchema,
  annualReportVersionSchema,
  listAnnualReportVersionsSchema,
  listAnnualReportYearsSchema,
  reportDraftQuerySchema,
  reportSettingsSchema,
  reportSettingsViewSchema,
  reportVersionParamsSchema,
  reportYearParamsSchema,
  saveAnnualReportBodySchema,
} from '@phoihop/shared/reports';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { attachment } from '../../lib/content-disposition.ts';
import { etagOf, versionFromIfMatch } from '../../lib/if-match.ts';
import { contextOf } from '../../plugins/authenticate.ts';
import type { AnnualReportService } from './annual-reports.service.ts';
import { reportFileName } from './report-docx.ts';
import type { ReportSettingsService } from './report-settings.service.ts';

const tags = ['reports'];
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const annualReportRoutes: FastifyPluginAsyncZod<{ annualReports: AnnualReportService }> = async (app, { annualReports }) => {
  app.get(
    '/',
    { schema: { tags, summary: 'Các năm có chương trình phối hợp hoặc báo cáo đã lưu', response: { 200: listAnnualReportYearsSchema, 403: problemSchema } } },
    async (request) => annualReports.years(contextOf(request)),
  );

  app.get(
    '/:year/draft',
    {
      schema: {
        tags,
        summary: 'Dự thảo báo cáo năm lập từ dữ liệu (số liệu tính đến ngày asOf)',
        params: reportYearParamsSchema,
        querystring: reportDraftQuerySchema,
        response: { 200: annualReportDraftSchema, 400: problemSchema, 403: problemSchema },
      },
    },
    async (request) => annualReports.draft(request.params.year, request.query, contextOf(request)),
  );

  app.get(
    '/:year/figures',
    {
      schema: {
        tags,
        summary: 'Số liệu của báo cáo năm tính đến ngày asOf',
        params: reportYearParamsSchema,
        querystring: reportDraftQuerySchema,
        response: { 200: annualReportFiguresSchema, 400: problemSchema, 403: problemSchema },
      },
    },
    async (request) => annualReports.figures(request.params.year, request.query, contextOf(request)),
  );

  app.get(
    '/:year/versions',
    { schema: { tags, summary: 'Các phiên bản đã lưu, mới nhất trước', params: reportYearParamsSchema, response: { 200: listAnnualReportVersionsSchema, 403: problemSchema } } },
    async (request) => annualReports.versions(request.params.year, contextOf(request)),
  );

  app.post(
    '/:year/versions',
    {
      schema: {
        tags,
        summary: 'Lưu một phiên bản mới (basedOn: phiên bản mới nhất đã mở; số liệu do máy chủ tính)',
        params: reportYearParamsSchema,
        body: saveAnnualReportBodySchema,
        response: { 201: annualReportVersionSchema, 400: problemSchema, 403: problemSchema, 409: problemSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await annualReports.save(request.params.year, request.body, contextOf(request))),
  );

  app.get(
    '/:year/versions/:versionNo',
    { schema: { tags, summary: 'Một phiên bản đã lưu', params: reportVersionParamsSchema, response: { 200: annualReportVersionSchema, 404: problemSchema } } },
    async (request) => annualReports.version(request.params.year, request.params.versionNo, contextOf(request)),
  );

  app.get(
    '/:year/versions/:versionNo/report.docx',
    { schema: { tags, summary: 'Phiên bản đã lưu theo thể thức Nghị định 30/2020 (DOCX)', params: reportVersionParamsSchema } },
    async (request, reply) => {
      const { year, versionNo } = request.params;
      const data = await annualReports.docx(year, versionNo, contextOf(request));
      return reply
        .type(DOCX_TYPE)
        .header('content-disposition', attachment(reportFileName(year, versionNo)))
        .send(data);
    },
  );
};

export const reportSettingsRoutes: FastifyPluginAsyncZod<{ reportSettings: ReportSettingsService }> = async (app, { reportSettings }) => {
  app.get(
    '/',
    { schema: { tags, summary: 'Thiết lập báo cáo của đơn vị (cơ quan ban hành, ký hiệu, người ký, nơi nhận)', response: { 200: reportSettingsViewSchema } } },
    async (request, reply) => {
      const view = await reportSettings.get(contextOf(request));
      return reply.header('etag', etagOf(view.version ?? 0)).send(view);
    },
  );

  app.put(
    '/',
    {
      schema: {
        tags,
        summary: 'Đặt thiết lập báo cáo (If-Match khi đơn vị đã lưu thiết lập)',
        body: reportSettingsSchema,
        response: { 200: reportSettingsViewSchema, 400: problemSchema, 403: problemSchema, 409: problemSchema, 428: problemSchema },
      },
    },
    async (request, reply) => {
      const header = request.headers['if-match'];
      const version = header === undefined ? null : versionFromIfMatch(header);
      const view = await reportSettings.update(version, request.body, contextOf(request));
      return reply.header('etag', etagOf(view.version ?? 0)).send(view);
    },
  );
};
