import { attachmentSchema } from '@phoihop/shared/plans';
import { apiRequest } from '../../../lib/api-client';

export const attachmentAccept = '.pdf,.doc,.docx,.odt,.jpg,.jpeg,.png';

export function uploadAttachment(file: File) {
  const formData = new FormData();
  formData.append('file', file);
  return apiRequest('/attachments', { method: 'POST', formData }, attachmentSchema);
}
