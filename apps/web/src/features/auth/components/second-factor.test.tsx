import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeMe } from '../../../testing/data';
import { db } from '../../../testing/db';
import { problem } from '../../../testing/problem';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';

const codes = Array.from({ length: 10 }, (_, i) => `abcde-fgh${String(i).padStart(2, '0')}`);

describe('second factor at sign-in', () => {
  it('asks for the code after MFA_REQUIRED and signs in with password and code', async () => {
    const me = makeMe(['UNIT_ADMIN']);
    const bodies: unknown[] = [];
    server.use(
      http.post('*/api/auth/login', async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        bodies.push(body);
        if (!body.otp) return problem('MFA_REQUIRED', 'Nhập mã xác thực 6 số');
        if (body.otp !== '123456') {
          return problem('MFA_INVALID_CODE', 'Mã xác thực không đúng');
        }
        db.me = me;
        return HttpResponse.json(me);
      }),
    );
    const { user, location } = renderApp('/login');
    await user.type(await screen.findByLabelText('Tên đăng nhập'), 'quantri');
    await user.type(screen.getByLabelText('Mật khẩu'), 'MatKhau2025');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    const code = await screen.findByLabelText('Mã xác thực');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.type(code, '111111');
    await user.click(screen.getByRole('button', { name: 'Xác nhận' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Mã xác thực không đúng');

    await user.clear(screen.getByLabelText('Mã xác thực'));
    await user.type(screen.getByLabelText('Mã xác thực'), '123 456');
    await user.click(screen.getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(location().pathname).toBe('/'));
    expect(bodies.at(-1)).toEqual({ username: 'quantri', password: 'MatKhau2025', otp: '123456' });
  });

  it('takes a recovery code instead of the app code', async () => {
    const me = makeMe(['UNIT_ADMIN']);
    let last: unknown;
    server.use(
      http.post('*/api/auth/login', async ({ request }) => {
        last = await request.json();
        if (!(last as { recoveryCode?: string }).recoveryCode)
          return problem('MFA_REQUIRED', 'Cần mã');
        db.me = me;
        return HttpResponse.json(me);
      }),
    );
    const { user, location } = renderApp('/login');
    await user.type(await screen.findByLabelText('Tên đăng nhập'), 'quantri');
    await user.type(screen.getByLabelText('Mật khẩu'), 'MatKhau2025');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    await user.click(await screen.findByRole('button', { name: 'Dùng mã khôi phục' }));
    await user.type(screen.getByLabelText('Mã khôi phục'), 'abcde-fgh01');
    await user.click(screen.getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(location().pathname).toBe('/'));
    expect(last).toEqual({
      username: 'quantri',
      password: 'MatKhau2025',
      recoveryCode: 'abcde-fgh01',
    });
  });
});

describe('enrolment', () => {
  it('sends an account that must enrol to the security page, then into the app', async () => {
    db.me = makeMe(['UNIT_ADMIN'], {}, { required: true, enrolled: false });
    let confirmed: unknown;
    server.use(
      http.get('*/api/auth/second-factor', () =>
        HttpResponse.json({
          required: true,
          enrolled: false,
          enrolledAt: null,
          recoveryCodesLeft: 0,
        }),
      ),
      http.post('*/api/auth/second-factor/setup', () =>
        HttpResponse.json({
          otpauthUri: 'otpauth://totp/x',
          qrCodeSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
          secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
        }),
      ),
      http.post('*/api/auth/second-factor/confirm', async ({ request }) => {
        confirmed = await request.json();
        db.me = makeMe(['UNIT_ADMIN'], {}, { required: true, enrolled: true });
        return HttpResponse.json({ codes });
      }),
    );
    const { user, location } = renderApp('/plans');
    expect(await screen.findByRole('heading', { name: 'Bảo mật tài khoản' })).toBeInTheDocument();
    expect(location().pathname).toBe('/account/security');
    expect(screen.queryByRole('navigation', { name: 'Điều hướng chính' })).not.toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Bật xác thực hai lớp' }));
    expect(await screen.findByTestId('setup-key')).toHaveTextContent(
      'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
    );
    expect(screen.getByRole('img', { name: /Mã QR/ })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Mã xác thực/), '654321');
    await user.click(screen.getByRole('button', { name: 'Xác nhận và bật' }));

    const panel = await screen.findByTestId('recovery-codes');
    expect(panel).toHaveTextContent('abcde-fgh00');
    expect(panel).toHaveTextContent('abcde-fgh09');
    expect(confirmed).toEqual({ otp: '654321' });
    await user.click(screen.getByRole('button', { name: 'Tôi đã lưu các mã' }));
    await waitFor(() => expect(location().pathname).toBe('/'));
  });

  it('shows a wrong confirmation code on the field', async () => {
    db.me = makeMe(['VIEWER'], {}, { required: false, enrolled: false });
    server.use(
      http.get('*/api/auth/second-factor', () =>
        HttpResponse.json({
          required: false,
          enrolled: false,
          enrolledAt: null,
          recoveryCodesLeft: 0,
        }),
      ),
      http.post('*/api/auth/second-factor/setup', () =>
        HttpResponse.json({ otpauthUri: 'otpauth://totp/x', qrCodeSvg: '<svg/>', secret: 'ABC' }),
      ),
      http.post('*/api/auth/second-factor/confirm', () =>
        problem('VALIDATION_FAILED', 'Dữ liệu không hợp lệ', {
          errors: [
            { path: 'otp', message: 'Mã xác thực không đúng, đã hết hạn hoặc đã được dùng' },
          ],
        }),
      ),
    );
    const { user } = renderApp('/account/security');
    expect(await screen.findByText(/không bắt buộc/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bật xác thực hai lớp' }));
    await user.type(await screen.findByLabelText(/Mã xác thực/), '000000');
    await user.click(screen.getByRole('button', { name: 'Xác nhận và bật' }));
    expect(
      await screen.findByText('Mã xác thực không đúng, đã hết hạn hoặc đã được dùng'),
    ).toBeInTheDocument();
  });

  it('shows an enrolled account its status and renews its recovery codes with a code', async () => {
    db.me = makeMe(['UNIT_ADMIN']);
    server.use(
      http.get('*/api/auth/second-factor', () =>
        HttpResponse.json({
          required: true,
          enrolled: true,
          enrolledAt: '2026-12-01T03:00:00.000Z',
          recoveryCodesLeft: 7,
        }),
      ),
      http.post('*/api/auth/second-factor/recovery-codes', () => HttpResponse.json({ codes })),
    );
    const { user } = renderApp('/account/security');
    expect(await screen.findByText('Đã bật xác thực hai lớp từ 01/12/2026')).toBeInTheDocument();
    expect(screen.getByText('Còn 7 mã khôi phục chưa dùng.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tắt xác thực hai lớp' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/Mã xác thực/), '222333');
    await user.click(screen.getByRole('button', { name: 'Tạo lại mã khôi phục' }));
    expect(await screen.findByTestId('recovery-codes')).toHaveTextContent('abcde-fgh05');
  });
});
