// The admin:create command applies the same password policy as the app.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFirstAdmin } from '../../src/seed/create-admin.ts';
import { buildTestApp } from '../helpers/app.ts';

const t = await buildTestApp();
const run = (username: string, password: string) => {
  vi.stubEnv('ADMIN_PASSWORD', password);
  return createFirstAdmin(
    t.db,
    { username, 'unit-code': '42', 'unit-name': 'Tỉnh Hà Tĩnh' },
    () => {},
  );
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('admin:create', () => {
  it.each([
    ['qwerty123456', 'Mật khẩu quá phổ biến'],
    ['quantri-tinh-Lua-2026', 'tên đăng nhập'],
    ['HaTinh-Xanh-Lua-2026', 'tên đơn vị'],
  ])('refuses %s and creates nothing', async (password, message) => {
    await expect(run('quantri-tinh', password)).rejects.toThrow(message);
    expect(await t.db.user.count({ where: { username: 'quantri-tinh' } })).toBe(0);
  });

  it('creates the first admin with a strong password', async () => {
    await run('quantri-tinh', 'Tham-gia-Phoi-hop-2026');
    expect(await t.db.user.count({ where: { username: 'quantri-tinh' } })).toBe(1);
  });
});
