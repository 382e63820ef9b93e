import { planTreeSchema } from '@phoihop/shared/plans';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const getPlan = (planId: string) => apiRequest(`/plans/${planId}`, {}, planTreeSchema);

export const planQueryKey = (planId: string) => ['plans', 'detail', planId] as const;

export const planQueryOptions = (planId: string) =>
  queryOptions({ queryKey: planQueryKey(planId), queryFn: () => getPlan(planId) });

export const usePlan = (planId: string) => useQuery(planQueryOptions(planId));
