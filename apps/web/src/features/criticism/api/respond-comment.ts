import { draftCommentSchema, type RespondCommentBody } from '@phoihop/shared/criticism';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The drafting body's response to one comment: taken in, or explained. */
export const respondComment = (input: { id: string; version: number; body: RespondCommentBody }) =>
  apiRequest(
    `/draft-comments/${input.id}/response`,
    { method: 'PUT', body: input.body, version: input.version },
    draftCommentSchema,
  );

export function useRespondComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: respondComment,
    meta: { toast: false },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['criticism'] }),
  });
}
