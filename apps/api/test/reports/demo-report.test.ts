// The demo ward's 2025 annual report against the source document (../shared/seed, Hoành Sơn):
// its figures (48 received, 43 handled, 05 pending; 15 teams, 132 mediators, 100%), its three
// sections and their headings; an officer edits a paragraph and saves version 2; the DOCX read
// back (header blocks, number and symbol, date line, title, headings, figures written out, the
// edit, signature, recipients) and, where LibreOffice is installed, converted to PDF.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fillFigures, type AnnualReportDraft, type AnnualReportVersion } from '@phoihop/shared/reports';
import { foldText } from '@phoihop/shared/text';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { seedDemoReports } from '../../src/seed/seed-demo-reports.ts';
import { createServices } from '../../src/services.ts';
import { injectAs, testConfig } from '../helpers/app.ts';
import { DEMO_NOW, demoApp } from '../helpers/demo-ward.ts';
import { call } from '../helpers/plans.ts';
import { paragraphs } from './nd30-fixtures.ts';

const { t, as } = await demoApp();
const officer = await as('canbo-ubnd');
const viewer = await as('xem');

const soffice = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
})();

/** The source document's headings (I., its seven areas; II. and its three parts; III. and its three). */
const SOURCE_HEADINGS = [
  ['KẾT QUẢ PHỐI HỢP THỰC HIỆN NĂM 2025', [
    'Phối hợp tập hợp, xây dựng khối đại đoàn kết toàn dân',
    'Phối hợp tuyên truyền, vận động Nhân dân thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2025',
    'Tích cực tham gia xây dựng Chính quyền',
    'Phối hợp tổ chức tiếp xúc cử tri',
    'Hoạt động giám sát, phản biện xã hội',
    'Phối hợp trong công tác Tiếp công dân; giải quyết khiếu nại, tố cáo; phòng chống tham nhũng',
    'Phối hợp thực hiện Quy chế dân chủ ở cơ sở',
  ]],
  ['ĐÁNH GIÁ CHUNG', ['Ưu điểm', 'Một số tồn tại, hạn chế', 'Nguyên nhân của những tồn tại, hạn chế']],
  ['NỘI DUNG CHƯƠNG TRÌNH PHỐI HỢP HOẠT ĐỘNG GIỮA UBND PHƯỜNG VỚI UBMTTQ VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI PHƯỜNG NĂM 2026', [
    'Tổ chức ký kết Quy chế phối hợp hoạt động giữa UBND phường với UBMTTQ và các tổ chức chính trị - xã hội phường năm 2026',
    'Một số nhiệm vụ trọng tâm trong công tác phối hợp năm 2026',
    'Giải pháp thực hiện',
  ]],
] as const;
const folded = (headings: readonly (readonly [string, readonly string[]])[]) =>
  headings.map(([title, children]) => [foldText(title), children.map(foldText)]);
const headingsOf = (content: AnnualReportVersion['content']) =>
  content.sections.map((s) => [s.title, s.children.map((c) => c.title)] as const);

const figureText = (version: { figures: AnnualReportVersion['figures'] }, key: string) => version.figures.find((f) => f.key === key)?.text;
const SOURCE_FIGURES = { 'cases.received': '48', 'cases.handled': '43', 'cases.pending': '05', 'mediation.teams': '15', 'mediation.mediators': '132', 'mediation.successRate': '100% (22/22 vụ đã kết thúc hòa giải)' };

const v1 = await call<AnnualReportVersion>(t.app, viewer, 'GET', '/api/reports/annual/2025/versions/1');
const v1Text = (i: number, j: number) => fillFigures(v1.content.sections[i]!.children[j]!.text, v1.figures);

describe('the demo ward’s 2025 report, saved by the ward', () => {
  it('is version 1, no. 245 of 15/12/2025, by the People’s Committee officer', async () => {
    // The seed saved this one version on the report's day; version 2 below is this file's.
    expect(await t.db.annualReport.count({ where: { createdAt: { lt: DEMO_NOW } } })).toBe(1);
    expect(v1).toMatchObject({ year: 2025, versionNo: 1, asOf: '2025-12-15', createdBy: { fullName: 'Võ Văn Chính' }, header: { number: 245, date: '2025-12-15', symbol: 'BC-UBND', place: 'Hoành Sơn' } });
    const again = await seedDemoReports((clock) => createServices(t.db, testConfig(), clock), t.db, DEMO_NOW);
    expect(again).toEqual({ reports: 0 });
  });

  it('has the source document’s figures', () => {
    for (const [key, text] of Object.entries(SOURCE_FIGURES)) expect([key, figureText(v1, key)]).toEqual([key, text]);
    expect(v1Text(0, 5)).toContain('Trong năm 2025 UBND phường đã tiếp nhận 48 đơn thư, đã xử lý 43 đơn, còn 05 đơn đang giải quyết.');
    expect(v1Text(0, 5)).toContain('Đến nay trên địa bàn có 15 tổ hòa giải với 132 hòa giải viên');
    // The rate with its base, and the case still in mediation named.
    expect(v1Text(0, 5)).toContain('tiếp nhận 23 vụ việc, tỷ lệ hòa giải thành đạt 100% (22/22 vụ đã kết thúc hòa giải); 01 vụ đang hòa giải.');
    expect(v1Text(0, 4)).toContain('phối hợp với HĐND giám sát 02 chuyên đề');
  });

  it('has the source document’s three sections and their headings', () => {
    expect(folded(headingsOf(v1.content))).toEqual(folded(SOURCE_HEADINGS));
    expect(v1.content.title).toEqual([
      'Kết quả phối hợp hoạt động giữa UBND với Ủy ban MTTQ',
      'và các tổ chức chính trị - xã hội phường năm 2025;',
      'nhiệm vụ trọng tâm năm 2026',
    ]);
    // The assessment and next year's programme, dash items kept line by line.
    expect(v1Text(1, 1).split('\n')).toHaveLength(3);
    expect(v1Text(1, 1).split('\n').every((l) => l.startsWith('- '))).toBe(true);
    expect(v1Text(2, 1).split('\n')).toHaveLength(7);
    expect(v1Text(2, 2)).toContain('thông tin hai chiều');
  });

  it('states the counts once: the hand-typed ones the figures now give were removed', () => {
    expect(v1Text(0, 5).match(/48 đơn thư/g)).toHaveLength(1);
    expect(v1Text(0, 5).match(/132 hòa giải viên/g)).toHaveLength(1);
  });
});

