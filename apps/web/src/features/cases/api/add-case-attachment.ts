import { caseSchema, type addCaseAttachmentBodySchema } from '@phoihop/shared/cases';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

export const addCaseAttachment = (input: {
  id: string;
  version: number;
  body: z.input<typeof addCaseAttachmentBodySchema>;
}) =>
  apiRequest(
    `/cases/${input.id}/attachments`,
    { method: 'POST', body: input.body, version: input.version },
    caseSchema,
  );

export function useAddCaseAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addCaseAttachment,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}
