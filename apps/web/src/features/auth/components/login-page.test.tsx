import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { makeMe } from '../../../testing/data';
import { db } from '../../../testing/db';
import { problem } from '../../../testing/problem';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';

const throttledTitle = 'Đăng nhập sai quá nhiều lần từ địa chỉ này, vui lòng chờ rồi thử lại';

describe('login page', () => {
  it('tells how long to wait when sign-in is throttled (429)', async () => {
    server.use(
      http.post('*/api/auth/login', () =>
        problem('LOGIN_THROTTLED', throttledTitle, { meta: { retryAfterSeconds: 90 } }),
      ),
    );
    const { user } = renderApp('/login');

    await user.type(await screen.findByLabelText('Tên đăng nhập'), 'nguyenvana');
    await user.type(screen.getByLabelText('Mật khẩu'), 'sai-mat-khau-1');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(throttledTitle);
    expect(alert).toHaveTextContent('Vui lòng thử lại sau 2 phút.');
  });

  it('tells a user of a deactivated unit whom to ask', async () => {
    const message = 'Đơn vị của bạn đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên cấp tỉnh';
    server.use(http.post('*/api/auth/login', () => problem('UNIT_INACTIVE', message)));
    const { user, location } = renderApp('/login');

    await user.type(await screen.findByLabelText('Tên đăng nhập'), 'nguyenvana');
    await user.type(screen.getByLabelText('Mật khẩu'), 'MatKhau2025');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(location().pathname).toBe('/login');
  });

  it('says only that the username or password is wrong', async () => {
    server.use(
      http.post('*/api/auth/login', () =>
        problem('INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng'),
      ),
    );
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText('Tên đăng nhập'), 'nguyenvana');
    await user.type(screen.getByLabelText('Mật khẩu'), 'sai');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(alert).not.toHaveTextContent('lần thử');
  });

  it('sends a signed-out visitor to login, then back to the page first asked for', async () => {
    const me = makeMe(['UNIT_ADMIN']);
    server.use(
      http.post('*/api/auth/login', async ({ request }) => {
        db.me = me; // the session cookie now exists
        const { HttpResponse } = await import('msw');
        expect(await request.json()).toEqual({ username: 'nguyenvana', password: 'MatKhau2025' });
        return HttpResponse.json(me);
      }),
    );
    const { user, location } = renderApp('/admin/users');

    await user.type(await screen.findByLabelText('Tên đăng nhập'), 'nguyenvana');
    expect(location().pathname).toBe('/login');
    await user.type(screen.getByLabelText('Mật khẩu'), 'MatKhau2025');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByRole('heading', { name: 'Người dùng' })).toBeInTheDocument();
    await waitFor(() => expect(location().pathname).toBe('/admin/users'));
  });

  it('forces a password change before anything else', async () => {
    db.me = makeMe(['ORG_OFFICER'], { mustChangePassword: true });
    const { location } = renderApp('/plans');
    expect(await screen.findByRole('heading', { name: 'Đổi mật khẩu' })).toBeInTheDocument();
    expect(location().pathname).toBe('/change-password');
    expect(screen.queryByRole('navigation', { name: 'Điều hướng chính' })).not.toBeInTheDocument();
  });
});
