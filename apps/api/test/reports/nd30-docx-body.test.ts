// The Decree 30/2020 DOCX writer, read back (title, content, signature, recipients): the ward's
// annual coordination report skeleton is rendered and checked in its WordprocessingML; where
// LibreOffice is installed, it also converts to PDF.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderNd30Docx } from '../../src/modules/reports/nd30/nd30-document.ts';
import type { Nd30Document } from '../../src/modules/reports/nd30/nd30-types.ts';
import {
  alignment,
  attrs,
  isBold,
  isItalic,
  openDocx,
  paragraphs,
  sampleReport,
  sizePt,
  type Para,
} from './nd30-fixtures.ts';

const sample = await openDocx(sampleReport);

describe('ND 30 DOCX: title and content', () => {
  it('puts the kind of document and its title in bold, centred', () => {
    const i = sample.paras.findIndex((p) => p.text === 'BÁO CÁO');
    const lines = sample.paras.slice(i, i + 4);
    expect(lines.map((p) => p.text)).toEqual(['BÁO CÁO', ...sampleReport.title]);
    for (const p of lines)
      expect([sizePt(p), isBold(p), alignment(p)]).toEqual([14, true, 'center']);
  });

  it('numbers the headings I., 1., a) in order, the mục in upper case', () => {
    const headings = sample.paras
      .map((p) => p.text)
      .filter((t) => /^([IVX]+\.|\d+\.|[a-zđ]\)) /.test(t));
    expect(headings).toEqual([
      'I. KẾT QUẢ PHỐI HỢP THỰC HIỆN NĂM 2025',
      '1. Phối hợp tập hợp, xây dựng khối đại đoàn kết toàn dân',
      '2. Phối hợp trong công tác tiếp công dân; giải quyết khiếu nại, tố cáo',
      'a) Hòa giải ở cơ sở',
      'b) Tiếp công dân',
      'II. ĐÁNH GIÁ CHUNG',
      '1. Ưu điểm',
      '2. Một số tồn tại, hạn chế',
      '3. Nguyên nhân của những tồn tại, hạn chế',
      'III. NỘI DUNG CHƯƠNG TRÌNH PHỐI HỢP HOẠT ĐỘNG NĂM 2026',
      '1. Tổ chức ký kết Quy chế phối hợp năm 2026',
      '2. Giải pháp thực hiện',
    ]);
    expect(isBold(sample.byText('II. ĐÁNH GIÁ CHUNG'))).toBe(true);
    expect(isBold(sample.byText('1. Ưu điểm'))).toBe(true);
    expect(isBold(sample.byText('a) Hòa giải ở cơ sở'))).toBe(false);
    expect(sample.byText('1. Ưu điểm').xml).toContain('<w:keepNext/>');
  });

  it('justifies paragraphs with a first-line indent, 6 pt apart, 1 to 1.5 lines', () => {
    const p = sample.paras.find((x) => x.text.startsWith('Trong năm 2025 UBND phường'));
    if (!p) throw new Error('paragraph missing');
    expect(alignment(p)).toBe('both');
    expect(sizePt(p)).toBe(14);
    const firstLine = Number(attrs(p.xml, 'w:ind').firstLine);
    expect([567, 720]).toContain(firstLine); // 1 cm or 1.27 cm
    const spacing = attrs(p.xml, 'w:spacing');
    expect(Number(spacing.after) + Number(spacing.before ?? 0)).toBeGreaterThanOrEqual(120);
    expect(Number(spacing.line)).toBeGreaterThanOrEqual(240);
    expect(Number(spacing.line)).toBeLessThanOrEqual(360);
  });

  it('writes a ruled table with a repeated bold header row', () => {
    const tables = [...sample.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const figures = tables.find((t) => t.includes('Đơn thư tiếp nhận')) ?? '';
    expect(figures).toContain('<w:tblHeader/>');
    expect(figures).toMatch(/<w:top w:val="single"/);
    const cells = paragraphs(figures).map((p) => p.text);
    expect(cells).toEqual([
      'Nội dung',
      'Số lượng',
      'Đơn thư tiếp nhận',
      '48',
      'Đã xử lý',
      '43',
      'Đang giải quyết',
      '05',
    ]);
  });
});

