import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMe, makeUnit } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';

describe('units admin', () => {
  it('warns that deactivating a unit signs its users out', async () => {
    db.me = makeMe(['SYSTEM_ADMIN']);
    db.units = [makeUnit({ name: 'Phường Hoành Sơn' })];
    const { user } = renderApp('/admin/units');

    await user.click(await screen.findByRole('button', { name: 'Vô hiệu hóa' }));
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText(/mọi người dùng của đơn vị bị đăng xuất ngay/),
    ).toBeInTheDocument();
  });
});
