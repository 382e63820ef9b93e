import type { Me } from '@phoihop/shared/auth';
import { hasPermission } from '../../lib/auth';

/**
 * Which letters the list can hold for this account (policies.ts `case:read`): the whole unit's,
 * only those its organisation forwarded or handles or it handles itself, or none (a viewer, who
 * may read the statistics only).
 */
export type CaseListReach = 'unit' | 'own' | 'none';

export function caseListReach(me: Me): CaseListReach {
  if (hasPermission(me, 'case:read')) return 'unit';
  // Staff register letters and may be assigned one, so they read their own organisation's.
  if (hasPermission(me, 'case:register')) return 'own';
  return 'none';
}
