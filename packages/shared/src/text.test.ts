import { describe, expect, it } from 'vitest';
import { foldText, normalizeText, searchTextOf, searchWords, unsafeTextOf } from './text.ts';

describe('foldText', () => {
  it('removes tones and maps đ to d', () => {
    expect(foldText('Nguyễn Văn Đức đất đai')).toBe('nguyen van duc dat dai');
  });

  it('folds the combining-mark form the same as the precomposed one', () => {
    const combining = 'Hoa\u0300nh So\u031Bn';
    expect(combining).not.toBe('Hoành Sơn');
    expect(foldText(combining)).toBe(foldText('Hoành Sơn'));
  });
});

describe('normalizeText', () => {
  it('composes to NFC and collapses spaces', () => {
    expect(normalizeText('  Hoa\u0300nh   Sơn ')).toBe('Hoành Sơn');
  });
});

describe('searchTextOf', () => {
  it('joins the parts that are present', () => {
    expect(searchTextOf('Hội Phụ nữ', null, 'HPN')).toBe('hoi phu nu hpn');
  });
});

describe('searchWords', () => {
  it('splits a query into folded words, ignoring extra spaces', () => {
    expect(searchWords('  Hội  phụ NỮ ')).toEqual(['hoi', 'phu', 'nu']);
    expect(searchWords(undefined)).toEqual([]);
  });
});

describe('unsafeTextOf', () => {
  it('names what may not be stored, and lets tab and new lines through', () => {
    expect(unsafeTextOf('a\u0000')).toBe('control');
    expect(unsafeTextOf('\ud83d')).toBe('surrogate');
    expect(unsafeTextOf('👍\t\r\n')).toBeNull();
    expect(unsafeTextOf('\u202E')).toBeNull();
    expect(unsafeTextOf('\u202E', { name: true })).toBe('bidi');
  });
});
