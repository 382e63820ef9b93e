import { caseStatisticsSchema } from '@phoihop/shared/cases';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const getCaseStatistics = (period: { from: string; to: string }) =>
  apiRequest('/cases/statistics', { query: period }, caseStatisticsSchema);

export const caseStatisticsQueryOptions = (period: { from: string; to: string }) =>
  queryOptions({
    queryKey: ['cases', 'statistics', period],
    queryFn: () => getCaseStatistics(period),
  });

export const useCaseStatistics = (period: { from: string; to: string }) =>
  useQuery(caseStatisticsQueryOptions(period));
