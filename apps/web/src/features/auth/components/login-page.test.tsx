import { http, HttpResponse } from 'msw';
import type { Locale } from '@phoihop/shared/auth';
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

  describe('the language picked on the sign-in page', () => {
    const signInInEnglish = async (account: ReturnType<typeof makeMe>) => {
      const saved: Locale[] = [];
      server.use(
        http.post('*/api/auth/login', () => {
          db.me = account;
          return HttpResponse.json(account);
        }),
        http.patch('*/api/auth/profile', async ({ request }) => {
          const { locale } = (await request.json()) as { locale: Locale };
          saved.push(locale);
          if (!db.me) return problem('UNAUTHENTICATED', 'Vui lòng đăng nhập');
          db.me = { ...db.me, user: { ...db.me.user, locale } };
          return HttpResponse.json(db.me);
        }),
      );
      const view = renderApp('/login');
      await view.user.click(await screen.findByRole('radio', { name: 'English' }));
      await view.user.type(await screen.findByLabelText('Username'), 'nguyenvana');
      await view.user.type(screen.getByLabelText('Password'), 'MatKhau2025');
      await view.user.click(screen.getByRole('button', { name: 'Sign in' }));
      return { ...view, saved };
    };

    it('is saved to the account instead of giving way to the saved Vietnamese', async () => {
      const { saved } = await signInInEnglish(makeMe(['VIEWER'], { locale: 'vi' }));

      expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeVisible();
      await waitFor(() => expect(saved).toEqual(['en']));
      expect(db.me?.user.locale).toBe('en');
      expect(document.documentElement.lang).toBe('en');
    });

    it('stays on screen only while the account must first change its password', async () => {
      const { saved } = await signInInEnglish(
        makeMe(['VIEWER'], { locale: 'vi', mustChangePassword: true }),
      );

      expect(await screen.findByLabelText(/^Current password/)).toBeInTheDocument();
      expect(document.documentElement.lang).toBe('en');
      expect(saved).toEqual([]);
    });
  });
});
