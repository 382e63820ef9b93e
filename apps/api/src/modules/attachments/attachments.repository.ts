import type { Attachment } from '@phoihop/shared/plans';
import type { Db, Tx } from '../../db/prisma.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';

const select = { id: true, fileName: true, mimeType: true, size: true, createdAt: true } as const;

const toAttachment = (row: { id: string; fileName: string; mimeType: string; size: number; createdAt: Date }): Attachment => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});

export function createAttachmentRepository(db: Db) {
  return {
    async create(data: { unitId: string; fileName: string; mimeType: string; size: number; sha256: string; data: Buffer; uploadedById: string }) {
      return toAttachment(await db.attachment.create({ data: { ...data, data: new Uint8Array(data.data) }, select }));
    },

    findWithData: (id: string) => db.attachment.findUnique({ where: { id } }),

    /** The case a file belongs to, if any: its download follows the case's confidentiality. */
    caseLink: (id: string) =>
      db.caseAttachment.findUnique({
        where: { attachmentId: id },
        select: {
          protected: true,
          case: {
            select: { id: true, unitId: true, kind: true, sourceOrganisationId: true, assignedOrganisationId: true, handlerId: true },
          },
        },
      }),

    /** Luật Tố cáo Art 56: every opening of a denouncer's protected file is on record. */
    async auditProtectedDownload(ctx: RequestContext, file: { id: string; unitId: string }, caseId: string) {
      await recordAudit(db, ctx, {
        action: 'case.identity-file-download',
        entityType: 'Case',
        entityId: caseId,
        unitId: file.unitId,
        changes: { attachmentId: file.id },
      });
    },

    /** Attachments the user uploaded and has not yet linked to anything. */
    async unclaimed(tx: Tx, ids: string[], uploadedById: string) {
      return tx.attachment.findMany({ where: { id: { in: ids }, uploadedById, progressUpdateId: null }, select: { id: true } });
    },

    async linkToProgress(tx: Tx, ids: string[], progressUpdateId: string) {
      await tx.attachment.updateMany({ where: { id: { in: ids } }, data: { progressUpdateId } });
    },

    async listByProgress(progressUpdateIds: string[]) {
      const rows = await db.attachment.findMany({
        where: { progressUpdateId: { in: progressUpdateIds } },
        select: { ...select, progressUpdateId: true },
      });
      return rows.map((r) => ({ ...toAttachment(r), progressUpdateId: r.progressUpdateId }));
    },
  };
}

export type AttachmentRepository = ReturnType<typeof createAttachmentRepository>;
