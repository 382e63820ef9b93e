import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeMe } from '../../testing/data';
import { db } from '../../testing/db';
import { renderApp } from '../../testing/render-app';
import { server } from '../../testing/server';

describe('PageHeader', () => {
  it('names the browser tab after the page and gives the name back when the page goes', async () => {
    db.me = makeMe(['ORG_OFFICER']);
    server.use(http.get('*/api/cases', () => HttpResponse.json({ items: [], nextCursor: null })));
    const view = renderApp('/cases');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đơn thư' })).toBeInTheDocument();
    expect(document.title).toBe('Đơn thư · Phối hợp');

    await view.router.navigate({ to: '/plans' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kế hoạch phối hợp' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Kế hoạch phối hợp · Phối hợp'));

    view.unmount();
    expect(document.title).toBe('Phối hợp');
  });
});
