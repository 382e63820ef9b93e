// One word for one thing (issue 13): the letters with a result are "Đã xử lý" everywhere, as the
// ward's own report says ("đã xử lý 43 đơn"); the two case filters have two clearly different
// names; "Ủy ban" is spelt as the report's body spells it. These scan every Vietnamese string.
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../lib/i18n';
import viBase from './vi.json';

const vi = messagesOf('vi', viBase);

/** Every string with its key. */
const entries = (value: unknown, prefix = ''): [string, string][] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => entries(child, `${prefix}${key}.`))
    : typeof value === 'string'
      ? [[prefix.slice(0, -1), value]]
      : [];

const strings = entries(vi);

describe('Vietnamese wording', () => {
  it('calls the handled letters "Đã xử lý", never "Đã giải quyết" nor "Đã xử lý xong"', () => {
    const rejected = strings.filter(([, text]) => /^(Đã giải quyết|Đã xử lý xong)$/i.test(text));
    expect(rejected).toEqual([]);
    expect(strings.filter(([, text]) => /đã xử lý xong/i.test(text))).toEqual([]);
    expect(strings.find(([key]) => key === 'dashboard.letters.handled')?.[1]).toBe('Đã xử lý');
    expect(strings.find(([key]) => key === 'cases.statistics.handled')?.[1]).toBe('Đã xử lý');
    expect(strings.find(([key]) => key === 'cases.states.handled')?.[1]).toBe('Đã xử lý');
  });

  it('names no two filters "Tình trạng" and "Trạng thái" side by side', () => {
    expect(strings.filter(([, text]) => text === 'Tình trạng')).toEqual([]);
  });

  it('spells "Ủy ban" as the report body does, never "Uỷ ban"', () => {
    expect(strings.filter(([, text]) => /uỷ ban/i.test(text))).toEqual([]);
  });
});
