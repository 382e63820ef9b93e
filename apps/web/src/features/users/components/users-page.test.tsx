import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeMe, makeOrganisation, makeUser } from '../../../testing/data';
import { db } from '../../../testing/db';
import { problem } from '../../../testing/problem';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';

describe('users admin', () => {
  it('lists the users the API returns, with translated roles and status', async () => {
    db.me = makeMe(['UNIT_ADMIN']);
    db.users = [
      makeUser({ username: 'tranthibinh', fullName: 'Trần Thị Bình', roles: ['ORG_LEADER'] }),
      makeUser({
        username: 'levancuong',
        fullName: 'Lê Văn Cường',
        roles: ['VIEWER'],
        mustChangePassword: true,
      }),
    ];
    renderApp('/admin/users');

    const table = await screen.findByTestId('users-table');
    const binh = within(table).getByTestId('user-row-tranthibinh');
    expect(binh).toHaveTextContent('Trần Thị Bình');
    expect(binh).toHaveTextContent('Lãnh đạo tổ chức');
    const cuong = within(table).getByTestId('user-row-levancuong');
    expect(cuong).toHaveTextContent('Chưa đổi mật khẩu ban đầu');
    expect(binh).not.toHaveTextContent('Chưa đổi mật khẩu ban đầu');
  });

  it('shows the field error the API returns when creating a user', async () => {
    db.me = makeMe(['UNIT_ADMIN']);
    db.organisations = [makeOrganisation({ name: 'Hội Nông dân phường' })];
    server.use(
      http.post('*/api/users', () =>
        problem('VALIDATION_FAILED', 'Dữ liệu không hợp lệ', {
          errors: [{ path: 'username', message: 'Tên đăng nhập đã được sử dụng' }],
        }),
      ),
    );
    const { user } = renderApp('/admin/users');

    await user.click(await screen.findByRole('button', { name: 'Thêm người dùng' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm người dùng' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Tên đăng nhập' }), 'tranthibinh');
    await user.type(within(dialog).getByRole('textbox', { name: 'Họ và tên' }), 'Trần Thị Bình');
    await user.click(within(dialog).getByRole('combobox', { name: 'Vai trò' }));
    await user.click(await screen.findByRole('option', { name: 'Cán bộ tổ chức' }));
    await user.type(within(dialog).getByLabelText(/^Mật khẩu ban đầu/), 'Cay-Lua-Xanh-2026');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    const username = within(dialog).getByRole('textbox', { name: 'Tên đăng nhập' });
    expect(await within(dialog).findByText('Tên đăng nhập đã được sử dụng')).toBeInTheDocument();
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(username.getAttribute('aria-describedby')).toContain(
      within(dialog).getByText('Tên đăng nhập đã được sử dụng').id,
    );
  });

  it('creates a user and shows it in the list', async () => {
    db.me = makeMe(['UNIT_ADMIN']);
    const { user } = renderApp('/admin/users');

    await user.click(await screen.findByRole('button', { name: 'Thêm người dùng' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm người dùng' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Tên đăng nhập' }), 'phamthidung');
    await user.type(within(dialog).getByRole('textbox', { name: 'Họ và tên' }), 'Phạm Thị Dung');
    await user.click(within(dialog).getByRole('combobox', { name: 'Vai trò' }));
    await user.click(await screen.findByRole('option', { name: 'Người xem' }));
    await user.type(within(dialog).getByLabelText(/^Mật khẩu ban đầu/), 'Cay-Lua-Xanh-2026');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByTestId('user-row-phamthidung')).toHaveTextContent('Phạm Thị Dung');
    expect(db.users).toHaveLength(1);
  });

  it('offers no action on a system admin’s account to a unit admin', async () => {
    db.me = makeMe(['UNIT_ADMIN']);
    db.users = [
      makeUser({ username: 'quantritinh', fullName: 'Quản Trị Tỉnh', roles: ['SYSTEM_ADMIN'] }),
      makeUser({ username: 'canbo', fullName: 'Cán Bộ', roles: ['ORG_OFFICER'] }),
    ];
    renderApp('/admin/users');

    const table = await screen.findByTestId('users-table');
    const system = within(table).getByTestId('user-row-quantritinh');
    expect(within(system).queryByRole('button')).not.toBeInTheDocument();
    const officer = within(table).getByTestId('user-row-canbo');
    for (const name of ['Sửa', 'Đặt lại mật khẩu', 'Kết thúc phiên đăng nhập', 'Vô hiệu hóa']) {
      expect(within(officer).getByRole('button', { name })).toBeInTheDocument();
    }
  });

  it('ends a user’s sessions after confirmation', async () => {
    db.me = makeMe(['UNIT_ADMIN']);
    const target = makeUser({ username: 'matmay', fullName: 'Mất Máy', roles: ['VIEWER'] });
    db.users = [target];
    const ended: string[] = [];
    server.use(
      http.post('*/api/users/:id/sessions/end', ({ params }) => {
        ended.push(String(params.id));
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderApp('/admin/users');

    const row = await screen.findByTestId('user-row-matmay');
    await user.click(within(row).getByRole('button', { name: 'Kết thúc phiên đăng nhập' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kết thúc phiên đăng nhập?' });
    expect(dialog).toHaveTextContent('“Mất Máy” sẽ bị đăng xuất ngay trên mọi thiết bị');
    expect(ended).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Kết thúc phiên đăng nhập' }));

    expect(await screen.findByText('Đã kết thúc các phiên đăng nhập')).toBeInTheDocument();
    expect(ended).toEqual([target.id]);
  });

  it('hides the admin actions from a viewer', async () => {
    db.me = makeMe(['VIEWER']);
    db.users = [makeUser({ username: 'tranthibinh' })];
    renderApp('/admin/users');
    await screen.findByTestId('users-table');
    expect(screen.queryByRole('button', { name: 'Thêm người dùng' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vô hiệu hóa' })).not.toBeInTheDocument();
  });
});

describe('resetting a second factor', () => {
  it('asks first, then posts the reset for that user', async () => {
    db.me = makeMe(['UNIT_ADMIN']);
    const target = makeUser({ username: 'mattoken', fullName: 'Mất Điện Thoại' });
    db.users = [target];
    let resetFor: string | undefined;
    server.use(
      http.post('*/api/users/:id/second-factor/reset', ({ params }) => {
        resetFor = String(params.id);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderApp('/admin/users');
    const row = await screen.findByTestId('user-row-mattoken');
    await user.click(within(row).getByRole('button', { name: 'Đặt lại xác thực hai lớp' }));
    const dialog = await screen.findByRole('dialog', { name: 'Đặt lại xác thực hai lớp?' });
    expect(dialog).toHaveTextContent('Mất Điện Thoại sẽ bị đăng xuất khỏi mọi phiên');
    expect(resetFor).toBeUndefined();
    await user.click(within(dialog).getByRole('button', { name: 'Đặt lại xác thực hai lớp' }));
    await waitFor(() => expect(resetFor).toBe(target.id));
    expect(await screen.findByText('Đã đặt lại xác thực hai lớp')).toBeInTheDocument();
  });
});
