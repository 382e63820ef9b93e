import { mediationStatisticsSchema } from '@phoihop/shared/mediation';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export interface Period {
  from: string;
  to: string;
}

export const getStatistics = (period: Period) =>
  apiRequest('/mediation/statistics', { query: { ...period } }, mediationStatisticsSchema);

export const statisticsQueryOptions = (period: Period) =>
  queryOptions({
    queryKey: ['mediation', 'statistics', period],
    queryFn: () => getStatistics(period),
  });

export const useStatistics = (period: Period) => useQuery(statisticsQueryOptions(period));
