// Dashboard tests: rows written straight into the tables the dashboard counts (each record
// module has its own tests of how its rows come to be), one per call, with the fields that
// decide the counts given by the test.
import { randomUUID } from 'node:crypto';
import type { Dashboard } from '@phoihop/shared/dashboard';
import type { ListLink } from '@phoihop/shared/links';
import { searchTextOf } from '@phoihop/shared/text';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/db/prisma.ts';
import type { CaseStatus, MediationOutcome, PetitionStatus, RecommendationStatus } from '../../src/generated/prisma/enums.ts';
import type { Session } from '../helpers/app.ts';
import { call } from '../helpers/plans.ts';

const day = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
let seq = 0;

export const dashboardOf = (app: FastifyInstance, session: Session, query = '') =>
  call<Dashboard>(app, session, 'GET', `/api/dashboard${query}`);

/** A link as a query string, to compare with what a test expects. */
export const href = (link: ListLink | null) => (link ? `${link.to}?${new URLSearchParams(link.search).toString()}` : null);

export function caseRow(
  db: Db,
  input: {
    unitId: string;
    createdById: string;
    receivedOn: string;
    status?: CaseStatus;
    dueOn?: string | null;
    handledOn?: string | null;
    handledOnTime?: boolean | null;
    sourceOrganisationId?: string | null;
    assignedOrganisationId?: string | null;
  },
) {
  seq++;
  const year = Number(input.receivedOn.slice(0, 4));
  const summary = `Đơn thư thử ${randomUUID().slice(0, 6)}`;
  return db.case.create({
    data: {
      unitId: input.unitId,
      year,
      seq,
      number: `${year}/${String(seq).padStart(4, '0')}`,
      receivedOn: day(input.receivedOn)!,
      channel: input.sourceOrganisationId ? 'ORGANISATION_FORWARDED' : 'DIRECT',
      kind: 'PETITION',
      field: 'LAND',
      summary,
      status: input.status ?? 'RECEIVED',
      dueOn: day(input.dueOn),
      handledOn: day(input.handledOn),
      handledOnTime: input.handledOnTime ?? null,
      sourceOrganisationId: input.sourceOrganisationId ?? null,
      assignedOrganisationId: input.assignedOrganisationId ?? null,
      searchText: searchTextOf(summary),
      createdById: input.createdById,
    },
  });
}

export async function supervisionRow(
  db: Db,
  input: { unitId: string; leadOrganisationId: string; createdById: string; periodFrom: string; periodTo: string; title?: string },
) {
  const title = input.title ?? `Giám sát ${randomUUID().slice(0, 6)}`;
  return db.supervision.create({
    data: {
      unitId: input.unitId,
      title,
      kind: 'THEMATIC',
      leadOrganisationId: input.leadOrganisationId,
      periodFrom: day(input.periodFrom)!,
      periodTo: day(input.periodTo)!,
      searchText: searchTextOf(title),
      createdById: input.createdById,
    },
  });
}

let ordinal = 0;
export function recommendationRow(
  db: Db,
  input: { unitId: string; supervisionId: string; addresseeOrganisationId: string | null; status: RecommendationStatus; dueOn: string; sentOn?: string },
) {
  const content = `Kiến nghị ${++ordinal}`;
  return db.recommendation.create({
    data: {
      unitId: input.unitId,
      supervisionId: input.supervisionId,
      ordinal,
      content,
      addresseeOrganisationId: input.addresseeOrganisationId,
      addresseeName: input.addresseeOrganisationId ? 'Tổ chức của đơn vị' : 'Cơ quan ngoài phường',
      sentOn: day(input.sentOn ?? '2026-01-05')!,
      dueOn: day(input.dueOn)!,
      status: input.status,
      ...(input.status === 'UNANSWERED' ? {} : { answerText: 'Đã trả lời', answeredOn: day('2026-02-01') }),
      searchText: searchTextOf(content),
    },
  });
}

export function meetingRow(db: Db, input: { unitId: string; createdById: string; heldOn: string; theme?: string }) {
  return db.voterMeeting.create({
    data: {
      unitId: input.unitId,
      kind: 'THEMATIC',
      theme: input.theme ?? 'Tiếp xúc cử tri chuyên đề',
      heldOn: day(input.heldOn)!,
      location: 'Nhà văn hóa tổ dân phố 3',
      searchText: 'tiep xuc cu tri',
      createdById: input.createdById,
    },
  });
}

export function petitionRow(
  db: Db,
  input: { unitId: string; meetingId: string; addresseeOrganisationId: string | null; status: PetitionStatus; dueOn: string | null },
) {
  const content = `Kiến nghị cử tri ${++ordinal}`;
  return db.voterPetition.create({
    data: {
      unitId: input.unitId,
      meetingId: input.meetingId,
      ordinal,
      content,
      field: 'INFRASTRUCTURE',
      addresseeOrganisationId: input.addresseeOrganisationId,
      sentOn: input.status === 'RECORDED' ? null : day('2026-01-05'),
      dueOn: day(input.dueOn),
      status: input.status,
      searchText: searchTextOf(content),
    },
  });
}

export async function mediationTeam(db: Db, input: { unitId: string; active?: boolean; mediators: number; inactiveMediators?: number }) {
  const name = `Tổ hòa giải ${randomUUID().slice(0, 6)}`;
  const team = await db.mediationTeam.create({
    data: { unitId: input.unitId, name, area: 'Tổ dân phố 1', active: input.active ?? true, searchText: searchTextOf(name) },
  });
  const people = (n: number, active: boolean) =>
    Array.from({ length: n }, (_, i) => ({ unitId: input.unitId, teamId: team.id, fullName: `Hòa giải viên ${i}`, gender: 'FEMALE' as const, active }));
  await db.mediator.createMany({ data: [...people(input.mediators, true), ...people(input.inactiveMediators ?? 0, false)] });
  return team;
}

export function mediationCaseRow(
  db: Db,
  input: { unitId: string; teamId: string; createdById: string; receivedOn: string; outcome: MediationOutcome },
) {
  return db.mediationCase.create({
    data: {
      unitId: input.unitId,
      teamId: input.teamId,
      title: 'Tranh chấp ranh giới đất',
      parties: [{ name: 'Bên A' }, { name: 'Bên B' }],
      field: 'LAND',
      receivedOn: day(input.receivedOn)!,
      outcome: input.outcome,
      searchText: 'tranh chap ranh gioi dat',
      createdById: input.createdById,
    },
  });
}
