// Who reaches civic records (drafts, voter contact, suggestion boxes): everyone in the unit reads
// them; a record of another unit reads as not found. Errors the three areas share.
import { can, type Action, type Resource } from '@phoihop/shared/policies';
import { AppError, forbidden, notFound } from '../../lib/app-error.ts';
import type { RequestContext } from '../../lib/context.ts';

export { invalid, versionConflict } from '../reception/reception-access.ts';

/** A record of the actor's own unit (a system admin included: another unit's reads as not found). */
export function requireReadable<T extends { unitId: string }>(record: T | null, ctx: RequestContext): T {
  if (!record || record.unitId !== ctx.actor.unitId || !can(ctx.actor, 'supervision:read', { unitId: record.unitId })) throw notFound();
  return record;
}

export function requireAllowed(ctx: RequestContext, action: Action, resource: Resource = {}): void {
  if (!can(ctx.actor, action, { unitId: ctx.actor.unitId, ...resource })) throw forbidden();
}

export const notAllowedNow = (message: string) => new AppError('TRANSITION_NOT_ALLOWED', { message });

export const conflict = (message: string) => new AppError('CONFLICT', { message });
