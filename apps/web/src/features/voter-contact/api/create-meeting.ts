import {
  voterMeetingDetailSchema,
  type CreateVoterMeetingBody,
} from '@phoihop/shared/voter-contact';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createMeeting = (body: CreateVoterMeetingBody) =>
  apiRequest('/voter-meetings', { method: 'POST', body }, voterMeetingDetailSchema);

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMeeting,
    // The form shows what went wrong itself.
    meta: { toast: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['voter-contact'] }),
  });
}