const draft = await call<AnnualReportDraft>(t.app, officer, 'GET', '/api/reports/annual/2025/draft');
const edited = 'Năm 2025, UBND phường Hoành Sơn và Ủy ban MTTQ phường đã phối hợp chặt chẽ, đạt kết quả trên cả bảy lĩnh vực (đoạn đã sửa).';
const v2 = await call<AnnualReportVersion>(t.app, officer, 'POST', '/api/reports/annual/2025/versions', {
  basedOn: draft.latestVersionNo,
  asOf: draft.asOf,
  header: { ...v1.header, number: 246 },
  content: { ...v1.content, intro: `${edited}\n${v1.content.intro}` },
  note: 'Sửa đoạn mở đầu',
});
const res = await injectAs(t.app, officer, { method: 'GET', url: '/api/reports/annual/2025/versions/2/report.docx' });
const docx = res.rawPayload;
const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
const texts = paragraphs(xml).map((p) => p.text);

describe('a new version from the draft', () => {
  it('starts from the saved version’s day and carries the same figures', () => {
    expect(draft).toMatchObject({ asOf: '2025-12-15', latestVersionNo: 1 });
    for (const [key, text] of Object.entries(SOURCE_FIGURES)) expect(figureText(draft, key)).toBe(text);
    expect(folded(headingsOf(draft.content))).toEqual(folded(SOURCE_HEADINGS));
    expect(v2).toMatchObject({ versionNo: 2, note: 'Sửa đoạn mở đầu' });
  });

  it('writes the DOCX in the Decree 30 layout with the figures written out and the edit', () => {
    expect(res.headers['content-disposition']).toBe(`attachment; filename="bao-cao-phoi-hop-2025-v2.docx"; filename*=UTF-8''bao-cao-phoi-hop-2025-v2.docx`);
    const order = [
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG HOÀNH SƠN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 246/BC-UBND',
      'Hoành Sơn, ngày 15 tháng 12 năm 2025',
      'BÁO CÁO',
      'Kết quả phối hợp hoạt động giữa UBND với Ủy ban MTTQ',
      'và các tổ chức chính trị - xã hội phường năm 2025;',
      'nhiệm vụ trọng tâm năm 2026',
      edited,
      'I. KẾT QUẢ PHỐI HỢP THỰC HIỆN NĂM 2025',
      '1. Phối hợp tập hợp, xây dựng khối đại đoàn kết toàn dân',
      '6. Phối hợp trong công tác tiếp công dân; giải quyết khiếu nại, tố cáo; phòng chống tham nhũng',
      'Trong năm 2025 UBND phường đã tiếp nhận 48 đơn thư, đã xử lý 43 đơn, còn 05 đơn đang giải quyết.',
      'II. ĐÁNH GIÁ CHUNG',
      '1. Ưu điểm',
      '2. Một số tồn tại, hạn chế',
      '3. Nguyên nhân của những tồn tại, hạn chế',
      'III. NỘI DUNG CHƯƠNG TRÌNH PHỐI HỢP HOẠT ĐỘNG GIỮA UBND PHƯỜNG VỚI UBMTTQ VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI PHƯỜNG NĂM 2026',
      '3. Giải pháp thực hiện',
      'Trên đây là báo cáo kết quả phối hợp hoạt động giữa UBND phường với UBMTTQ và các tổ chức chính trị - xã hội năm 2025, một số nhiệm vụ trọng tâm năm 2026./.',
      'Nơi nhận:',
      '- Thường trực Đảng ủy phường;',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Văn Lãnh',
    ];
    const positions = order.map((text) => texts.indexOf(text));
    expect(order.filter((_, i) => positions[i] === -1)).toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const mediation = texts.find((p) => p.startsWith('Đến nay trên địa bàn có'));
    expect(mediation).toContain('15 tổ hòa giải với 132 hòa giải viên');
    expect(mediation).toContain('tỷ lệ hòa giải thành đạt 100%');
    expect(texts.some((p) => p.includes('{{'))).toBe(false);
    expect(texts.filter((p) => /^- Một số nội dung/.test(p))).toHaveLength(2);
  });

  it.skipIf(!soffice)('converts to PDF with LibreOffice without error', { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bao-cao-'));
    try {
      const file = path.join(dir, 'bao-cao-phoi-hop-2025-v2.docx');
      await writeFile(file, docx);
      const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
      await promisify(execFile)(soffice!, [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 110_000 });
      const pdf = await readFile(path.join(dir, 'bao-cao-phoi-hop-2025-v2.pdf'));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(20_000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
