// Recommendations after supervision (/supervision/recommendations): the rows of
// GET /recommendations, soonest due first, with their answers.
import type { Recommendation } from '@phoihop/shared/supervision';
import type { RequestContext } from '../../../lib/context.ts';
import { recommendationStatusLabels } from '../../supervision/supervision-labels.ts';
import { cellsOf, type Column } from '../export-sheet.ts';
import { answerText, timelinessText } from './follow-up-cells.ts';
import { searchWordsOf, walkPages, words, yesNo, type ExportQuery, type ExporterDeps, type ListExporter } from './exporter.ts';

type Query = ExportQuery<'recommendations'>;

const recommendationColumns: Column<Recommendation>[] = [
  { header: 'Cuộc giám sát', width: 36, kind: 'text', value: (r) => r.supervision.title },
  { header: 'Kiến nghị số', width: 9, kind: 'number', value: (r) => r.ordinal },
  { header: 'Nội dung kiến nghị', width: 60, kind: 'text', value: (r) => r.content },
  { header: 'Cơ quan nhận kiến nghị', width: 28, kind: 'text', value: (r) => r.addressee.name },
  { header: 'Ngày gửi', width: 12, kind: 'date', value: (r) => r.sentOn },
  { header: 'Hạn trả lời', width: 12, kind: 'date', value: (r) => r.dueOn },
  { header: 'Trạng thái', label: true, width: 16, kind: 'text', value: (r) => recommendationStatusLabels[r.status] },
  { header: 'Thời hạn', label: true, width: 16, kind: 'text', value: timelinessText },
  { header: 'Trả lời', width: 50, kind: 'text', value: (r) => answerText(r.answer) },
  { header: 'Ngày trả lời', width: 12, kind: 'date', value: (r) => r.answer?.answeredOn ?? null },
  { header: 'Lý do không tiếp thu', width: 30, kind: 'text', value: (r) => r.rejectionReason ?? '' },
  { header: 'Ngày thực hiện xong', width: 13, kind: 'date', value: (r) => r.implementedOn },
];

export function createRecommendationsExporter({ core, lookups, today }: ExporterDeps): ListExporter<Query> {
  const page = (query: Query, ctx: RequestContext, limit: number, cursor?: string) =>
    core.supervision.listRecommendations({ ...query, limit, cursor }, ctx);
  return {
    check: async (query, ctx) => void (await page(query, ctx, 1)),
    async open(query, ctx) {
      const unitId = ctx.actor.unitId;
      const [supervision, addressee, mine] = await Promise.all([
        query.supervisionId ? lookups.supervisionTitle(unitId, query.supervisionId) : null,
        query.addresseeOrganisationId ? lookups.organisationName(unitId, query.addresseeOrganisationId) : null,
        query.mine && ctx.actor.organisationId ? lookups.organisationName(unitId, ctx.actor.organisationId) : null,
      ]);
      return {
        title: 'Danh sách kiến nghị sau giám sát',
        sheetName: 'Kiến nghị sau giám sát',
        filters: words(
          query.supervisionId && `Cuộc giám sát: ${supervision ?? '(không tìm thấy)'}`,
          query.addresseeOrganisationId && `Cơ quan nhận kiến nghị: ${addressee ?? '(không tìm thấy)'}`,
          query.mine && `Gửi đến tổ chức của tôi${mine ? ` (${mine})` : ''}`,
          query.status && `Trạng thái: ${recommendationStatusLabels[query.status]}`,
          yesNo(query.open, 'Chỉ những kiến nghị chưa xong', 'Chỉ những kiến nghị đã xong'),
          yesNo(query.overdue, 'Chỉ kiến nghị quá hạn', 'Không kể kiến nghị quá hạn'),
          searchWordsOf(query.q),
        ),
        fileStem: `kien-nghi-sau-giam-sat-${today()}`,
        columns: recommendationColumns,
        total: async () => null,
        pages: (size) => cellsOf(recommendationColumns, walkPages((cursor) => page(query, ctx, size, cursor))),
      };
    },
  };
}
