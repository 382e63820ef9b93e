// Registering a letter: who forwarded it, who wrote it, what it relates to, and its files.
// Staff outside the People's Committee register what their organisation forwards.
import { caseNumber, type CaseKind } from '@phoihop/shared/case-clocks';
import type { CaseChannel, CreateCaseBody } from '@phoihop/shared/cases';
import type { IsoDate } from '@phoihop/shared/dates';
import { can } from '@phoihop/shared/policies';
import type { Tx } from '../../db/prisma.ts';
import { AppError, forbidden } from '../../lib/app-error.ts';
import type { RequestContext } from '../../lib/context.ts';
import { derivedColumns, type ClockContext } from './case-clock-state.ts';
import { channelLabels } from './case-labels.ts';
import { searchColumns } from './case-search-text.ts';
import { invalid, notAllowed } from './case-errors.ts';
import type { CaseRepository, PetitionerRecord } from './cases.repository.ts';

const forwardedChannels: CaseChannel[] = ['FRONT_FORWARDED', 'ORGANISATION_FORWARDED'];

/** The channel and forwarding organisation, decided by who registers the letter. */
async function sourceOf(tx: Tx, cases: CaseRepository, body: CreateCaseBody, ctx: RequestContext) {
  const { actor } = ctx;
  const given = body.sourceOrganisationId ?? null;
  if (actor.organisationKind !== 'PEOPLES_COMMITTEE') {
    // A letter found in the Front's suggestion box keeps that channel; the Front follows it as its source.
    const channel: CaseChannel = body.suggestionId
      ? 'SUGGESTION_BOX'
      : actor.organisationKind === 'FATHERLAND_FRONT'
        ? 'FRONT_FORWARDED'
        : 'ORGANISATION_FORWARDED';
    if (body.channel !== channel) {
      throw invalid('channel', `Đơn do tổ chức của bạn ghi nhận được tính là "${channelLabels[channel]}"`);
    }
    if (given && given !== actor.organisationId) {
      throw invalid('sourceOrganisationId', 'Tổ chức chuyển đơn phải là tổ chức của bạn');
    }
    return { channel, sourceOrganisationId: actor.organisationId };
  }
  if (!forwardedChannels.includes(body.channel)) {
    if (given) throw invalid('sourceOrganisationId', 'Chỉ ghi tổ chức chuyển đơn khi đơn do MTTQ hoặc tổ chức đoàn thể chuyển đến');
    return { channel: body.channel, sourceOrganisationId: null };
  }
  if (!given) throw invalid('sourceOrganisationId', 'Chọn tổ chức đã chuyển đơn');
  const org = await cases.organisation(tx, given);
  const front = body.channel === 'FRONT_FORWARDED';
  const rightKind = org && (front ? org.kind === 'FATHERLAND_FRONT' : !['FATHERLAND_FRONT', 'PEOPLES_COMMITTEE'].includes(org.kind));
  if (!org || org.unitId !== actor.unitId || !org.active || !rightKind) {
    throw invalid('sourceOrganisationId', front ? 'Tổ chức chuyển đơn phải là Ủy ban MTTQ của đơn vị' : 'Tổ chức chuyển đơn phải là một tổ chức đoàn thể của đơn vị');
  }
  return { channel: body.channel, sourceOrganisationId: org.id };
}

/** A second-instance complaint or a reopened case, linked to the first. */
async function relationOf(tx: Tx, cases: CaseRepository, body: CreateCaseBody, unitId: string) {
  const relatedCaseId = body.relatedCaseId ?? null;
  const relation = body.relation ?? null;
  const kind = body.kind ?? null;
  if (!relatedCaseId && !relation) return { relatedCaseId, relation, kind, instance: 1 };
  if (!relatedCaseId) throw invalid('relatedCaseId', 'Chọn vụ việc liên quan');
  if (!relation) throw invalid('relation', 'Chọn quan hệ với vụ việc liên quan');
  const related = await cases.find(tx, relatedCaseId);
  if (!related || related.unitId !== unitId) throw invalid('relatedCaseId', 'Không tìm thấy vụ việc liên quan trong đơn vị');
  if (relation === 'SECOND_INSTANCE') {
    if (related.kind !== 'COMPLAINT' || related.instance !== 1) {
      throw invalid('relatedCaseId', 'Khiếu nại lần hai phải gắn với một khiếu nại lần đầu');
    }
    if (kind && kind !== 'COMPLAINT') throw invalid('kind', 'Khiếu nại lần hai là một khiếu nại');
    return { relatedCaseId, relation, kind: 'COMPLAINT' as CaseKind, instance: 2 };
  }
  return { relatedCaseId, relation, kind: kind ?? related.kind, instance: related.instance };
}

function petitionersOf(body: CreateCaseBody): { petitioners: PetitionerRecord[]; peopleCount: number } {
  const petitioners = body.petitioners.map((p) => ({
    fullName: p.fullName,
    address: p.address ?? null,
    idNumber: p.idNumber ?? null,
    phone: p.phone ?? null,
    representative: p.representative ?? false,
  }));
  if (body.anonymous && petitioners.length) throw invalid('petitioners', 'Đơn nặc danh không ghi người gửi');
  if (!body.anonymous && !petitioners.length) throw invalid('petitioners', 'Ghi ít nhất một người gửi đơn (hoặc đánh dấu đơn nặc danh)');
  const peopleCount = body.peopleCount ?? Math.max(1, petitioners.length);
  if (peopleCount < petitioners.length) throw invalid('peopleCount', 'Số người không được ít hơn số người gửi đã ghi');
  return { petitioners, peopleCount };
}

