import { pageSchema } from '@phoihop/shared/common';
import { planSchema } from '@phoihop/shared/plans';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

// A ward keeps one plan a year: one page of 100 covers a long history.
export const listPlans = () =>
  apiRequest('/plans', { query: { limit: 100 } }, pageSchema(planSchema));

export const plansQueryOptions = () =>
  queryOptions({ queryKey: ['plans', 'list'], queryFn: listPlans });

export const usePlans = () => useQuery(plansQueryOptions());
