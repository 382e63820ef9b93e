import { okSchema } from '@phoihop/shared/common';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { markReadBodySchema } from '@phoihop/shared/notifications';
import { apiRequest } from '../../../lib/api-client';

export type MarkReadBody = z.input<typeof markReadBodySchema>;

/** Without `ids`, marks every notification read. */
export const markRead = (body: MarkReadBody) =>
  apiRequest('/notifications/mark-read', { method: 'POST', body }, okSchema);

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
