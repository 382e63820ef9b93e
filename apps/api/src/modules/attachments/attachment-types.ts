import type { ContentRule, UploadTypes } from '../../lib/file-content.ts';

const binary = (mimeType: string, label: string, detected: readonly string[] = [mimeType]): ContentRule => ({
  kind: 'binary',
  mimeType,
  label,
  detected,
});

const OOXML = 'application/vnd.openxmlformats-officedocument';
// Word 97 and Excel 97 files are OLE compound files; file-type cannot tell them apart.
const CFB = ['application/x-cfb'];

/** Office documents, PDF and pictures: what ward staff attach as evidence. */
export const attachmentTypes: UploadTypes = new Map([
  ['pdf', binary('application/pdf', 'tệp PDF')],
  ['doc', binary('application/msword', 'tệp Word', CFB)],
  ['docx', binary(`${OOXML}.wordprocessingml.document`, 'tệp Word')],
  ['xls', binary('application/vnd.ms-excel', 'tệp Excel', CFB)],
  ['xlsx', binary(`${OOXML}.spreadsheetml.sheet`, 'tệp Excel')],
  ['odt', binary('application/vnd.oasis.opendocument.text', 'tệp OpenDocument')],
  ['ods', binary('application/vnd.oasis.opendocument.spreadsheet', 'tệp OpenDocument')],
  ['jpg', binary('image/jpeg', 'ảnh JPG')],
  ['jpeg', binary('image/jpeg', 'ảnh JPG')],
  ['png', binary('image/png', 'ảnh PNG')],
]);
