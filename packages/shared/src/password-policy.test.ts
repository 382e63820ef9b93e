import { describe, expect, it } from 'vitest';
import { passwordProblem, passwordScore } from './password-policy.ts';

describe('password policy', () => {
  it.each(['password123', 'qwerty12345', 'aaaaaaaaa1', 'password1234', 'iloveyou1234'])(
    'refuses the common or guessable %s',
    (password) => expect(passwordProblem(password)).toBe('TOO_GUESSABLE'),
  );

  it('accepts a long, uncommon passphrase', () => {
    expect(passwordProblem('Tham-gia-Phoi-hop-2026')).toBeNull();
    expect(passwordProblem('MatKhauRatManh#2026')).toBeNull();
  });

  it('refuses the username, with or without accents and case', () => {
    expect(passwordProblem('nguyenvana#Xy7!qq', { username: 'nguyenvana' })).toBe('HAS_USERNAME');
    expect(passwordProblem('NGUYENVANA-2026-kq', { username: 'nguyenvana' })).toBe('HAS_USERNAME');
  });

  it("refuses the unit's name, accent-folded, with or without its kind", () => {
    const context = { unitName: 'Phường Bến Nghé' };
    expect(passwordProblem('BenNghe#Xy7!qq2026', context)).toBe('HAS_UNIT_NAME');
    expect(passwordProblem('phuong ben nghe 2026!', context)).toBe('HAS_UNIT_NAME');
    expect(passwordProblem('Tham-gia-Phoi-hop-2026', context)).toBeNull();
  });

  it('scores from 0 to 4 for the hint', () => {
    expect(passwordScore('password123')).toBe(0);
    expect(passwordScore('Tham-gia-Phoi-hop-2026')).toBe(4);
  });
});
