import multipart from '@fastify/multipart';
import { idParamsSchema } from '@phoihop/shared/common';
import { problemSchema } from '@phoihop/shared/errors';
import { attachmentSchema } from '@phoihop/shared/plans';
import { normalizeText } from '@phoihop/shared/text';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { checkFileContent } from '../../lib/file-content.ts';
import { readSingleFile } from '../../lib/single-upload.ts';
import { contextOf } from '../../plugins/authenticate.ts';
import { previewPolicy } from './attachment-preview.ts';
import { attachmentTypes } from './attachment-types.ts';
import type { AttachmentService } from './attachments.service.ts';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const attachmentRoutes: FastifyPluginAsyncZod<{ attachments: AttachmentService }> = async (app, { attachments }) => {
  await app.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5 } });

  app.post(
    '/',
    {
      schema: {
        tags: ['attachments'],
        summary: 'Tải lên tệp đính kèm (multipart, một trường "file"; tối đa 10 MB; PDF, Word, Excel, ảnh)',
        description: 'Nội dung tệp phải đúng loại tệp (415 FILE_TYPE_MISMATCH); hạn mức mỗi người mỗi ngày (429 UPLOAD_QUOTA_EXCEEDED).',
        response: { 201: attachmentSchema, 400: problemSchema, 413: problemSchema, 415: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const file = await readSingleFile(request, '10 MB');
      const fileName = normalizeText(file.fileName).slice(0, 200) || 'tep-dinh-kem';
      const rule = await checkFileContent(fileName, file.data, attachmentTypes, 'PDF, Word, Excel, OpenDocument, JPG hoặc PNG');
      const created = await attachments.upload(ctx, { fileName, mimeType: rule.mimeType, data: file.data });
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/:id',
    { schema: { tags: ['attachments'], summary: 'Tải tệp đính kèm', params: idParamsSchema } },
    async (request, reply) => {
      const file = await attachments.download(contextOf(request), request.params.id);
      return reply
        .type(file.mimeType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(file.data));
    },
  );

  app.get(
    '/:id/preview',
    {
      schema: {
        tags: ['attachments'],
        summary: 'Xem trước tệp đính kèm (PDF, JPG, PNG) trong trang',
        description: 'Loại tệp khác: 415 PREVIEW_NOT_AVAILABLE (tải tệp về).',
        params: idParamsSchema,
      },
    },
    async (request, reply) => {
      const file = await attachments.download(contextOf(request), request.params.id, { preview: true });
      return reply
        .type(file.mimeType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', previewPolicy(file.mimeType))
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(file.data));
    },
  );
};
