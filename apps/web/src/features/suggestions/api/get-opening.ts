import { boxOpeningSchema } from '@phoihop/shared/suggestions';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const getOpening = (id: string) => apiRequest(`/box-openings/${id}`, {}, boxOpeningSchema);

export const openingQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['suggestions', 'openings', 'one', id],
    queryFn: () => getOpening(id),
  });

export const useOpening = (id: string) => useQuery(openingQueryOptions(id));
