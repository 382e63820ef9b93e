import { suggestionSchema, type CreateSuggestionBody } from '@phoihop/shared/suggestions';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createSuggestion = (body: CreateSuggestionBody) =>
  apiRequest('/suggestions', { method: 'POST', body }, suggestionSchema);

export function useCreateSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSuggestion,
    meta: { toast: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['suggestions'] }),
  });
}
