// The citizen-reception book (sổ tiếp công dân) of a period: every citizen received at the
// unit's sessions, by day, session and order received, read through the reception screens' own
// lists (sessions of the period, then each session's visits). The official columns are
// unconfirmed (domain.md §3); these are the suggested ones. A protected visit (denunciation)
// comes masked from the list and shows no identity here either.
import { addDays } from '@phoihop/shared/dates';
import type { ReceptionSession, ReceptionVisit, VisitHandling } from '@phoihop/shared/reception';
import { invalid } from '../../../lib/app-error.ts';
import type { RequestContext } from '../../../lib/context.ts';
import { kindLabels } from '../../cases/case-labels.ts';
import { cellsOf, type Column } from '../export-sheet.ts';
import { periodWords, walkPages, type ExportQuery, type ExporterDeps, type ListExporter } from './exporter.ts';

type Query = ExportQuery<'reception-book'>;

/** A book longer than this is more than anyone prints. */
const MAX_BOOK_DAYS = 3 * 366;
const SESSION_PAGE = 100;

const handlingLabels: Record<VisitHandling, string> = {
  ANSWERED: 'Giải thích, trả lời trực tiếp',
  GUIDED: 'Hướng dẫn',
  FORWARDED: 'Chuyển đơn',
  CASE_OPENED: 'Tiếp nhận đơn',
  CASE_JOINED: 'Gộp vào đơn đã có',
};

const PROTECTED_TEXT = 'Bảo mật (tố cáo)';

interface BookRow {
  visit: ReceptionVisit;
  /** Who received the citizen: the visit's officer, else the session's hosts. */
  receivedBy: string;
}

function representation(visit: ReceptionVisit): string {
  const group = visit.groupSize > 1 ? `Đoàn ${visit.groupSize} người` : '';
  return [visit.representative, group].filter(Boolean).join(' - ');
}

const bookColumns: Column<BookRow>[] = [
  { header: 'STT', width: 6, kind: 'number', value: (_r, index) => index + 1 },
  { header: 'Ngày tiếp', width: 12, kind: 'date', value: (r) => r.visit.heldOn },
  { header: 'Người tiếp', width: 28, kind: 'text', value: (r) => r.receivedBy },
  { header: 'Họ và tên công dân', label: true, width: 24, kind: 'text', value: (r) => (r.visit.masked ? PROTECTED_TEXT : (r.visit.citizenName ?? '')) },
  { header: 'Địa chỉ', width: 30, kind: 'text', value: (r) => r.visit.address ?? '' },
  { header: 'Số CMND/CCCD', width: 15, kind: 'text', value: (r) => r.visit.idNumber ?? '' },
  { header: 'Người đại diện / Số người', width: 22, kind: 'text', value: (r) => representation(r.visit) },
  { header: 'Nội dung', width: 50, kind: 'text', value: (r) => r.visit.content },
  { header: 'Phân loại', label: true, width: 12, kind: 'text', value: (r) => (r.visit.kind ? kindLabels[r.visit.kind] : '') },
  { header: 'Tài liệu kèm theo', width: 24, kind: 'text', value: (r) => r.visit.documents ?? '' },
  { header: 'Hướng xử lý', label: true, width: 22, kind: 'text', value: (r) => (r.visit.handling ? handlingLabels[r.visit.handling] : '') },
  { header: 'Kết quả', width: 30, kind: 'text', value: (r) => r.visit.result ?? '' },
  { header: 'Số đơn', width: 12, kind: 'text', value: (r) => r.visit.case?.number ?? '' },
];

export function createReceptionBookExporter({ core }: ExporterDeps): ListExporter<Query> {
  const { reception } = core;
  const sessionPage = (query: Query, ctx: RequestContext, limit: number, cursor?: string) =>
    reception.listSessions({ from: query.from, to: query.to, limit, cursor }, ctx);

  /** The period's sessions, oldest first (the list shows them newest first). */
  async function sessionsOf(query: Query, ctx: RequestContext): Promise<ReceptionSession[]> {
    const sessions: ReceptionSession[] = [];
    for await (const page of walkPages((cursor) => sessionPage(query, ctx, SESSION_PAGE, cursor))) sessions.push(...page);
    return sessions.sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.id.localeCompare(b.id));
  }

  async function* rows(sessions: Promise<ReceptionSession[]>, ctx: RequestContext, size: number): AsyncGenerator<BookRow[]> {
    for (const session of await sessions) {
      if (session.visitCount === 0) continue;
      for await (const visits of walkPages((cursor) => reception.listVisits(session.id, { limit: size, cursor }, ctx))) {
        yield visits.map((visit) => ({ visit, receivedBy: visit.officerName ?? session.hostNames }));
      }
    }
  }

  return {
    async check(query, ctx) {
      await sessionPage(query, ctx, 1);
      if (addDays(query.from, MAX_BOOK_DAYS) < query.to) throw invalid('query.to', 'Mỗi lần xuất sổ tối đa 3 năm');
    },
    async open(query, ctx) {
      const period = periodWords(query.from, query.to)!;
      let sessions: Promise<ReceptionSession[]> | null = null;
      const loadSessions = () => (sessions ??= sessionsOf(query, ctx));
      return {
        title: 'Sổ tiếp công dân',
        sheetName: 'Sổ tiếp công dân',
        filters: [period.charAt(0).toUpperCase() + period.slice(1)],
        fileStem: `so-tiep-cong-dan-${query.from}-${query.to}`,
        columns: bookColumns,
        total: async () => (await loadSessions()).reduce((sum, s) => sum + s.visitCount, 0),
        pages: (size) => cellsOf(bookColumns, rows(loadSessions(), ctx, size)),
      };
    },
  };
}
