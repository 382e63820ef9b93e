// Multipart bodies for upload tests: any number of files, any bytes.
import type { FastifyInstance } from 'fastify';
import { injectAs, type Session } from '../helpers/app.ts';

export interface Part {
  name: string;
  data: Buffer | string;
  type?: string;
}

export function multipart(parts: Part[]) {
  const boundary = '----phoihopupload';
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${part.name}"\r\n` +
          `Content-Type: ${part.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      Buffer.from(part.data),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export const uploadParts = (app: FastifyInstance, session: Session, url: string, parts: Part[]) =>
  injectAs(app, session, { method: 'POST', url, ...multipart(parts) });

/** The smallest PNG file-type recognises: signature and an IHDR chunk. */
export const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
export const PDF = '%PDF-1.4 biên bản họp';
export const HTML = '<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>';
