import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeMe, makeOrganisation, makePlan, makeTaskRow } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';

describe('plan task table', () => {
  it('reads its filters from the URL, sends them to the API and writes changes back', async () => {
    db.me = makeMe(['VIEWER']);
    const plan = makePlan();
    const org = makeOrganisation({ name: 'Hội Liên hiệp Phụ nữ phường', shortName: 'HPN' });
    db.organisations = [org];
    db.planTrees = [{ plan, items: [] }];
    const requests: URLSearchParams[] = [];
    server.use(
      http.get('*/api/tasks', ({ request }) => {
        requests.push(new URL(request.url).searchParams);
        return HttpResponse.json({
          items: [makeTaskRow({ planId: plan.id, title: 'Tổ chức ngày hội đại đoàn kết' })],
          nextCursor: null,
        });
      }),
    );
    const { user, location } = renderApp(
      `/plans/${plan.id}?tab=tasks&org=${org.id}&involvement=lead&timeliness=overdue&dueFrom=2026-01-01&q=hoi`,
    );

    expect((await screen.findAllByText(/Tổ chức ngày hội đại đoàn kết/)).length).toBeGreaterThan(0);
    const first = requests[0]!;
    expect(Object.fromEntries(first)).toMatchObject({
      planId: plan.id,
      organisationId: org.id,
      involvement: 'lead',
      timeliness: 'overdue',
      dueFrom: '2026-01-01',
      q: 'hoi',
    });
    expect(screen.getByRole('searchbox', { name: 'Tìm kiếm' })).toHaveValue('hoi');
    expect(await screen.findByRole('combobox', { name: 'Thời hạn' })).toHaveValue('Quá hạn');
    expect(screen.getByRole('combobox', { name: 'Tổ chức' })).toHaveValue('HPN');

    await user.click(screen.getByRole('combobox', { name: 'Trạng thái' }));
    await user.click(await screen.findByRole('option', { name: 'Hoàn thành' }));

    await waitFor(() =>
      expect(location().search).toMatchObject({
        tab: 'tasks',
        org: org.id,
        involvement: 'lead',
        timeliness: 'overdue',
        status: 'DONE',
      }),
    );
    await waitFor(() => expect(requests.at(-1)?.get('status')).toBe('DONE'));
  });
});
