import { AppError } from './app-error.ts';

/** Reads the record version a client based its edit on, from `If-Match: "3"` (or W/"3"). */
export function versionFromIfMatch(header: string | string[] | undefined): number {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) throw new AppError('PRECONDITION_REQUIRED');
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(raw.trim());
  if (!match) throw new AppError('BAD_REQUEST', { message: 'Tiêu đề If-Match không hợp lệ' });
  return Number(match[1]);
}

export const etagOf = (version: number) => `"${version}"`;
