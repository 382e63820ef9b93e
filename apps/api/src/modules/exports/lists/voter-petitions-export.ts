// Voter petitions of every meeting (/voter-contact/petitions): the rows of GET /voter-petitions,
// soonest due first, with the meeting they were raised at and their answers.
import { formatDateVi } from '@phoihop/shared/dates';
import type { VoterPetition } from '@phoihop/shared/voter-contact';
import type { RequestContext } from '../../../lib/context.ts';
import { meetingKindLabels, petitionFieldLabels, petitionStatusLabels } from '../../civic/civic-labels.ts';
import { cellsOf, type Column } from '../export-sheet.ts';
import { answerText, timelinessText } from './follow-up-cells.ts';
import { searchWordsOf, walkPages, words, yesNo, type ExportQuery, type ExporterDeps, type ListExporter } from './exporter.ts';

type Query = ExportQuery<'voter-petitions'>;

const petitionColumns: Column<VoterPetition>[] = [
  { header: 'Ngày tiếp xúc', width: 12, kind: 'date', value: (p) => p.meeting.heldOn },
  { header: 'Buổi tiếp xúc cử tri', width: 30, kind: 'text', value: (p) => `${meetingKindLabels[p.meeting.kind]} - ${p.meeting.location}` },
  { header: 'STT', width: 6, kind: 'number', value: (p) => p.ordinal },
  { header: 'Nội dung kiến nghị', width: 50, kind: 'text', value: (p) => p.content },
  { header: 'Lĩnh vực', label: true, width: 18, kind: 'text', value: (p) => petitionFieldLabels[p.field] },
  { header: 'Cử tri', width: 22, kind: 'text', value: (p) => p.voterName ?? '' },
  { header: 'Cơ quan giải quyết', width: 26, kind: 'text', value: (p) => p.addressee?.name ?? '' },
  { header: 'Ngày chuyển', width: 12, kind: 'date', value: (p) => p.sentOn },
  { header: 'Hạn trả lời', width: 12, kind: 'date', value: (p) => p.dueOn },
  { header: 'Trạng thái', label: true, width: 22, kind: 'text', value: (p) => petitionStatusLabels[p.status] },
  { header: 'Thời hạn', label: true, width: 16, kind: 'text', value: timelinessText },
  { header: 'Trả lời', width: 50, kind: 'text', value: (p) => answerText(p.answer) },
  { header: 'Ngày trả lời', width: 12, kind: 'date', value: (p) => p.answer?.answeredOn ?? null },
  { header: 'Thông tin lại cho cử tri', width: 14, kind: 'date', value: (p) => p.reportedBackAt?.heldOn ?? null },
];

export function createVoterPetitionsExporter({ core, lookups, today }: ExporterDeps): ListExporter<Query> {
  const page = (query: Query, ctx: RequestContext, limit: number, cursor?: string) =>
    core.voterContact.listPetitions({ ...query, limit, cursor }, ctx);
  return {
    check: async (query, ctx) => void (await page(query, ctx, 1)),
    async open(query, ctx) {
      const unitId = ctx.actor.unitId;
      const [meeting, addressee, mine] = await Promise.all([
        query.meetingId ? lookups.voterMeeting(unitId, query.meetingId) : null,
        query.addresseeOrganisationId ? lookups.organisationName(unitId, query.addresseeOrganisationId) : null,
        query.mine && ctx.actor.organisationId ? lookups.organisationName(unitId, ctx.actor.organisationId) : null,
      ]);
      const meetingText = meeting ? `${meetingKindLabels[meeting.kind]} ngày ${formatDateVi(meeting.heldOn)} tại ${meeting.location}` : '(không tìm thấy)';
      return {
        title: 'Danh sách kiến nghị của cử tri',
        sheetName: 'Kiến nghị cử tri',
        filters: words(
          query.meetingId && `Buổi tiếp xúc: ${meetingText}`,
          query.addresseeOrganisationId && `Cơ quan giải quyết: ${addressee ?? '(không tìm thấy)'}`,
          query.mine && `Gửi đến tổ chức của tôi${mine ? ` (${mine})` : ''}`,
          query.field && `Lĩnh vực: ${petitionFieldLabels[query.field]}`,
          query.status && `Trạng thái: ${petitionStatusLabels[query.status]}`,
          yesNo(query.open, 'Chỉ những kiến nghị chưa xong', 'Chỉ những kiến nghị đã trả lời'),
          yesNo(query.overdue, 'Chỉ kiến nghị quá hạn', 'Không kể kiến nghị quá hạn'),
          searchWordsOf(query.q),
        ),
        fileStem: `kien-nghi-cu-tri-${today()}`,
        columns: petitionColumns,
        total: async () => null,
        pages: (size) => cellsOf(petitionColumns, walkPages((cursor) => page(query, ctx, size, cursor))),
      };
    },
  };
}
