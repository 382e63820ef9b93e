import { importResultSchema } from '@phoihop/shared/plan-import';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, buildUrl } from '../../../lib/api-client';

export const templateUrl = () => buildUrl('/plans/import/template.xlsx');

export function importPlan(input: { file: File; year: number; dryRun: boolean }) {
  const formData = new FormData();
  formData.append('file', input.file);
  return apiRequest(
    '/plans/import',
    { method: 'POST', formData, query: { year: input.year, dryRun: input.dryRun } },
    importResultSchema,
  );
}

export function useImportPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importPlan,
    onSuccess: (result) => {
      if (!result.dryRun) void queryClient.invalidateQueries({ queryKey: ['plans'] });
    },
    // The screen lists the problems itself.
    meta: { toast: false },
  });
}
