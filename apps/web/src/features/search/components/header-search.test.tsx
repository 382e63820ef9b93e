import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeMe, newId } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';

describe('header search', () => {
  it('searches from the header and opens a hit, grouped by list', async () => {
    db.me = makeMe(['ORG_OFFICER']);
    const caseId = newId();
    const asked: string[] = [];
    server.use(
      http.get('*/api/search', ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('q') ?? '');
        return HttpResponse.json({
          groups: [
            {
              kind: 'cases',
              items: [
                {
                  id: caseId,
                  title: 'Tố cáo cán bộ địa chính',
                  context: '2026/0007',
                  link: `/cases/${caseId}`,
                },
              ],
              more: false,
            },
            { kind: 'tasks', items: [], more: false },
          ],
        });
      }),
    );
    const { user, location } = renderApp('/plans');

    await user.click(await screen.findByRole('button', { name: 'Tìm kiếm' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tìm kiếm' });
    expect(dialog).toHaveTextContent('Gõ ít nhất 2 ký tự.');
    await user.type(within(dialog).getByLabelText('Từ khóa'), 'dia chinh');

    const results = await within(dialog).findByTestId('search-results');
    expect(asked.at(-1)).toBe('dia chinh');
    expect(within(results).getByRole('heading', { name: 'Đơn thư' })).toBeInTheDocument();
    // An empty group is not shown.
    expect(within(results).queryByRole('heading', { name: 'Nhiệm vụ' })).toBeNull();
    expect(results).toHaveTextContent('2026/0007');
    await user.click(within(results).getByRole('link', { name: 'Tố cáo cán bộ địa chính' }));

    await waitFor(() => expect(location().pathname).toBe(`/cases/${caseId}`));
    expect(screen.queryByRole('dialog', { name: 'Tìm kiếm' })).toBeNull();
  });

  it('says when nothing is found', async () => {
    db.me = makeMe(['VIEWER']);
    server.use(http.get('*/api/search', () => HttpResponse.json({ groups: [] })));
    const { user } = renderApp('/plans');
    await user.click(await screen.findByRole('button', { name: 'Tìm kiếm' }));
    await user.type(await screen.findByLabelText('Từ khóa'), 'khong co');
    expect(await screen.findByText('Không có kết quả cho “khong co”.')).toBeInTheDocument();
  });
});
