// Upserts checked rows into a draft plan by import key (the row's code): new codes become
// items, known codes are updated when the file says something else, other items are left alone.
import type { ItemData, ItemKind, ItemRecord, PlanItemRepository } from '../plans/plan-items.repository.ts';
import type { Tx } from '../../db/prisma.ts';
import { scheduleOf } from '../plans/item-rules.ts';
import { versionConflict } from '../plans/plan-access.ts';
import type { ImportRow } from './import-rows.ts';

export interface ApplyCounts {
  created: number;
  updated: number;
  unchanged: number;
}

const comparedFields = [
  'parentId', 'areaId', 'position', 'title', 'description', 'leadOrganisationId', 'partnerIds',
  'startDate', 'dueDate', 'recurrence', 'expectedOutput', 'targetValue', 'targetUnit', 'weight',
] as const;

/** The fields of `next` that differ from the item; empty when the row changes nothing. */
function differences(item: ItemRecord, next: ItemData): Partial<ItemData> {
  const current: Record<string, unknown> = { ...item, partnerIds: item.partners.map((p) => p.id).sort() };
  const wanted: Record<string, unknown> = { ...next, partnerIds: [...next.partnerIds].sort() };
  const change: Record<string, unknown> = {};
  for (const field of comparedFields) {
    if (JSON.stringify(current[field] ?? null) !== JSON.stringify(wanted[field] ?? null)) change[field] = next[field];
  }
  if (Object.keys(change).length) change.nextDueOn = next.nextDueOn;
  return change;
}

/**
 * Walks the rows parents first. With `write` false nothing is written and new items get
 * placeholder ids, so a dry run counts exactly what a real run would do.
 */
export async function applyRows(
  tx: Tx,
  items: PlanItemRepository,
  plan: { id: string; unitId: string; year: number },
  rows: ImportRow[],
  existing: ItemRecord[],
  write: boolean,
): Promise<ApplyCounts & { changes: { created: string[]; updated: string[] } }> {
  const byCode = new Map(existing.filter((i) => i.importKey).map((i) => [i.importKey!, i]));
  const idByCode = new Map([...byCode].map(([code, item]) => [code, item.id]));
  const kindByCode = new Map<string, ItemKind>([...byCode].map(([code, item]) => [code, item.kind]));
  const changes = { created: [] as string[], updated: [] as string[] };
  let unchanged = 0;

  for (const row of rows) {
    const { rowNumber: _row, code, parentCode, ...fields } = row;
    kindByCode.set(code, row.kind);
    const rootCode = code.split('.')[0]!;
    const data: ItemData = {
      ...fields,
      parentId: parentCode ? (idByCode.get(parentCode) ?? null) : null,
      areaId: kindByCode.get(rootCode) === 'AREA' ? (idByCode.get(rootCode) ?? null) : null,
      achievedValue: null,
      reportedPercent: null,
      status: 'NOT_STARTED',
      completedOn: null,
      lastReportedOn: null,
      nextDueOn: null,
      importKey: code,
      sourceItemId: null,
    };
    data.nextDueOn = scheduleOf(data, plan.year);
    const current = byCode.get(code);
    if (!current) {
      idByCode.set(code, write ? await items.create(tx, plan.unitId, plan.id, data) : `new:${code}`);
      changes.created.push(code);
      continue;
    }
    const change = differences(current, data);
    if (!Object.keys(change).length) {
      unchanged++;
      continue;
    }
    if (write && !(await items.update(tx, current, current.version, change))) throw versionConflict(current.version);
    changes.updated.push(code);
  }
  return { created: changes.created.length, updated: changes.updated.length, unchanged, changes };
}
