import { suggestionSchema } from '@phoihop/shared/suggestions';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** A suggestion-box letter that is in fact a complaint or denunciation, to open a case from. */
export const getSuggestion = (suggestionId: string) =>
  apiRequest(`/suggestions/${suggestionId}`, {}, suggestionSchema);

export const suggestionQueryOptions = (suggestionId: string) =>
  queryOptions({
    queryKey: ['suggestions', 'suggestions', 'one', suggestionId],
    queryFn: () => getSuggestion(suggestionId),
  });

export const useSuggestion = (suggestionId: string | undefined) =>
  useQuery({ ...suggestionQueryOptions(suggestionId ?? ''), enabled: !!suggestionId });
