import { scorecardRowSchema } from '@phoihop/shared/plans';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

export const getScorecard = (planId: string) =>
  apiRequest(`/plans/${planId}/scorecard`, {}, z.array(scorecardRowSchema));

export const scorecardQueryOptions = (planId: string) =>
  queryOptions({
    queryKey: ['plans', 'detail', planId, 'scorecard'],
    queryFn: () => getScorecard(planId),
  });

export const useScorecard = (planId: string) => useQuery(scorecardQueryOptions(planId));
