import { pageSchema } from '@phoihop/shared/common';
import { voterPetitionSchema } from '@phoihop/shared/voter-contact';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { nextPageParam, PAGE_SIZE } from '../../../lib/pagination';

export interface PetitionFilters {
  q?: string | undefined;
  status?: string | undefined;
  overdue?: boolean | undefined;
  field?: string | undefined;
  mine?: boolean | undefined;
  open?: boolean | undefined;
  addresseeOrganisationId?: string | undefined;
  meetingId?: string | undefined;
  year?: number | undefined;
  answered?: boolean | undefined;
}

export const listPetitions = (filters: PetitionFilters, cursor?: string) =>
  apiRequest(
    '/voter-petitions',
    { query: { limit: PAGE_SIZE, ...filters, cursor } },
    pageSchema(voterPetitionSchema),
  );

export const petitionsQueryOptions = (filters: PetitionFilters) =>
  infiniteQueryOptions({
    queryKey: ['voter-contact', 'petitions', 'list', filters],
    queryFn: ({ pageParam }) => listPetitions(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });

export const usePetitions = (filters: PetitionFilters, options: { enabled?: boolean } = {}) =>
  useInfiniteQuery({ ...petitionsQueryOptions(filters), enabled: options.enabled ?? true });
