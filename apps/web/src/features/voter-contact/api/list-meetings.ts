import { pageSchema } from '@phoihop/shared/common';
import { voterMeetingSchema } from '@phoihop/shared/voter-contact';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { nextPageParam, PAGE_SIZE } from '../../../lib/pagination';

export interface MeetingFilters {
  q?: string | undefined;
  kind?: string | undefined;
  year?: number | undefined;
}

export const listMeetings = (filters: MeetingFilters, cursor?: string) =>
  apiRequest(
    '/voter-meetings',
    { query: { limit: PAGE_SIZE, ...filters, cursor } },
    pageSchema(voterMeetingSchema),
  );

export const meetingsQueryOptions = (filters: MeetingFilters) =>
  infiniteQueryOptions({
    queryKey: ['voter-contact', 'meetings', 'list', filters],
    queryFn: ({ pageParam }) => listMeetings(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });

export const useMeetings = (filters: MeetingFilters) =>
  useInfiniteQuery(meetingsQueryOptions(filters));
