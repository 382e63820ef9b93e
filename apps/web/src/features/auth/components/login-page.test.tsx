import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { makeMe } from '../../../testing/data';
import { db } from '../../../testing/db';
import { problem } from '../../../testing/problem';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';

const lockedDetail =
  'Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau 14:30 10/03/2025.';

describe('login page', () => {
  it('shows the API lockout message in an alert on 423', async () => {
    server.use(
      http.post('*/api/auth/login', () =>
        problem('ACCOUNT_LOCKED', lockedDetail, {
          meta: { lockedUntil: '2025-03-10T07:30:00.000Z' },
        }),
      ),
    );
    const { user } = renderApp('/login');

    await user.type(await screen.findByLabelText('Tên đăng nhập'), 'nguyenvana');
    await user.type(screen.getByLabelText('Mật khẩu'), 'sai-mat-khau-1');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(lockedDetail);
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

  it('tells how many attempts remain after a wrong password', async () => {
    server.use(
      http.post('*/api/auth/login', () =>
        problem('INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng', {
          meta: { remainingAttempts: 2 },
        }),
      ),
    );
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText('Tên đăng nhập'), 'nguyenvana');
    await user.type(screen.getByLabelText('Mật khẩu'), 'sai');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(alert).toHaveTextContent('Còn 2 lần thử');
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
