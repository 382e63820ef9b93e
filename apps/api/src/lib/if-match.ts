import { parseIfMatch } from '@phoihop/shared/common';
import { AppError } from './app-error.ts';

/** The record version a client based its edit on, from `If-Match: "3"` (rule in shared/common). */
export function versionFromIfMatch(header: string | string[] | undefined): number {
  const version = parseIfMatch(header);
  if (version === 'missing') throw new AppError('PRECONDITION_REQUIRED');
  if (version === 'invalid')
    throw new AppError('BAD_REQUEST', { message: 'Tiêu đề If-Match không hợp lệ' });
  return version;
}

export const etagOf = (version: number) => `"${version}"`;
