import { reportFigureKeys } from '@phoihop/shared/reports';
import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';

type Words = Record<string, Record<string, { label?: string; source?: string } | string>>;

describe('the English words of the report figures', () => {
  it('name every figure the API sends, so none falls back to Vietnamese', () => {
    const words = en.reports.figureWords as unknown as Words;
    const missing = reportFigureKeys.filter((key) => {
      const [area = '', name = ''] = key.split('.');
      const entry = words[area]?.[name];
      return typeof entry !== 'object' || !entry.label || !entry.source;
    });
    expect(missing).toEqual([]);
  });
});
