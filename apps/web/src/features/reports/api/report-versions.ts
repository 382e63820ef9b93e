import {
  annualReportVersionSchema,
  listAnnualReportVersionsSchema,
  type SaveAnnualReportBody,
} from '@phoihop/shared/reports';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { reportKeys } from './annual-reports';

export const reportVersionsQueryOptions = (year: number) =>
  queryOptions({
    queryKey: [...reportKeys.year(year), 'versions'],
    queryFn: () =>
      apiRequest(`/reports/annual/${year}/versions`, {}, listAnnualReportVersionsSchema),
  });

export const useReportVersions = (year: number) => useQuery(reportVersionsQueryOptions(year));

/** A saved version never changes: it is cached for good once read. */
export const reportVersionQueryOptions = (year: number, versionNo: number) =>
  queryOptions({
    queryKey: [...reportKeys.year(year), 'version', versionNo],
    queryFn: () =>
      apiRequest(`/reports/annual/${year}/versions/${versionNo}`, {}, annualReportVersionSchema),
    staleTime: Infinity,
  });

export const useReportVersion = (year: number, versionNo: number | null) =>
  useQuery({
    ...reportVersionQueryOptions(year, versionNo ?? 0),
    enabled: versionNo !== null,
  });

/** Saves the editor's text as the next version; 409 when `basedOn` is no longer the newest. */
export function useSaveReportVersion(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveAnnualReportBody) =>
      apiRequest(
        `/reports/annual/${year}/versions`,
        { method: 'POST', body },
        annualReportVersionSchema,
      ),
    onSuccess: (version) =>
      queryClient.setQueryData(
        reportVersionQueryOptions(year, version.versionNo).queryKey,
        version,
      ),
    // Also after a conflict: the versions list then shows the one saved meanwhile.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: reportVersionsQueryOptions(year).queryKey }),
        queryClient.invalidateQueries({ queryKey: reportKeys.years() }),
      ]),
    // The save dialog says what went wrong (a conflict offers to load the newer version).
    meta: { toast: false },
  });
}
