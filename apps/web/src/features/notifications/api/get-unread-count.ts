import { unreadCountSchema } from '@phoihop/shared/notifications';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const UNREAD_POLL_MS = 60_000;

export const getUnreadCount = () =>
  apiRequest('/notifications/unread-count', {}, unreadCountSchema);

export const unreadCountQueryOptions = () =>
  queryOptions({
    queryKey: ['notifications', 'unread-count'],
    queryFn: getUnreadCount,
    refetchInterval: UNREAD_POLL_MS,
    staleTime: 0,
  });

export const useUnreadCount = () => useQuery(unreadCountQueryOptions());
