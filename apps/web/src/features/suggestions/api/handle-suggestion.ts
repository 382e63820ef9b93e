import {
  suggestionSchema,
  type AnswerSuggestionBody,
  type FileSuggestionBody,
  type ForwardSuggestionBody,
} from '@phoihop/shared/suggestions';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The steps a suggestion takes: forwarded to whom, answered, or filed with a note. */
export type SuggestionStep =
  | { kind: 'forward'; body: ForwardSuggestionBody }
  | { kind: 'answer'; body: AnswerSuggestionBody }
  | { kind: 'file'; body: FileSuggestionBody };

const routes = {
  forward: { method: 'POST', path: 'forward' },
  answer: { method: 'PUT', path: 'answer' },
  file: { method: 'POST', path: 'file' },
} as const;

export const handleSuggestion = (input: { id: string; version: number; step: SuggestionStep }) =>
  apiRequest(
    `/suggestions/${input.id}/${routes[input.step.kind].path}`,
    { method: routes[input.step.kind].method, body: input.step.body, version: input.version },
    suggestionSchema,
  );

export function useHandleSuggestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: handleSuggestion,
    meta: { toast: false },
    // Also after a version conflict: the dialog then holds the suggestion as it is now.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['suggestions'] }),
  });
}
