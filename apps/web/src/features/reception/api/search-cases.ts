import { pageSchema } from '@phoihop/shared/common';
import { caseSummarySchema } from '@phoihop/shared/cases';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Cases matching a number, a petitioner or words of the content, to join a visit to one. */
export const searchCases = (q: string) =>
  apiRequest('/cases', { query: { q, limit: 10 } }, pageSchema(caseSummarySchema));

export const caseSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['cases', 'list', 'reception-search', q],
    queryFn: () => searchCases(q),
    select: (page) => page.items,
  });

export const useCaseSearch = (q: string) =>
  useQuery({ ...caseSearchQueryOptions(q), enabled: q.length >= 2 });
