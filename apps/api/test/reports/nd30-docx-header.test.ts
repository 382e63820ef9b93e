// The Decree 30/2020 DOCX writer, read back (page set-up, fonts, header blocks): the ward's
// annual coordination report skeleton is rendered, unzipped and checked in its WordprocessingML.
import { describe, expect, it } from 'vitest';
import {
  HEADER_COLUMNS,
  CONTENT_WIDTH,
  MOTTO,
  mmToTwips,
} from '../../src/modules/reports/nd30/nd30-layout.ts';
import { cellContentWidth } from '../../src/modules/reports/nd30/nd30-parts.ts';
import { boldTextWidth } from '../../src/modules/reports/nd30/nd30-text-width.ts';
import {
  alignment,
  attrs,
  isBold,
  isItalic,
  openDocx,
  sampleReport,
  sizePt,
  type Para,
} from './nd30-fixtures.ts';

const sample = await openDocx(sampleReport);

describe('ND 30 DOCX: page set-up and fonts', () => {
  it("is A4 portrait with the decree's margins, in twips", () => {
    const size = attrs(sample.document, 'w:pgSz');
    expect(size).toMatchObject({ w: '11906', h: '16838', orient: 'portrait' });
    const margin = attrs(sample.document, 'w:pgMar');
    expect(margin).toMatchObject({ top: '1134', bottom: '1134', left: '1701', right: '850' });
    const within = (value: string | undefined, fromMm: number, toMm: number) =>
      Number(value) >= mmToTwips(fromMm) && Number(value) <= mmToTwips(toMm);
    expect(within(margin.top, 20, 25) && within(margin.bottom, 20, 25)).toBe(true);
    expect(within(margin.left, 30, 35) && within(margin.right, 15, 20)).toBe(true);
  });

  it('sets Times New Roman, black, 14 pt, Vietnamese as the document default', async () => {
    const styles = await sample.part('word/styles.xml');
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(attrs(defaults, 'w:rFonts')).toEqual({
      ascii: 'Times New Roman',
      cs: 'Times New Roman',
      eastAsia: 'Times New Roman',
      hAnsi: 'Times New Roman',
    });
    expect(attrs(defaults, 'w:sz').val).toBe('28');
    expect(attrs(defaults, 'w:color').val).toBe('000000');
    expect(attrs(defaults, 'w:lang').val).toBe('vi-VN');
    // No run picks another font.
    expect(sample.document).not.toMatch(/<w:rFonts/);
  });

  it('numbers pages in the top margin, centred, but not the first page', async () => {
    expect(sample.document).toContain('<w:titlePg/>');
    const refs = [
      ...sample.document.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g),
    ];
    expect(refs.map((r) => r[1]).sort()).toEqual(['default', 'first']);
    const rels = await sample.part('word/_rels/document.xml.rels');
    const headerFor = async (type: string) => {
      const id = refs.find((r) => r[1] === type)?.[2];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      return sample.part(`word/${target}`);
    };
    const numbered = await headerFor('default');
    expect(numbered).toMatch(/PAGE/);
    expect(numbered).toContain('<w:jc w:val="center"/>');
    expect(numbered).toContain('<w:sz w:val="28"/>');
    expect(await headerFor('first')).not.toMatch(/PAGE/);
  });
});

describe('ND 30 DOCX: header blocks', () => {
  it('lays out the issuing body, national name and motto side by side in a borderless table', () => {
    const first = sample.paras.slice(0, 5).map((p) => p.text);
    expect(first).toEqual([
      'UBND TỈNH HÀ TĨNH',
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG HOÀNH SƠN',
      '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ]);
    const headerTable = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(sample.document)?.[0] ?? '';
    const borders = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(headerTable)?.[0] ?? '';
    expect([...borders.matchAll(/w:val="(\w+)"/g)].map((m) => m[1])).toEqual(Array(6).fill('none'));
    expect(headerTable).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(headerTable).toContain('Số: 123/BC-UBND');
  });

  it('sets each header line in the case, weight and size the decree gives', () => {
    const parent = sample.byText('UBND TỈNH HÀ TĨNH');
    expect([sizePt(parent), isBold(parent)]).toEqual([12, false]);
    for (const name of ['ỦY BAN NHÂN DÂN', 'PHƯỜNG HOÀNH SƠN']) {
      expect([sizePt(sample.byText(name)), isBold(sample.byText(name))]).toEqual([12, true]);
    }
    const nation = sample.byText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect([sizePt(nation), isBold(nation), alignment(nation)]).toEqual([12, true, 'center']);
    const motto = sample.byText(MOTTO);
    expect([sizePt(motto), isBold(motto)]).toEqual([13, true]);
    const number = sample.byText('Số: 123/BC-UBND');
    expect([sizePt(number), isBold(number), isItalic(number)]).toEqual([13, false, false]);
    const date = sample.byText('Hoành Sơn, ngày 26 tháng 11 năm 2026');
    expect([sizePt(date), isItalic(date), alignment(date)]).toEqual([14, true, 'center']);
  });

  it('rules the motto along its length and the issuing body over a third to a half of it', () => {
    const rules = sample.paras.filter((p) => p.xml.includes('<w:pBdr>'));
    expect(rules).toHaveLength(3);
    const ruleWidth = (p: Para, available: number) => {
      const ind = attrs(p.xml, 'w:ind');
      return available - Number(ind.left) - Number(ind.right);
    };
    const [issuerRule, mottoRule, titleRule] = rules as [Para, Para, Para];
    expect(ruleWidth(mottoRule, cellContentWidth(HEADER_COLUMNS[1]))).toBeCloseTo(
      boldTextWidth(MOTTO, 13),
      -1,
    );
    const issuerWidth = boldTextWidth('PHƯỜNG HOÀNH SƠN', 12);
    const issuerRuleWidth = ruleWidth(issuerRule, cellContentWidth(HEADER_COLUMNS[0]));
    expect(issuerRuleWidth).toBeGreaterThanOrEqual(issuerWidth / 3);
    expect(issuerRuleWidth).toBeLessThanOrEqual(issuerWidth / 2);
    const titleWidth = boldTextWidth(sampleReport.title[0] ?? '', 14);
    const titleRuleWidth = ruleWidth(titleRule, CONTENT_WIDTH);
    expect(titleRuleWidth).toBeGreaterThanOrEqual(titleWidth / 3);
    expect(titleRuleWidth).toBeLessThanOrEqual(titleWidth / 2);
  });

  it('leaves the number and the day for the clerical office on a draft, and pads early dates', async () => {
    const draft = await openDocx({
      ...sampleReport,
      number: undefined,
      date: { year: 2026, month: 2, day: 5 },
    });
    expect(draft.paras.some((p) => /^Số: {2,}\/BC-UBND$/.test(p.text))).toBe(true);
    expect(draft.byText('Hoành Sơn, ngày 05 tháng 02 năm 2026')).toBeTruthy();
    const numbered = await openDocx({
      ...sampleReport,
      number: 7,
      date: { year: 2026, month: 3, day: 9 },
    });
    expect(numbered.byText('Số: 07/BC-UBND')).toBeTruthy();
    expect(numbered.byText('Hoành Sơn, ngày 09 tháng 3 năm 2026')).toBeTruthy();
  });
});
