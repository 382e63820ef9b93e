import { amendmentSchema } from '@phoihop/shared/plans';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

export const listAmendments = (planId: string) =>
  apiRequest(`/plans/${planId}/amendments`, {}, z.array(amendmentSchema));

export const amendmentsQueryOptions = (planId: string) =>
  queryOptions({
    queryKey: ['plans', 'detail', planId, 'amendments'],
    queryFn: () => listAmendments(planId),
  });

export const useAmendments = (planId: string) => useQuery(amendmentsQueryOptions(planId));
