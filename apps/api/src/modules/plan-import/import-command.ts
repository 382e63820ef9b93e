// `pnpm plan:import <file> --unit <code> --year <yyyy> [--title …] [--dry-run]`: imports a
// plan file as the system (no user), printing each problem the way a person finds it.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importProblemSchema, type ImportProblem } from '@phoihop/shared/plan-import';
import { z } from 'zod';
import { repoRoot } from '../../db/paths.ts';
import { AppError } from '../../lib/app-error.ts';
import { formatOf } from './import-source.ts';
import { systemContext, type PlanImportService } from './plan-import.service.ts';

const USAGE = 'Cách dùng: pnpm plan:import <tệp .xlsx|.json|.yaml> --unit <mã đơn vị> --year <năm> [--title "…"] [--dry-run]';

export const problemLine = (p: ImportProblem): string =>
  p.row === 0 ? `Tệp: ${p.message}` : p.column ? `Dòng ${p.row}, cột ${p.column}: ${p.message}` : `Dòng ${p.row}: ${p.message}`;

/** pnpm runs scripts inside apps/api: a path relative to the repository root works too. */
function locate(file: string): string {
  const here = path.resolve(file);
  const fromRoot = path.resolve(repoRoot, file);
  return existsSync(here) || !existsSync(fromRoot) ? here : fromRoot;
}

/** Returns the exit code: 1 when the file has problems. */
export async function runPlanImport(
  service: PlanImportService,
  args: string[],
  out: { info: (line: string) => void; error: (line: string) => void },
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      unit: { type: 'string' },
      year: { type: 'string' },
      title: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const file = positionals[0];
  const year = Number(values.year);
  if (!file || !values.unit || !Number.isInteger(year) || year < 2000 || year > 2100) throw new Error(USAGE);
  const format = formatOf(file);
  if (!format) throw new Error(`Chỉ nhận tệp .xlsx, .json, .yaml hoặc .yml. ${USAGE}`);
  const unitId = await service.unitIdByCode(values.unit);
  if (!unitId) throw new Error(`Không có đơn vị mã ${values.unit}`);
  const dryRun = values['dry-run'];

  let problems: ImportProblem[];
  try {
    const result = await service.importPlan(
      { unitId, year, title: values.title, source: { format, data: await readFile(locate(file)) }, dryRun },
      systemContext(),
    );
    problems = result.problems;
    const what = `tạo mới ${result.created}, cập nhật ${result.updated}, không đổi ${result.unchanged}`;
    out.info(dryRun ? `Kiểm tra (chưa ghi): ${what}` : `Đã nhập kế hoạch năm ${year} (${result.planId}): ${what}`);
  } catch (error) {
    const listed = error instanceof AppError ? z.array(importProblemSchema).safeParse(error.meta?.problems) : null;
    if (!listed?.success) throw error;
    problems = listed.data;
  }
  if (!problems.length) return 0;
  for (const problem of problems) out.error(problemLine(problem));
  out.error(`${problems.length} lỗi${dryRun ? '' : ': chưa ghi gì vào kế hoạch'}`);
  return 1;
}
