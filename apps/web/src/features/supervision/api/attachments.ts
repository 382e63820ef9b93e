import { attachmentSchema } from '@phoihop/shared/plans';
import { apiRequest } from '../../../lib/api-client';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Decisions, reports and answers are mostly signed scans (PDF, photos) or office files. */
export const attachmentAccept = '.pdf,.jpg,.jpeg,.png,.doc,.docx,.odt,.xls,.xlsx,.ods';

export function uploadAttachment(file: File) {
  const formData = new FormData();
  formData.append('file', file);
  return apiRequest('/attachments', { method: 'POST', formData }, attachmentSchema);
}
