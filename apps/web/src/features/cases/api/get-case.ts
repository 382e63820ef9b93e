import { caseSchema } from '@phoihop/shared/cases';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const getCase = (caseId: string) => apiRequest(`/cases/${caseId}`, {}, caseSchema);

export const caseQueryKey = (caseId: string) => ['cases', 'detail', caseId] as const;

export const caseQueryOptions = (caseId: string) =>
  queryOptions({ queryKey: caseQueryKey(caseId), queryFn: () => getCase(caseId) });

export const useCase = (caseId: string) => useQuery(caseQueryOptions(caseId));
