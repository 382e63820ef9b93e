// The plan import format, shared by the XLSX template, JSON/YAML files and the demo seed.
// One row per area or task; the outline code ("2", "2.1", "2.1.3") places it in the tree and is
// its stable key, so importing the same file again updates rows instead of duplicating them.
import { z } from 'zod';
import { safeStringSchema } from './common.ts';
import { reviewPeriodSchema } from './plans.ts';

/** Column headers of the XLSX template, in order. */
export const importColumns = [
  { key: 'code', header: 'Mã', required: true, example: '1.1' },
  { key: 'kind', header: 'Loại', required: true, example: 'Nhiệm vụ' },
  {
    key: 'title',
    header: 'Tên lĩnh vực / nhiệm vụ',
    required: true,
    example: 'Tuyên truyền, vận động Nhân dân',
  },
  { key: 'description', header: 'Mô tả', required: false, example: '' },
  { key: 'lead', header: 'Chủ trì', required: false, example: 'UBMTTQ phường' },
  { key: 'partners', header: 'Phối hợp', required: false, example: 'Đoàn phường; Hội LHPN phường' },
  { key: 'startDate', header: 'Bắt đầu', required: false, example: '01/01/2026' },
  { key: 'dueDate', header: 'Hạn hoàn thành', required: false, example: '31/12/2026' },
  { key: 'recurrence', header: 'Định kỳ', required: false, example: 'Không' },
  { key: 'expectedOutput', header: 'Sản phẩm', required: false, example: 'Báo cáo kết quả' },
  { key: 'targetValue', header: 'Chỉ tiêu', required: false, example: '' },
  { key: 'targetUnit', header: 'Đơn vị tính', required: false, example: '' },
  { key: 'weight', header: 'Trọng số', required: false, example: '1' },
] as const;

export type ImportColumnKey = (typeof importColumns)[number]['key'];

/** Words accepted in the "Loại" and "Định kỳ" columns (compared without accents). */
export const kindWords = { AREA: ['linh vuc', 'area'], TASK: ['nhiem vu', 'task'] } as const;
export const recurrenceWords = {
  NONE: ['', 'khong', 'none', 'mot lan'],
  MONTHLY: ['hang thang', 'thang', 'monthly'],
  QUARTERLY: ['hang quy', 'quy', 'quarterly'],
  HALF_YEARLY: ['6 thang', 'sau thang', 'nua nam', 'half-yearly'],
} as const;

/** A row as read from any source, before validation: cells are text (or numbers/dates from XLSX). */
export const rawImportRowSchema = z.object({
  code: z.union([safeStringSchema(), z.number()]).optional(),
  kind: safeStringSchema().optional(),
  title: safeStringSchema().optional(),
  description: safeStringSchema().nullable().optional(),
  lead: safeStringSchema().nullable().optional(),
  partners: z
    .union([safeStringSchema(), z.array(safeStringSchema())])
    .nullable()
    .optional(),
  startDate: z.union([safeStringSchema(), z.date()]).nullable().optional(),
  dueDate: z.union([safeStringSchema(), z.date()]).nullable().optional(),
  recurrence: safeStringSchema().nullable().optional(),
  expectedOutput: safeStringSchema().nullable().optional(),
  targetValue: z.union([z.number(), safeStringSchema()]).nullable().optional(),
  targetUnit: safeStringSchema().nullable().optional(),
  weight: z.union([z.number(), safeStringSchema()]).nullable().optional(),
});
export type RawImportRow = z.infer<typeof rawImportRowSchema>;

/** The JSON/YAML file format (the CLI and the demo seed). */
export const importFileSchema = z.object({
  title: safeStringSchema().min(1),
  reviewPeriods: z.array(reviewPeriodSchema).optional(),
  items: z.array(rawImportRowSchema),
});
export type ImportFile = z.infer<typeof importFileSchema>;

/** One problem, located the way a person finds it in the spreadsheet. */
export const importProblemSchema = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const importResultSchema = z.object({
  planId: z.string().nullable(),
  dryRun: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  problems: z.array(importProblemSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const importQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  title: safeStringSchema().max(300).optional(),
  dryRun: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
});
