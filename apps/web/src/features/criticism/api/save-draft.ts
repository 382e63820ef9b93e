import {
  draftDetailSchema,
  type CreateDraftBody,
  type UpdateDraftBody,
} from '@phoihop/shared/criticism';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createDraft = (body: CreateDraftBody) =>
  apiRequest('/drafts', { method: 'POST', body }, draftDetailSchema);

export const updateDraft = (input: { id: string; version: number; body: UpdateDraftBody }) =>
  apiRequest(
    `/drafts/${input.id}`,
    { method: 'PATCH', body: input.body, version: input.version },
    draftDetailSchema,
  );

export function useCreateDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDraft,
    meta: { toast: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['criticism'] }),
  });
}

export function useUpdateDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDraft,
    meta: { toast: false },
    // Also after a version conflict: the next try starts from what the other person saved.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['criticism'] }),
  });
}
