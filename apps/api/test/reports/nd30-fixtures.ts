// The sample document of the ND 30 DOCX tests (the ward's annual coordination report skeleton)
// and helpers that read a rendered DOCX back: its parts, its paragraphs with their text, and the
// attributes of WordprocessingML elements.
import JSZip from 'jszip';
import { renderNd30Docx } from '../../src/modules/reports/nd30/nd30-document.ts';
import type { Nd30Document } from '../../src/modules/reports/nd30/nd30-types.ts';

const para = (text: string) => ({ type: 'paragraph', text }) as const;

export const sampleReport: Nd30Document = {
  issuer: { parent: ['UBND TỈNH HÀ TĨNH'], name: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG HOÀNH SƠN'] },
  number: 123,
  symbol: 'BC-UBND',
  place: 'Hoành Sơn',
  date: { year: 2026, month: 11, day: 26 },
  kind: 'Báo cáo',
  title: [
    'Kết quả phối hợp hoạt động giữa UBND với Ủy ban MTTQ',
    'và các tổ chức chính trị - xã hội phường năm 2025;',
    'nhiệm vụ trọng tâm năm 2026',
  ],
  body: [
    para(
      'Năm 2025, công tác phối hợp giữa UBND phường Hoành Sơn với Ủy ban MTTQ và các tổ chức chính trị - xã hội phường đã được cụ thể hóa theo từng lĩnh vực. Kết quả phối hợp được đánh giá cụ thể như sau:',
    ),
    {
      type: 'section',
      title: 'Kết quả phối hợp thực hiện năm 2025',
      children: [
        {
          type: 'section',
          title: 'Phối hợp tập hợp, xây dựng khối đại đoàn kết toàn dân',
          children: [
            para('UBND phường đã chỉ đạo các bộ phận chuyên môn phối hợp chặt chẽ với UBMTTQ.'),
          ],
        },
        {
          type: 'section',
          title: 'Phối hợp trong công tác tiếp công dân; giải quyết khiếu nại, tố cáo',
          children: [
            para(
              'Trong năm 2025 UBND phường đã tiếp nhận 48 đơn thư, đã xử lý 43 đơn, còn 05 đơn đang giải quyết.',
            ),
            {
              type: 'table',
              columns: [
                { header: 'Nội dung', width: 3 },
                { header: 'Số lượng', width: 1, align: 'center' },
              ],
              rows: [
                ['Đơn thư tiếp nhận', '48'],
                ['Đã xử lý', '43'],
                ['Đang giải quyết', '05'],
              ],
            },
            {
              type: 'section',
              title: 'Hòa giải ở cơ sở',
              children: [para('15 tổ hòa giải với 132 hòa giải viên, tỷ lệ hòa giải đạt 100%.')],
            },
            {
              type: 'section',
              title: 'Tiếp công dân',
              children: [para('Định kỳ hằng tháng tiếp công dân.')],
            },
          ],
        },
      ],
    },
    {
      type: 'section',
      title: 'Đánh giá chung',
      children: [
        { type: 'section', title: 'Ưu điểm', children: [para('Sự phối hợp đã thành nề nếp.')] },
        {
          type: 'section',
          title: 'Một số tồn tại, hạn chế',
          children: [para('- Một số nội dung phối hợp chưa cụ thể hóa.')],
        },
        {
          type: 'section',
          title: 'Nguyên nhân của những tồn tại, hạn chế',
          children: [para('- Khối lượng công việc nhiều.')],
        },
      ],
    },
    {
      type: 'section',
      title: 'Nội dung chương trình phối hợp hoạt động năm 2026',
      children: [
        { type: 'section', title: 'Tổ chức ký kết Quy chế phối hợp năm 2026', children: [] },
        {
          type: 'section',
          title: 'Giải pháp thực hiện',
          children: [para('- Thực hiện nghiêm túc chế độ thông tin hai chiều.')],
        },
      ],
    },
    para(
      'Trên đây là báo cáo kết quả phối hợp hoạt động năm 2025, một số nhiệm vụ trọng tâm năm 2026./.',
    ),
  ],
  signature: {
    authority: [
      { prefix: 'TM.', of: 'Ủy ban nhân dân' },
      { prefix: 'KT.', of: 'Chủ tịch' },
    ],
    title: 'Phó Chủ tịch',
    name: 'Nguyễn Văn An',
  },
  recipients: {
    to: [
      'Thường trực Đảng ủy phường',
      'Thường trực HĐND phường;',
      'Ủy ban MTTQ phường',
      'Các tổ chức chính trị - xã hội phường',
    ],
    archive: ['VP'],
  },
};

export interface Para {
  text: string;
  xml: string;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every paragraph of a part, in document order (table cells included), with its text. */
export function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    xml: p,
    text: decode([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  }));
}

/** The attributes of the first element with a tag, by name without the w: prefix. */
export function attrs(xml: string, tag: string): Record<string, string> {
  const element = new RegExp(`<${tag} ([^>]*?)/?>`).exec(xml);
  if (!element?.[1]) throw new Error(`No <${tag}>`);
  const out: Record<string, string> = {};
  for (const [, name = '', value = ''] of element[1].matchAll(/w:(\w+)="([^"]*)"/g))
    out[name] = value;
  return out;
}

export const sizePt = (p: Para) => Number(attrs(p.xml, 'w:sz').val) / 2;
/** Bold or italic runs (the paragraph marks never are). */
export const isBold = (p: Para) => /<w:b\/>/.test(p.xml);
export const isItalic = (p: Para) => /<w:i\/>/.test(p.xml);
export const alignment = (p: Para) => attrs(p.xml, 'w:jc').val;

/** Renders a document and opens it. */
export async function openDocx(doc: Nd30Document) {
  const buffer = await renderNd30Docx(doc);
  const zip = await JSZip.loadAsync(buffer);
  const part = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`No ${name} in the DOCX`);
    return file.async('string');
  };
  const document = await part('word/document.xml');
  const byText = (text: string) => {
    const found = paragraphs(document).find((p) => p.text === text);
    if (!found) throw new Error(`No paragraph "${text}"`);
    return found;
  };
  return { buffer, zip, part, document, paras: paragraphs(document), byText };
}
