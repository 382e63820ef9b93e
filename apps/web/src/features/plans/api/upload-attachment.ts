import { attachmentSchema } from '@phoihop/shared/plans';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const attachmentAccept = '.pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,.jpg,.jpeg,.png';

export function uploadAttachment(file: File) {
  const formData = new FormData();
  formData.append('file', file);
  return apiRequest('/attachments', { method: 'POST', formData }, attachmentSchema);
}

export const useUploadAttachment = () => useMutation({ mutationFn: uploadAttachment });
