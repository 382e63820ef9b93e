import {
  suggestionBoxSchema,
  type CreateSuggestionBoxBody,
  type UpdateSuggestionBoxBody,
} from '@phoihop/shared/suggestions';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createBox = (body: CreateSuggestionBoxBody) =>
  apiRequest('/suggestion-boxes', { method: 'POST', body }, suggestionBoxSchema);

export const updateBox = (input: { id: string; version: number; body: UpdateSuggestionBoxBody }) =>
  apiRequest(
    `/suggestion-boxes/${input.id}`,
    { method: 'PATCH', body: input.body, version: input.version },
    suggestionBoxSchema,
  );

export function useCreateBox() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBox,
    meta: { toast: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['suggestions', 'boxes'] }),
  });
}

export function useUpdateBox() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateBox,
    meta: { toast: false },
    // Also after a version conflict: the next try starts from what the other person saved.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['suggestions', 'boxes'] }),
  });
}
