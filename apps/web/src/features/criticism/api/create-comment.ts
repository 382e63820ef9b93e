import { draftCommentSchema, type CreateCommentBody } from '@phoihop/shared/criticism';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** "Góp ý": refused with COMMENT_PERIOD_CLOSED once the deadline has passed. */
export const createComment = (input: { draftId: string; body: CreateCommentBody }) =>
  apiRequest(
    `/drafts/${input.draftId}/comments`,
    { method: 'POST', body: input.body },
    draftCommentSchema,
  );

export function useCreateComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createComment,
    meta: { toast: false },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['criticism'] }),
  });
}
