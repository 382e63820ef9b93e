import { z } from 'zod';
import { normalizeText } from './text.ts';

export const idSchema = z.uuid();
export type Id = z.infer<typeof idSchema>;

export const idParamsSchema = z.object({ id: idSchema });

/** Trimmed NFC text; `min` 1 by default so blank strings are refused. */
export const textSchema = (max: number, min = 1) =>
  z
    .string()
    .transform(normalizeText)
    .pipe(
      z
        .string()
        .min(min, { message: min === 1 ? 'Không được để trống' : `Ít nhất ${min} ký tự` })
        .max(max, { message: `Tối đa ${max} ký tự` }),
    );

export const optionalTextSchema = (max: number) =>
  z
    .string()
    .transform(normalizeText)
    .pipe(z.string().max(max, { message: `Tối đa ${max} ký tự` }))
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

export const dateTimeSchema = z.iso.datetime({ offset: true });

export const versionSchema = z.number().int().positive();

/** Keyset pagination: `cursor` is the opaque `nextCursor` of the previous page. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(500).optional(),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
export type Page<T> = { items: T[]; nextCursor: string | null };

/** Query-string booleans: "true"/"false" (absent means no filter). */
export const booleanQuerySchema = z.enum(['true', 'false']).transform((v) => v === 'true');

export const searchQuerySchema = z.string().max(100).optional();

export const okSchema = z.object({ ok: z.literal(true) });
