import type { Dashboard } from '@phoihop/shared/dashboard';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeMe } from '../../../testing/data';
import { db } from '../../../testing/db';
import { problem } from '../../../testing/problem';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { makeDashboard, makeMine, makeOverview } from '../testing/fixtures';

/** Serves `dashboardOf(year)` and records the years asked for (null: none in the query). */
function serveDashboard(dashboardOf: (year: number | null) => Dashboard) {
  const years: (number | null)[] = [];
  server.use(
    http.get('*/api/dashboard', ({ request }) => {
      const year = new URL(request.url).searchParams.get('year');
      years.push(year === null ? null : Number(year));
      return HttpResponse.json(dashboardOf(year === null ? null : Number(year)));
    }),
  );
  return years;
}

const card = (name: string) => screen.findByRole('region', { name });

describe('home dashboard', () => {
  it('shows an officer her organisation’s work only, every number linked to its list', async () => {
    db.me = makeMe(['ORG_OFFICER']);
    const years = serveDashboard(() => makeDashboard());
    renderApp('/');

    const mine = await card('Việc của tổ chức tôi');
    expect(mine).toHaveTextContent('Hội Liên hiệp Phụ nữ phường');
    expect(within(mine).getByRole('link', { name: 'Nhiệm vụ quá hạn: 1' })).toHaveAttribute(
      'href',
      '/plans/my-tasks?timeliness=overdue',
    );
    expect(
      within(mine).getByRole('link', { name: 'Nhiệm vụ đến hạn trong 7 ngày: 2' }),
    ).toHaveAttribute('href', '/plans/my-tasks?timeliness=due-soon');
    expect(
      within(mine).getByRole('link', { name: 'Kiến nghị sau giám sát chờ trả lời (mọi năm): 3' }),
    ).toHaveAttribute('href', '/supervision/recommendations?mine=true&status=UNANSWERED');
    expect(
      within(mine).getByRole('link', { name: 'Kiến nghị cử tri chờ trả lời (mọi năm): 0' }),
    ).toHaveAttribute('href', '/voter-contact/petitions?mine=true&status=SENT');
    // No case access: no letter figures.
    expect(
      within(mine).queryByText('Đơn thư quá hạn giải quyết (mọi năm)'),
    ).not.toBeInTheDocument();

    const upcoming = within(mine).getAllByTestId('upcoming-item');
    expect(upcoming).toHaveLength(2);
    expect(upcoming[0]).toHaveTextContent('14/03/2026');
    expect(upcoming[0]).toHaveTextContent('Tiếp xúc cử tri');
    expect(
      within(upcoming[0]!).getByRole('link', { name: 'Tiếp xúc cử tri trước kỳ họp thứ 3' }),
    ).toHaveAttribute('href', '/voter-contact?year=2026');

    expect(screen.queryByRole('region', { name: /Tình hình chung/ })).not.toBeInTheDocument();
    expect(screen.queryByTestId('dashboard-year')).not.toBeInTheDocument();
    expect(years).toEqual([null]);
  });

  it('shows the letters figures to someone who may read cases', async () => {
    db.me = makeMe(['ORG_OFFICER']);
    serveDashboard(() =>
      makeDashboard({
        mine: makeMine({
          casesOverdue: { value: 4, link: { to: '/cases', search: { state: 'overdue' } } },
          casesDueSoon: { value: 0, link: { to: '/cases', search: { state: 'due-soon' } } },
        }),
      }),
    );
    renderApp('/');

    const mine = await card('Việc của tổ chức tôi');
    expect(
      within(mine).getByRole('link', { name: 'Đơn thư quá hạn giải quyết (mọi năm): 4' }),
    ).toHaveAttribute('href', '/cases?state=overdue');
    expect(
      within(mine).getByRole('link', { name: 'Đơn thư sắp đến hạn (mọi năm): 0' }),
    ).toHaveAttribute('href', '/cases?state=due-soon');
  });

  it('shows a leader the ward’s overview: figures, tables behind the charts, links', async () => {
    db.me = makeMe(['ORG_LEADER']);
    serveDashboard(() => makeDashboard({ overview: makeOverview(2026) }));
    renderApp('/');

    const overview = await card('Tình hình chung năm 2026');
    // Every card says the year its counts are of.
    const letters = within(overview).getByRole('region', { name: 'Đơn thư tiếp nhận năm 2026' });
    const period = 'from=2026-01-01&to=2026-12-31';
    for (const [name, href] of [
      ['Tiếp nhận: 48', `/cases?${period}&state=received`],
      ['Đã xử lý: 43', `/cases?${period}&state=handled`],
      ['Đang giải quyết: 5', `/cases?${period}&state=open`],
      ['Đang giải quyết, quá hạn: 2', `/cases?${period}&state=overdue`],
      ['Xử lý đúng hạn: 95,3% (41/43 đơn đã xử lý)', `/cases?${period}&state=handled`],
    ] as const) {
      expect(within(letters).getByRole('link', { name })).toHaveAttribute('href', href);
    }
    // The rate's base is on screen, not only in its name.
    expect(within(letters).getByText('41/43 đơn đã xử lý')).toBeInTheDocument();
    // By status: the statuses that have letters.
    const byStatus = within(letters).getByRole('table', { name: 'Đơn thư theo bước xử lý' });
    expect(within(byStatus).getByRole('link', { name: 'Đã kết thúc: 40 đơn' })).toBeInTheDocument();
    expect(within(byStatus).queryByText('Đã rút đơn')).not.toBeInTheDocument();

    const areas = within(overview).getByRole('region', { name: 'Tiến độ kế hoạch theo lĩnh vực' });
    expect(
      within(areas).getByRole('link', { name: 'Kế hoạch: Chương trình phối hợp năm 2026' }),
    ).toHaveAttribute('href', expect.stringMatching(/^\/plans\/[0-9a-f-]{36}$/));
    const areaTable = within(areas).getByRole('table', { name: 'Tiến độ kế hoạch theo lĩnh vực' });
    const rows = within(areaTable).getAllByTestId('progress-row');
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells(rows[0]!)).toEqual([
      '1. Công tác tiếp công dân, giải quyết khiếu nại, tố cáo80%',
      '4',
      '3',
      '1',
    ]);
    expect(cells(rows[1]!)).toEqual(['2. Giám sát và phản biện xã hội25,5%', '2', '0', '0']);
    expect(
      within(rows[0]!).getByRole('link', {
        name: '1. Công tác tiếp công dân, giải quyết khiếu nại, tố cáo: 4 nhiệm vụ',
      }),
    ).toHaveAttribute('href', expect.stringMatching(/^\/plans\/[0-9a-f-]{36}\?tab=tasks&area=/));
    // The chart loads on its own and says where its figures are.
    expect(
      await within(areas).findByText(/Biểu đồ cột: tiến độ \(%\) của từng lĩnh vực/),
    ).toBeInTheDocument();

    const byOrg = within(overview).getByRole('region', { name: 'Tiến độ theo tổ chức chủ trì' });
    expect(within(byOrg).getByRole('link', { name: 'HPN: 3 nhiệm vụ' })).toHaveAttribute(
      'href',
      expect.stringMatching(/\?tab=tasks&org=/),
    );

    const months = within(overview).getByRole('region', { name: 'Đơn thư theo tháng' });
    const monthRows = within(months).getAllByTestId('letters-month-row');
    expect(monthRows).toHaveLength(12);
    expect(monthRows[1]).toHaveTextContent('Tháng 25');
    expect(
      within(monthRows[1]!).getByRole('link', { name: 'Tháng 2: 5 đơn tiếp nhận' }),
    ).toHaveAttribute('href', '/cases?from=2026-02-01&to=2026-02-28');

    const mediation = within(overview).getByRole('region', { name: 'Hòa giải ở cơ sở năm 2026' });
    expect(
      within(mediation).getByRole('link', { name: 'Tổ hòa giải hiện có: 15' }),
    ).toBeInTheDocument();
    // Successful of the concluded cases, the one still in mediation named beside it.
    expect(
      within(mediation).getByRole('link', {
        name: 'Tỷ lệ hòa giải thành: 100% (11/11 vụ đã kết thúc hòa giải)',
      }),
    ).toHaveAttribute('href', `/mediation?${period}&concluded=true`);
    expect(within(mediation).getByRole('link', { name: 'Đang hòa giải: 1' })).toBeInTheDocument();

    const supervision = within(overview).getByRole('region', {
      name: 'Giám sát và kiến nghị sau giám sát năm 2026',
    });
    expect(
      within(supervision).getByRole('link', { name: 'Quá hạn chưa trả lời: 2' }),
    ).toHaveAttribute('href', '/supervision/recommendations?overdue=true');
    // A figure with no list behind it is plain text, its base beside it.
    expect(within(supervision).getByText('66,7%')).not.toHaveAttribute('href');
    expect(within(supervision).getByText('6/9 kiến nghị đã gửi')).toBeInTheDocument();

    const voter = within(overview).getByRole('region', { name: 'Kiến nghị cử tri năm 2026' });
    expect(within(voter).getByRole('link', { name: 'Quá hạn chưa trả lời: 2' })).toHaveAttribute(
      'href',
      '/voter-contact/petitions?overdue=true',
    );
  });

  it('keeps the year in the URL and asks for it', async () => {
    db.me = makeMe(['ORG_LEADER']);
    const years = serveDashboard((year) => {
      const y = year ?? 2026;
      return makeDashboard({ year: y, overview: makeOverview(y) });
    });
    const { user, location } = renderApp('/?year=2025');

    expect(await card('Tình hình chung năm 2025')).toBeInTheDocument();
    expect(years).toEqual([2025]);
    const select = screen.getByRole('combobox', { name: 'Năm' });
    expect(select).toHaveValue('2025');

    await user.click(select);
    await user.click(await screen.findByRole('option', { name: '2024' }));
    expect(await card('Tình hình chung năm 2024')).toBeInTheDocument();
    expect(location().search).toEqual({ year: 2024 });
    expect(years).toEqual([2025, 2024]);
  });

  it('follows a number to its list inside the app', async () => {
    db.me = makeMe(['ORG_LEADER']);
    serveDashboard(() => makeDashboard({ overview: makeOverview(2026) }));
    // The list page behind the link: an empty page of cases is enough here.
    server.use(http.get('*/api/cases', () => HttpResponse.json({ items: [], nextCursor: null })));
    const { user, location } = renderApp('/');

    const letters = await card('Đơn thư tiếp nhận năm 2026');
    await user.click(within(letters).getByRole('link', { name: 'Đang giải quyết, quá hạn: 2' }));
    await waitFor(() => expect(location().pathname).toBe('/cases'));
    expect(location().search).toEqual({ from: '2026-01-01', to: '2026-12-31', state: 'overdue' });
  });

  it('says so when there is nothing: no organisation, no plan, no letters, nothing coming up', async () => {
    db.me = makeMe(['UNIT_ADMIN']);
    const empty = makeOverview(2027, {
      plan: null,
      progressByArea: [],
      progressByOrganisation: [],
    });
    serveDashboard(() =>
      makeDashboard({
        year: 2027,
        mine: makeMine({
          organisation: null,
          tasksDueSoon: { value: null, link: null },
          tasksOverdue: { value: null, link: null },
          recommendationsAwaiting: { value: null, link: null },
          petitionsAwaiting: { value: null, link: null },
          upcoming: [],
        }),
        overview: {
          ...empty,
          lettersByMonth: empty.lettersByMonth.map((m) => ({ ...m, received: 0, handled: 0 })),
        },
      }),
    );
    renderApp('/');

    const mine = await card('Việc của tổ chức tôi');
    expect(mine).toHaveTextContent('Tài khoản không thuộc tổ chức nào');
    expect(within(mine).queryByText('Nhiệm vụ quá hạn')).not.toBeInTheDocument();
    expect(mine).toHaveTextContent('Không có việc nào sắp tới.');
    expect(await card('Tiến độ kế hoạch theo lĩnh vực')).toHaveTextContent(
      'Chưa có kế hoạch phối hợp năm 2027.',
    );
    expect(screen.queryByRole('region', { name: 'Tiến độ theo tổ chức chủ trì' })).toBeNull();
    expect(await card('Đơn thư theo tháng')).toHaveTextContent(
      'Chưa có đơn thư nào trong năm 2027.',
    );
  });

  it('shows an error with a retry when the figures cannot be loaded', async () => {
    db.me = makeMe(['ORG_OFFICER']);
    let failing = true;
    server.use(
      http.get('*/api/dashboard', () =>
        failing
          ? problem('UNAVAILABLE', 'Hệ thống đang bận, vui lòng thử lại sau')
          : HttpResponse.json(makeDashboard()),
      ),
    );
    const { user } = renderApp('/');

    // The query client retries a server error twice (about 3 s) before giving up.
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('Hệ thống đang bận, vui lòng thử lại sau');
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await card('Việc của tổ chức tôi')).toBeInTheDocument();
  });
});
