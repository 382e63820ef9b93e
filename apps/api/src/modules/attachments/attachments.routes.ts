import { createHash } from 'node:crypto';
import multipart from '@fastify/multipart';
import { idParamsSchema } from '@phoihop/shared/common';
import { problemSchema } from '@phoihop/shared/errors';
import { attachmentSchema } from '@phoihop/shared/plans';
import { can } from '@phoihop/shared/policies';
import { normalizeText } from '@phoihop/shared/text';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, forbidden, notFound } from '../../lib/app-error.ts';
import { contextOf } from '../../plugins/authenticate.ts';
import { caseFileAccess } from '../cases/case-access.ts';
import type { AttachmentRepository } from './attachments.repository.ts';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Office documents, PDF and pictures: what ward staff attach as evidence. */
const allowedTypes = new Map<string, string>([
  ['pdf', 'application/pdf'],
  ['doc', 'application/msword'],
  ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['xls', 'application/vnd.ms-excel'],
  ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['odt', 'application/vnd.oasis.opendocument.text'],
  ['ods', 'application/vnd.oasis.opendocument.spreadsheet'],
  ['jpg', 'image/jpeg'],
  ['jpeg', 'image/jpeg'],
  ['png', 'image/png'],
]);

export const attachmentRoutes: FastifyPluginAsyncZod<{ attachments: AttachmentRepository }> = async (app, { attachments }) => {
  await app.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5 } });

  app.post(
    '/',
    {
      schema: {
        tags: ['attachments'],
        summary: 'Tải lên tệp đính kèm (multipart, trường "file"; tối đa 10 MB; PDF, Word, Excel, ảnh)',
        response: { 201: attachmentSchema, 400: problemSchema, 413: problemSchema },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const file = await request.file().catch(() => undefined);
      if (!file) throw new AppError('BAD_REQUEST', { message: 'Chưa chọn tệp' });
      const fileName = normalizeText(file.filename).slice(0, 200) || 'tep-dinh-kem';
      const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
      const mimeType = allowedTypes.get(extension);
      if (!mimeType) {
        throw new AppError('VALIDATION_FAILED', {
          message: 'Chỉ nhận tệp PDF, Word, Excel, OpenDocument, JPG hoặc PNG',
          fieldErrors: [{ path: 'file', message: 'Loại tệp không được phép' }],
        });
      }
      const data = await file.toBuffer().catch(() => {
        throw new AppError('VALIDATION_FAILED', {
          message: 'Tệp vượt quá 10 MB',
          fieldErrors: [{ path: 'file', message: 'Tệp vượt quá 10 MB' }],
        });
      });
      const created = await attachments.create({
        unitId: ctx.actor.unitId,
        fileName,
        mimeType,
        size: data.length,
        sha256: createHash('sha256').update(data).digest('hex'),
        data,
        uploadedById: ctx.actor.id,
      });
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/:id',
    { schema: { tags: ['attachments'], summary: 'Tải tệp đính kèm', params: idParamsSchema } },
    async (request, reply) => {
      const ctx = contextOf(request);
      const file = await attachments.findWithData(request.params.id);
      if (!file || !can(ctx.actor, 'plan:read', { unitId: file.unitId })) throw notFound();
      const link = await attachments.caseLink(file.id);
      if (link) {
        const access = caseFileAccess(ctx.actor, link);
        if (access === 'hidden') throw notFound();
        if (access === 'forbidden') throw forbidden();
        if (access === 'audited') await attachments.auditProtectedDownload(ctx, file, link.case.id);
      }
      return reply
        .type(file.mimeType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(file.data));
    },
  );
};
