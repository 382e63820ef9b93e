// Each exportable list, on the demo ward: the XLSX and the CSV hold the rows the list endpoint
// gives the same reader for the same filters, in its order, under Vietnamese headers, dates as
// dd/MM/yyyy (real date cells in XLSX), the title and the filters in words above them.
import type { CaseSummary } from '@phoihop/shared/cases';
import type { ExportList } from '@phoihop/shared/exports';
import type { MediationCase } from '@phoihop/shared/mediation';
import type { TaskRow } from '@phoihop/shared/plans';
import type { ReceptionSession, ReceptionVisit } from '@phoihop/shared/reception';
import type { Recommendation } from '@phoihop/shared/supervision';
import type { VoterPetition } from '@phoihop/shared/voter-contact';
import { describe, expect, it } from 'vitest';
import type { Session } from '../helpers/app.ts';
import { demoApp } from '../helpers/demo-ward.ts';
import { exportFile, listAll, readCsv, readXlsx, vi } from './helpers.ts';

const { t, as, organisation } = await demoApp();

interface ListCase {
  list: ExportList;
  who: string;
  query: Record<string, string>;
  headers: string[];
  /** Words the title line and the filters line must hold. */
  title: string;
  filters: string[];
  fileName: RegExp;
  /** The list's rows for the same reader and filters, as the cells some columns must show. */
  expected: (session: Session) => Promise<Record<string, string>[]>;
  /** A date column whose XLSX cells must be real dates shown dd/mm/yyyy. */
  dateHeader: string;
}

const front = await organisation('Ủy ban Mặt trận Tổ quốc Việt Nam phường Hoành Sơn');
const n = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

