import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeMe } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { makeDashboard, makeMine } from '../testing/fixtures';

describe('“Việc của tổ chức tôi”', () => {
  it('shows this year by default and another year when chosen', async () => {
    db.me = makeMe(['ORG_OFFICER']);
    const asked: (string | null)[] = [];
    server.use(
      http.get('*/api/dashboard', ({ request }) => {
        const mineYear = new URL(request.url).searchParams.get('mineYear');
        asked.push(mineYear);
        const year = mineYear === null ? 2026 : Number(mineYear);
        return HttpResponse.json(
          makeDashboard({
            mine: makeMine({ year, tasksOverdue: { value: year === 2025 ? 2 : 1, link: null } }),
          }),
        );
      }),
    );
    const { user, location } = renderApp('/');

    const mine = await screen.findByRole('region', { name: 'Việc của tổ chức tôi' });
    const year = within(mine).getByRole('combobox', { name: 'Năm theo dõi' });
    expect(year).toHaveValue('2026');
    expect(asked[0]).toBeNull();
    expect(within(mine).getByText('Nhiệm vụ quá hạn').parentElement).toHaveTextContent(
      /^1Nhiệm vụ quá hạn$/,
    );

    await user.click(year);
    await user.click(await screen.findByRole('option', { name: '2025' }));
    await waitFor(() => expect(location().search).toMatchObject({ mineYear: 2025 }));
    await waitFor(() => expect(asked.at(-1)).toBe('2025'));
    await waitFor(() =>
      expect(within(mine).getByRole('combobox', { name: 'Năm theo dõi' })).toHaveValue('2025'),
    );
    // The figure is the chosen year's: 2 in 2025 where 2026 had 1.
    await waitFor(() =>
      expect(within(mine).getByText('Nhiệm vụ quá hạn').parentElement).toHaveTextContent(
        /^2Nhiệm vụ quá hạn$/,
      ),
    );
  });
});
