import { pageSchema } from '@phoihop/shared/common';
import { mediationTeamSchema } from '@phoihop/shared/mediation';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { nextPageParam } from '../../../lib/pagination';

// A ward has a few dozen teams at most: one page of 100 usually holds them all.
const TEAMS_PAGE = 100;

export const listTeams = (cursor?: string) =>
  apiRequest(
    '/mediation/teams',
    { query: { limit: TEAMS_PAGE, cursor } },
    pageSchema(mediationTeamSchema),
  );

export const teamsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['mediation', 'teams', 'list'],
    queryFn: ({ pageParam }) => listTeams(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });

export const useTeams = () => useInfiniteQuery(teamsQueryOptions());
