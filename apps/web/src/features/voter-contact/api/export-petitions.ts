import { buildUrl } from '../../../lib/api-client';

/**
 * The meeting's compiled petitions and answers as XLSX, built by the server: a plain link, so
 * the browser downloads it with the session cookie and names it from Content-Disposition.
 */
export const petitionsExportUrl = (meetingId: string) =>
  buildUrl(`/voter-meetings/${meetingId}/petitions.xlsx`);
