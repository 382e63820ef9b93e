import { organisationKinds, roles, unitKinds } from '@phoihop/shared/roles';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../lib/i18n';
import enBase from './en.json';
import viBase from './vi.json';

const vi = messagesOf('vi', viBase) as typeof viBase;
const en = messagesOf('en', enBase) as typeof enBase;

const keysOf = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => keysOf(child, `${prefix}${key}.`))
    : [prefix.slice(0, -1)];

describe('translations', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(vi).sort());
  });

  it('name every role, unit kind and organisation kind of the shared contract', () => {
    for (const file of [vi, en]) {
      expect(Object.keys(file.roles).sort()).toEqual([...roles].sort());
      expect(Object.keys(file.unitKinds).sort()).toEqual([...unitKinds].sort());
      expect(Object.keys(file.organisationKinds).sort()).toEqual([...organisationKinds].sort());
    }
  });
});
