// Whether a file's bytes are what its name says (issue 12: an HTML page named .pdf is refused).
// Binary types are recognised by their magic bytes (file-type); text types must be UTF-8 text
// without markup a browser would run.
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from './app-error.ts';

export type ContentRule =
  /** `detected`: the file-type answers that fit, e.g. Word 97 files read as `application/x-cfb`. */
  | { kind: 'binary'; mimeType: string; label: string; detected: readonly string[] }
  | { kind: 'text'; mimeType: string; label: string };

/** Allowed extensions (lower case, no dot) of one upload route. */
export type UploadTypes = ReadonlyMap<string, ContentRule>;

const markup = /<\s*(?:!doctype|html|head|body|script|iframe|frame|object|embed|svg|math|meta|link|style|form|base)\b|javascript:/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });

const isPlainText = (data: Buffer) => {
  if (data.includes(0)) return false;
  try {
    return !markup.test(utf8.decode(data));
  } catch {
    return false;
  }
};

export const extensionOf = (fileName: string) =>
  fileName.includes('.') ? (fileName.split('.').pop() ?? '').toLowerCase() : '';

/**
 * The rule for `fileName` when the extension is allowed and the content matches it; otherwise
 * 400 VALIDATION_FAILED (extension not allowed) or 415 FILE_TYPE_MISMATCH naming the file.
 */
export async function checkFileContent(fileName: string, data: Buffer, types: UploadTypes, allowed: string): Promise<ContentRule> {
  const rule = types.get(extensionOf(fileName));
  if (!rule) {
    const message = `Chỉ nhận tệp ${allowed}`;
    throw new AppError('VALIDATION_FAILED', { message, fieldErrors: [{ path: 'file', message: 'Loại tệp không được phép' }] });
  }
  const detected = await fileTypeFromBuffer(data);
  const fits = rule.kind === 'binary' ? !!detected && rule.detected.includes(detected.mime) : !detected && isPlainText(data);
  if (!fits) {
    const message = `Nội dung tệp “${fileName}” không phải là ${rule.label}`;
    throw new AppError('FILE_TYPE_MISMATCH', { message, fieldErrors: [{ path: 'file', message }], meta: { extension: extensionOf(fileName) } });
  }
  return rule;
}