const cases: ListCase[] = [
  {
    list: 'tasks',
    who: 'canbo',
    query: { organisationId: front, involvement: 'lead', sort: 'nextDueOn' },
    headers: [
      'Năm', 'Mã', 'Lĩnh vực', 'Nhiệm vụ', 'Tổ chức chủ trì', 'Tổ chức phối hợp', 'Ngày bắt đầu', 'Hạn hoàn thành', 'Định kỳ',
      'Hạn kỳ tới', 'Trạng thái', 'Thời hạn', 'Tiến độ (%)', 'Chỉ tiêu', 'Đã đạt', 'Kết quả dự kiến', 'Ngày hoàn thành', 'Báo cáo gần nhất',
    ],
    title: 'DANH SÁCH NHIỆM VỤ - PHƯỜNG HOÀNH SƠN',
    filters: ['Tổ chức chủ trì: Ủy ban Mặt trận Tổ quốc Việt Nam phường Hoành Sơn'],
    fileName: /^nhiem-vu-2026-11-26\./,
    dateHeader: 'Hạn hoàn thành',
    expected: async (session) =>
      (await listAll<TaskRow>(t.app, session, '/api/tasks', { organisationId: front, involvement: 'lead' })).map((r) => ({
        Năm: n(r.planYear),
        Mã: r.code,
        'Nhiệm vụ': r.title,
        'Tổ chức chủ trì': r.lead?.name ?? '',
        'Hạn hoàn thành': vi(r.dueDate),
        'Hạn kỳ tới': vi(r.nextDueOn),
        'Tiến độ (%)': n(r.progress === null ? null : Math.round(r.progress * 10) / 10),
      })),
  },
  {
    list: 'cases',
    who: 'canbo-mttq',
    query: { from: '2025-01-01', to: '2025-12-31' },
    headers: [
      'Số đơn', 'Ngày nhận', 'Nguồn đơn', 'Tổ chức chuyển đơn', 'Loại đơn', 'Lĩnh vực', 'Người gửi', 'Số người', 'Nội dung',
      'Đối tượng bị khiếu nại, tố cáo', 'Tổ chức xử lý', 'Người xử lý', 'Bước xử lý', 'Hạn xử lý', 'Ngày có kết quả', 'Đúng hạn',
    ],
    title: 'DANH SÁCH ĐƠN THƯ - PHƯỜNG HOÀNH SƠN',
    filters: ['Nhận từ ngày 01/01/2025 đến ngày 31/12/2025'],
    fileName: /^don-thu-2026-11-26\./,
    dateHeader: 'Ngày nhận',
    expected: async (session) =>
      (await listAll<CaseSummary>(t.app, session, '/api/cases', { from: '2025-01-01', to: '2025-12-31' })).map((c) => ({
        'Số đơn': c.number,
        'Ngày nhận': vi(c.receivedOn),
        'Người gửi': c.petitionerLabel,
        'Số người': n(c.peopleCount),
        'Nội dung': c.summary,
        'Hạn xử lý': vi(c.dueOn),
      })),
  },
  {
    list: 'reception-book',
    who: 'canbo-ubnd',
    query: { from: '2025-01-01', to: '2025-12-31' },
    headers: [
      'STT', 'Ngày tiếp', 'Người tiếp', 'Họ và tên công dân', 'Địa chỉ', 'Số CMND/CCCD', 'Người đại diện / Số người', 'Nội dung',
      'Phân loại', 'Tài liệu kèm theo', 'Hướng xử lý', 'Kết quả', 'Số đơn',
    ],
    title: 'SỔ TIẾP CÔNG DÂN - PHƯỜNG HOÀNH SƠN',
    filters: ['Từ ngày 01/01/2025 đến ngày 31/12/2025'],
    fileName: /^so-tiep-cong-dan-2025-01-01-2025-12-31\./,
    dateHeader: 'Ngày tiếp',
    // The book reads the reception screen's lists: the period's sessions, oldest first, and each one's visits.
    expected: async (session) => {
      const sessions = (await listAll<ReceptionSession>(t.app, session, '/api/reception/sessions', { from: '2025-01-01', to: '2025-12-31' }))
        .sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.id.localeCompare(b.id));
      const rows: Record<string, string>[] = [];
      for (const s of sessions) {
        for (const v of await listAll<ReceptionVisit>(t.app, session, `/api/reception/sessions/${s.id}/visits`, {})) {
          rows.push({
            STT: n(rows.length + 1),
            'Ngày tiếp': vi(v.heldOn),
            'Người tiếp': v.officerName ?? s.hostNames,
            'Họ và tên công dân': v.masked ? 'Bảo mật (tố cáo)' : (v.citizenName ?? ''),
            'Số CMND/CCCD': v.idNumber ?? '',
            'Nội dung': v.content,
            'Số đơn': v.case?.number ?? '',
          });
        }
      }
      return rows;
    },
  },
  {
    list: 'recommendations',
    who: 'mttq',
    query: { open: 'false' },
    headers: [
      'Cuộc giám sát', 'Kiến nghị số', 'Nội dung kiến nghị', 'Cơ quan nhận kiến nghị', 'Ngày gửi', 'Hạn trả lời', 'Trạng thái', 'Thời hạn',
      'Trả lời', 'Ngày trả lời', 'Lý do không tiếp thu', 'Ngày thực hiện xong',
    ],
    title: 'DANH SÁCH KIẾN NGHỊ SAU GIÁM SÁT - PHƯỜNG HOÀNH SƠN',
    filters: ['Chỉ những kiến nghị đã xong'],
    fileName: /^kien-nghi-sau-giam-sat-2026-11-26\./,
    dateHeader: 'Hạn trả lời',
    expected: async (session) =>
      (await listAll<Recommendation>(t.app, session, '/api/recommendations', { open: 'false' })).map((r) => ({
        'Cuộc giám sát': r.supervision.title,
        'Kiến nghị số': n(r.ordinal),
        'Nội dung kiến nghị': r.content,
        'Cơ quan nhận kiến nghị': r.addressee.name,
        'Hạn trả lời': vi(r.dueOn),
        'Ngày trả lời': vi(r.answer?.answeredOn),
      })),
  },
  {
    list: 'voter-petitions',
    who: 'hdnd',
    query: {},
    headers: [
      'Ngày tiếp xúc', 'Buổi tiếp xúc cử tri', 'STT', 'Nội dung kiến nghị', 'Lĩnh vực', 'Cử tri', 'Cơ quan giải quyết', 'Ngày chuyển',
      'Hạn trả lời', 'Trạng thái', 'Thời hạn', 'Trả lời', 'Ngày trả lời', 'Thông tin lại cho cử tri',
    ],
    title: 'DANH SÁCH KIẾN NGHỊ CỦA CỬ TRI - PHƯỜNG HOÀNH SƠN',
    filters: ['Toàn bộ danh sách'],
    fileName: /^kien-nghi-cu-tri-2026-11-26\./,
    dateHeader: 'Ngày tiếp xúc',
    expected: async (session) =>
      (await listAll<VoterPetition>(t.app, session, '/api/voter-petitions', {})).map((p) => ({
        'Ngày tiếp xúc': vi(p.meeting.heldOn),
        STT: n(p.ordinal),
        'Nội dung kiến nghị': p.content,
        'Cử tri': p.voterName ?? '',
        'Cơ quan giải quyết': p.addressee?.name ?? '',
        'Hạn trả lời': vi(p.dueOn),
      })),
  },
  {
    list: 'mediation-cases',
    who: 'lanhdao',
    query: { from: '2025-01-01', to: '2025-12-31', outcome: 'SUCCESSFUL' },
    headers: [
      'Ngày nhận', 'Vụ việc', 'Các bên', 'Lĩnh vực', 'Tổ hòa giải', 'Hòa giải viên', 'Ngày hòa giải', 'Kết quả', 'Nội dung thỏa thuận',
      'Chuyển đến', 'Theo dõi thực hiện', 'Đơn thư liên quan',
    ],
    title: 'DANH SÁCH VỤ VIỆC HÒA GIẢI Ở CƠ SỞ - PHƯỜNG HOÀNH SƠN',
    filters: ['Kết quả: Hòa giải thành', 'Nhận từ ngày 01/01/2025 đến ngày 31/12/2025'],
    fileName: /^vu-viec-hoa-giai-2026-11-26\./,
    dateHeader: 'Ngày nhận',
    expected: async (session) =>
      (await listAll<MediationCase>(t.app, session, '/api/mediation/cases', { from: '2025-01-01', to: '2025-12-31', outcome: 'SUCCESSFUL' })).map((c) => ({
        'Ngày nhận': vi(c.receivedOn),
        'Vụ việc': c.title,
        'Tổ hòa giải': c.team.name,
        'Ngày hòa giải': vi(c.mediatedOn),
        'Kết quả': 'Hòa giải thành',
      })),
  },
];

