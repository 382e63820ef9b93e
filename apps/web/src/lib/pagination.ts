import type { Page } from '@phoihop/shared/common';
import type { InfiniteData } from '@tanstack/react-query';

export const PAGE_SIZE = 25;

export const nextPageParam = (last: Page<unknown>) => last.nextCursor ?? undefined;

export const flattenPages = <T>(data: InfiniteData<Page<T>> | undefined): T[] =>
  data?.pages.flatMap((page) => page.items) ?? [];

/** The total the first page gives (lists a figure opens), or null when the list does not count. */
export const listTotalOf = (data: InfiniteData<Page<unknown>> | undefined): number | null =>
  data?.pages[0]?.total ?? null;
