import { reviewSchema, type CreateReviewBody } from '@phoihop/shared/reviews';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createReview = (input: { planId: string; body: CreateReviewBody }) =>
  apiRequest(`/plans/${input.planId}/reviews`, { method: 'POST', body: input.body }, reviewSchema);

export function useCreateReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReview,
    // Follow-ups become tasks, and the plan's reviews-due warning clears.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
}
