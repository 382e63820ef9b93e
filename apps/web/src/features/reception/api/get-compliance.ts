import { receptionComplianceSchema } from '@phoihop/shared/reception';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const getCompliance = (year: number) =>
  apiRequest('/reception/compliance', { query: { year } }, receptionComplianceSchema);

export const complianceQueryOptions = (year: number) =>
  queryOptions({
    queryKey: ['reception', 'compliance', year],
    queryFn: () => getCompliance(year),
  });

export const useCompliance = (year: number) => useQuery(complianceQueryOptions(year));
