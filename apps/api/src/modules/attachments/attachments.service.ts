import { createHash } from 'node:crypto';
import { can } from '@phoihop/shared/policies';
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/prisma.ts';
import { AppError, forbidden, notFound } from '../../lib/app-error.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import { caseFileAccess } from '../cases/case-access.ts';
import { assertPreviewable } from './attachment-preview.ts';
import type { AttachmentRepository } from './attachments.repository.ts';

const DAY_MS = 24 * 3_600_000;

interface Deps {
  db: Db;
  attachments: AttachmentRepository;
  config: Pick<Config, 'uploads'>;
  now?: () => Date;
}

// Audit rows name the file by id, type and size only: a file name may be a person's name.
export function createAttachmentService({ db, attachments, config, now = () => new Date() }: Deps) {
  return {
    /** Stores a checked file within the uploader's daily quota (counted in the database). */
    async upload(ctx: RequestContext, file: { fileName: string; mimeType: string; data: Buffer }) {
      const { dailyMaxFiles, dailyMaxBytes } = config.uploads;
      return db.$transaction(async (tx) => {
        await attachments.lockUploader(tx, ctx.actor.id);
        const used = await attachments.usageSince(tx, ctx.actor.id, new Date(now().getTime() - DAY_MS));
        if (used.files + 1 > dailyMaxFiles || used.bytes + file.data.length > dailyMaxBytes) {
          throw new AppError('UPLOAD_QUOTA_EXCEEDED', {
            message: `Mỗi người được tải lên tối đa ${dailyMaxFiles} tệp và ${Math.round(dailyMaxBytes / 1024 / 1024)} MB trong 24 giờ`,
            meta: { maxFiles: dailyMaxFiles, maxBytes: dailyMaxBytes, usedFiles: used.files, usedBytes: used.bytes },
          });
        }
        const created = await attachments.create(tx, {
          unitId: ctx.actor.unitId,
          fileName: file.fileName,
          mimeType: file.mimeType,
          size: file.data.length,
          sha256: createHash('sha256').update(file.data).digest('hex'),
          data: file.data,
          uploadedById: ctx.actor.id,
        });
        await recordAudit(tx, ctx, {
          action: 'attachment.upload',
          entityType: 'Attachment',
          entityId: created.id,
          unitId: ctx.actor.unitId,
          changes: { mimeType: created.mimeType, size: created.size },
        });
        return created;
      });
    },

    /**
     * A file the actor may read, its download on record; with `preview`, only a PDF or a picture
     * (refused before anything is recorded).
     */
    async download(ctx: RequestContext, id: string, options: { preview?: boolean } = {}) {
      const file = await attachments.findWithData(id);
      if (!file || !can(ctx.actor, 'plan:read', { unitId: file.unitId })) throw notFound();
      const link = await attachments.caseLink(file.id);
      const access = link ? caseFileAccess(ctx.actor, link) : 'open';
      if (access === 'hidden') throw notFound();
      if (access === 'forbidden') throw forbidden();
      if (options.preview) await assertPreviewable(file);
      const facts = {
        attachmentId: file.id,
        mimeType: file.mimeType,
        size: file.size,
        ...(options.preview ? { inline: true } : {}),
      };
      // Luật Tố cáo Art 56: every opening of a denouncer's protected file is on the case's record.
      await recordAudit(db, ctx, access === 'audited' && link
        ? { action: 'case.identity-file-download', entityType: 'Case', entityId: link.case.id, unitId: file.unitId, changes: facts }
        : { action: 'attachment.download', entityType: 'Attachment', entityId: file.id, unitId: file.unitId, changes: { ...facts, caseId: link?.case.id ?? null } });
      return file;
    },

    /** Housekeeping: files never linked to a record are deleted a day after their upload. */
    async deleteUnlinked() {
      return db.$transaction(async (tx) => {
        const deleted = await attachments.deleteUnlinked(tx, new Date(now().getTime() - DAY_MS));
        for (const file of deleted) {
          await recordAudit(tx, { requestId: 'housekeeping', ip: null, actor: null }, {
            action: 'attachment.delete-unlinked',
            entityType: 'Attachment',
            entityId: file.id,
            unitId: file.unitId,
            changes: { mimeType: file.mimeType, size: file.size },
          });
        }
        return deleted.length;
      });
    },
  };
}

export type AttachmentService = ReturnType<typeof createAttachmentService>;
