import { reportSettingsViewSchema, type ReportSettings } from '@phoihop/shared/reports';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { reportKeys } from './annual-reports';

const settingsKey = [...reportKeys.all, 'settings'] as const;

export const reportSettingsQueryOptions = () =>
  queryOptions({
    queryKey: settingsKey,
    queryFn: () => apiRequest('/settings/report', {}, reportSettingsViewSchema),
  });

export const useReportSettings = () => useQuery(reportSettingsQueryOptions());

/** If-Match only once the unit has saved settings (before that there is no version to match). */
export function useUpdateReportSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number | null; body: ReportSettings }) =>
      apiRequest(
        '/settings/report',
        { method: 'PUT', body: input.body, version: input.version ?? undefined },
        reportSettingsViewSchema,
      ),
    // Also after a conflict: the form then shows what the other person saved.
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
    meta: { toast: false },
  });
}
