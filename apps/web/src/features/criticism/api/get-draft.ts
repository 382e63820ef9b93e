import { draftDetailSchema } from '@phoihop/shared/criticism';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const getDraft = (id: string) => apiRequest(`/drafts/${id}`, {}, draftDetailSchema);

export const draftQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['criticism', 'drafts', 'one', id], queryFn: () => getDraft(id) });

export const useDraft = (id: string) => useQuery(draftQueryOptions(id));
