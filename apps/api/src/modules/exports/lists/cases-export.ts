// The letters and cases list (/cases): the rows of GET /cases — the case summaries with the
// protected denouncer already masked as "Người tố cáo (được bảo mật)" — plus the day each got its
// result. Never a petitioner's identity beyond what the list shows.
import type { CaseSummary } from '@phoihop/shared/cases';
import { channelLabels, fieldLabels, kindLabels, statusLabels } from '../../cases/case-labels.ts';
import type { RequestContext } from '../../../lib/context.ts';
import { cellsOf, type Column } from '../export-sheet.ts';
import { periodWords, walkPages, words, type ExportQuery, type ExporterDeps, type ListExporter } from './exporter.ts';

type Query = ExportQuery<'cases'>;

interface CaseRow {
  summary: CaseSummary;
  handledOn: string | null;
  handledOnTime: boolean | null;
}

const caseColumns: Column<CaseRow>[] = [
  { header: 'Số đơn', width: 11, kind: 'text', value: (r) => r.summary.number },
  { header: 'Ngày nhận', width: 12, kind: 'date', value: (r) => r.summary.receivedOn },
  { header: 'Nguồn đơn', label: true, width: 22, kind: 'text', value: (r) => channelLabels[r.summary.channel] },
  { header: 'Tổ chức chuyển đơn', width: 24, kind: 'text', value: (r) => r.summary.sourceOrganisation?.name ?? '' },
  { header: 'Loại đơn', label: true, width: 12, kind: 'text', value: (r) => (r.summary.kind ? kindLabels[r.summary.kind] : 'Chưa phân loại') },
  { header: 'Lĩnh vực', label: true, width: 16, kind: 'text', value: (r) => fieldLabels[r.summary.field] },
  { header: 'Người gửi', width: 28, kind: 'text', value: (r) => r.summary.petitionerLabel },
  { header: 'Số người', width: 9, kind: 'number', value: (r) => r.summary.peopleCount },
  { header: 'Nội dung', width: 60, kind: 'text', value: (r) => r.summary.summary },
  { header: 'Đối tượng bị khiếu nại, tố cáo', width: 28, kind: 'text', value: (r) => r.summary.subject ?? '' },
  { header: 'Tổ chức xử lý', width: 24, kind: 'text', value: (r) => r.summary.assignedOrganisation?.name ?? '' },
  { header: 'Người xử lý', width: 22, kind: 'text', value: (r) => r.summary.handler?.fullName ?? '' },
  { header: 'Bước xử lý', label: true, width: 22, kind: 'text', value: (r) => statusLabels[r.summary.status] },
  { header: 'Hạn xử lý', width: 12, kind: 'date', value: (r) => r.summary.dueOn },
  { header: 'Ngày có kết quả', width: 14, kind: 'date', value: (r) => r.handledOn },
  {
    header: 'Đúng hạn',
    label: true,
    width: 10,
    kind: 'text',
    value: (r) => (r.handledOnTime === null ? '' : r.handledOnTime ? 'Đúng hạn' : 'Quá hạn'),
  },
];

const scopeWords = {
  all: null,
  mine: 'Đơn tôi xử lý',
  forwarded: 'Đơn tổ chức tôi chuyển đến',
  assigned: 'Đơn tổ chức tôi giải quyết',
} as const;

const stateWords = {
  received: 'Đã tiếp nhận (không tính đơn trùng)',
  open: 'Đang giải quyết',
  handled: 'Đã xử lý',
  overdue: 'Quá hạn',
  'due-soon': 'Sắp đến hạn',
  paused: 'Tạm dừng',
} as const;

/**
 * The PC head, and every handler on their own cases, search the denouncers' names too: what was
 * typed may be one, so it stays out of the file and the audit log (Luật Tố cáo Art 56).
 */
const HIDDEN_SEARCH = 'Tìm theo từ khóa (không ghi lại: có thể là danh tính người tố cáo)';
const searched = (q: string | undefined) => !!q?.trim();

export function createCasesExporter({ core, lookups, today }: ExporterDeps): ListExporter<Query> {
  const page = (query: Query, ctx: RequestContext, limit: number, cursor?: string) =>
    core.cases.list({ ...query, limit, cursor }, ctx);

  /** The list's pages, each with the day its cases got their result. */
  async function* rows(pages: AsyncIterable<CaseSummary[]>): AsyncGenerator<CaseRow[]> {
    for await (const summaries of pages) {
      const outcomes = await lookups.caseOutcomes(summaries.map((s) => s.id));
      yield summaries.map((summary) => ({
        summary,
        handledOn: outcomes.get(summary.id)?.handledOn ?? null,
        handledOnTime: outcomes.get(summary.id)?.handledOnTime ?? null,
      }));
    }
  }

  return {
    check: async (query, ctx) => void (await page(query, ctx, 1)),
    async open(query, ctx) {
      const organisation = query.organisationId ? await lookups.organisationName(ctx.actor.unitId, query.organisationId) : null;
      const received = periodWords(query.from, query.to);
      return {
        title: 'Danh sách đơn thư',
        sheetName: 'Đơn thư',
        filters: words(
          scopeWords[query.scope],
          query.state && `Tiến độ giải quyết: ${stateWords[query.state]}`,
          query.status && `Bước xử lý: ${statusLabels[query.status]}`,
          query.kind && `Loại đơn: ${kindLabels[query.kind]}`,
          query.field && `Lĩnh vực: ${fieldLabels[query.field]}`,
          query.channel && `Nguồn đơn: ${channelLabels[query.channel]}`,
          query.organisationId && `Tổ chức chuyển đến / giải quyết: ${organisation ?? '(không tìm thấy)'}`,
          received && `Nhận ${received}`,
          searched(query.q) && HIDDEN_SEARCH,
        ),
        fileStem: `don-thu-${today()}`,
        columns: caseColumns,
        // The same condition as the list: the reader's access, the filters and the search.
        total: () => core.cases.count(query, ctx),
        pages: (size) => cellsOf(caseColumns, rows(walkPages((cursor) => page(query, ctx, size, cursor)))),
      };
    },
    auditQuery: (raw) => (searched(raw.q) ? { ...raw, q: '(không ghi lại)' } : raw),
  };
}
