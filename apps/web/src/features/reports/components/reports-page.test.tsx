import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMe, newId } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { makeVersion, meWith } from '../testing/fixtures';
import { reportHandlers, reportState } from '../testing/handlers';

const summary = ({
  header: _h,
  content: _c,
  figures: _f,
  ...rest
}: ReturnType<typeof makeVersion>) => rest;

describe('reports', () => {
  it('lists the years newest first with their plan and newest version, and opens a year', async () => {
    db.me = meWith(['report:read']);
    const state = reportState({
      years: [
        {
          year: 2026,
          plan: { id: newId(), title: 'Chương trình phối hợp năm 2026' },
          latestVersion: null,
        },
        {
          year: 2025,
          plan: { id: newId(), title: 'Chương trình phối hợp năm 2025' },
          latestVersion: summary(makeVersion({ versionNo: 3 })),
        },
      ],
    });
    server.use(...reportHandlers(state));
    const { user, location } = renderApp('/reports');

    const years = await screen.findAllByTestId('report-year');
    expect(years.map((y) => within(y).getByRole('heading').textContent)).toEqual([
      'Năm 2026',
      'Năm 2025',
    ]);
    expect(years[0]).toHaveTextContent('Chưa lưu phiên bản nào');
    expect(years[1]).toHaveTextContent('Kế hoạch: Chương trình phối hợp năm 2025');
    expect(years[1]).toHaveTextContent('Phiên bản 3, ngày báo cáo 15/12/2025, do Trần Thị Lan lưu');
    expect(
      within(years[1]!).getByRole('button', { name: 'Tải DOCX báo cáo năm 2025, phiên bản 3' }),
    ).toBeInTheDocument();
    // Only those who set the report's format see the way to its settings.
    expect(screen.queryByRole('link', { name: 'Cài đặt báo cáo' })).not.toBeInTheDocument();

    // A reader reads the report; writing it is the People's Committee staff's.
    expect(within(years[0]!).getByRole('link', { name: 'Xem báo cáo năm 2026' })).toBeVisible();
    await user.click(within(years[1]!).getByRole('link', { name: 'Xem báo cáo năm 2025' }));
    await waitFor(() => expect(location().pathname).toBe('/reports/annual/2025'));
  }, 60_000);

  it('leads a unit admin to the report settings', async () => {
    db.me = makeMe(['UNIT_ADMIN']);
    server.use(...reportHandlers(reportState()));
    const { user, location } = renderApp('/reports');

    expect(
      await screen.findByText('Chưa có năm nào có kế hoạch phối hợp hoặc báo cáo đã lưu.'),
    ).toBeInTheDocument();
    // From the page's header, and from the navigation beside the reports.
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(within(nav).getByRole('link', { name: 'Cài đặt báo cáo' })).toBeInTheDocument();
    await user.click(
      within(screen.getByRole('main')).getByRole('link', { name: 'Cài đặt báo cáo' }),
    );
    await waitFor(() => expect(location().pathname).toBe('/admin/settings'));
    expect(location().search).toMatchObject({ tab: 'report' });
    // The system-wide tabs are the system admin's: the page is the report settings alone.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cài đặt báo cáo' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('form', { name: 'Thể thức báo cáo' })).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Cài đặt báo cáo' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }, 60_000);
});
