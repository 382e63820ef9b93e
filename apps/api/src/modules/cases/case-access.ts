// Who sees and touches a case, from the one policy (shared/policies.ts): per record with can(),
// and for lists, search, statistics and exports as SQL conditions derived from the same rules.
import { identityProtected, type CaseKind } from '@phoihop/shared/case-clocks';
import { can, type Actor, type Resource } from '@phoihop/shared/policies';
import { Prisma } from '../../generated/prisma/client.ts';

export interface CaseParties {
  unitId: string;
  sourceOrganisationId: string | null;
  assignedOrganisationId: string | null;
  handlerId: string | null;
}

/** The organisation that forwarded a case and the one handling it follow it; the handler works it. */
export const caseResource = (c: CaseParties): Resource => ({
  unitId: c.unitId,
  organisationIds: [c.sourceOrganisationId, c.assignedOrganisationId].filter((id): id is string => id !== null),
  leadOrganisationId: c.assignedOrganisationId,
  handlerId: c.handlerId,
});

const anyCase = (actor: Actor): Resource => ({ unitId: actor.unitId, organisationIds: [], handlerId: null });

/**
 * Cases of the actor's unit the actor may read, as a condition on `cases c`. The rule is probed
 * with can(): the whole unit, or the cases the actor handles, or those their organisation
 * forwarded or handles.
 */
export function visibleSql(actor: Actor): Prisma.Sql {
  const unit = Prisma.sql`c.unit_id = ${actor.unitId}::uuid`;
  if (can(actor, 'case:read', anyCase(actor))) return unit;
  const either: Prisma.Sql[] = [];
  if (can(actor, 'case:read', { ...anyCase(actor), handlerId: actor.id })) {
    either.push(Prisma.sql`c.handler_id = ${actor.id}::uuid`);
  }
  const org = actor.organisationId;
  if (org && can(actor, 'case:read', { ...anyCase(actor), organisationIds: [org] })) {
    either.push(Prisma.sql`c.source_organisation_id = ${org}::uuid`, Prisma.sql`c.assigned_organisation_id = ${org}::uuid`);
  }
  return either.length ? Prisma.sql`(${unit} AND (${Prisma.join(either, ' OR ')}))` : Prisma.sql`FALSE`;
}

/**
 * Rows whose protected identity the actor may search (Luật Tố cáo Art 56: the PC head, or the
 * handler of that case); null when none.
 */
export function identitySearchScope(actor: Actor): Prisma.Sql | null {
  if (can(actor, 'case:view-identity', anyCase(actor))) return Prisma.sql`TRUE`;
  if (can(actor, 'case:view-identity', { ...anyCase(actor), handlerId: actor.id })) {
    return Prisma.sql`c.handler_id = ${actor.id}::uuid`;
  }
  return null;
}

export type FileAccess = 'open' | 'audited' | 'hidden' | 'forbidden';

/**
 * Opening a file of a case: hidden from those who may not read the case; a denouncer's protected
 * file (handwriting, identity papers) only for those who may see the identity, and audited.
 */
export function caseFileAccess(actor: Actor, link: { protected: boolean; case: CaseParties & { kind: CaseKind | null } }): FileAccess {
  const resource = caseResource(link.case);
  if (!can(actor, 'case:read', resource)) return 'hidden';
  if (!link.protected || !identityProtected(link.case.kind)) return 'open';
  return can(actor, 'case:view-identity', resource) ? 'audited' : 'forbidden';
}

/** A denunciation's letters are protected whatever the uploader ticked: they carry handwriting. */
export const letterProtection = <F extends { kind: string; protected: boolean }>(files: F[], kind: CaseKind | null): F[] =>
  files.map((f) => (identityProtected(kind) && f.kind === 'LETTER' ? { ...f, protected: true } : f));
