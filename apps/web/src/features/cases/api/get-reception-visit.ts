import { receptionVisitSchema } from '@phoihop/shared/reception';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The citizen received at a session, to open a case from what they raised. */
export const getReceptionVisit = (visitId: string) =>
  apiRequest(`/reception/visits/${visitId}`, {}, receptionVisitSchema);

export const receptionVisitQueryOptions = (visitId: string) =>
  queryOptions({
    queryKey: ['reception', 'visits', visitId],
    queryFn: () => getReceptionVisit(visitId),
  });

export const useReceptionVisit = (visitId: string | undefined) =>
  useQuery({ ...receptionVisitQueryOptions(visitId ?? ''), enabled: !!visitId });
