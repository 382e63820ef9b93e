import { timelineEntrySchema } from '@phoihop/shared/plans';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

export const getTimeline = (taskId: string) =>
  apiRequest(`/plan-items/${taskId}/timeline`, {}, z.array(timelineEntrySchema));

export const timelineQueryOptions = (taskId: string) =>
  queryOptions({ queryKey: ['plans', 'timeline', taskId], queryFn: () => getTimeline(taskId) });

export const useTimeline = (taskId: string) => useQuery(timelineQueryOptions(taskId));
