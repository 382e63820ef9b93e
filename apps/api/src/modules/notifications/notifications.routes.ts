import { okSchema, pageSchema } from '@phoihop/shared/common';
import {
  listNotificationsQuerySchema,
  markReadBodySchema,
  notificationSchema,
  unreadCountSchema,
} from '@phoihop/shared/notifications';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../plugins/authenticate.ts';
import type { NotificationService } from './notifications.service.ts';

const tags = ['notifications'];

// Each user reads and marks only their own notifications: the user id comes from the session.
export const notificationRoutes: FastifyPluginAsyncZod<{ notifications: NotificationService }> = async (
  app,
  { notifications },
) => {
  app.get(
    '/',
    { schema: { tags, summary: 'Thông báo của tôi', querystring: listNotificationsQuerySchema, response: { 200: pageSchema(notificationSchema) } } },
    async (request) => notifications.list(contextOf(request).actor.id, request.query),
  );

  app.get(
    '/unread-count',
    { schema: { tags, summary: 'Số thông báo chưa đọc', response: { 200: unreadCountSchema } } },
    async (request) => ({ unread: await notifications.unreadCount(contextOf(request).actor.id) }),
  );

  app.post(
    '/mark-read',
    { schema: { tags, summary: 'Đánh dấu đã đọc', body: markReadBodySchema, response: { 200: okSchema } } },
    async (request) => {
      await notifications.markRead(contextOf(request), request.body.ids);
      return { ok: true as const };
    },
  );
};
