import {
  boxOpeningSchema,
  type CreateBoxOpeningBody,
  type UpdateBoxOpeningBody,
} from '@phoihop/shared/suggestions';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** "Mở hòm thư": an opening of the box before witnesses. */
export const createOpening = (input: { boxId: string; body: CreateBoxOpeningBody }) =>
  apiRequest(
    `/suggestion-boxes/${input.boxId}/openings`,
    { method: 'POST', body: input.body },
    boxOpeningSchema,
  );

export const updateOpening = (input: { id: string; version: number; body: UpdateBoxOpeningBody }) =>
  apiRequest(
    `/box-openings/${input.id}`,
    { method: 'PATCH', body: input.body, version: input.version },
    boxOpeningSchema,
  );

export function useCreateOpening() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOpening,
    meta: { toast: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['suggestions'] }),
  });
}

export function useUpdateOpening() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOpening,
    meta: { toast: false },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['suggestions', 'openings'] }),
  });
}
