// Voter-contact meetings and the petitions raised there: the only Prisma user for them.
import type { FileRef } from '@phoihop/shared/follow-ups';
import {
  openPetitionStatuses,
  type ListPetitionsQuery,
  type ListVoterMeetingsQuery,
  type PetitionField,
  type PetitionStatus,
  type VoterMeetingKind,
} from '@phoihop/shared/voter-contact';
import { searchTextOf } from '@phoihop/shared/text';
import { idSchema } from '@phoihop/shared/common';
import { isoDateSchema } from '@phoihop/shared/dates';
import type { Db, Tx } from '../../db/prisma.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { AppError } from '../../lib/app-error.ts';
import { decodeCursor, toPage } from '../../lib/cursor.ts';
import { fromIsoDate, toIsoDate } from '../../lib/db-values.ts';
import { newestFirstAfter } from '../../lib/keyset.ts';
import { searchWhere } from '../../lib/search.ts';
import type { CivicRefs, OrgRef } from './civic-refs.repository.ts';

const meetingSelect = {
  id: true,
  unitId: true,
  kind: true,
  councilSession: true,
  theme: true,
  heldOn: true,
  location: true,
  delegates: true,
  voterCount: true,
  note: true,
  minutesFileId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;
type MeetingRow = Prisma.VoterMeetingGetPayload<{ select: typeof meetingSelect }>;

/** "Mine" for someone outside any organisation: nothing. */
const NOTHING = { id: { in: [] as string[] } };

const meetingRefSelect = { id: true, heldOn: true, kind: true, location: true } as const;
const petitionSelect = {
  id: true,
  unitId: true,
  meetingId: true,
  ordinal: true,
  content: true,
  field: true,
  voterName: true,
  addresseeOrganisationId: true,
  addresseeName: true,
  sentOn: true,
  dueOn: true,
  status: true,
  answerText: true,
  answeredOn: true,
  answerDocumentNumber: true,
  answerFileId: true,
  reportedBackAtId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  meeting: { select: meetingRefSelect },
  reportedBackAt: { select: meetingRefSelect },
} as const;
type PetitionRow = Prisma.VoterPetitionGetPayload<{ select: typeof petitionSelect }>;

export interface MeetingRef {
  id: string;
  heldOn: string;
  kind: VoterMeetingKind;
  location: string;
}

export interface MeetingData {
  kind: VoterMeetingKind;
  councilSession: string | null;
  theme: string | null;
  heldOn: string;
  location: string;
  delegates: string[];
  voterCount: number | null;
  note: string | null;
  minutesFileId: string | null;
}

export interface MeetingRecord extends MeetingData {
  id: string;
  unitId: string;
  minutesFile: FileRef | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface PetitionRecord {
  id: string;
  unitId: string;
  meeting: MeetingRef;
  ordinal: number;
  content: string;
  field: PetitionField;
  voterName: string | null;
  addresseeOrganisationId: string | null;
  addressee: { organisation: OrgRef | null; name: string } | null;
  sentOn: string | null;
  dueOn: string | null;
  status: PetitionStatus;
  answer: { text: string; answeredOn: string; documentNumber: string | null; file: FileRef | null } | null;
  answerFileId: string | null;
  reportedBackAt: MeetingRef | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const toRef = (m: { id: string; heldOn: Date; kind: VoterMeetingKind; location: string }): MeetingRef => ({ ...m, heldOn: toIsoDate(m.heldOn)! });

const meetingColumns = (data: MeetingData) => ({
  ...data,
  heldOn: fromIsoDate(data.heldOn)!,
  searchText: searchTextOf(data.councilSession, data.theme, data.location, ...data.delegates, data.note),
});

const petitionSearch = (p: { content: string; voterName: string | null; addresseeName: string | null }) =>
  searchTextOf(p.content, p.voterName, p.addresseeName);

/** (due_on asc nulls last, id) after the cursor: not yet sent petitions, without a due day, come last. */
function dueOnAfter(cursor: string | undefined): Prisma.VoterPetitionWhereInput | undefined {
  const values = decodeCursor(cursor, ['day?', 'id']);
  if (!values) return undefined;
  const [day, id] = values;
  const validDay = day === null || (typeof day === 'string' && isoDateSchema.safeParse(day).success);
  if (!validDay || typeof id !== 'string' || !idSchema.safeParse(id).success) {
    throw new AppError('BAD_REQUEST', { message: 'Tham số cursor không hợp lệ' });
  }
  if (day === null) return { dueOn: null, id: { gt: id } };
  const date = fromIsoDate(day)!;
  return { OR: [{ dueOn: { gt: date } }, { dueOn: date, id: { gt: id } }, { dueOn: null }] };
}

export function createVoterContactRepository(db: Db, refs: CivicRefs) {
  async function toMeetings(tx: Tx, rows: MeetingRow[]): Promise<MeetingRecord[]> {
    const files = await refs.files(tx, rows.map((r) => r.minutesFileId));
    return rows.map((r) => ({
      ...r,
      heldOn: toIsoDate(r.heldOn)!,
      minutesFile: r.minutesFileId ? (files.get(r.minutesFileId) ?? null) : null,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    }));
  }

  async function toPetitions(tx: Tx, rows: PetitionRow[]): Promise<PetitionRecord[]> {
    const [orgs, files] = await Promise.all([
      refs.organisations(tx, rows.map((r) => r.addresseeOrganisationId)),
      refs.files(tx, rows.map((r) => r.answerFileId)),
    ]);
    return rows.map((r) => ({
      id: r.id,
      unitId: r.unitId,
      meeting: toRef(r.meeting),
      ordinal: r.ordinal,
      content: r.content,
      field: r.field,
      voterName: r.voterName,
      addresseeOrganisationId: r.addresseeOrganisationId,
      addressee:
        r.addresseeName !== null
          ? { organisation: r.addresseeOrganisationId ? (orgs.get(r.addresseeOrganisationId) ?? null) : null, name: r.addresseeName }
          : null,
      sentOn: toIsoDate(r.sentOn),
      dueOn: toIsoDate(r.dueOn),
      status: r.status,
      answer:
        r.answerText !== null && r.answeredOn
          ? {
              text: r.answerText,
              answeredOn: toIsoDate(r.answeredOn)!,
              documentNumber: r.answerDocumentNumber,
              file: r.answerFileId ? (files.get(r.answerFileId) ?? null) : null,
            }
          : null,
      answerFileId: r.answerFileId,
      reportedBackAt: r.reportedBackAt ? toRef(r.reportedBackAt) : null,
      version: r.version,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    }));
  }

  const petitionWhere = (unitId: string, query: ListPetitionsQuery, today: string, organisationId: string | null): Prisma.VoterPetitionWhereInput => {
    const overdue: Prisma.VoterPetitionWhereInput = { status: 'SENT', dueOn: { lt: fromIsoDate(today)! } };
    return {
      unitId,
      ...(query.status ? { status: query.status } : {}),
      ...(query.field ? { field: query.field } : {}),
      ...(query.meetingId ? { meetingId: query.meetingId } : {}),
      AND: [
        searchWhere(query.q),
        query.addresseeOrganisationId ? { addresseeOrganisationId: query.addresseeOrganisationId } : {},
        query.mine ? (organisationId ? { addresseeOrganisationId: organisationId } : NOTHING) : {},
        query.overdue === true ? overdue : query.overdue === false ? { NOT: overdue } : {},
        query.open === true ? { status: { in: [...openPetitionStatuses] } } : {},
        query.open === false ? { status: { notIn: [...openPetitionStatuses] } } : {},
        query.answered === true ? { status: { in: ['ANSWERED', 'REPORTED_BACK'] } } : {},
        query.answered === false ? { status: { in: ['RECORDED', 'SENT'] } } : {},
        // Through the meeting, on its (unit, held_on) index.
        query.year ? { meeting: { unitId, heldOn: { gte: fromIsoDate(`${query.year}-01-01`)!, lte: fromIsoDate(`${query.year}-12-31`)! } } } : {},
      ],
    };
  };

  return {
    /** Newest first on (unit, held_on desc, id). */
    async listMeetings(unitId: string, query: ListVoterMeetingsQuery) {
      const rows = await db.voterMeeting.findMany({
        where: {
          unitId,
          ...(query.kind ? { kind: query.kind } : {}),
          AND: [
            searchWhere(query.q),
            query.year ? { heldOn: { gte: fromIsoDate(`${query.year}-01-01`)!, lte: fromIsoDate(`${query.year}-12-31`)! } } : {},
            newestFirstAfter('heldOn', query.cursor) ?? {},
          ],
        },
        orderBy: [{ heldOn: 'desc' }, { id: 'asc' }],
        take: query.limit + 1,
        select: meetingSelect,
      });
      return toPage(await toMeetings(db, rows), query.limit, (m) => [m.heldOn, m.id]);
    },

    async findMeeting(tx: Tx, id: string): Promise<MeetingRecord | null> {
      const row = await tx.voterMeeting.findUnique({ where: { id }, select: meetingSelect });
      return row ? ((await toMeetings(tx, [row]))[0] ?? null) : null;
    },

    /** Petitions raised at each meeting: how many, still awaiting an answer, overdue. */
    async meetingCounts(tx: Tx, meetingIds: string[], today: string) {
      const rows = meetingIds.length
        ? await tx.voterPetition.groupBy({ by: ['meetingId', 'status'], where: { meetingId: { in: meetingIds } }, _count: { _all: true } })
        : [];
      const overdue = meetingIds.length
        ? await tx.voterPetition.groupBy({
            by: ['meetingId'],
            where: { meetingId: { in: meetingIds }, status: 'SENT', dueOn: { lt: fromIsoDate(today)! } },
            _count: { _all: true },
          })
        : [];
      return (id: string) => ({
        total: rows.filter((r) => r.meetingId === id).reduce((sum, r) => sum + r._count._all, 0),
        awaiting: rows.find((r) => r.meetingId === id && r.status === 'SENT')?._count._all ?? 0,
        overdue: overdue.find((r) => r.meetingId === id)?._count._all ?? 0,
      });
    },

    async createMeeting(tx: Tx, unitId: string, createdById: string, data: MeetingData): Promise<string> {
      const row = await tx.voterMeeting.create({ data: { ...meetingColumns(data), unitId, createdById }, select: { id: true } });
      return row.id;
    },

    async updateMeeting(tx: Tx, id: string, version: number, data: MeetingData): Promise<boolean> {
      const { count } = await tx.voterMeeting.updateMany({ where: { id, version }, data: { ...meetingColumns(data), version: { increment: 1 } } });
      return count > 0;
    },

    /** Serialises petitions added to one meeting, so their ordinals never collide. */
    async lockMeeting(tx: Tx, id: string): Promise<void> {
      await tx.$queryRaw`SELECT id FROM voter_meetings WHERE id = ${id}::uuid FOR NO KEY UPDATE`;
    },

    async nextOrdinal(tx: Tx, meetingId: string): Promise<number> {
      const { _max } = await tx.voterPetition.aggregate({ where: { meetingId }, _max: { ordinal: true } });
      return (_max.ordinal ?? 0) + 1;
    },

    /** Nearest due day first; the first page carries the total. */
    async listPetitions(unitId: string, query: ListPetitionsQuery, today: string, organisationId: string | null) {
      const where = petitionWhere(unitId, query, today, organisationId);
      const [rows, total] = await Promise.all([
        db.voterPetition.findMany({
          where: { AND: [where, dueOnAfter(query.cursor) ?? {}] },
          orderBy: [{ dueOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
          take: query.limit + 1,
          select: petitionSelect,
        }),
        query.cursor ? undefined : db.voterPetition.count({ where }),
      ]);
      return { ...toPage(await toPetitions(db, rows), query.limit, (p) => [p.dueOn, p.id]), ...(total === undefined ? {} : { total }) };
    },

    /** A meeting's petitions in their order, or those reported back at it. */
    async petitionsOf(tx: Tx, where: { meetingId: string } | { reportedBackAtId: string }): Promise<PetitionRecord[]> {
      const rows = await tx.voterPetition.findMany({ where, orderBy: [{ meetingId: 'asc' }, { ordinal: 'asc' }], select: petitionSelect });
      return toPetitions(tx, rows);
    },

    async findPetition(tx: Tx, id: string): Promise<PetitionRecord | null> {
      const row = await tx.voterPetition.findUnique({ where: { id }, select: petitionSelect });
      return row ? ((await toPetitions(tx, [row]))[0] ?? null) : null;
    },

    async findPetitions(tx: Tx, ids: string[]): Promise<PetitionRecord[]> {
      return toPetitions(tx, await tx.voterPetition.findMany({ where: { id: { in: ids } }, select: petitionSelect }));
    },

    async createPetition(
      tx: Tx,
      meeting: { id: string; unitId: string },
      data: { ordinal: number; content: string; field: PetitionField; voterName: string | null },
    ): Promise<string> {
      const row = await tx.voterPetition.create({
        data: { ...data, meetingId: meeting.id, unitId: meeting.unitId, searchText: petitionSearch({ ...data, addresseeName: null }) },
        select: { id: true },
      });
      return row.id;
    },

    /** Writes the changed columns with a fresh search text; false when `version` is stale. */
    async updatePetition(
      tx: Tx,
      current: PetitionRecord,
      version: number,
      data: Partial<{
        content: string;
        field: PetitionField;
        voterName: string | null;
        addresseeOrganisationId: string | null;
        addresseeName: string | null;
        sentOn: string;
        dueOn: string;
        status: PetitionStatus;
        answerText: string;
        answeredOn: string;
        answerDocumentNumber: string | null;
        answerFileId: string | null;
        overdueNotifiedAt: Date | null;
      }>,
    ): Promise<boolean> {
      const merged = {
        content: data.content ?? current.content,
        voterName: data.voterName === undefined ? current.voterName : data.voterName,
        addresseeName: data.addresseeName === undefined ? (current.addressee?.name ?? null) : data.addresseeName,
      };
      const { count } = await tx.voterPetition.updateMany({
        where: { id: current.id, version },
        data: {
          ...data,
          sentOn: fromIsoDate(data.sentOn),
          dueOn: fromIsoDate(data.dueOn),
          answeredOn: fromIsoDate(data.answeredOn),
          searchText: petitionSearch(merged),
          version: { increment: 1 },
        },
      });
      return count > 0;
    },

    async markReportedBack(tx: Tx, ids: string[], meetingId: string): Promise<number> {
      const { count } = await tx.voterPetition.updateMany({
        where: { id: { in: ids }, status: 'ANSWERED' },
        data: { status: 'REPORTED_BACK', reportedBackAtId: meetingId, version: { increment: 1 } },
      });
      return count;
    },

    /** Counts for dashboards: sent, awaiting, overdue, answered, answered late. */
    async summary(unitId: string, today: string, addresseeOrganisationId: string | null | undefined) {
      const mine = addresseeOrganisationId ? { addresseeOrganisationId } : NOTHING;
      const scope: Prisma.VoterPetitionWhereInput = { unitId, ...(addresseeOrganisationId !== undefined ? mine : {}) };
      const answered: Prisma.VoterPetitionWhereInput = { status: { in: ['ANSWERED', 'REPORTED_BACK'] } };
      const [awaiting, overdue, answeredCount, answeredLate] = await Promise.all([
        db.voterPetition.count({ where: { ...scope, status: 'SENT' } }),
        db.voterPetition.count({ where: { ...scope, status: 'SENT', dueOn: { lt: fromIsoDate(today)! } } }),
        db.voterPetition.count({ where: { ...scope, ...answered } }),
        db.voterPetition.count({ where: { ...scope, ...answered, answeredOn: { gt: db.voterPetition.fields.dueOn } } }),
      ]);
      return { total: awaiting + answeredCount, awaiting, overdue, answered: answeredCount, answeredLate };
    },

    /** Overdue and not yet notified, across all units (the hourly sweep, on the (status, due_on) index). */
    overdueToNotify: (today: string) =>
      db.voterPetition.findMany({
        where: { status: 'SENT', dueOn: { lt: fromIsoDate(today)! }, overdueNotifiedAt: null },
        orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
        take: 500,
        select: { id: true, unitId: true, content: true, addresseeOrganisationId: true, addresseeName: true },
      }),

    async markOverdueNotified(tx: Tx, petitionId: string, at: Date): Promise<void> {
      await tx.voterPetition.updateMany({ where: { id: petitionId, overdueNotifiedAt: null }, data: { overdueNotifiedAt: at } });
    },

    unitName: async (unitId: string) => (await db.adminUnit.findUnique({ where: { id: unitId }, select: { name: true } }))?.name ?? '',
  };
}

export type VoterContactRepository = ReturnType<typeof createVoterContactRepository>;
