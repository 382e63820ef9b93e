import type { Attachment } from '@phoihop/shared/plans';
import type { Db, Tx } from '../../db/prisma.ts';
import { Prisma } from '../../generated/prisma/client.ts';

/** Every column that holds an attachment id besides progress_update's (none has a foreign key). */
export const attachmentReferences = [
  ['case_attachments', 'attachment_id'],
  ['case_events', 'attachment_id'],
  ['regulations', 'attachment_id'],
  ['supervisions', 'decision_file_id'],
  ['supervisions', 'report_file_id'],
  ['recommendations', 'answer_file_id'],
  ['recommendation_events', 'file_id'],
  ['drafts', 'file_id'],
  ['drafts', 'consolidated_file_id'],
  ['voter_meetings', 'minutes_file_id'],
  ['voter_petitions', 'answer_file_id'],
] as const;

const unreferenced = Prisma.join(
  attachmentReferences.map(([table, column]) => Prisma.raw(`NOT EXISTS (SELECT 1 FROM "${table}" x WHERE x."${column}" = a.id)`)),
  ' AND ',
);

const select = { id: true, fileName: true, mimeType: true, size: true, createdAt: true } as const;

const toAttachment = (row: { id: string; fileName: string; mimeType: string; size: number; createdAt: Date }): Attachment => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});

export function createAttachmentRepository(db: Db) {
  return {
    async create(tx: Tx, data: { unitId: string; fileName: string; mimeType: string; size: number; sha256: string; data: Buffer; uploadedById: string }) {
      return toAttachment(await tx.attachment.create({ data: { ...data, data: new Uint8Array(data.data) }, select }));
    },

    /** Serialises one user's uploads until the transaction ends, so the quota holds across processes. */
    async lockUploader(tx: Tx, userId: string) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('upload-quota:' || ${userId}, 0))`;
    },

    async usageSince(tx: Tx, userId: string, since: Date) {
      const { _count, _sum } = await tx.attachment.aggregate({
        where: { uploadedById: userId, createdAt: { gte: since } },
        _count: { _all: true },
        _sum: { size: true },
      });
      return { files: _count._all, bytes: _sum.size ?? 0 };
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

    /** Deletes files uploaded before `before` that no record points at; returns what it deleted. */
    deleteUnlinked: (tx: Tx, before: Date) =>
      tx.$queryRaw<{ id: string; unitId: string; size: number; mimeType: string }[]>`
        DELETE FROM attachments a
         WHERE a.created_at < ${before} AND a.progress_update_id IS NULL AND ${unreferenced}
        RETURNING a.id::text AS id, a.unit_id::text AS "unitId", a.size, a.mime_type AS "mimeType"`,
  };
}

export type AttachmentRepository = ReturnType<typeof createAttachmentRepository>;
