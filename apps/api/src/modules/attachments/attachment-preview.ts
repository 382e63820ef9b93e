// Which stored files the browser may show in the page rather than download.
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../lib/app-error.ts';

const previewable = new Set(['application/pdf', 'image/jpeg', 'image/png']);

/**
 * PDF and JPG/PNG only, and only when the bytes say so again now (the stored type was checked at
 * upload; a row older than that check, or changed since, must not reach the browser inline).
 */
export async function assertPreviewable(file: {
  mimeType: string;
  data: Uint8Array;
}): Promise<void> {
  if (!previewable.has(file.mimeType)) throw new AppError('PREVIEW_NOT_AVAILABLE');
  const detected = await fileTypeFromBuffer(file.data);
  if (detected?.mime !== file.mimeType) throw new AppError('PREVIEW_NOT_AVAILABLE');
}

/**
 * The policy of an inline response: nothing loads, nothing runs. A picture gets the full sandbox;
 * Chrome's and Safari's PDF viewers refuse a sandbox without scripts (their own viewer's), so a
 * PDF keeps scripts but no origin: it cannot reach the app's cookies or pages.
 */
export function previewPolicy(mimeType: string): string {
  const base =
    "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";
  return mimeType === 'application/pdf' ? `${base}; sandbox allow-scripts` : `${base}; sandbox`;
}
