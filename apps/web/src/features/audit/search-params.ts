import { z } from 'zod';
import { stringParam } from '../../lib/search-params';

export const auditSearchSchema = z.object({ entityType: stringParam(50) });
export type AuditSearch = z.infer<typeof auditSearchSchema>;

/** Entity types the API records today; the filter also accepts others from a URL. */
export const knownEntityTypes = ['User', 'Organisation', 'AdminUnit', 'Session'] as const;
