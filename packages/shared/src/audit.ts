import { z } from 'zod';
import { dateTimeSchema, idSchema, pageQuerySchema, safeStringSchema } from './common.ts';

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
  entityType: safeStringSchema().max(50).optional(),
  entityId: safeStringSchema().max(100).optional(),
  actorId: idSchema.optional(),
});
export type ListAuditQuery = z.infer<typeof listAuditQuerySchema>;
