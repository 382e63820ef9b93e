// Checks an area or task against its plan before it is written, with field-level errors.
import type { FieldError } from '@phoihop/shared/errors';
import { nextDueOn } from '@phoihop/shared/task-schedule';
import { AppError } from '../../lib/app-error.ts';
import type { ItemData, ItemRecord } from './plan-items.repository.ts';

export function validateItem(
  data: ItemData,
  context: { items: ItemRecord[]; activeOrganisations: Set<string>; selfId?: string },
): void {
  const errors: FieldError[] = [];
  const add = (path: string, message: string) => errors.push({ path, message });
  const parent = data.parentId ? context.items.find((i) => i.id === data.parentId) : null;

  if (data.parentId && !parent) add('parentId', 'Mục cha không thuộc kế hoạch này');
  if (data.kind === 'AREA' && data.parentId) add('parentId', 'Lĩnh vực phải ở cấp cao nhất');
  if (context.selfId && parent && isDescendant(context.items, parent.id, context.selfId)) {
    add('parentId', 'Không thể chuyển một mục vào bên trong chính nó');
  }
  if (data.kind === 'TASK') {
    if (!data.leadOrganisationId) add('leadOrganisationId', 'Nhiệm vụ cần tổ chức chủ trì');
    else if (!context.activeOrganisations.has(data.leadOrganisationId)) {
      add('leadOrganisationId', 'Tổ chức chủ trì không thuộc đơn vị hoặc đã ngừng hoạt động');
    }
    data.partnerIds.forEach((id, index) => {
      if (!context.activeOrganisations.has(id)) add(`partnerIds.${index}`, 'Tổ chức phối hợp không hợp lệ');
      else if (id === data.leadOrganisationId) add(`partnerIds.${index}`, 'Tổ chức chủ trì không đồng thời là phối hợp');
    });
    if (new Set(data.partnerIds).size !== data.partnerIds.length) add('partnerIds', 'Tổ chức phối hợp bị trùng');
  }
  if (data.startDate && data.dueDate && data.startDate > data.dueDate) {
    add('dueDate', 'Hạn hoàn thành phải sau ngày bắt đầu');
  }
  if (data.targetValue !== null && !data.targetUnit) add('targetUnit', 'Chỉ tiêu cần đơn vị tính');
  if (errors.length) {
    throw new AppError('VALIDATION_FAILED', { message: errors.map((e) => e.message).join('; '), fieldErrors: errors });
  }
}

function isDescendant(items: ItemRecord[], candidateId: string, ancestorId: string): boolean {
  let current = items.find((i) => i.id === candidateId);
  while (current) {
    if (current.id === ancestorId) return true;
    current = current.parentId ? items.find((i) => i.id === current!.parentId) : undefined;
  }
  return false;
}

/** The top-level area an item falls under. */
export function areaOf(items: ItemRecord[], parentId: string | null, selfId: string | null, kind: string): string | null {
  if (!parentId) return kind === 'AREA' ? selfId : null;
  let current = items.find((i) => i.id === parentId);
  while (current?.parentId) current = items.find((i) => i.id === current!.parentId);
  return current?.kind === 'AREA' ? current.id : null;
}

export function scheduleOf(data: ItemData, year: number): string | null {
  return data.kind === 'TASK' ? nextDueOn({ ...data, year }) : null;
}

/** A new item's data: the given fields over empty defaults (not started, weight 1, one-off). */
export function newItemData(fields: Pick<ItemData, 'kind' | 'title' | 'position'> & Partial<ItemData>): ItemData {
  return {
    parentId: null,
    areaId: null,
    description: null,
    leadOrganisationId: null,
    partnerIds: [],
    startDate: null,
    dueDate: null,
    recurrence: 'NONE',
    expectedOutput: null,
    targetValue: null,
    targetUnit: null,
    achievedValue: null,
    reportedPercent: null,
    weight: 1,
    status: 'NOT_STARTED',
    completedOn: null,
    lastReportedOn: null,
    nextDueOn: null,
    importKey: null,
    sourceItemId: null,
    ...fields,
  };
}
