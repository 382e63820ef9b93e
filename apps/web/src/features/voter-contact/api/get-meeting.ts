import { voterMeetingDetailSchema } from '@phoihop/shared/voter-contact';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const getMeeting = (id: string) =>
  apiRequest(`/voter-meetings/${id}`, {}, voterMeetingDetailSchema);

export const meetingQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['voter-contact', 'meetings', 'one', id],
    queryFn: () => getMeeting(id),
  });

export const useMeeting = (id: string) => useQuery(meetingQueryOptions(id));