describe('ND 30 DOCX: signature and recipients', () => {
  const tables = [...sample.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
  const foot = paragraphs(tables.at(-1) ?? '');

  it('closes with the signer in bold upper case, room to sign, then the name', () => {
    const texts = foot.map((p) => p.text);
    const i = texts.indexOf('TM. ỦY BAN NHÂN DÂN');
    expect(texts.slice(i, i + 3)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(texts.slice(i + 3, i + 7)).toEqual(['', '', '', '']);
    expect(texts[i + 7]).toBe('Nguyễn Văn An');
    for (const p of foot.slice(i, i + 8).filter((x) => x.text)) {
      expect([sizePt(p), isBold(p), alignment(p)]).toEqual([14, true, 'center']);
    }
    // The block is the document's last: after the closing paragraph of the body.
    const closing = sample.paras.findIndex((p) => p.text.endsWith('năm 2026./.'));
    const signer = sample.paras.findIndex((p) => p.text === 'TM. ỦY BAN NHÂN DÂN');
    expect(signer).toBeGreaterThan(closing);
    expect(tables.at(-1)).toContain('<w:cantSplit/>');
    expect(tables.at(-1)).toMatch(/<w:insideV w:val="none"/);
  });

  it('lists the recipients under "Nơi nhận:", each on a dash line, archive last', () => {
    const texts = foot.map((p) => p.text);
    const i = texts.indexOf('Nơi nhận:');
    expect(texts.slice(i, i + 6)).toEqual([
      'Nơi nhận:',
      '- Thường trực Đảng ủy phường;',
      '- Thường trực HĐND phường;',
      '- Ủy ban MTTQ phường;',
      '- Các tổ chức chính trị - xã hội phường;',
      '- Lưu: VT, VP.',
    ]);
    const label = foot[i] as Para;
    expect([sizePt(label), isBold(label), isItalic(label), alignment(label)]).toEqual([
      12,
      true,
      true,
      'left',
    ]);
    for (const p of foot.slice(i + 1, i + 6))
      expect([sizePt(p), isBold(p), isItalic(p)]).toEqual([11, false, false]);
  });

  it('keeps only the clerical office when no one else keeps a copy', async () => {
    const plain = await openDocx({ ...sampleReport, recipients: { to: ['Như trên'] } });
    expect(plain.byText('- Như trên;')).toBeTruthy();
    expect(plain.byText('- Lưu: VT.')).toBeTruthy();
  });
});

describe('ND 30 DOCX: what the format does not allow', () => {
  it('rejects a fourth level of headings, an impossible date and a signature without a name', async () => {
    const deep: Nd30Document['body'] = [
      {
        type: 'section',
        title: 'A',
        children: [
          {
            type: 'section',
            title: 'B',
            children: [
              {
                type: 'section',
                title: 'C',
                children: [{ type: 'section', title: 'D', children: [] }],
              },
            ],
          },
        ],
      },
    ];
    await expect(renderNd30Docx({ ...sampleReport, body: deep })).rejects.toThrow(/depth 4/);
    await expect(
      renderNd30Docx({ ...sampleReport, date: { year: 2026, month: 2, day: 30 } }),
    ).rejects.toThrow(RangeError);
    await expect(
      renderNd30Docx({ ...sampleReport, signature: { ...sampleReport.signature, name: ' ' } }),
    ).rejects.toThrow(/name/);
    await expect(
      renderNd30Docx({
        ...sampleReport,
        body: [{ type: 'table', columns: [{ header: 'A', width: 1 }], rows: [['1', '2']] }],
      }),
    ).rejects.toThrow(/row 1/);
  });
});

function findSoffice(): string | undefined {
  try {
    return (
      execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}
const soffice = findSoffice();

describe.skipIf(!soffice)('ND 30 DOCX: LibreOffice', () => {
  it('converts the report to PDF without error', { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'nd30-'));
    try {
      const docx = path.join(dir, 'bao-cao.docx');
      await writeFile(docx, sample.buffer);
      // A profile of its own, so a LibreOffice the user has open does not take the job.
      const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
      await promisify(execFile)(
        soffice ?? 'soffice',
        [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
        { timeout: 110_000 },
      );
      const pdf = await readFile(path.join(dir, 'bao-cao.pdf'));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(5_000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
