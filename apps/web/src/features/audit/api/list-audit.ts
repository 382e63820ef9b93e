import { auditEntrySchema } from '@phoihop/shared/audit';
import { pageSchema } from '@phoihop/shared/common';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { nextPageParam, PAGE_SIZE } from '../../../lib/pagination';
import type { AuditSearch } from '../search-params';

const auditPageSchema = pageSchema(auditEntrySchema);

export const listAudit = (filters: AuditSearch, cursor?: string) =>
  apiRequest('/audit', { query: { ...filters, limit: PAGE_SIZE, cursor } }, auditPageSchema);

export const auditQueryOptions = (filters: AuditSearch) =>
  infiniteQueryOptions({
    queryKey: ['audit', 'list', filters],
    queryFn: ({ pageParam }) => listAudit(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });

export const useAudit = (filters: AuditSearch) => useInfiniteQuery(auditQueryOptions(filters));
