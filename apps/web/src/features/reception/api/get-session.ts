import { receptionSessionSchema } from '@phoihop/shared/reception';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const getSession = (id: string) =>
  apiRequest(`/reception/sessions/${id}`, {}, receptionSessionSchema);

export const sessionQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['reception', 'sessions', 'one', id], queryFn: () => getSession(id) });

export const useSession = (id: string) => useQuery(sessionQueryOptions(id));
