import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { frontOrg, makeMe, makeOrganisation } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { exportHandlers } from '../../exports/testing/fixtures';
import { makeCaseSummary } from '../testing/case-data';

function serveCases(rows = [makeCaseSummary()]) {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get('*/api/cases', ({ request }) => {
      requests.push(new URL(request.url).searchParams);
      return HttpResponse.json({ items: rows, nextCursor: null });
    }),
  );
  return requests;
}

describe('case list', () => {
  it('reads its filters from the URL, sends them to the API and writes changes back', async () => {
    db.me = makeMe(['ORG_OFFICER']);
    const org = makeOrganisation({ id: frontOrg.id, kind: 'FATHERLAND_FRONT', shortName: 'MTTQ' });
    db.organisations = [org];
    const requests = serveCases();
    const exports = exportHandlers([{ status: 'RUNNING' }]);
    server.use(...exports.handlers);
    const { user, location } = renderApp(
      `/cases?scope=forwarded&state=overdue&status=ACCEPTED&kind=COMPLAINT&org=${org.id}&from=2026-01-01&q=nguyen%20van`,
    );

    expect((await screen.findAllByText('2026/0001')).length).toBeGreaterThan(0);
    expect(Object.fromEntries(requests[0]!)).toMatchObject({
      scope: 'forwarded',
      state: 'overdue',
      status: 'ACCEPTED',
      kind: 'COMPLAINT',
      organisationId: org.id,
      from: '2026-01-01',
      q: 'nguyen van',
    });
    expect(screen.getByRole('searchbox', { name: 'Tìm kiếm' })).toHaveValue('nguyen van');
    expect(screen.getByRole('tab', { name: 'Tổ chức tôi chuyển đến' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByRole('combobox', { name: 'Tiến độ giải quyết' })).toHaveValue('Quá hạn');
    expect(screen.getByRole('combobox', { name: 'Bước xử lý' })).toHaveValue('Đã thụ lý');
    expect(await screen.findByDisplayValue('MTTQ')).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Lĩnh vực' }));
    await user.click(await screen.findByRole('option', { name: 'Đất đai' }));
    await waitFor(() =>
      expect(location().search).toMatchObject({
        scope: 'forwarded',
        state: 'overdue',
        field: 'LAND',
      }),
    );
    await waitFor(() => expect(requests.at(-1)?.get('field')).toBe('LAND'));

    await user.click(screen.getByRole('tab', { name: 'Tôi xử lý' }));
    await waitFor(() => expect(location().search).toMatchObject({ scope: 'mine', field: 'LAND' }));

    // The export gets exactly what the list shows.
    await user.click(screen.getByRole('button', { name: 'Xuất danh sách' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Excel (.xlsx)' }));
    await waitFor(() => expect(exports.state.bodies).toHaveLength(1));
    expect(exports.state.bodies[0]).toEqual({
      list: 'cases',
      format: 'xlsx',
      query: {
        scope: 'mine',
        state: 'overdue',
        status: 'ACCEPTED',
        kind: 'COMPLAINT',
        field: 'LAND',
        organisationId: org.id,
        from: '2026-01-01',
        q: 'nguyen van',
      },
    });
  });

  it('shows number, dates, badges, a masked denouncer and overdue colouring; register only with case:register', async () => {
    db.me = { ...makeMe(['VIEWER']), permissions: ['case:read', 'case:statistics'] };
    serveCases([
      makeCaseSummary({
        number: '2026/0007',
        kind: 'DENUNCIATION',
        identityProtected: true,
        petitionerLabel: 'Người tố cáo (được bảo mật)',
        status: 'ACCEPTED',
        handler: { id: '00000000-0000-4000-8000-000000009999', fullName: 'Lê Thị Hoa' },
        dueOn: '2026-03-01',
        dueClock: 'resolution',
        timeliness: 'overdue',
      }),
    ]);
    renderApp('/cases');

    const table = await screen.findByTestId('cases-table');
    const row = within(table).getByTestId('case-row-2026/0007');
    expect(row).toHaveTextContent('10/02/2026');
    expect(row).toHaveTextContent('Tố cáo');
    expect(row).toHaveTextContent('Đất đai');
    expect(row).toHaveTextContent('Người tố cáo (được bảo mật)');
    expect(row).toHaveTextContent('Đã thụ lý');
    expect(row).toHaveTextContent('Lê Thị Hoa');
    expect(within(row).getByText('01/03/2026', { exact: false })).toHaveAttribute(
      'data-timeliness',
      'overdue',
    );
    expect(within(row).getByText('Quá hạn')).toBeInTheDocument();
    // The same rows as cards for phones.
    expect(
      within(screen.getByTestId('cases-cards')).getByTestId('case-card-2026/0007'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Tiếp nhận đơn' })).not.toBeInTheDocument();
  });

  it('offers "Tiếp nhận đơn" to those who may register letters', async () => {
    db.me = makeMe(['ORG_OFFICER']);
    serveCases([]);
    renderApp('/cases');
    expect(await screen.findByRole('link', { name: 'Tiếp nhận đơn' })).toHaveAttribute(
      'href',
      '/cases/new',
    );
  });

  it('tells a viewer who may not read letters what the list is for and links to the statistics', async () => {
    db.me = makeMe(['VIEWER']);
    const requests = serveCases([]);
    renderApp('/cases');

    expect(
      await screen.findByText(
        'Danh sách đơn thư dành cho cán bộ tiếp nhận, giải quyết hoặc theo dõi đơn thư. Tài khoản của bạn không xem được nội dung từng đơn, nhưng xem được số liệu thống kê đơn thư của đơn vị.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('Chưa có đơn thư nào.')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem thống kê đơn thư' })).toHaveAttribute(
      'href',
      '/cases/statistics',
    );
    // No tabs, filters or export over a list that is always empty for this account.
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xuất danh sách' })).not.toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it('says whose letters an organisation officer sees when none are there', async () => {
    db.me = makeMe(['ORG_OFFICER']);
    serveCases([]);
    renderApp('/cases');
    expect(
      await screen.findByText(
        'Chưa có đơn thư nào do tổ chức của bạn chuyển đến, được giao giải quyết hoặc do bạn xử lý.',
      ),
    ).toBeInTheDocument();
  });
});
