// What anyone may see of a visit. A denunciation's citizen is protected (Luật Tố cáo Art 56):
// name, address, identity number, phone and representative never leave the server with the
// visit, for any role; the identity stays with the case, behind its audited identity view.
import type { ReceptionVisit } from '@phoihop/shared/reception';
import type { VisitRecord } from './reception.repository.ts';

/** A visit about a denunciation: its own kind, or the kind of the case it is linked to. */
export const isProtectedVisit = (visit: Pick<VisitRecord, 'kind' | 'case'>): boolean =>
  visit.kind === 'DENUNCIATION' || visit.case?.kind === 'DENUNCIATION';

export const identityFields = ['citizenName', 'address', 'idNumber', 'phone', 'representative'] as const;

export function visitView(visit: VisitRecord): ReceptionVisit {
  const masked = isProtectedVisit(visit);
  return {
    id: visit.id,
    sessionId: visit.sessionId,
    heldOn: visit.heldOn,
    citizenName: masked ? null : visit.citizenName,
    address: masked ? null : visit.address,
    idNumber: masked ? null : visit.idNumber,
    phone: masked ? null : visit.phone,
    representative: masked ? null : visit.representative,
    masked,
    groupSize: visit.groupSize,
    content: visit.content,
    kind: visit.kind,
    field: visit.field,
    documents: visit.documents,
    handling: visit.handling,
    result: visit.result,
    case: visit.case ? { id: visit.case.id, number: visit.case.number } : null,
    officerName: visit.officerName,
    version: visit.version,
    createdAt: visit.createdAt,
  };
}
