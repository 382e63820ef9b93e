import { useMutation } from '@tanstack/react-query';
import { buildUrl, toApiError } from '../../../lib/api-client';
import { currentLanguage } from '../../../lib/i18n';

function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallback;
}

/**
 * Fetches a saved version's DOCX and hands it to the browser. Fetched rather than linked so the
 * screen shows progress while it is written and says why when it fails.
 */
export async function downloadReportDocx(year: number, versionNo: number): Promise<string> {
  const response = await fetch(
    buildUrl(`/reports/annual/${year}/versions/${versionNo}/report.docx`),
    { headers: { 'Accept-Language': currentLanguage() }, credentials: 'same-origin' },
  );
  if (!response.ok) throw await toApiError(response);
  const blob = await response.blob();
  const fileName = fileNameOf(response, `bao-cao-phoi-hop-${year}-v${versionNo}.docx`);
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

export const useDownloadReport = (year: number) =>
  useMutation({ mutationFn: (versionNo: number) => downloadReportDocx(year, versionNo) });
