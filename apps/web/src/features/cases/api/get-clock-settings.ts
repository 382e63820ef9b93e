import { clockSettingsSchema } from '@phoihop/shared/cases';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The legal limits and days off the API counts with, so forms show the same deadlines. */
export const getClockSettings = () => apiRequest('/cases/clock-settings', {}, clockSettingsSchema);

export const clockSettingsQueryOptions = () =>
  queryOptions({
    queryKey: ['cases', 'clock-settings'],
    queryFn: getClockSettings,
    staleTime: 10 * 60_000,
  });

export const useClockSettings = () => useQuery(clockSettingsQueryOptions());
