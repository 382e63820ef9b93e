// Grassroots mediation cases (/mediation): the rows of GET /mediation/cases, newest first, with
// their team, mediators and outcome.
import type { MediationCase, MediationOutcome } from '@phoihop/shared/mediation';
import type { RequestContext } from '../../../lib/context.ts';
import { fieldLabels } from '../../cases/case-labels.ts';
import { cellsOf, type Column } from '../export-sheet.ts';
import { periodWords, searchWordsOf, walkPages, words, type ExportQuery, type ExporterDeps, type ListExporter } from './exporter.ts';

type Query = ExportQuery<'mediation-cases'>;

const outcomeLabels: Record<MediationOutcome, string> = {
  IN_PROGRESS: 'Đang hòa giải',
  SUCCESSFUL: 'Hòa giải thành',
  UNSUCCESSFUL: 'Hòa giải không thành',
};

const mediationColumns: Column<MediationCase>[] = [
  { header: 'Ngày nhận', width: 12, kind: 'date', value: (c) => c.receivedOn },
  { header: 'Vụ việc', width: 40, kind: 'text', value: (c) => c.title },
  { header: 'Các bên', width: 34, kind: 'text', value: (c) => c.parties.map((p) => p.name).join('; ') },
  { header: 'Lĩnh vực', label: true, width: 16, kind: 'text', value: (c) => fieldLabels[c.field] },
  { header: 'Tổ hòa giải', width: 26, kind: 'text', value: (c) => c.team.name },
  { header: 'Hòa giải viên', width: 30, kind: 'text', value: (c) => c.mediators.map((m) => m.fullName).join(', ') },
  { header: 'Ngày hòa giải', width: 12, kind: 'date', value: (c) => c.mediatedOn },
  { header: 'Kết quả', label: true, width: 20, kind: 'text', value: (c) => outcomeLabels[c.outcome] },
  { header: 'Nội dung thỏa thuận', width: 40, kind: 'text', value: (c) => c.agreement ?? '' },
  { header: 'Chuyển đến', width: 26, kind: 'text', value: (c) => c.referral ?? '' },
  { header: 'Theo dõi thực hiện', width: 30, kind: 'text', value: (c) => c.followUp ?? '' },
  { header: 'Đơn thư liên quan', width: 12, kind: 'text', value: (c) => c.case?.number ?? '' },
];

export function createMediationCasesExporter({ core, lookups, today }: ExporterDeps): ListExporter<Query> {
  const page = (query: Query, ctx: RequestContext, limit: number, cursor?: string) =>
    core.mediation.listCases({ ...query, limit, cursor }, ctx);
  return {
    check: async (query, ctx) => void (await page(query, ctx, 1)),
    async open(query, ctx) {
      const team = query.teamId ? await lookups.mediationTeamName(ctx.actor.unitId, query.teamId) : null;
      const received = periodWords(query.from, query.to);
      return {
        title: 'Danh sách vụ việc hòa giải ở cơ sở',
        sheetName: 'Vụ việc hòa giải',
        filters: words(
          query.teamId && `Tổ hòa giải: ${team ?? '(không tìm thấy)'}`,
          query.outcome && `Kết quả: ${outcomeLabels[query.outcome]}`,
          query.field && `Lĩnh vực: ${fieldLabels[query.field]}`,
          received && `Nhận ${received}`,
          searchWordsOf(query.q),
        ),
        fileStem: `vu-viec-hoa-giai-${today()}`,
        columns: mediationColumns,
        total: async () => null,
        pages: (size) => cellsOf(mediationColumns, walkPages((cursor) => page(query, ctx, size, cursor))),
      };
    },
  };
}
