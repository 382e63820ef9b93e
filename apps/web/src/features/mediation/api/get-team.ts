import { mediationTeamDetailSchema } from '@phoihop/shared/mediation';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const getTeam = (id: string) =>
  apiRequest(`/mediation/teams/${id}`, {}, mediationTeamDetailSchema);

export const teamQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['mediation', 'teams', 'one', id], queryFn: () => getTeam(id) });

export const useTeam = (id: string | null | undefined) =>
  useQuery({ ...teamQueryOptions(id ?? ''), enabled: !!id });
