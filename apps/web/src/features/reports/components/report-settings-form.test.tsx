import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeMe } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { settings } from '../testing/fixtures';
import { reportHandlers, reportState } from '../testing/handlers';

async function replace(user: UserEvent, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

describe('report settings', () => {
  it('saves the unit’s first settings without If-Match, lines as lists, and previews the header', async () => {
    db.me = makeMe(['UNIT_ADMIN']);
    const state = reportState({ settings: { settings, version: null } });
    server.use(...reportHandlers(state));
    const { user } = renderApp('/admin/settings?tab=report');

    const form = await screen.findByRole('form', { name: 'Thể thức báo cáo' });
    expect(
      within(form).getByText('Đơn vị chưa lưu cài đặt: đây là gợi ý lấy từ tên đơn vị.'),
    ).toBeInTheDocument();
    await replace(user, within(form).getByLabelText(/Cơ quan chủ quản/), 'UBND TỈNH HÀ TĨNH');
    await user.click(within(form).getByRole('button', { name: 'Xóa dòng thẩm quyền 2' }));
    await replace(user, within(form).getByLabelText(/Chức vụ người ký/), 'CHỦ TỊCH');
    await replace(user, within(form).getByLabelText(/Họ và tên người ký/), 'Lê Văn Hùng');
    await replace(
      user,
      within(form).getByRole('textbox', { name: /^Nơi nhận/ }),
      'UBND tỉnh;\n\nThường trực Đảng ủy phường\n',
    );
    const preview = within(form).getByTestId('report-settings-preview');
    expect(preview).toHaveTextContent('UBND TỈNH HÀ TĨNH');
    expect(preview).toHaveTextContent('TM. ỦY BAN NHÂN DÂNCHỦ TỊCH');
    expect(preview).toHaveTextContent('- UBND tỉnh;- Thường trực Đảng ủy phường;- Lưu: VT, VP.');

    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu')).toBeInTheDocument();
    const put = state.requests.find((r) => r.method === 'PUT')!;
    expect(put.ifMatch).toBeNull();
    expect(put.body).toEqual({
      issuerParent: ['UBND TỈNH HÀ TĨNH'],
      issuerName: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG HOÀNH SƠN'],
      symbol: 'BC-UBND',
      place: 'Hoành Sơn',
      signature: {
        authority: [{ prefix: 'TM.', of: 'ỦY BAN NHÂN DÂN' }],
        title: 'CHỦ TỊCH',
        name: 'Lê Văn Hùng',
      },
      recipients: { to: ['UBND tỉnh;', 'Thường trực Đảng ủy phường'], archive: ['VP'] },
    });
  }, 60_000);

  it('checks the fields, sends the version it read and says when someone else saved first', async () => {
    db.me = makeMe(['UNIT_ADMIN']);
    const state = reportState({ settings: { settings, version: 3 } });
    server.use(...reportHandlers(state));
    const { user } = renderApp('/admin/settings?tab=report');

    const form = await screen.findByRole('form', { name: 'Thể thức báo cáo' });
    await user.clear(within(form).getByLabelText(/Tên cơ quan ban hành/));
    await user.clear(within(form).getByLabelText(/Họ và tên người ký/));
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await within(form).findAllByText('Không được để trống')).toHaveLength(2);
    expect(state.requests.filter((r) => r.method === 'PUT')).toHaveLength(0);

    await replace(user, within(form).getByLabelText(/Tên cơ quan ban hành/), 'ỦY BAN NHÂN DÂN');
    await replace(user, within(form).getByLabelText(/Họ và tên người ký/), 'Lê Văn Hùng');
    // Someone saved version 4 meanwhile.
    state.settings = { settings: { ...settings, symbol: 'BC-VP' }, version: 4 };
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Bản ghi vừa được người khác thay đổi')).toBeInTheDocument();
    expect(state.requests.find((r) => r.method === 'PUT')!.ifMatch).toBe('"3"');
    // The form now shows what the other person saved.
    await waitFor(() =>
      expect(
        within(screen.getByRole('form', { name: 'Thể thức báo cáo' })).getByLabelText(/Ký hiệu/),
      ).toHaveValue('BC-VP'),
    );
  }, 60_000);
});
