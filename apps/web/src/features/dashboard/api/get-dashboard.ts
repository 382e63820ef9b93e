import { dashboardSchema } from '@phoihop/shared/dashboard';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** `year` undefined: the API's default, this year in Vietnam. */
export const getDashboard = (year: number | undefined) =>
  apiRequest('/dashboard', { query: { year } }, dashboardSchema);

export const dashboardQueryOptions = (year: number | undefined) =>
  queryOptions({
    queryKey: ['dashboard', { year }],
    queryFn: () => getDashboard(year),
  });

/** Another year keeps the last one on screen until it arrives (no blank page between). */
export const useDashboard = (year: number | undefined) =>
  useQuery({ ...dashboardQueryOptions(year), placeholderData: keepPreviousData });
