// Reads and writes of a case and its petitioners, pauses, events and files. The only Prisma user
// of the module besides case-query.ts (lists, search, statistics in SQL).
import type { CaseComplexity, CaseKind, CaseStatus } from '@phoihop/shared/case-clocks';
import type { CaseChannel, CaseField } from '@phoihop/shared/cases';
import type { IsoDate } from '@phoihop/shared/dates';
import type { Db, Tx } from '../../db/prisma.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { fromIsoDate, toIsoDate } from '../../lib/db-values.ts';

const select = {
  id: true,
  unitId: true,
  year: true,
  seq: true,
  number: true,
  receivedOn: true,
  channel: true,
  sourceOrganisationId: true,
  sourceReference: true,
  kind: true,
  field: true,
  summary: true,
  subject: true,
  location: true,
  peopleCount: true,
  anonymous: true,
  instance: true,
  relatedCaseId: true,
  relation: true,
  duplicateOfId: true,
  status: true,
  complexity: true,
  remote: true,
  severalLocations: true,
  assignedOrganisationId: true,
  handlerId: true,
  classifiedOn: true,
  acceptedOn: true,
  decidedOn: true,
  decisionNumber: true,
  outcome: true,
  publishedOn: true,
  closedOn: true,
  declineReasonCode: true,
  declineReason: true,
  forwardedTo: true,
  forwardLetterNumber: true,
  forwardLetterDate: true,
  extensionDays: true,
  pausedSince: true,
  dueOn: true,
  dueClock: true,
  handledOn: true,
  handledOnTime: true,
  createdById: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  petitioners: {
    select: { id: true, position: true, fullName: true, address: true, idNumber: true, phone: true, representative: true },
    orderBy: { position: 'asc' },
  },
  pauses: { select: { id: true, from: true, until: true }, orderBy: { from: 'asc' } },
} as const satisfies Prisma.CaseSelect;

type Row = Prisma.CaseGetPayload<{ select: typeof select }>;

const dateFields = [
  'receivedOn',
  'classifiedOn',
  'acceptedOn',
  'decidedOn',
  'publishedOn',
  'closedOn',
  'forwardLetterDate',
  'pausedSince',
  'dueOn',
  'handledOn',
] as const;
type DateField = (typeof dateFields)[number];

export interface PetitionerRecord {
  id?: string;
  fullName: string;
  address: string | null;
  idNumber: string | null;
  phone: string | null;
  representative: boolean;
}

/** A case with its calendar dates as "YYYY-MM-DD". */
export type CaseRecord = Omit<Row, DateField | 'pauses' | 'petitioners' | 'kind' | 'status' | 'complexity' | 'channel' | 'field'> & {
  [K in DateField]: K extends 'receivedOn' ? IsoDate : IsoDate | null;
} & {
  kind: CaseKind | null;
  status: CaseStatus;
  complexity: CaseComplexity;
  channel: CaseChannel;
  field: CaseField;
  petitioners: PetitionerRecord[];
  pauses: { id: string; from: IsoDate; until: IsoDate | null }[];
};

/** Columns a service writes; dates as "YYYY-MM-DD". */
export type CaseColumns = Partial<Omit<CaseRecord, 'id' | 'unitId' | 'petitioners' | 'pauses' | 'version' | 'createdAt' | 'updatedAt' | 'createdById'>> & {
  searchText?: string;
  identitySearchText?: string;
};

function toRecord(row: Row): CaseRecord {
  const record = { ...row } as unknown as CaseRecord;
  for (const field of dateFields) (record as Record<string, unknown>)[field] = toIsoDate(row[field]);
  record.petitioners = row.petitioners.map(({ position: _p, ...p }) => p);
  record.pauses = row.pauses.map((p) => ({ id: p.id, from: toIsoDate(p.from)!, until: toIsoDate(p.until) }));
  return record;
}

function toColumns(data: CaseColumns): Prisma.CaseUncheckedUpdateInput {
  const columns: Record<string, unknown> = { ...data };
  for (const field of dateFields) if (field in data) columns[field] = fromIsoDate(data[field]);
  return columns;
}

export interface EventInput {
  caseId: string;
  unitId: string;
  action: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  on: IsoDate;
  documentNumber?: string | null;
  documentDate?: IsoDate | null;
  note?: string | null;
  data?: Prisma.InputJsonObject | null;
  attachmentId?: string | null;
  actorId: string;
  at: Date;
}

