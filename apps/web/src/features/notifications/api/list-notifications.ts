import { pageSchema } from '@phoihop/shared/common';
import { notificationSchema } from '@phoihop/shared/notifications';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

const notificationPageSchema = pageSchema(notificationSchema);

export const listNotifications = (params: { limit?: number; cursor?: string; unread?: boolean }) =>
  apiRequest('/notifications', { query: params }, notificationPageSchema);

/** The bell shows the most recent ones; a full inbox page comes with the domain work. */
export const recentNotificationsQueryOptions = () =>
  queryOptions({
    queryKey: ['notifications', 'list', { limit: 10 }],
    queryFn: () => listNotifications({ limit: 10 }),
  });

export const useRecentNotifications = (enabled: boolean) =>
  useQuery({ ...recentNotificationsQueryOptions(), enabled });
