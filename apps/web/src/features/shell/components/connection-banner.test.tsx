import { onlineManager } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeMe, makeUnit } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';

describe('a lost connection', () => {
  it('says so instead of spinning, and loads the page once the server answers again', async () => {
    db.me = makeMe(['SYSTEM_ADMIN']);
    db.units = [makeUnit({ name: 'Phường Hoành Sơn' })];
    let serverUp = false;
    server.use(
      // fetch rejects with a TypeError: no HTTP answer at all.
      http.get('*/api/units', () => (serverUp ? undefined : HttpResponse.error())),
      http.get('*/healthz', () => (serverUp ? undefined : HttpResponse.error())),
    );
    const { user } = renderApp('/admin/units');

    const status = await screen.findByTestId('connection-status');
    expect(await within(status).findByText('Mất kết nối')).toBeInTheDocument();
    expect(status).toHaveAttribute('role', 'status');
    expect(await screen.findByText('Đang chờ kết nối để tải dữ liệu…')).toBeInTheDocument();
    expect(screen.queryByLabelText('Đang tải…')).not.toBeInTheDocument();

    serverUp = true;
    await user.click(within(status).getByRole('button', { name: 'Thử kết nối lại' }));
    expect(await screen.findByText('Phường Hoành Sơn')).toBeInTheDocument();
    expect(within(status).getByText('Đã kết nối lại.')).toBeInTheDocument();
    expect(within(status).queryByText('Mất kết nối')).not.toBeInTheDocument();
  });

  it('shows the browser going offline and back online', async () => {
    db.me = makeMe(['VIEWER']);
    renderApp('/');
    const status = await screen.findByTestId('connection-status');
    expect(status).toBeEmptyDOMElement();
    act(() => onlineManager.setOnline(false));
    expect(within(status).getByText('Mất kết nối')).toBeInTheDocument();
    act(() => onlineManager.setOnline(true));
    expect(within(status).getByText('Đã kết nối lại.')).toBeInTheDocument();
  });

  it('keeps an open form and what was typed when a save fails for lack of network', async () => {
    db.me = makeMe(['SYSTEM_ADMIN']);
    let created: unknown = null;
    server.use(
      http.post('*/api/units', async ({ request }) => {
        if (!onlineManager.isOnline()) return HttpResponse.error();
        created = await request.json();
        return HttpResponse.json(makeUnit({ code: 'HS', name: 'Phường Hoành Sơn' }), {
          status: 201,
        });
      }),
    );
    const { user } = renderApp('/admin/units');
    await user.click(await screen.findByRole('button', { name: 'Thêm đơn vị' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/^Mã đơn vị/), 'HS');
    await user.type(within(dialog).getByLabelText(/^Tên đơn vị/), 'Phường Hoành Sơn');

    act(() => onlineManager.setOnline(false));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(
      await screen.findByText('Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(within(dialog).getByLabelText(/^Tên đơn vị/)).toHaveValue('Phường Hoành Sơn');
    expect(within(dialog).getByRole('button', { name: 'Lưu' })).not.toHaveAttribute('data-loading');
    expect(created).toBeNull();

    act(() => onlineManager.setOnline(true));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(created).toMatchObject({ code: 'HS', name: 'Phường Hoành Sơn' });
  });
});