const summarySelect = {
  id: true,
  number: true,
  receivedOn: true,
  channel: true,
  kind: true,
  field: true,
  summary: true,
  subject: true,
  status: true,
  peopleCount: true,
  anonymous: true,
  sourceOrganisationId: true,
  assignedOrganisationId: true,
  handlerId: true,
  dueOn: true,
  dueClock: true,
  pausedSince: true,
  handledOn: true,
  handledOnTime: true,
  version: true,
  petitioners: { where: { position: 0 }, select: { fullName: true } },
} as const satisfies Prisma.CaseSelect;

export function createCaseRepository(db: Db) {
  return {
    /** List rows in the order of `ids`, with the first petitioner's name (masked by the caller). */
    async summaries(ids: string[]) {
      const rows = await db.case.findMany({ where: { id: { in: ids } }, select: summarySelect });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids
        .map((id) => byId.get(id))
        .filter((row) => row !== undefined)
        .map(({ petitioners, ...row }) => ({
          ...row,
          kind: row.kind,
          status: row.status,
          receivedOn: toIsoDate(row.receivedOn)!,
          dueOn: toIsoDate(row.dueOn),
          pausedSince: toIsoDate(row.pausedSince),
          handledOn: toIsoDate(row.handledOn),
          firstName: petitioners[0]?.fullName ?? null,
        }));
    },

    /** Open cases with what their clocks need, for recomputing stored deadlines. */
    async findMany(tx: Tx, ids: string[]): Promise<CaseRecord[]> {
      return (await tx.case.findMany({ where: { id: { in: ids } }, select })).map(toRecord);
    },

    /**
     * Stored deadlines of many cases in one statement: a derived column, so the version stays; a
     * case changed meanwhile (another version) keeps what its own write computed.
     */
    async setDue(tx: Tx, rows: { id: string; version: number; dueOn: IsoDate | null; dueClock: string | null }[]) {
      if (!rows.length) return;
      await tx.$executeRaw`
        UPDATE cases AS c SET due_on = v.due_on, due_clock = v.due_clock
        FROM unnest(
          ${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.version)}::int[],
          ${rows.map((r) => r.dueOn)}::date[], ${rows.map((r) => r.dueClock)}::text[]
        ) AS v(id, version, due_on, due_clock)
        WHERE c.id = v.id AND c.version = v.version`;
    },

    async find(tx: Tx, id: string): Promise<CaseRecord | null> {
      const row = await tx.case.findUnique({ where: { id }, select });
      return row ? toRecord(row) : null;
    },

    /** Writers to one case queue on its row, so two steps never interleave. */
    async lock(tx: Tx, id: string): Promise<void> {
      await tx.$queryRaw`SELECT id FROM cases WHERE id = ${id}::uuid FOR NO KEY UPDATE`;
    },

    /** The next number of the unit's year, atomically (concurrent intakes never share one). */
    async nextSeq(tx: Tx, unitId: string, year: number): Promise<number> {
      const [row] = await tx.$queryRaw<{ last: number }[]>`
        INSERT INTO case_counters (unit_id, year, last) VALUES (${unitId}::uuid, ${year}, 1)
        ON CONFLICT (unit_id, year) DO UPDATE SET last = case_counters.last + 1
        RETURNING last`;
      return row!.last;
    },

    async create(
      tx: Tx,
      data: CaseColumns & { unitId: string; year: number; seq: number; number: string; receivedOn: IsoDate; channel: CaseChannel; field: CaseField; summary: string; searchText: string; createdById: string },
      petitioners: PetitionerRecord[],
    ): Promise<string> {
      const row = await tx.case.create({
        data: {
          ...(toColumns(data) as Prisma.CaseUncheckedCreateInput),
          petitioners: {
            create: petitioners.map(({ id: _id, ...p }, position) => ({ ...p, position, unitId: data.unitId })),
          },
        },
        select: { id: true },
      });
      return row.id;
    },

    /** False when the case is no longer at `version`. */
    async update(tx: Tx, id: string, version: number, data: CaseColumns): Promise<boolean> {
      const { count } = await tx.case.updateMany({
        where: { id, version },
        data: { ...(toColumns(data) as Prisma.CaseUncheckedUpdateManyInput), version: { increment: 1 } },
      });
      return count > 0;
    },

    async replacePetitioners(tx: Tx, caseId: string, unitId: string, petitioners: PetitionerRecord[]) {
      await tx.casePetitioner.deleteMany({ where: { caseId } });
      await tx.casePetitioner.createMany({
        data: petitioners.map(({ id: _id, ...p }, position) => ({ ...p, position, caseId, unitId })),
      });
    },

    async addEvent(tx: Tx, event: EventInput) {
      await tx.caseEvent.create({
        data: {
          ...event,
          on: fromIsoDate(event.on)!,
          documentDate: fromIsoDate(event.documentDate) ?? null,
          data: event.data ?? undefined,
        },
      });
    },

    async addAttachments(
      tx: Tx,
      caseId: string,
      unitId: string,
      files: { attachmentId: string; kind: 'LETTER' | 'EVIDENCE' | 'DOCUMENT'; protected: boolean }[],
      at: Date,
    ) {
      if (files.length) await tx.caseAttachment.createMany({ data: files.map((f) => ({ ...f, caseId, unitId, createdAt: at })) });
    },

    /** A denunciation's letters carry the denouncer's handwriting (Luật Tố cáo Art 56). */
    async protectLetters(tx: Tx, caseId: string) {
      await tx.caseAttachment.updateMany({ where: { caseId, kind: 'LETTER' }, data: { protected: true } });
    },

    /** Files the user uploaded in the unit and has not linked to anything yet. */
    async claimable(tx: Tx, ids: string[], unitId: string, userId: string): Promise<Set<string>> {
      const rows = await tx.attachment.findMany({
        where: { id: { in: ids }, unitId, uploadedById: userId, progressUpdateId: null },
        select: { id: true },
      });
      const [linked, regulations] = await Promise.all([
        tx.caseAttachment.findMany({ where: { attachmentId: { in: ids } }, select: { attachmentId: true } }),
        tx.regulation.findMany({ where: { attachmentId: { in: ids } }, select: { attachmentId: true } }),
      ]);
      const taken = new Set([...linked.map((l) => l.attachmentId), ...regulations.map((r) => r.attachmentId)]);
      return new Set(rows.map((r) => r.id).filter((id) => !taken.has(id)));
    },

    async openPause(tx: Tx, caseId: string, from: IsoDate, reason: string | null) {
      await tx.casePause.create({ data: { caseId, from: fromIsoDate(from)!, reason } });
    },

    async closePause(tx: Tx, pauseId: string, until: IsoDate) {
      await tx.casePause.update({ where: { id: pauseId }, data: { until: fromIsoDate(until)! } });
    },

    organisation: (tx: Tx, id: string) =>
      tx.organisation.findUnique({ where: { id }, select: { id: true, unitId: true, kind: true, name: true, shortName: true, active: true } }),

    user: (tx: Tx, id: string) =>
      tx.user.findUnique({
        where: { id },
        select: {
          id: true,
          unitId: true,
          fullName: true,
          active: true,
          organisationId: true,
          organisation: { select: { kind: true } },
          roles: { select: { role: true } },
        },
      }),

    /** Active leaders and officers of an organisation: who is told about its cases. */
    async staffOf(tx: Tx, organisationId: string): Promise<string[]> {
      const rows = await tx.user.findMany({
        where: { organisationId, active: true, roles: { some: { role: { in: ['ORG_LEADER', 'ORG_OFFICER'] } } } },
        select: { id: true },
      });
      return rows.map((r) => r.id);
    },

    visit: (tx: Tx, id: string) =>
      tx.receptionVisit.findUnique({ where: { id }, select: { id: true, unitId: true, caseId: true } }),

    suggestion: (tx: Tx, id: string) =>
      tx.suggestion.findUnique({ where: { id }, select: { id: true, unitId: true, caseId: true, status: true, anonymous: true } }),

    /** The suggestion becomes CASE_OPENED with its link; false when someone else got there first. */
    async linkSuggestion(tx: Tx, suggestionId: string, caseId: string): Promise<boolean> {
      const { count } = await tx.suggestion.updateMany({
        where: { id: suggestionId, caseId: null, status: { in: ['RECEIVED', 'FORWARDED'] } },
        data: { caseId, status: 'CASE_OPENED', version: { increment: 1 } },
      });
      return count > 0;
    },

    async linkVisit(tx: Tx, visitId: string, caseId: string) {
      await tx.receptionVisit.update({
        where: { id: visitId },
        data: { caseId, handling: 'CASE_OPENED', version: { increment: 1 } },
      });
    },
  };
}

export type CaseRepository = ReturnType<typeof createCaseRepository>;
