// Case rows to the shared DTOs. A denouncer's identity (Luật Tố cáo Art 56) never leaves here:
// petitioners and protected files of a denunciation come masked; only identityView() has them.
import {
  actionPermission,
  allowedActions,
  identityProtected,
  openStatuses,
  type CaseKind,
} from '@phoihop/shared/case-clocks';
import type { Case, CaseIdentity, CaseSummary, Petitioner } from '@phoihop/shared/cases';
import type { OrganisationRef } from '@phoihop/shared/plans';
import { can, type Actor } from '@phoihop/shared/policies';
import { caseResource } from './case-access.ts';
import { clockView, clocksOf, stepFacts, timelinessOf, type ClockContext } from './case-clock-state.ts';
import type { CaseDetails, FileRef } from './case-details.repository.ts';
import type { CaseRecord, PetitionerRecord } from './cases.repository.ts';

export const MASKED_DENOUNCER = 'Người tố cáo (được bảo mật)';
export const ANONYMOUS_LETTER = 'Đơn nặc danh';

function petitioner(p: PetitionerRecord & { id: string }, masked: boolean): Petitioner {
  return masked
    ? { id: p.id, fullName: null, address: null, idNumber: null, phone: null, representative: p.representative, masked: true }
    : { id: p.id, fullName: p.fullName, address: p.address, idNumber: p.idNumber, phone: p.phone, representative: p.representative, masked: false };
}

/** What a list shows for who wrote: never a protected name. */
export function petitionerLabel(c: { kind: CaseKind | null; anonymous: boolean; peopleCount: number }, firstName: string | null) {
  if (c.anonymous) return ANONYMOUS_LETTER;
  if (identityProtected(c.kind)) return MASKED_DENOUNCER;
  if (!firstName) return '—';
  return c.peopleCount > 1 ? `${firstName} và ${c.peopleCount - 1} người khác` : firstName;
}

export type SummaryRecord = Pick<
  CaseRecord,
  | 'id'
  | 'number'
  | 'receivedOn'
  | 'channel'
  | 'kind'
  | 'field'
  | 'summary'
  | 'subject'
  | 'status'
  | 'peopleCount'
  | 'anonymous'
  | 'sourceOrganisationId'
  | 'assignedOrganisationId'
  | 'handlerId'
  | 'dueOn'
  | 'dueClock'
  | 'pausedSince'
  | 'version'
>;

export function toSummary(
  r: SummaryRecord,
  firstName: string | null,
  refs: { organisations: Map<string, OrganisationRef>; users: Map<string, { id: string; fullName: string }> },
  today: string,
): CaseSummary {
  const org = (id: string | null) => (id ? (refs.organisations.get(id) ?? null) : null);
  return {
    id: r.id,
    number: r.number,
    receivedOn: r.receivedOn,
    channel: r.channel,
    kind: r.kind,
    field: r.field,
    summary: r.summary,
    subject: r.subject,
    status: r.status,
    petitionerLabel: petitionerLabel(r, firstName),
    peopleCount: r.peopleCount,
    identityProtected: identityProtected(r.kind),
    sourceOrganisation: org(r.sourceOrganisationId),
    assignedOrganisation: org(r.assignedOrganisationId),
    handler: r.handlerId ? (refs.users.get(r.handlerId) ?? null) : null,
    dueOn: r.dueOn,
    dueClock: r.dueClock as CaseSummary['dueClock'],
    timeliness: timelinessOf(r, today),
    version: r.version,
  };
}

/** Staff who steer or work the case may edit it while it is open. */
export function canEdit(actor: Actor, r: CaseRecord) {
  const resource = caseResource(r);
  return openStatuses.includes(r.status) && (can(actor, 'case:process', resource) || can(actor, 'case:handle', resource));
}

export const canAttach = (actor: Actor, r: CaseRecord) =>
  can(actor, 'case:process', caseResource(r)) || can(actor, 'case:handle', caseResource(r));

function attachmentsOf(d: CaseDetails, masked: boolean) {
  return d.attachments.map((a) => ({
    file: masked && a.protected ? null : (d.files.get(a.attachmentId) ?? null),
    kind: a.kind,
    protected: a.protected,
  }));
}

export function toCase(r: CaseRecord, d: CaseDetails, actor: Actor, clock: ClockContext): Case {
  const masked = identityProtected(r.kind);
  const protectedFiles = new Set(d.attachments.filter((a) => a.protected && masked).map((a) => a.attachmentId));
  const file = (id: string | null): FileRef | null => (id && !protectedFiles.has(id) ? (d.files.get(id) ?? null) : null);
  const resource = caseResource(r);
  const firstName = r.petitioners[0]?.fullName ?? null;
  return {
    ...toSummary(r, firstName, d, clock.today),
    unitId: r.unitId,
    sourceReference: r.sourceReference,
    location: r.location,
    anonymous: r.anonymous,
    severalLocations: r.severalLocations,
    instance: r.instance,
    relatedCase: d.relatedCase,
    relation: r.relation,
    duplicateOf: d.duplicateOf,
    duplicates: d.duplicates,
    complexity: r.complexity,
    remote: r.remote,
    classifiedOn: r.classifiedOn,
    acceptedOn: r.acceptedOn,
    decidedOn: r.decidedOn,
    decisionNumber: r.decisionNumber,
    outcome: r.outcome,
    publishedOn: r.publishedOn,
    closedOn: r.closedOn,
    declineReasonCode: r.declineReasonCode as Case['declineReasonCode'],
    declineReason: r.declineReason,
    forwardedTo: r.forwardedTo,
    forwardLetterNumber: r.forwardLetterNumber,
    forwardLetterDate: r.forwardLetterDate,
    extensionDays: r.extensionDays,
    pausedSince: r.pausedSince,
    handledOn: r.handledOn,
    handledOnTime: r.handledOnTime,
    petitioners: r.petitioners.map((p) => petitioner(p as PetitionerRecord & { id: string }, masked)),
    clocks: clocksOf(r, clock).map(clockView),
    attachments: attachmentsOf(d, masked),
    events: d.events.map((e) => ({
      id: e.id,
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      on: e.on,
      documentNumber: e.documentNumber,
      documentDate: e.documentDate,
      note: e.note,
      attachment: file(e.attachmentId),
      actor: d.users.get(e.actorId) ?? { id: e.actorId, fullName: '—' },
      at: e.at.toISOString(),
    })),
    receptionVisits: d.receptionVisits,
    availableActions: allowedActions(stepFacts(r), clock.law).filter((a) => can(actor, actionPermission[a], resource)),
    can: {
      edit: canEdit(actor, r),
      viewIdentity: masked && can(actor, 'case:view-identity', resource),
      attach: canAttach(actor, r),
    },
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The unmasked identity, for GET /cases/:id/identity only. */
export const identityView = (r: CaseRecord, d: CaseDetails): CaseIdentity => ({
  petitioners: r.petitioners.map((p) => petitioner(p as PetitionerRecord & { id: string }, false)),
  attachments: attachmentsOf(d, false),
});
