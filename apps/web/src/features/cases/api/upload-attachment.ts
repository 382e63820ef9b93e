import { attachmentSchema } from '@phoihop/shared/plans';
import { apiRequest } from '../../../lib/api-client';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Scanned letters are mostly PDF or photos; office files for typed ones. */
export const attachmentAccept = '.pdf,.jpg,.jpeg,.png,.doc,.docx,.odt,.xls,.xlsx,.ods';

export function uploadAttachment(file: File) {
  const formData = new FormData();
  formData.append('file', file);
  return apiRequest('/attachments', { method: 'POST', formData }, attachmentSchema);
}
