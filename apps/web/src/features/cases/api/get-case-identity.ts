import { caseIdentitySchema } from '@phoihop/shared/cases';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Each call is written to the audit log by the API: fetched only when the user asks. */
export const getCaseIdentity = (caseId: string) =>
  apiRequest(`/cases/${caseId}/identity`, {}, caseIdentitySchema);

export const useCaseIdentity = (caseId: string, enabled: boolean) =>
  useQuery({
    // Outside the ['cases'] key: a step's invalidation must not reveal (and log) it again.
    queryKey: ['case-identity', caseId],
    queryFn: () => getCaseIdentity(caseId),
    enabled,
    // Once shown, keep it for the page; never refetched behind the user's back (each is a logged view).
    staleTime: Infinity,
    gcTime: 0,
    refetchOnMount: false,
    refetchOnReconnect: false,
  });
