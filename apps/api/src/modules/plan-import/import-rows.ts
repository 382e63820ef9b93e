// Checks every row of an import before anything is written and collects ALL problems, each
// placed by row and column header, so a person can fix the whole spreadsheet in one pass.
// Organisation, date and target rules are the plan's own (validateItem).
import type { ImportColumnKey, ImportProblem } from '@phoihop/shared/plan-import';
import type { ItemKind, Recurrence } from '../plans/plan-items.repository.ts';
import {
  compareCodes,
  headerOf,
  parentCodeOf,
  parseCode,
  parseDate,
  parseKind,
  parseNumber,
  parseRecurrence,
  textOf,
} from './import-cells.ts';
import type { SourceRow } from './import-source.ts';
import { planRuleProblems } from './plan-rule-problems.ts';
import { matchOrganisation, type OrganisationName } from './organisation-names.ts';

/** A row ready to become an item: everything but the ids that depend on the tree. */
export interface ImportRow {
  rowNumber: number;
  code: string;
  parentCode: string | null;
  position: number;
  kind: ItemKind;
  title: string;
  description: string | null;
  leadOrganisationId: string | null;
  partnerIds: string[];
  startDate: string | null;
  dueDate: string | null;
  recurrence: Recurrence;
  expectedOutput: string | null;
  targetValue: number | null;
  targetUnit: string | null;
  weight: number;
}

export interface RowContext {
  /** Active organisations of the unit. */
  organisations: OrganisationName[];
  /** Codes of items already imported into the plan, with their kinds. */
  existing: Map<string, ItemKind>;
}

const maxLength: Partial<Record<ImportColumnKey, number>> = {
  title: 500,
  description: 5000,
  expectedOutput: 1000,
  targetUnit: 50,
};

const partnerNames = (value: unknown): string[] =>
  (Array.isArray(value) ? value.map(String) : (textOf(value) ?? '').split(/[;,]/))
    .map((name) => textOf(name))
    .filter((name): name is string => name !== null);

export function checkRows(source: SourceRow[], context: RowContext): { rows: ImportRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const rows: ImportRow[] = [];
  const firstRowOfCode = new Map<string, number>();

  for (const { rowNumber, cells } of source) {
    const rowProblems: ImportProblem[] = [];
    const add = (key: ImportColumnKey, message: string) =>
      rowProblems.push({ row: rowNumber, column: headerOf(key), message });
    const text = (key: ImportColumnKey) => {
      const value = textOf(cells[key]);
      const max = maxLength[key];
      if (value && max && value.length > max) add(key, `Dài quá ${max} ký tự`);
      return value;
    };

    const rawCode = textOf(cells.code);
    const code = parseCode(cells.code);
    if (!rawCode) add('code', 'Thiếu mã');
    else if (!code) add('code', `Mã "${rawCode}" không hợp lệ: dùng các số cách nhau bởi dấu chấm, ví dụ 2.1`);
    else if (firstRowOfCode.has(code)) add('code', `Mã ${code} trùng với dòng ${firstRowOfCode.get(code)}`);
    else firstRowOfCode.set(code, rowNumber);

    const rawKind = textOf(cells.kind);
    const kind = parseKind(cells.kind);
    if (!rawKind) add('kind', 'Thiếu loại');
    else if (!kind) add('kind', `Loại "${rawKind}" không hợp lệ: dùng "Lĩnh vực" hoặc "Nhiệm vụ"`);
    const parentCode = code ? parentCodeOf(code) : null;
    if (kind === 'AREA' && parentCode) add('code', 'Lĩnh vực phải ở cấp cao nhất (mã không có dấu chấm)');
    if (code && kind && context.existing.has(code) && context.existing.get(code) !== kind) {
      add('kind', `Mục ${code} đã có trong kế hoạch với loại khác: không đổi loại được`);
    }

    const title = text('title');
    if (!title) add('title', 'Thiếu tên lĩnh vực / nhiệm vụ');

    const isTask = kind !== 'AREA';
    let leadOrganisationId: string | null = null;
    const leadName = textOf(cells.lead);
    if (leadName && isTask) {
      const found = matchOrganisation(context.organisations, leadName);
      if (typeof found === 'string') add('lead', found);
      else leadOrganisationId = found.id;
    }
    const partnerIds: string[] = [];
    if (isTask) {
      for (const name of partnerNames(cells.partners)) {
        const found = matchOrganisation(context.organisations, name);
        if (typeof found === 'string') add('partners', found);
        else partnerIds.push(found.id);
      }
    }

    const date = (key: 'startDate' | 'dueDate') => {
      const value = parseDate(cells[key]);
      if (value === undefined) add(key, `Ngày "${textOf(cells[key])}" không hợp lệ: ghi theo dạng dd/mm/yyyy`);
      return value ?? null;
    };
    const startDate = date('startDate');
    const dueDate = date('dueDate');

    const recurrence = parseRecurrence(cells.recurrence);
    if (!recurrence) {
      add('recurrence', `Định kỳ "${textOf(cells.recurrence)}" không hợp lệ: dùng Không, Hằng tháng, Hằng quý hoặc 6 tháng`);
    }

    const targetValue = parseNumber(cells.targetValue);
    if (targetValue === undefined) add('targetValue', `Chỉ tiêu "${textOf(cells.targetValue)}" không phải là số`);
    else if (targetValue !== null && (targetValue < 0 || targetValue > 1e12)) add('targetValue', 'Chỉ tiêu phải từ 0 trở lên');
    const weight = parseNumber(cells.weight);
    if (weight === undefined) add('weight', `Trọng số "${textOf(cells.weight)}" không phải là số`);
    else if (weight !== null && (!Number.isInteger(weight) || weight < 0 || weight > 100)) {
      add('weight', 'Trọng số là số nguyên từ 0 đến 100');
    }

    const row: ImportRow = {
      rowNumber,
      code: code ?? '',
      parentCode,
      position: code ? Number(code.split('.').pop()) - 1 : 0,
      kind: kind ?? 'TASK',
      title: title ?? '',
      description: text('description'),
      leadOrganisationId,
      partnerIds: [...new Set(partnerIds)],
      startDate,
      dueDate,
      recurrence: recurrence ?? 'NONE',
      expectedOutput: text('expectedOutput'),
      targetValue: targetValue == null ? null : Math.round(targetValue * 100) / 100, // stored with 2 decimals
      targetUnit: text('targetUnit'),
      weight: weight ?? 1,
    };
    // The plan's own rules; a column already reported is not reported twice ("Chủ trì"
    // unknown, then "task needs a lead").
    const reported = new Set(rowProblems.map((p) => p.column));
    // An unknown kind is already reported: check it like an area, without the task-only rules.
    const activeIds = new Set(context.organisations.map((o) => o.id));
    for (const problem of planRuleProblems(kind ? row : { ...row, kind: 'AREA' }, activeIds)) {
      if (!reported.has(problem.column)) rowProblems.push(problem);
    }
    problems.push(...dedupe(rowProblems));
    rows.push(row);
  }

  for (const row of rows) {
    if (row.parentCode && !firstRowOfCode.has(row.parentCode) && !context.existing.has(row.parentCode)) {
      problems.push({ row: row.rowNumber, column: headerOf('code'), message: `Chưa có mục cha mã ${row.parentCode}` });
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { rows: rows.sort((a, b) => compareCodes(a.code, b.code)), problems };
}

function dedupe(problems: ImportProblem[]): ImportProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.column}|${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
