// A person copied from another record into a case (a suggestion's author, a citizen received at a
// reception session) is a denouncer once that case is, or later becomes, a denunciation (Luật Tố
// cáo Art 56). Every view of such a record asks here, from the case's state at read time, so a
// reclassification takes effect everywhere without copying anything.
import { identityProtected, type CaseKind } from '@phoihop/shared/case-clocks';
import { can, type Actor } from '@phoihop/shared/policies';
import { caseResource, type CaseParties } from './case-access.ts';

/** The case a record is linked to, with what the identity rule looks at. */
export interface LinkedCase extends CaseParties {
  id: string;
  number: string;
  kind: CaseKind | null;
}

/** Prisma `select` of a LinkedCase. */
export const linkedCaseSelect = {
  id: true,
  number: true,
  kind: true,
  unitId: true,
  sourceOrganisationId: true,
  assignedOrganisationId: true,
  handlerId: true,
} as const;

export interface LinkedIdentity {
  /** The person's details leave the server for no one with the record. */
  masked: boolean;
  /** The actor may reveal them through the record's audited identity route. */
  canReveal: boolean;
}

/**
 * Whether a record's person is a protected denouncer: by the linked case's kind, or by the
 * record's own kind (a visit about a denunciation not yet linked). Those who may see the case's
 * identity (its handler, the People's Committee head) may reveal it; with no case, only the head.
 */
export function linkedIdentity(
  actor: Actor,
  record: { unitId: string; kind?: CaseKind | null; linkedCase: LinkedCase | null },
): LinkedIdentity {
  const linked = record.linkedCase;
  const masked =
    identityProtected(record.kind ?? null) || (linked !== null && identityProtected(linked.kind));
  if (!masked) return { masked, canReveal: false };
  const resource = linked
    ? caseResource(linked)
    : { unitId: record.unitId, organisationIds: [], handlerId: null };
  return { masked, canReveal: can(actor, 'case:view-identity', resource) };
}
