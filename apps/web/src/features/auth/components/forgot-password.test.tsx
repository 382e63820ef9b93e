import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { problem } from '../../../testing/problem';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';

describe('forgot password', () => {
  it('says to ask the unit administrator and names them', async () => {
    server.use(
      http.get('*/api/auth/password-help', () =>
        HttpResponse.json({
          units: [
            {
              name: 'Phường Hoành Sơn',
              admins: [{ fullName: 'Phạm Thị Thu', position: 'Công chức Văn phòng - Thống kê' }],
            },
          ],
        }),
      ),
    );
    const { user } = renderApp('/login');
    const link = await screen.findByRole('button', { name: 'Quên mật khẩu?' });
    expect(link).toHaveAttribute('aria-expanded', 'false');
    await user.click(link);

    expect(link).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/Hãy liên hệ quản trị viên của đơn vị mình/)).toBeVisible();
    expect(await screen.findByText('Phường Hoành Sơn')).toBeInTheDocument();
    expect(screen.getByText('Phạm Thị Thu — Công chức Văn phòng - Thống kê')).toBeInTheDocument();
  });

  it('still says whom to ask when the list cannot be loaded', async () => {
    server.use(
      http.get('*/api/auth/password-help', () => problem('RATE_LIMITED', 'Quá nhiều yêu cầu')),
    );
    const { user } = renderApp('/login');
    await user.click(await screen.findByRole('button', { name: 'Quên mật khẩu?' }));
    expect(screen.getByText(/Hãy liên hệ quản trị viên của đơn vị mình/)).toBeVisible();
    await waitFor(() =>
      expect(screen.queryByText('Đang tải danh sách quản trị viên…')).not.toBeInTheDocument(),
    );
    expect(screen.queryByText('Quản trị viên của các đơn vị:')).not.toBeInTheDocument();
  });
});
