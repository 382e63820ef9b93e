// The plan's own item rules (validateItem) applied to an import row, its field errors placed
// under the spreadsheet's column headers.
import type { ImportColumnKey, ImportProblem } from '@phoihop/shared/plan-import';
import { AppError } from '../../lib/app-error.ts';
import { validateItem } from '../plans/item-rules.ts';
import type { ItemData } from '../plans/plan-items.repository.ts';
import { headerOf } from './import-cells.ts';
import type { ImportRow } from './import-rows.ts';

// Where validateItem's field paths show up in the spreadsheet.
const columnOfField: Record<string, ImportColumnKey> = {
  parentId: 'code',
  leadOrganisationId: 'lead',
  partnerIds: 'partners',
  startDate: 'startDate',
  dueDate: 'dueDate',
  targetUnit: 'targetUnit',
};

export function planRuleProblems(row: ImportRow, activeOrganisations: Set<string>): ImportProblem[] {
  const data: ItemData = {
    ...row,
    parentId: null, // the tree is checked by outline code in import-rows.ts
    areaId: null,
    achievedValue: null,
    reportedPercent: null,
    status: 'NOT_STARTED',
    completedOn: null,
    lastReportedOn: null,
    nextDueOn: null,
    importKey: row.code,
    sourceItemId: null,
  };
  try {
    validateItem(data, { items: [], activeOrganisations });
    return [];
  } catch (error) {
    if (!(error instanceof AppError) || !error.fieldErrors) throw error;
    return error.fieldErrors.map((e) => ({
      row: row.rowNumber,
      column: headerOf(columnOfField[e.path.split('.')[0] ?? ''] ?? 'code'),
      message: e.message,
    }));
  }
}
