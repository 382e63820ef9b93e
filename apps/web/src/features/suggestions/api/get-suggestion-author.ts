import { suggestionAuthorSchema } from '@phoihop/shared/suggestions';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** A denouncer's details: each call is written to the audit log, so fetched only when asked. */
export const getSuggestionAuthor = (suggestionId: string) =>
  apiRequest(`/suggestions/${suggestionId}/author`, {}, suggestionAuthorSchema);

export const useSuggestionAuthor = (suggestionId: string, enabled: boolean) =>
  useQuery({
    // Outside the ['suggestions'] key: a step's invalidation must not reveal (and log) it again.
    queryKey: ['suggestion-author', suggestionId],
    queryFn: () => getSuggestionAuthor(suggestionId),
    enabled,
    staleTime: Infinity,
    gcTime: 0,
    refetchOnMount: false,
    refetchOnReconnect: false,
  });
