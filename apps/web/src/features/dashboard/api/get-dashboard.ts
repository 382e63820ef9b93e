import { dashboardSchema } from '@phoihop/shared/dashboard';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The overview's year and "my work"'s; undefined: the API's default, this year in Vietnam. */
export interface DashboardYears {
  year?: number | undefined;
  mineYear?: number | undefined;
}

export const getDashboard = ({ year, mineYear }: DashboardYears) =>
  apiRequest('/dashboard', { query: { year, mineYear } }, dashboardSchema);

export const dashboardQueryOptions = (years: DashboardYears) =>
  queryOptions({
    queryKey: ['dashboard', { year: years.year, mineYear: years.mineYear }],
    queryFn: () => getDashboard(years),
  });

/** Another year keeps the last one on screen until it arrives (no blank page between). */
export const useDashboard = (years: DashboardYears) =>
  useQuery({ ...dashboardQueryOptions(years), placeholderData: keepPreviousData });
