import type { Actor } from '@phoihop/shared/policies';

/** Who asks and from where: passed from routes to services, and into the audit log. */
export interface RequestContext {
  actor: Actor;
  requestId: string;
  ip: string | null;
}
