import { describe, expect, it } from 'vitest';
import {
  cursorSchema,
  dateTimeSchema,
  MAX_VERSION,
  nameSchema,
  optionalMultilineTextSchema,
  optionalTextSchema,
  parseIfMatch,
  searchQuerySchema,
  textSchema,
} from './common.ts';
import { isoDateSchema } from './dates.ts';

const refuses = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) =>
  expect(schema.safeParse(value).success, JSON.stringify(value)).toBe(false);

describe('textSchema', () => {
  it('stores trimmed NFC text on one line', () => {
    expect(textSchema(50).parse('  Hoa\u0300nh   Sơn\n ')).toBe('Hoành Sơn');
    expect(textSchema(50).parse('a\tb')).toBe('a b');
  });

  it('refuses NUL, lone surrogates and control characters, with a Vietnamese message', () => {
    for (const value of [
      'a\u0000b',
      '\ud800',
      'x\udc00',
      'a\u0007b',
      '\u001b[31m',
      'a\u007fb',
      'a\u0085b',
      'a\u000bb',
    ]) {
      refuses(textSchema(50), value);
      refuses(optionalTextSchema(50), value);
    }
    expect(textSchema(50).safeParse('a\u0000b').error?.issues[0]?.message).toMatch(
      /ký tự điều khiển/,
    );
  });

  it('keeps a surrogate pair (an emoji) and allows bidi marks outside names', () => {
    expect(textSchema(50).parse('Hội 👍')).toBe('Hội 👍');
    expect(textSchema(50).parse('\u202Eabc')).toBe('\u202Eabc');
  });

  it('still counts length and blanks after normalising', () => {
    refuses(textSchema(3), 'abcd');
    refuses(textSchema(3), '   ');
    expect(optionalTextSchema(3).parse('  ')).toBeNull();
  });
});

describe('nameSchema', () => {
  it('refuses bidirectional embeddings, overrides and isolates', () => {
    for (const c of [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ]) {
      refuses(nameSchema(50), `Nguyễn${c}Văn A`);
    }
    expect(nameSchema(50).parse(' Nguyễn Văn  A ')).toBe('Nguyễn Văn A');
  });
});

describe('optionalMultilineTextSchema', () => {
  it('keeps line breaks and tabs, and refuses other control characters', () => {
    expect(optionalMultilineTextSchema(100).parse('- Một\r\n\n  - Hai\tba ')).toBe(
      '- Một\n- Hai ba',
    );
    refuses(optionalMultilineTextSchema(100), 'a\nb\u0000');
  });
});

describe('the query-string schemas', () => {
  it('refuse NUL and lone surrogates in a search, and anything but base64url in a cursor', () => {
    refuses(searchQuerySchema, 'a\u0000');
    refuses(searchQuerySchema, '\ud800');
    expect(searchQuerySchema.parse('Hoành Sơn')).toBe('Hoành Sơn');
    refuses(cursorSchema, 'a\u0000');
    refuses(cursorSchema, 'eyJ9+/=');
    expect(cursorSchema.parse('WyIyMDI2LTAxLTAxIl0')).toBe('WyIyMDI2LTAxLTAxIl0');
  });
});

describe('the date schemas', () => {
  it('take real days of 1900–2100 only', () => {
    for (const value of [
      '0000-01-01',
      '0001-01-01',
      '1899-12-31',
      '2101-01-01',
      '9999-12-31',
      '2026-02-30',
      '2026-13-01',
    ]) {
      refuses(isoDateSchema, value);
    }
    for (const value of ['1900-01-01', '2024-02-29', '2100-12-31'])
      expect(isoDateSchema.parse(value)).toBe(value);
  });

  it('bound date-times the same way', () => {
    refuses(dateTimeSchema, '0001-01-01T00:00:00Z');
    refuses(dateTimeSchema, '9999-12-31T23:59:59Z');
    expect(dateTimeSchema.parse('2026-11-20T03:00:00.000Z')).toBe('2026-11-20T03:00:00.000Z');
    expect(dateTimeSchema.parse('2026-11-20T10:00:00+07:00')).toBe('2026-11-20T10:00:00+07:00');
  });
});

describe('parseIfMatch', () => {
  it('reads the version a client saw', () => {
    expect(parseIfMatch('"3"')).toBe(3);
    expect(parseIfMatch('W/"12"')).toBe(12);
    expect(parseIfMatch(' 7 ')).toBe(7);
    expect(parseIfMatch(['"4"'])).toBe(4);
    expect(parseIfMatch('"0"')).toBe(0);
    expect(parseIfMatch(`"${MAX_VERSION}"`)).toBe(MAX_VERSION);
  });

  it('tells a missing header from a malformed or out-of-bounds one', () => {
    expect(parseIfMatch(undefined)).toBe('missing');
    expect(parseIfMatch('')).toBe('missing');
    for (const value of [
      '"2147483648"',
      '"99999999999999999999"',
      '"-1"',
      '"abc"',
      '"1", "2"',
      '*',
      '"1\u0000"',
      '"1.5"',
      '"1',
    ]) {
      expect(parseIfMatch(value), value).toBe('invalid');
    }
  });
});
