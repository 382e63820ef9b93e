import { afterEach, describe, expect, it } from 'vitest';
import { textSchema } from './common.ts';
import { isoDateSchema } from './dates.ts';
import { createSupervisionBodySchema } from './supervision.ts';
import {
  setValidationLanguage,
  translateValidationMessage,
  validationMessageKeyOf,
  validationMessages,
} from './validation-messages.ts';

afterEach(() => setValidationLanguage('vi'));

const firstMessage = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe('the shared schemas’ validation messages', () => {
  it('are Vietnamese by default, as the API sends them', () => {
    expect(firstMessage(textSchema(10).safeParse(''))).toBe('Không được để trống');
    expect(firstMessage(textSchema(5).safeParse('quá dài rồi'))).toBe('Tối đa 5 ký tự');
    expect(firstMessage(isoDateSchema.safeParse('0001-01-01'))).toBe('Năm phải từ 1900 đến 2100');
  });

  it('follow the language the SPA sets', () => {
    setValidationLanguage('en');
    expect(firstMessage(textSchema(10).safeParse(''))).toBe('Required');
    expect(firstMessage(textSchema(5).safeParse('quá dài rồi'))).toBe('At most 5 characters');
    expect(firstMessage(isoDateSchema.safeParse('2026-02-30'))).toBe(
      'Not a valid date (YYYY-MM-DD)',
    );
  });

  it('find the key and parameters of a Vietnamese message, to translate one the API sent', () => {
    expect(validationMessageKeyOf('Tối đa 200 ký tự')).toEqual({
      key: 'maxChars',
      params: { max: '200' },
    });
    expect(translateValidationMessage('Tối đa 200 ký tự', 'en')).toBe('At most 200 characters');
    expect(translateValidationMessage('Tên đăng nhập đã được dùng', 'en')).toBe(
      'Tên đăng nhập đã được dùng',
    );
  });

  it('have the same placeholders in both languages', () => {
    for (const { vi, en } of Object.values(validationMessages)) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(en)).toEqual(names(vi));
    }
  });

  it('speak English in the supervision schemas too', () => {
    setValidationLanguage('en');
    const result = createSupervisionBodySchema.safeParse({ title: 'x', supervisedBodies: [] });
    expect(result.error?.issues.map((issue) => issue.message)).toContain(
      'Give at least one body under supervision',
    );
  });
});
