import { pageSchema } from '@phoihop/shared/common';
import { regulationSchema } from '@phoihop/shared/plans';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const listRegulations = () =>
  apiRequest('/regulations', { query: { limit: 100 } }, pageSchema(regulationSchema));

export const regulationsQueryOptions = () =>
  queryOptions({ queryKey: ['regulations', 'list'], queryFn: listRegulations });

export const useRegulations = () => useQuery(regulationsQueryOptions());
