// Who reaches reception records: staff read, People's Committee and Front staff manage; a
// session or visit of another unit reads as not found.
import { can, type Action } from '@phoihop/shared/policies';
import { forbidden, notFound } from '../../lib/app-error.ts';
import type { RequestContext } from '../../lib/context.ts';

export function requireInUnit<T extends { unitId: string }>(record: T | null, ctx: RequestContext): T {
  if (!record || record.unitId !== ctx.actor.unitId) throw notFound();
  return record;
}

export function requireAllowed(ctx: RequestContext, action: Action, unitId = ctx.actor.unitId): void {
  if (!can(ctx.actor, action, { unitId })) throw forbidden();
}

export { invalid, versionConflict } from '../../lib/app-error.ts';
