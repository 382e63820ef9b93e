import { changePasswordBodySchema } from '@phoihop/shared/auth';
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeMe } from '../../../testing/data';
import { db } from '../../../testing/db';
import { problem } from '../../../testing/problem';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';

describe('change password', () => {
  it('refuses a confirmation that does not match, in a way screen readers announce', async () => {
    db.me = makeMe(['VIEWER']);
    const { user } = renderApp('/change-password');
    await user.type(await screen.findByLabelText(/^Mật khẩu hiện tại/), 'MatKhauCu2024');
    await user.type(screen.getByLabelText(/^Mật khẩu mới/), 'MatKhauMoi2025');
    await user.type(screen.getByLabelText(/^Nhập lại mật khẩu mới/), 'MatKhauKhac2025');
    await user.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));

    const confirm = screen.getByLabelText(/^Nhập lại mật khẩu mới/);
    expect(await screen.findByText('Mật khẩu nhập lại không khớp')).toBeInTheDocument();
    expect(confirm).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Mật khẩu mới/)).toHaveAccessibleDescription(/12–128 ký tự/);
  });

  it('hints at the strength of the new password as it is typed', async () => {
    db.me = makeMe(['VIEWER']);
    const { user } = renderApp('/change-password');
    const field = await screen.findByLabelText(/^Mật khẩu mới/);
    await user.type(field, 'qwerty');
    expect(await screen.findByText('Độ mạnh: cần ít nhất 12 ký tự')).toBeInTheDocument();
    await user.type(field, '123456');
    expect(await screen.findByText('Độ mạnh: quá phổ biến hoặc dễ đoán')).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, `${db.me.user.username}-Lua-2026`);
    expect(await screen.findByText('Độ mạnh: không được chứa tên đăng nhập')).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, 'Tham-gia-Phoi-hop-2026');
    expect(await screen.findByText('Độ mạnh: mạnh')).toBeInTheDocument();
  });

  it('lets a user who must change the password continue once it is changed', async () => {
    db.me = makeMe(['VIEWER'], { mustChangePassword: true });
    let sent: unknown;
    server.use(
      http.post('*/api/auth/change-password', async ({ request }) => {
        sent = changePasswordBodySchema.parse(await request.json());
        db.me = db.me && { ...db.me, user: { ...db.me.user, mustChangePassword: false } };
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user, location } = renderApp('/');
    await user.type(await screen.findByLabelText(/^Mật khẩu hiện tại/), 'TamThoi2025');
    await user.type(screen.getByLabelText(/^Mật khẩu mới/), 'MatKhauMoi2025');
    await user.type(screen.getByLabelText(/^Nhập lại mật khẩu mới/), 'MatKhauMoi2025');
    await user.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));

    expect(await screen.findByRole('heading', { name: /^Xin chào/ })).toBeInTheDocument();
    await waitFor(() => expect(location().pathname).toBe('/'));
    expect(sent).toEqual({ currentPassword: 'TamThoi2025', newPassword: 'MatKhauMoi2025' });
  });

  it('switches the language on screen only, as the API keeps settings closed until then', async () => {
    db.me = makeMe(['VIEWER'], { mustChangePassword: true });
    let saved = 0;
    server.use(
      http.patch('*/api/auth/profile', () => {
        saved += 1;
        return problem(
          'PASSWORD_CHANGE_REQUIRED',
          'Bạn cần đổi mật khẩu được cấp trước khi tiếp tục',
        );
      }),
    );
    const { user } = renderApp('/change-password');
    await user.click(await screen.findByRole('button', { name: 'Tài khoản' }));
    await user.click(await screen.findByRole('menuitem', { name: 'English' }));

    expect(await screen.findByLabelText(/^Current password/)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(saved).toBe(0);
  });

  it('sends to this screen an account the API holds to a password change', async () => {
    db.me = makeMe(['UNIT_ADMIN']);
    server.use(
      http.get('*/api/users', () => {
        // The password was reset meanwhile: the API now says so, and so will `me`.
        db.me = db.me && { ...db.me, user: { ...db.me.user, mustChangePassword: true } };
        return problem(
          'PASSWORD_CHANGE_REQUIRED',
          'Bạn cần đổi mật khẩu được cấp trước khi tiếp tục',
        );
      }),
    );
    const { location } = renderApp('/admin/users');

    await waitFor(() => expect(location().pathname).toBe('/change-password'));
    expect(await screen.findByLabelText(/^Mật khẩu hiện tại/)).toBeInTheDocument();
  });
});
