import { z } from 'zod';
import { dateTimeSchema, idSchema, pageQuerySchema } from './common.ts';

export const auditEntrySchema = z.object({
  id: z.string(),
  at: dateTimeSchema,
  unitId: idSchema.nullable(),
  actorId: idSchema.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  changes: z.unknown(),
  requestId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const listAuditQuerySchema = pageQuerySchema.extend({
  unitId: idSchema.optional(),
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  actorId: idSchema.optional(),
});
export type ListAuditQuery = z.infer<typeof listAuditQuerySchema>;
