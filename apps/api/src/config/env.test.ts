import { describe, expect, it } from 'vitest';
import { loadConfig } from './env.ts';

describe('loadConfig: SECOND_FACTOR_KEY', () => {
  it('reads 32 base64 bytes as the sealing key', () => {
    const key = Buffer.alloc(32, 9).toString('base64');
    expect(loadConfig({ SECOND_FACTOR_KEY: key }).secondFactorKey).toEqual(Buffer.alloc(32, 9));
  });

  it('takes an empty value, as docker compose passes an unset variable, for no key', () => {
    expect(loadConfig({ SECOND_FACTOR_KEY: '' }).secondFactorKey).toBeNull();
  });

  it('refuses a key of another length', () => {
    expect(() => loadConfig({ SECOND_FACTOR_KEY: Buffer.alloc(16).toString('base64') })).toThrow(
      /SECOND_FACTOR_KEY/,
    );
  });
});
