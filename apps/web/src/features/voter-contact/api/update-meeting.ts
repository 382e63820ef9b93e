import {
  voterMeetingDetailSchema,
  type UpdateVoterMeetingBody,
} from '@phoihop/shared/voter-contact';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const updateMeeting = (input: {
  id: string;
  version: number;
  body: UpdateVoterMeetingBody;
}) =>
  apiRequest(
    `/voter-meetings/${input.id}`,
    { method: 'PATCH', body: input.body, version: input.version },
    voterMeetingDetailSchema,
  );

export function useUpdateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMeeting,
    meta: { toast: false },
    // Also after a version conflict: the next try starts from what the other person saved.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['voter-contact'] }),
  });
}
