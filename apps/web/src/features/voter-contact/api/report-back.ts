import { voterMeetingDetailSchema, type ReportBackBody } from '@phoihop/shared/voter-contact';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Answered petitions of earlier meetings, reported back to the voters at this one. */
export const reportBack = (input: { meetingId: string; body: ReportBackBody }) =>
  apiRequest(
    `/voter-meetings/${input.meetingId}/report-back`,
    { method: 'POST', body: input.body },
    voterMeetingDetailSchema,
  );

export function useReportBack() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reportBack,
    meta: { toast: false },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['voter-contact'] }),
  });
}
