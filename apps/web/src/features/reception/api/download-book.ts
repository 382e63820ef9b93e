import { useMutation } from '@tanstack/react-query';
import { buildUrl, toApiError } from '../../../lib/api-client';
import { currentLanguage } from '../../../lib/i18n';

export interface BookPeriod {
  from: string;
  to: string;
}

/** Bytes received so far and, when the server says, how many there are. */
export type DownloadProgress = { received: number; total: number | null };

async function readAll(
  response: Response,
  onProgress: (p: DownloadProgress) => void,
): Promise<Blob> {
  const length = Number(response.headers.get('Content-Length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  if (!response.body) return response.blob();
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress({ received, total });
  }
  return new Blob(chunks, { type: response.headers.get('Content-Type') ?? undefined });
}

function fileNameOf(response: Response, period: BookPeriod): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  return plain ?? `so-tiep-cong-dan_${period.from}_${period.to}.xlsx`;
}

/**
 * Fetches the reception book (sổ tiếp công dân) as XLSX and saves it. Fetched rather than linked
 * so the screen can show progress while a long period's book is built and say why it failed.
 */
export async function downloadBook(
  period: BookPeriod,
  onProgress: (p: DownloadProgress) => void,
): Promise<string> {
  const response = await fetch(buildUrl('/reception/book.xlsx', { ...period }), {
    headers: { 'Accept-Language': currentLanguage() },
    credentials: 'same-origin',
  });
  if (!response.ok) throw await toApiError(response);
  const blob = await readAll(response, onProgress);
  const fileName = fileNameOf(response, period);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Let the browser start saving before the address goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
}

export const useDownloadBook = (onProgress: (p: DownloadProgress) => void) =>
  useMutation({ mutationFn: (period: BookPeriod) => downloadBook(period, onProgress) });
