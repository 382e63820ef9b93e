// What a case page shows around the case row: events, files, linked cases, reception visits and
// the names of organisations and people, each read in one query.
import type { CaseStatus } from '@phoihop/shared/case-clocks';
import type { IsoDate } from '@phoihop/shared/dates';
import type { OrganisationRef } from '@phoihop/shared/plans';
import type { Tx } from '../../db/prisma.ts';
import { toIsoDate } from '../../lib/db-values.ts';
import { organisationRefs, userRefs } from '../../lib/follow-ups.ts';
import type { CaseRecord } from './cases.repository.ts';

export interface FileRef {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
}

export interface CaseDetails {
  organisations: Map<string, OrganisationRef>;
  users: Map<string, { id: string; fullName: string }>;
  events: {
    id: string;
    action: string;
    fromStatus: CaseStatus | null;
    toStatus: CaseStatus;
    on: IsoDate;
    documentNumber: string | null;
    documentDate: IsoDate | null;
    note: string | null;
    attachmentId: string | null;
    actorId: string;
    at: Date;
  }[];
  attachments: { attachmentId: string; kind: 'LETTER' | 'EVIDENCE' | 'DOCUMENT'; protected: boolean }[];
  files: Map<string, FileRef>;
  relatedCase: { id: string; number: string } | null;
  duplicateOf: { id: string; number: string } | null;
  duplicates: { id: string; number: string }[];
  receptionVisits: { id: string; sessionId: string; heldOn: IsoDate }[];
}

export async function loadCaseDetails(tx: Tx, record: CaseRecord): Promise<CaseDetails> {
  const [events, attachments, linked, duplicates, visits] = await Promise.all([
    tx.caseEvent.findMany({
      where: { caseId: record.id },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        action: true,
        fromStatus: true,
        toStatus: true,
        on: true,
        documentNumber: true,
        documentDate: true,
        note: true,
        attachmentId: true,
        actorId: true,
        at: true,
      },
    }),
    tx.caseAttachment.findMany({
      where: { caseId: record.id },
      orderBy: [{ createdAt: 'asc' }, { attachmentId: 'asc' }],
      select: { attachmentId: true, kind: true, protected: true },
    }),
    tx.case.findMany({
      where: { id: { in: [record.relatedCaseId, record.duplicateOfId].filter((id): id is string => id !== null) } },
      select: { id: true, number: true },
    }),
    tx.case.findMany({ where: { duplicateOfId: record.id }, orderBy: { receivedOn: 'asc' }, select: { id: true, number: true } }),
    tx.receptionVisit.findMany({
      where: { caseId: record.id },
      orderBy: { createdAt: 'asc' },
      select: { id: true, sessionId: true, session: { select: { heldOn: true } } },
    }),
  ]);
  const fileIds = [...attachments.map((a) => a.attachmentId), ...events.map((e) => e.attachmentId)].filter(
    (id): id is string => id !== null,
  );
  const [organisations, users, files] = await Promise.all([
    organisationRefs(tx, [record.sourceOrganisationId, record.assignedOrganisationId]),
    userRefs(tx, [record.handlerId, ...events.map((e) => e.actorId)]),
    tx.attachment.findMany({ where: { id: { in: fileIds } }, select: { id: true, fileName: true, mimeType: true, size: true } }),
  ]);
  const byId = new Map(linked.map((c) => [c.id, c]));
  return {
    organisations,
    users,
    events: events.map((e) => ({ ...e, on: toIsoDate(e.on)!, documentDate: toIsoDate(e.documentDate) })),
    attachments,
    files: new Map(files.map((f) => [f.id, f])),
    relatedCase: record.relatedCaseId ? (byId.get(record.relatedCaseId) ?? null) : null,
    duplicateOf: record.duplicateOfId ? (byId.get(record.duplicateOfId) ?? null) : null,
    duplicates,
    receptionVisits: visits.map((v) => ({ id: v.id, sessionId: v.sessionId, heldOn: toIsoDate(v.session.heldOn)! })),
  };
}
