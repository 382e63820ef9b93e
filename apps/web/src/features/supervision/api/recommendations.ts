import { pageSchema } from '@phoihop/shared/common';
import {
  recommendationDetailSchema,
  recommendationSchema,
  type CreateRecommendationBody,
  type RespondRecommendationBody,
  type UpdateRecommendationBody,
} from '@phoihop/shared/supervision';
import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { nextPageParam, PAGE_SIZE } from '../../../lib/pagination';
import { useSupervisionMutation } from './supervisions';

export interface RecommendationFilters {
  q?: string | undefined;
  status?: string | undefined;
  overdue?: boolean | undefined;
  mine?: boolean | undefined;
  open?: boolean | undefined;
  addresseeOrganisationId?: string | undefined;
  supervisionId?: string | undefined;
  year?: number | undefined;
  answered?: boolean | undefined;
}

const listRecommendations = (filters: RecommendationFilters, limit: number, cursor?: string) =>
  apiRequest(
    '/recommendations',
    { query: { limit, ...filters, cursor } },
    pageSchema(recommendationSchema),
  );

export const recommendationsQueryOptions = (filters: RecommendationFilters) =>
  infiniteQueryOptions({
    queryKey: ['supervision', 'recommendations', 'list', filters],
    queryFn: ({ pageParam }) => listRecommendations(filters, PAGE_SIZE, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });

export const useRecommendations = (filters: RecommendationFilters) =>
  useInfiniteQuery(recommendationsQueryOptions(filters));

export const recommendationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['supervision', 'recommendations', 'one', id],
    queryFn: () => apiRequest(`/recommendations/${id}`, {}, recommendationDetailSchema),
  });

export const useRecommendation = (id: string, enabled = true) =>
  useQuery({ ...recommendationQueryOptions(id), enabled });

export const useCreateRecommendation = () =>
  useSupervisionMutation((input: { supervisionId: string; body: CreateRecommendationBody }) =>
    apiRequest(
      `/supervisions/${input.supervisionId}/recommendations`,
      { method: 'POST', body: input.body },
      recommendationDetailSchema,
    ),
  );

export const useUpdateRecommendation = () =>
  useSupervisionMutation((input: { id: string; version: number; body: UpdateRecommendationBody }) =>
    apiRequest(
      `/recommendations/${input.id}`,
      { method: 'PATCH', body: input.body, version: input.version },
      recommendationDetailSchema,
    ),
  );

export const useRespondRecommendation = () =>
  useSupervisionMutation(
    (input: { id: string; version: number; body: RespondRecommendationBody }) =>
      apiRequest(
        `/recommendations/${input.id}/responses`,
        { method: 'POST', body: input.body, version: input.version },
        recommendationDetailSchema,
      ),
  );