/** The cells of `rows` under the headers `expected` names, to compare with the list. */
const pick = (headers: string[], rows: string[][], expected: Record<string, string>[]) =>
  rows.map((row, i) => Object.fromEntries(Object.keys(expected[i] ?? expected[0] ?? {}).map((h) => [h, row[headers.indexOf(h)] ?? '?'])));

describe.each(cases)('$list', (c) => {
  it('exports as XLSX the rows the list shows, under a title and the filters in words', async () => {
    const session = await as(c.who);
    const expected = await c.expected(session);
    expect(expected.length, 'the demo list is not empty').toBeGreaterThan(1);
    const { job, res } = await exportFile(t.app, session, { list: c.list, format: 'xlsx', query: c.query });
    expect(job.fileName).toMatch(c.fileName);
    expect(job.processed).toBe(expected.length);
    expect(job.total).toBe(expected.length);
    const sheet = await readXlsx(res.rawPayload);
    expect(sheet.title).toBe(c.title);
    for (const words of c.filters) expect(sheet.subtitle).toContain(words);
    expect(sheet.subtitle).toContain('xuất ngày 26/11/2026');
    expect(sheet.headers).toEqual(c.headers);
    expect(sheet.sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(pick(sheet.headers, sheet.rows, expected)).toEqual(expected);
    const dateColumn = c.headers.indexOf(c.dateHeader) + 1;
    const dated = sheet.sheet.getRow(4).getCell(dateColumn);
    expect(dated.value).toBeInstanceOf(Date);
    expect(dated.numFmt).toBe('dd/mm/yyyy');
  });

  it('exports as CSV the same rows, UTF-8 with a byte-order mark, dates dd/MM/yyyy', async () => {
    const session = await as(c.who);
    const expected = await c.expected(session);
    const { job, res } = await exportFile(t.app, session, { list: c.list, format: 'csv', query: c.query });
    expect(job.fileName).toMatch(new RegExp(`${c.fileName.source}csv$`));
    const csv = readCsv(res.rawPayload);
    expect(csv.headers).toEqual(c.headers);
    expect(pick(csv.headers, csv.rows, expected)).toEqual(expected);
    const dates = csv.rows.map((r) => r[c.headers.indexOf(c.dateHeader)]).filter(Boolean);
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  });
});

describe('masked identities stay masked', () => {
  /** Every cell text of the file, XLSX or CSV. */
  async function fileText(session: Session, list: ExportList, format: 'xlsx' | 'csv', query: Record<string, string>) {
    const { res } = await exportFile(t.app, session, { list, format, query });
    if (format === 'csv') return res.rawPayload.toString('utf8');
    const sheet = await readXlsx(res.rawPayload);
    return [sheet.title, sheet.subtitle, ...sheet.rows.flat()].join('\n');
  }

  it('keeps protected denouncers out of the case export, for the Front and even for the PC head', async () => {
    const denouncers = await t.db.casePetitioner.findMany({ where: { case: { kind: 'DENUNCIATION' } } });
    // Addresses are shared with neighbours; the name, identity number and phone are the person's own.
    const secrets = denouncers.flatMap((p) => [p.fullName, p.idNumber, p.phone]).filter((v): v is string => !!v);
    expect(secrets.length).toBeGreaterThan(0);
    for (const who of ['canbo-mttq', 'lanhdao']) {
      for (const format of ['xlsx', 'csv'] as const) {
        const text = await fileText(await as(who), 'cases', format, {});
        expect(text, `${who} ${format}`).toContain('Người tố cáo (được bảo mật)');
        expect(secrets.filter((secret) => text.includes(secret)), `${who} ${format}`).toEqual([]);
      }
    }
  });

  it('keeps the words searched, maybe a denouncer’s name, out of the case export and the audit log', async () => {
    const denouncer = await t.db.casePetitioner.findFirstOrThrow({ where: { case: { kind: 'DENUNCIATION', anonymous: false } }, include: { case: true } });
    const head = await as('lanhdao');
    const listed = await listAll<CaseSummary>(t.app, head, '/api/cases', { q: denouncer.fullName });
    expect(listed.map((c) => c.number)).toContain(denouncer.case.number);
    for (const format of ['xlsx', 'csv'] as const) {
      const text = await fileText(head, 'cases', format, { q: denouncer.fullName });
      expect(text).toContain(denouncer.case.number);
      expect(text).not.toContain(denouncer.fullName);
      if (format === 'xlsx') expect(text).toContain('Tìm theo từ khóa (không ghi lại: có thể là danh tính người tố cáo)');
    }
    const audits = await t.db.auditLog.findMany({ where: { action: 'export.create', actorId: head.userId } });
    expect(JSON.stringify(audits.map((a) => a.changes))).not.toContain(denouncer.fullName);
    const searched = audits.map((a) => a.changes as { query: Record<string, string> }).filter((c) => 'q' in c.query);
    expect(searched).toHaveLength(2);
    for (const changes of searched) expect(changes).toMatchObject({ list: 'cases', query: { q: '(không ghi lại)' } });
    // Other lists, whose search holds no protected identity, say what was searched.
    const tasks = await fileText(head, 'tasks', 'xlsx', { q: 'cử tri' });
    expect(tasks).toContain('Tìm: “cử tri”');
  });

  it('keeps a denouncer received at a session out of the reception book', async () => {
    const denunciations = await t.db.case.findMany({ where: { kind: 'DENUNCIATION' }, select: { id: true } });
    const visits = await t.db.receptionVisit.findMany({
      where: { OR: [{ kind: 'DENUNCIATION' }, { caseId: { in: denunciations.map((c) => c.id) } }] },
    });
    expect(visits.map((v) => v.citizenName)).toContain('Hoàng Văn Khánh');
    const secrets = visits.flatMap((v) => [v.citizenName, v.idNumber, v.phone]).filter((v): v is string => !!v);
    for (const format of ['xlsx', 'csv'] as const) {
      const text = await fileText(await as('lanhdao'), 'reception-book', format, { from: '2025-01-01', to: '2026-11-26' });
      expect(text).toContain('Bảo mật (tố cáo)');
      expect(secrets.filter((secret) => text.includes(secret)), format).toEqual([]);
    }
  });
});
