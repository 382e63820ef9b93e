import multipart from '@fastify/multipart';
import { problemSchema } from '@phoihop/shared/errors';
import { importQuerySchema, importResultSchema } from '@phoihop/shared/plan-import';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/app-error.ts';
import { checkFileContent, type ContentRule, type UploadTypes } from '../../lib/file-content.ts';
import { readSingleFile } from '../../lib/single-upload.ts';
import { contextOf } from '../../plugins/authenticate.ts';
import { formatOf } from './import-source.ts';
import type { PlanImportService } from './plan-import.service.ts';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['plans'];

const text = (mimeType: string, label: string): ContentRule => ({ kind: 'text', mimeType, label });
const importTypes: UploadTypes = new Map<string, ContentRule>([
  ['xlsx', { kind: 'binary', mimeType: XLSX_TYPE, label: 'tệp Excel (.xlsx)', detected: [XLSX_TYPE] }],
  ['json', text('application/json', 'tệp JSON')],
  ['yaml', text('application/yaml', 'tệp YAML')],
  ['yml', text('application/yaml', 'tệp YAML')],
]);

const invalidFile = (message: string) =>
  new AppError('VALIDATION_FAILED', { message, fieldErrors: [{ path: 'file', message }] });

export const planImportRoutes: FastifyPluginAsyncZod<{ planImport: PlanImportService }> = async (app, { planImport }) => {
  await app.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5 } });

  app.post(
    '/',
    {
      schema: {
        tags,
        summary: 'Nhập kế hoạch năm từ tệp (multipart, trường "file": .xlsx, .json, .yaml; tối đa 5 MB)',
        description:
          'Tạo kế hoạch dự thảo của năm nếu chưa có, hoặc cập nhật kế hoạch dự thảo theo mã dòng. ' +
          'Có lỗi: 400 với từng lỗi theo dòng và cột (meta.problems), không ghi gì. dryRun=true chỉ kiểm tra.',
        querystring: importQuerySchema,
        response: { 200: importResultSchema, 400: problemSchema, 403: problemSchema, 409: problemSchema, 415: problemSchema },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      const file = await readSingleFile(request, '5 MB');
      const format = formatOf(file.fileName);
      if (!format) throw invalidFile('Chỉ nhận tệp Excel (.xlsx), JSON (.json) hoặc YAML (.yaml, .yml)');
      await checkFileContent(file.fileName, file.data, importTypes, 'Excel (.xlsx), JSON (.json) hoặc YAML (.yaml, .yml)');
      const { year, title, dryRun } = request.query;
      return planImport.importPlan({ unitId: ctx.actor.unitId, year, title, source: { format, data: file.data }, dryRun }, ctx);
    },
  );

  app.get(
    '/template.xlsx',
    { schema: { tags, summary: 'Tải mẫu Excel để nhập kế hoạch' } },
    async (request, reply) => {
      const data = await planImport.template(contextOf(request));
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('mau-nhap-ke-hoach.xlsx')}`)
        .send(data);
    },
  );
};
