// `attachment` with the file's name for every browser: a plain ASCII fallback and the exact name
// in RFC 5987 form (filename*=UTF-8''…), so Vietnamese letters survive where a name has them.
import { foldText } from '@phoihop/shared/text';

const rfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*!]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

export function attachment(fileName: string): string {
  const ascii = foldText(fileName).replace(/[^a-z0-9._-]+/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(fileName)}`;
}
