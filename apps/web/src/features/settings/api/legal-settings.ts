import { legalSettingsViewSchema } from '@phoihop/shared/cases';
import type { LegalSettings } from '@phoihop/shared/legal-rules';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const legalSettingsQueryOptions = () =>
  queryOptions({
    queryKey: ['settings', 'legal'],
    queryFn: () => apiRequest('/settings/legal', {}, legalSettingsViewSchema),
  });

export const useLegalSettings = () => useQuery(legalSettingsQueryOptions());

export function useUpdateLegalSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number | null; body: LegalSettings }) =>
      apiRequest(
        '/settings/legal',
        { method: 'PUT', body: input.body, version: input.version ?? 0 },
        legalSettingsViewSchema,
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['settings', 'legal'] }),
  });
}
