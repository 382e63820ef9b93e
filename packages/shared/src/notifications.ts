import { z } from 'zod';
import { booleanQuerySchema, dateTimeSchema, idSchema, pageQuerySchema } from './common.ts';

export const notificationSchema = z.object({
  id: idSchema,
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable(),
  readAt: dateTimeSchema.nullable(),
  createdAt: dateTimeSchema,
});
export type Notification = z.infer<typeof notificationSchema>;

export const listNotificationsQuerySchema = pageQuerySchema.extend({
  unread: booleanQuerySchema.optional(),
});

export const unreadCountSchema = z.object({ unread: z.number().int() });

export const markReadBodySchema = z.object({
  /** Omit to mark every notification read. */
  ids: z.array(idSchema).max(100).optional(),
});
