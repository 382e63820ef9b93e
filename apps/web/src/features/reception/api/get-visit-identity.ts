import { visitIdentitySchema } from '@phoihop/shared/reception';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** A protected visit's citizen: each call is written to the audit log, so fetched only when asked. */
export const getVisitIdentity = (visitId: string) =>
  apiRequest(`/reception/visits/${visitId}/identity`, {}, visitIdentitySchema);

export const useVisitIdentity = (visitId: string, enabled: boolean) =>
  useQuery({
    // Outside the ['reception'] key: an invalidation must not reveal (and log) it again.
    queryKey: ['visit-identity', visitId],
    queryFn: () => getVisitIdentity(visitId),
    enabled,
    staleTime: Infinity,
    gcTime: 0,
    refetchOnMount: false,
    refetchOnReconnect: false,
  });
