import { pageSchema } from '@phoihop/shared/common';
import { caseSummarySchema } from '@phoihop/shared/cases';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Letters (đơn thư) matching a number or words, to link a mediation case to one. */
export const searchLetters = (q: string) =>
  apiRequest('/cases', { query: { q, limit: 10 } }, pageSchema(caseSummarySchema));

export const letterSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['cases', 'list', 'mediation-search', q],
    queryFn: () => searchLetters(q),
    select: (page) => page.items,
  });

export const useLetterSearch = (q: string) =>
  useQuery({ ...letterSearchQueryOptions(q), enabled: q.length >= 2 });
