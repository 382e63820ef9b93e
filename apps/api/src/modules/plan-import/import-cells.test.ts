import { describe, expect, it } from 'vitest';
import { compareCodes, parseCode, parseDate, parseKind, parseNumber, parseRecurrence } from './import-cells.ts';
import { matchOrganisation } from './organisation-names.ts';

describe('import cells', () => {
  it('reads outline codes, forgiving a trailing dot', () => {
    expect(parseCode('2.1')).toBe('2.1');
    expect(parseCode(3)).toBe('3');
    expect(parseCode(' 2. ')).toBe('2');
    for (const bad of ['a.b', '2..1', '0', '1.0', '-1', '', null]) expect(parseCode(bad)).toBeNull();
  });

  it('sorts codes parents first, numerically', () => {
    expect(['2', '1.10', '1', '1.2'].sort(compareCodes)).toEqual(['1', '1.2', '1.10', '2']);
  });

  it('reads dates the Vietnamese way, Excel dates and ISO text', () => {
    expect(parseDate('31/12/2026')).toBe('2026-12-31');
    expect(parseDate('1/2/2026')).toBe('2026-02-01');
    expect(parseDate('2026-03-05')).toBe('2026-03-05');
    expect(parseDate(new Date(Date.UTC(2026, 0, 15) - 1))).toBe('2026-01-15');
    expect(parseDate(46037)).toBe('2026-01-15');
    expect(parseDate('')).toBeNull();
    for (const bad of ['31/02/2026', '12/31/2026', 'mai', '2026']) expect(parseDate(bad)).toBeUndefined();
  });

  it('reads numbers with a decimal comma and tells text apart', () => {
    expect(parseNumber('1,5')).toBe(1.5);
    expect(parseNumber(' 500 ')).toBe(500);
    expect(parseNumber(null)).toBeNull();
    expect(parseNumber('nhiều')).toBeUndefined();
  });

  it('accepts the words of the contract with or without accents', () => {
    expect(parseKind('LĨNH VỰC')).toBe('AREA');
    expect(parseKind('nhiem vu')).toBe('TASK');
    expect(parseKind('việc')).toBeUndefined();
    expect(parseRecurrence('Hằng quý')).toBe('QUARTERLY');
    expect(parseRecurrence(null)).toBe('NONE');
    expect(parseRecurrence('hằng năm')).toBeUndefined();
  });

  it('finds organisations by name or short name, and refuses ambiguous ones', () => {
    const orgs = [
      { id: '1', name: 'Đoàn Thanh niên phường', shortName: 'Đoàn phường' },
      { id: '2', name: 'Hội Phụ nữ', shortName: 'HPN' },
      { id: '3', name: 'Hội Nông dân', shortName: 'HPN' },
    ];
    expect(matchOrganisation(orgs, 'doan phuong')).toMatchObject({ id: '1' });
    expect(matchOrganisation(orgs, 'ĐOÀN THANH NIÊN PHƯỜNG')).toMatchObject({ id: '1' });
    expect(matchOrganisation(orgs, 'HPN')).toContain('khớp nhiều');
    expect(matchOrganisation(orgs, 'Ai đó')).toContain('Không tìm thấy');
  });
});
