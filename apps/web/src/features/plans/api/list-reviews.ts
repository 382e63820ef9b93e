import { reviewSchema } from '@phoihop/shared/reviews';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

export const listReviews = (planId: string) =>
  apiRequest(`/plans/${planId}/reviews`, {}, z.array(reviewSchema));

export const reviewsQueryOptions = (planId: string) =>
  queryOptions({
    queryKey: ['plans', 'detail', planId, 'reviews'],
    queryFn: () => listReviews(planId),
  });

export const useReviews = (planId: string) => useQuery(reviewsQueryOptions(planId));