/** Files the registering user uploaded and has not linked elsewhere. */
export async function claimFiles(tx: Tx, cases: CaseRepository, ids: string[], ctx: RequestContext, path: string) {
  if (!ids.length) return;
  if (new Set(ids).size !== ids.length) throw invalid(path, 'Một tệp được đính kèm hai lần');
  const ok = await cases.claimable(tx, ids, ctx.actor.unitId, ctx.actor.id);
  const bad = ids.findIndex((id) => !ok.has(id));
  if (bad >= 0) throw invalid(`${path}.${bad}`, 'Tệp đính kèm không hợp lệ hoặc đã được dùng');
}

/** A suggestion that is in fact a complaint or denunciation: only its keepers open the case, once. */
async function suggestionOf(tx: Tx, cases: CaseRepository, body: CreateCaseBody, ctx: RequestContext) {
  const id = body.suggestionId ?? null;
  if (!id) return null;
  if (!can(ctx.actor, 'suggestion:manage', { unitId: ctx.actor.unitId })) throw forbidden();
  if (body.channel !== 'SUGGESTION_BOX') throw invalid('channel', 'Đơn từ hòm thư góp ý có nguồn "Hòm thư góp ý"');
  const suggestion = await cases.suggestion(tx, id);
  if (!suggestion || suggestion.unitId !== ctx.actor.unitId) throw invalid('suggestionId', 'Không tìm thấy ý kiến góp ý');
  if (suggestion.caseId) throw new AppError('CONFLICT', { message: 'Ý kiến góp ý này đã được chuyển thành đơn thư' });
  if (!['RECEIVED', 'FORWARDED'].includes(suggestion.status)) {
    throw notAllowed('Góp ý đã được trả lời hoặc lưu, không chuyển thành đơn thư được');
  }
  // The author asked not to be named: the case must not name them to everyone who reads cases.
  if (suggestion.anonymous && (!body.anonymous || body.petitioners.length > 0)) {
    throw invalid('anonymous', 'Góp ý ẩn danh: đơn thư mở từ góp ý này cũng phải ẩn danh, không ghi người viết');
  }
  return id;
}

export async function intake(tx: Tx, cases: CaseRepository, body: CreateCaseBody, ctx: RequestContext, today: IsoDate) {
  const unitId = ctx.actor.unitId;
  const suggestionId = await suggestionOf(tx, cases, body, ctx);
  if (body.receivedOn > today) throw invalid('receivedOn', 'Ngày nhận không được sau hôm nay');
  const source = await sourceOf(tx, cases, body, ctx);
  const relation = await relationOf(tx, cases, body, unitId);
  const people = petitionersOf(body);
  await claimFiles(tx, cases, body.attachments.map((a) => a.attachmentId), ctx, 'attachments');
  const visitId = body.receptionVisitId ?? null;
  if (visitId) {
    const visit = await cases.visit(tx, visitId);
    if (!visit || visit.unitId !== unitId) throw invalid('receptionVisitId', 'Không tìm thấy lượt tiếp công dân');
    if (visit.caseId) throw invalid('receptionVisitId', 'Lượt tiếp công dân này đã gắn với một vụ việc');
  }
  return { ...source, ...relation, ...people, visitId, suggestionId };
}

/** The row of a newly registered case, its clocks and search text included. */
export function newCaseColumns(
  i: Awaited<ReturnType<typeof intake>>,
  body: CreateCaseBody,
  key: { unitId: string; year: number; seq: number; createdById: string },
  clock: ClockContext,
) {
  const text = {
    number: caseNumber(key.year, key.seq),
    kind: i.kind,
    summary: body.summary,
    subject: body.subject ?? null,
    location: body.location ?? null,
    sourceReference: body.sourceReference ?? null,
    decisionNumber: null,
    forwardedTo: null,
  };
  const facts = {
    kind: i.kind,
    instance: i.instance,
    status: 'RECEIVED' as const,
    receivedOn: body.receivedOn,
    classifiedOn: null,
    acceptedOn: null,
    decidedOn: null,
    closedOn: null,
    complexity: 'NORMAL' as const,
    remote: false,
    severalLocations: body.severalLocations,
    extensionDays: [],
    pauses: [],
  };
  return {
    ...key,
    ...text,
    receivedOn: body.receivedOn,
    channel: i.channel,
    sourceOrganisationId: i.sourceOrganisationId,
    field: body.field,
    peopleCount: i.peopleCount,
    anonymous: body.anonymous,
    instance: i.instance,
    relatedCaseId: i.relatedCaseId,
    relation: i.relation,
    severalLocations: body.severalLocations,
    ...derivedColumns(facts, clock),
    ...searchColumns({ ...text, petitioners: i.petitioners }),
  };
}
