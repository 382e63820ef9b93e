import { holidayYearSchema, type UpdateHolidayYearBody } from '@phoihop/shared/calendar';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const holidayYearQueryOptions = (year: number) =>
  queryOptions({
    queryKey: ['calendar', year],
    queryFn: () => apiRequest(`/calendar/${year}`, {}, holidayYearSchema),
  });

export const useHolidayYear = (year: number) => useQuery(holidayYearQueryOptions(year));

export function useUpdateHolidayYear() {
  const queryClient = useQueryClient();
  return useMutation({
    // A year still on the defaults has no version yet: If-Match "0" creates it.
    mutationFn: (input: { year: number; version: number | null; body: UpdateHolidayYearBody }) =>
      apiRequest(
        `/calendar/${input.year}`,
        { method: 'PUT', body: input.body, version: input.version ?? 0 },
        holidayYearSchema,
      ),
    onSettled: (_data, _error, input) =>
      queryClient.invalidateQueries({ queryKey: ['calendar', input.year] }),
  });
}
