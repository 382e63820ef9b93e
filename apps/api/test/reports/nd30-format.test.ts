// The fixed wording of the Decree 30/2020 format: number and symbol, place and date with the
// leading-zero rule, heading numbers, signature and recipients lines, and the width estimate the
// rules are drawn from.
import { describe, expect, it } from 'vitest';
import {
  formatNumberSymbol,
  formatPlaceDate,
  headingLabel,
  recipientLines,
  signatureLines,
  toRoman,
} from '../../src/modules/reports/nd30/nd30-format.ts';
import {
  HEADER_COLUMNS,
  MOTTO,
  NATIONAL_NAME,
  SIZE,
} from '../../src/modules/reports/nd30/nd30-layout.ts';
import { cellContentWidth } from '../../src/modules/reports/nd30/nd30-parts.ts';
import { boldTextWidth } from '../../src/modules/reports/nd30/nd30-text-width.ts';

describe('place and date line', () => {
  it.each([
    [{ year: 2026, month: 11, day: 26 }, 'Hoành Sơn, ngày 26 tháng 11 năm 2026'],
    [{ year: 2025, month: 2, day: 5 }, 'Hoành Sơn, ngày 05 tháng 02 năm 2025'],
    [{ year: 2025, month: 1, day: 10 }, 'Hoành Sơn, ngày 10 tháng 01 năm 2025'],
    [{ year: 2025, month: 3, day: 9 }, 'Hoành Sơn, ngày 09 tháng 3 năm 2025'],
    [{ year: 2025, month: 9, day: 1 }, 'Hoành Sơn, ngày 01 tháng 9 năm 2025'],
    [{ year: 2025, month: 12, day: 31 }, 'Hoành Sơn, ngày 31 tháng 12 năm 2025'],
  ])('pads days under 10 and months 1–2 only: %o', (date, line) => {
    expect(formatPlaceDate('Hoành Sơn', date)).toBe(line);
  });

  it('leaves a blank for a day or month not yet known', () => {
    expect(formatPlaceDate('Hoành Sơn', { year: 2025, month: 12 })).toMatch(
      /^Hoành Sơn, ngày {3,} tháng 12 năm 2025$/,
    );
    expect(formatPlaceDate('Hoành Sơn', { year: 2026 })).toMatch(
      /^Hoành Sơn, ngày {3,} tháng {3,} năm 2026$/,
    );
  });

  it('refuses dates that do not exist', () => {
    expect(() => formatPlaceDate('X', { year: 2026, month: 2, day: 29 })).toThrow(RangeError);
    expect(formatPlaceDate('X', { year: 2028, month: 2, day: 29 })).toContain('ngày 29 tháng 02');
    expect(() => formatPlaceDate('X', { year: 2026, month: 13 })).toThrow(RangeError);
    expect(() => formatPlaceDate('X', { year: 2026, day: 3 })).toThrow(/month/);
  });
});

describe('number and symbol', () => {
  it('writes "Số:" with the number, a slash and the symbol in upper case', () => {
    expect(formatNumberSymbol(123, 'BC-UBND')).toBe('Số: 123/BC-UBND');
    expect(formatNumberSymbol(10, 'bc-ubnd')).toBe('Số: 10/BC-UBND');
  });

  it('pads numbers under 10 and leaves room for the clerical office on a draft', () => {
    expect(formatNumberSymbol(5, 'BC-UBND')).toBe('Số: 05/BC-UBND');
    expect(formatNumberSymbol(undefined, 'BC-UBND')).toMatch(/^Số: {3,}\/BC-UBND$/);
    expect(() => formatNumberSymbol(0, 'BC-UBND')).toThrow(RangeError);
    expect(() => formatNumberSymbol(2.5, 'BC-UBND')).toThrow(RangeError);
  });
});

describe('heading numbers', () => {
  it('uses Roman numerals, then Arabic numerals, then Vietnamese letters', () => {
    expect([1, 2, 3, 4, 9, 14].map((n) => headingLabel(1, n))).toEqual([
      'I.',
      'II.',
      'III.',
      'IV.',
      'IX.',
      'XIV.',
    ]);
    expect(headingLabel(2, 12)).toBe('12.');
    expect([1, 4, 5, 6, 7, 23].map((n) => headingLabel(3, n))).toEqual([
      'a)',
      'd)',
      'đ)',
      'e)',
      'g)',
      'y)',
    ]);
    expect(() => headingLabel(3, 24)).toThrow(RangeError);
    expect(() => headingLabel(4, 1)).toThrow(/depth 4/);
    expect(toRoman(2026)).toBe('MMXXVI');
  });
});

describe('signature and recipients', () => {
  it('writes the authority lines in upper case, in order', () => {
    expect(
      signatureLines({
        authority: [
          { prefix: 'TM.', of: 'Ủy ban nhân dân' },
          { prefix: 'KT.', of: 'Chủ tịch' },
        ],
        title: 'Phó Chủ tịch',
        name: 'Nguyễn Văn An',
      }),
    ).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(signatureLines({ authority: [], title: 'Chủ tịch', name: 'A' })).toEqual(['CHỦ TỊCH']);
    expect(() => signatureLines({ authority: [], name: 'A' })).toThrow(RangeError);
  });

  it('puts a dash before and a semicolon after each recipient, and the archive last', () => {
    expect(recipientLines({ to: ['Như trên', 'UBND phường;'], archive: ['VT', 'VP'] })).toEqual([
      '- Như trên;',
      '- UBND phường;',
      '- Lưu: VT, VP.',
    ]);
    expect(recipientLines({ to: [] })).toEqual(['- Lưu: VT.']);
  });
});

describe('text width for the rules', () => {
  it('reads Vietnamese letters as their base letters', () => {
    expect(boldTextWidth('Độc lập', 13)).toBe(boldTextWidth('Doc lap', 13));
    expect(boldTextWidth('ƯỜNG', 12)).toBe(boldTextWidth('UONG', 12));
  });

  it('fits the national name and the motto on one line of the right header column', () => {
    const room = cellContentWidth(HEADER_COLUMNS[1]);
    expect(boldTextWidth(NATIONAL_NAME, SIZE.nationalName)).toBeLessThan(room);
    expect(boldTextWidth(MOTTO, SIZE.motto)).toBeLessThan(room);
  });
});
