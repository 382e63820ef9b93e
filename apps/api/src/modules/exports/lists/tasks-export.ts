// The task list (/plans/my-tasks, a plan's tasks tab): the rows of GET /tasks, with their plan,
// area, organisations, dates, status and progress.
import { oneDecimal } from '@phoihop/shared/percent';
import type { TaskRow } from '@phoihop/shared/plans';
import { recurrenceLabels } from '../../plan-import/import-cells.ts';
import type { RequestContext } from '../../../lib/context.ts';
import { cellsOf, type Column } from '../export-sheet.ts';
import { periodWords, searchWordsOf, walkPages, words, type ExportQuery, type ExporterDeps, type ListExporter } from './exporter.ts';

type Query = ExportQuery<'tasks'>;

const taskStatusLabels: Record<TaskRow['status'], string> = {
  NOT_STARTED: 'Chưa thực hiện',
  IN_PROGRESS: 'Đang thực hiện',
  DONE: 'Hoàn thành',
  CANCELLED: 'Đã hủy',
};

const timelinessLabels: Partial<Record<TaskRow['timeliness'], string>> = { overdue: 'Quá hạn', 'due-soon': 'Sắp đến hạn' };

const taskColumns: Column<TaskRow>[] = [
  { header: 'Năm', width: 7, kind: 'number', value: (r) => r.planYear },
  { header: 'Mã', width: 8, kind: 'text', value: (r) => r.code },
  { header: 'Lĩnh vực', width: 30, kind: 'text', value: (r) => r.areaTitle ?? '' },
  { header: 'Nhiệm vụ', width: 50, kind: 'text', value: (r) => r.title },
  { header: 'Tổ chức chủ trì', width: 24, kind: 'text', value: (r) => r.lead?.name ?? '' },
  { header: 'Tổ chức phối hợp', width: 30, kind: 'text', value: (r) => r.partners.map((p) => p.name).join(', ') },
  { header: 'Ngày bắt đầu', width: 12, kind: 'date', value: (r) => r.startDate },
  { header: 'Hạn hoàn thành', width: 12, kind: 'date', value: (r) => r.dueDate },
  { header: 'Định kỳ', label: true, width: 12, kind: 'text', value: (r) => (r.recurrence === 'NONE' ? '' : recurrenceLabels[r.recurrence]) },
  { header: 'Hạn kỳ tới', width: 12, kind: 'date', value: (r) => r.nextDueOn },
  { header: 'Trạng thái', label: true, width: 16, kind: 'text', value: (r) => taskStatusLabels[r.status] },
  { header: 'Thời hạn', label: true, width: 13, kind: 'text', value: (r) => timelinessLabels[r.timeliness] ?? '' },
  { header: 'Tiến độ (%)', width: 10, kind: 'number', value: (r) => oneDecimal(r.progress) },
  { header: 'Chỉ tiêu', width: 14, kind: 'text', value: (r) => (r.targetValue === null ? '' : `${r.targetValue} ${r.targetUnit ?? ''}`.trim()) },
  { header: 'Đã đạt', width: 10, kind: 'number', value: (r) => r.achievedValue },
  { header: 'Kết quả dự kiến', width: 30, kind: 'text', value: (r) => r.expectedOutput ?? '' },
  { header: 'Ngày hoàn thành', width: 13, kind: 'date', value: (r) => r.completedOn },
  { header: 'Báo cáo gần nhất', width: 13, kind: 'date', value: (r) => r.lastReportedOn },
];

const involvementWords = { lead: 'Tổ chức chủ trì', partner: 'Tổ chức phối hợp', any: 'Tổ chức (chủ trì hoặc phối hợp)' } as const;

export function createTasksExporter({ core, lookups, today }: ExporterDeps): ListExporter<Query> {
  const page = (query: Query, ctx: RequestContext, limit: number, cursor?: string) =>
    core.tasks.list({ ...query, limit, cursor }, ctx);
  return {
    check: async (query, ctx) => void (await page(query, ctx, 1)),
    async open(query, ctx) {
      const unitId = ctx.actor.unitId;
      const [plan, area, organisation] = await Promise.all([
        query.planId ? lookups.planTitle(unitId, query.planId) : null,
        query.areaId ? lookups.planItemTitle(unitId, query.areaId) : null,
        query.organisationId ? lookups.organisationName(unitId, query.organisationId) : null,
      ]);
      const due = periodWords(query.dueFrom, query.dueTo);
      return {
        title: 'Danh sách nhiệm vụ',
        sheetName: 'Nhiệm vụ',
        filters: words(
          query.planId && `Kế hoạch: ${plan ?? '(không tìm thấy)'}`,
          query.areaId && `Lĩnh vực: ${area ?? '(không tìm thấy)'}`,
          query.organisationId && `${involvementWords[query.involvement]}: ${organisation ?? '(không tìm thấy)'}`,
          query.status && `Trạng thái: ${taskStatusLabels[query.status]}`,
          query.timeliness && `Thời hạn: ${timelinessLabels[query.timeliness]}`,
          due && `Hạn ${due}`,
          searchWordsOf(query.q),
        ),
        fileStem: `nhiem-vu-${today()}`,
        columns: taskColumns,
        total: () => core.tasks.count(query, ctx),
        pages: (size) => cellsOf(taskColumns, walkPages((cursor) => page(query, ctx, size, cursor))),
      };
    },
  };
}

