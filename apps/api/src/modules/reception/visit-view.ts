// What anyone may see of a visit. A denunciation's citizen is protected (Luật Tố cáo Art 56):
// name, address, identity number, phone and representative never leave the server with the
// visit, for any role; those who may see the case's identity reveal them through the audited
// identity route. Whether a visit is protected is decided in cases/linked-identity.ts.
import type { Actor } from '@phoihop/shared/policies';
import type { ReceptionVisit, VisitIdentity } from '@phoihop/shared/reception';
import { linkedIdentity } from '../cases/linked-identity.ts';
import type { VisitRecord } from './reception.repository.ts';

/** The visit's citizen as a denouncer: by its own kind, or the current kind of its case. */
export const visitIdentity = (visit: Pick<VisitRecord, 'unitId' | 'kind' | 'case'>, actor: Actor) =>
  linkedIdentity(actor, { unitId: visit.unitId, kind: visit.kind, linkedCase: visit.case });

export const identityFields = ['citizenName', 'address', 'idNumber', 'phone', 'representative'] as const;

export const identityOf = (visit: VisitRecord): VisitIdentity => ({
  citizenName: visit.citizenName,
  address: visit.address,
  idNumber: visit.idNumber,
  phone: visit.phone,
  representative: visit.representative,
});

export function visitView(visit: VisitRecord, actor: Actor): ReceptionVisit {
  const { masked, canReveal } = visitIdentity(visit, actor);
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
    can: { viewIdentity: canReveal },
    version: visit.version,
    createdAt: visit.createdAt,
  };
}
