import type { ScorecardRow } from '@phoihop/shared/plans';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeMe, makeOrganisation, makePlan } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';

describe('the plan’s by-organisation tab', () => {
  it('shows a partner’s contributions instead of “—” and opens each organisation’s tasks', async () => {
    db.me = makeMe(['VIEWER']);
    const plan = makePlan();
    db.planTrees = [{ plan, items: [] }];
    const ubnd = makeOrganisation({
      name: 'Ủy ban nhân dân phường Hoành Sơn',
      shortName: 'UBND phường',
    });
    const women = makeOrganisation({
      name: 'Hội Liên hiệp Phụ nữ phường Hoành Sơn',
      shortName: 'Hội LHPN phường',
    });
    db.organisations = [ubnd, women];
    const row = (organisation: typeof ubnd, values: Partial<ScorecardRow>): ScorecardRow => ({
      organisation: {
        id: organisation.id,
        name: organisation.name,
        shortName: organisation.shortName,
      },
      led: 0,
      partnered: 0,
      done: 0,
      doneOnTime: 0,
      overdue: 0,
      progress: null,
      contributions: 0,
      contributedTasks: 0,
      ...values,
    });
    server.use(
      http.get('*/api/plans/:id/scorecard', () =>
        HttpResponse.json([
          row(ubnd, { led: 5, progress: 55 }),
          row(women, { partnered: 4, contributions: 3, contributedTasks: 2 }),
        ]),
      ),
    );
    const { user, location } = renderApp(`/plans/${plan.id}?tab=scorecard`);

    const table = await screen.findByTestId('scorecard-table');
    const womenRow = within(table)
      .getByRole('link', { name: /Hội Liên hiệp Phụ nữ/ })
      .closest('tr')!;
    expect(within(womenRow).getByText('Phối hợp: 3 báo cáo trên 2 nhiệm vụ')).toBeInTheDocument();
    expect(within(womenRow).queryByText('—')).toBeNull();

    await user.click(
      within(table).getByRole('link', {
        name: 'Xem nhiệm vụ của Hội Liên hiệp Phụ nữ phường Hoành Sơn',
      }),
    );
    await waitFor(() => expect(location().search).toMatchObject({ tab: 'tasks', org: women.id }));
  });
});
