// Reads the one file of a multipart request: a second file is refused, never silently dropped.
import { uploadFileNameSchema } from '@phoihop/shared/common';
import type { FastifyRequest } from 'fastify';
import { AppError } from './app-error.ts';

const tooMany = () => new AppError('TOO_MANY_FILES', { message: 'Mỗi lần chỉ gửi một tệp' });

const codeOf = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';

/** The request's only file part (other fields ignored); `maxLabel` names the size limit. */
export async function readSingleFile(request: FastifyRequest, maxLabel: string): Promise<{ fileName: string; data: Buffer }> {
  let found: { fileName: string; data: Buffer } | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      if (found) throw tooMany();
      found = { fileName: part.filename, data: await part.toBuffer() };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = codeOf(error);
    if (code === 'FST_FILES_LIMIT') throw tooMany();
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      const message = `Tệp vượt quá ${maxLabel}`;
      throw new AppError('VALIDATION_FAILED', { message, fieldErrors: [{ path: 'file', message }] });
    }
    throw new AppError('BAD_REQUEST', { message: 'Chưa chọn tệp hoặc không đọc được tệp gửi lên' });
  }
  if (!found) throw new AppError('BAD_REQUEST', { message: 'Chưa chọn tệp' });
  // The name is stored: a NUL or a lone surrogate in it would fail in PostgreSQL.
  const name = uploadFileNameSchema.safeParse(found.fileName);
  if (!name.success) {
    const message = name.error.issues[0]?.message ?? 'Tên tệp không hợp lệ';
    throw new AppError('VALIDATION_FAILED', { message, fieldErrors: [{ path: 'file', message }] });
  }
  return { fileName: name.data, data: found.data };
}
