import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { frontOrg, makeMe, makeOrganisation } from '../../../testing/data';
import { db } from '../../../testing/db';
import { problem } from '../../../testing/problem';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { makeCaseSummary } from '../../cases/testing/case-data';
import { committee, meWith } from '../../supervision/testing/fixtures';
import { supervisionHandlers, supervisionState } from '../../supervision/testing/handlers';
import { exportHandlers, makeExportJob } from '../testing/fixtures';

/** Serves the case list and keeps the query strings it was asked with. */
function serveCases() {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get('*/api/cases', ({ request }) => {
      requests.push(new URL(request.url).searchParams);
      return HttpResponse.json({ items: [makeCaseSummary()], nextCursor: null });
    }),
  );
  return requests;
}

/** The list request's query string, as the export must carry it: without paging. */
const filtersOf = (params: URLSearchParams) => {
  const query = Object.fromEntries(params);
  delete query.limit;
  delete query.cursor;
  return query;
};

/** Clicks that save a file land here instead of in jsdom's unimplemented navigation. */
function catchDownloads() {
  const saved: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push(this.href);
  });
  return saved;
}

afterEach(() => vi.restoreAllMocks());

describe('export menu', () => {
  it('exports the case list with its filters, shows the progress, then saves the file', async () => {
    db.me = makeMe(['ORG_OFFICER']);
    db.organisations = [makeOrganisation({ id: frontOrg.id, shortName: 'MTTQ' })];
    const requests = serveCases();
    const api = exportHandlers([
      { status: 'RUNNING', processed: 40, total: 120 },
      {
        status: 'DONE',
        processed: 120,
        total: 120,
        fileName: 'danh-sach-don-thu.xlsx',
        finishedAt: '2026-03-10T08:01:00.000Z',
      },
    ]);
    server.use(...api.handlers);
    const saved = catchDownloads();
    const { user } = renderApp(
      `/cases?scope=mine&state=overdue&kind=DENUNCIATION&org=${frontOrg.id}&from=2026-01-01&q=nguy%E1%BB%85n%20v%C4%83n`,
    );
    // The first render of the file loads the whole app: slow on a busy machine.
    expect(
      (await screen.findAllByText('2026/0001', {}, { timeout: 15_000 })).length,
    ).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Xuất danh sách' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Excel (.xlsx)' }));

    await waitFor(() => expect(api.state.bodies).toHaveLength(1));
    // Exactly what the list asked its own endpoint for, value for value.
    expect(api.state.bodies[0]).toEqual({
      list: 'cases',
      format: 'xlsx',
      query: filtersOf(requests.at(-1)!),
    });
    expect(api.state.bodies[0]!.query).toEqual({
      scope: 'mine',
      state: 'overdue',
      kind: 'DENUNCIATION',
      organisationId: frontOrg.id,
      from: '2026-01-01',
      q: 'nguyễn văn',
    });

    const notice = await screen.findByTestId('export-notice');
    expect(await within(notice).findByText('40/120 dòng')).toBeInTheDocument();
    expect(screen.getByText('Xuất tệp: Đơn thư – Excel (.xlsx)')).toBeInTheDocument();
    // The page stays usable meanwhile.
    expect(screen.getByRole('button', { name: 'Xuất danh sách' })).toBeEnabled();

    const link = await within(notice).findByRole(
      'link',
      { name: 'Tải về danh-sach-don-thu.xlsx' },
      { timeout: 4000 },
    );
    const fileUrl = `/api/exports/${api.state.job!.id}/file`;
    expect(new URL(link.getAttribute('href')!).pathname).toBe(fileUrl);
    expect(within(notice).getByText('Đã tạo xong tệp')).toBeInTheDocument();
    // Saved once by itself; the link stays for another copy.
    await waitFor(() => expect(saved.map((href) => new URL(href).pathname)).toEqual([fileUrl]));

    await user.click(screen.getByRole('button', { name: 'Đóng' }));
    await waitFor(() => expect(screen.queryByTestId('export-notice')).not.toBeInTheDocument());
  });

  it("says why a job failed, in the server's words", async () => {
    db.me = makeMe(['ORG_OFFICER']);
    serveCases();
    const api = exportHandlers([
      { status: 'RUNNING', processed: 0, total: null },
      { status: 'FAILED', error: 'Máy chủ dừng giữa chừng, vui lòng xuất lại.' },
    ]);
    server.use(...api.handlers);
    const saved = catchDownloads();
    const { user } = renderApp('/cases');
    expect((await screen.findAllByText('2026/0001')).length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Xuất danh sách' }));
    await user.click(await screen.findByRole('menuitem', { name: 'CSV (.csv)' }));

    const notice = await screen.findByTestId('export-notice');
    expect(
      await within(notice).findByText(
        'Máy chủ dừng giữa chừng, vui lòng xuất lại.',
        {},
        { timeout: 4000 },
      ),
    ).toBeInTheDocument();
    expect(within(notice).getByText('Không tạo được tệp')).toBeInTheDocument();
    expect(within(notice).queryByRole('link')).not.toBeInTheDocument();
    expect(api.state.bodies[0]).toEqual({ list: 'cases', format: 'csv', query: {} });
    expect(saved).toEqual([]);
  });

  it('shows a refused export as an error and queues nothing', async () => {
    db.me = makeMe(['ORG_OFFICER']);
    serveCases();
    server.use(
      http.post('*/api/exports', () =>
        problem('FORBIDDEN', 'Bạn không có quyền xuất danh sách này'),
      ),
    );
    const { user } = renderApp('/cases');
    expect((await screen.findAllByText('2026/0001')).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Xuất danh sách' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Excel (.xlsx)' }));
    expect(await screen.findByText('Bạn không có quyền xuất danh sách này')).toBeInTheDocument();
    expect(screen.queryByTestId('export-notice')).not.toBeInTheDocument();
  });

  it('exports the recommendations as filtered, the open-only default included', async () => {
    db.me = meWith(['supervision:read'], committee);
    const supervision = supervisionState();
    server.use(...supervisionHandlers(supervision));
    const api = exportHandlers([{ status: 'DONE', processed: 2, total: 2, fileName: 'kn.csv' }]);
    server.use(...api.handlers);
    const saved = catchDownloads();
    const { user } = renderApp(
      '/supervision/recommendations?overdue=true&mine=true&q=m%C6%B0%C6%A1ng',
    );
    await screen.findByText('Chưa có kiến nghị nào còn đang theo dõi.').catch(() => undefined);
    const lists = () => supervision.requests.filter((r) => r.path === '/api/recommendations');
    await waitFor(() => expect(lists().length).toBeGreaterThan(0));

    // By keyboard alone: the menu opens on Enter, the arrows walk it.
    screen.getByRole('button', { name: 'Xuất danh sách' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('menuitem', { name: 'Excel (.xlsx)' });
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Excel (.xlsx)' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'CSV (.csv)' })).toHaveFocus();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(api.state.bodies).toHaveLength(1));
    expect(api.state.bodies[0]).toEqual({
      list: 'recommendations',
      format: 'csv',
      query: filtersOf(lists().at(-1)!.query),
    });
    expect(api.state.bodies[0]!.query).toEqual({
      q: 'mương',
      overdue: 'true',
      mine: 'true',
      open: 'true',
    });
    const notice = await screen.findByTestId('export-notice');
    expect(await within(notice).findByRole('link', { name: 'Tải về kn.csv' })).toBeInTheDocument();
    await waitFor(() => expect(saved).toHaveLength(1));
  });

  it('lists the recent files with their links, progress and failures', async () => {
    db.me = makeMe(['ORG_OFFICER']);
    serveCases();
    const done = makeExportJob({
      status: 'DONE',
      processed: 48,
      total: 48,
      fileName: 'don-thu-2025.xlsx',
      createdAt: '2026-03-10T01:30:00.000Z',
    });
    const running = makeExportJob({
      list: 'voter-petitions',
      format: 'csv',
      status: 'RUNNING',
      processed: 10,
      total: 40,
    });
    const failed = makeExportJob({
      list: 'tasks',
      status: 'FAILED',
      error: 'Danh sách vượt quá giới hạn.',
    });
    server.use(...exportHandlers([], [running, done, failed]).handlers);
    const { user } = renderApp('/cases');
    expect((await screen.findAllByText('2026/0001')).length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Xuất danh sách' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Tệp đã xuất' }));

    const dialog = await screen.findByRole('dialog', { name: 'Tệp đã xuất' });
    const rows = await within(dialog).findAllByTestId('export-row');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Kiến nghị cử tri · CSV (.csv)');
    expect(rows[0]).toHaveTextContent('10/40 dòng');
    expect(
      within(rows[1]!).getByRole('link', { name: 'Tải về don-thu-2025.xlsx' }),
    ).toHaveAttribute('href', expect.stringContaining(`/api/exports/${done.id}/file`));
    expect(rows[1]).toHaveTextContent('Đơn thư · Excel (.xlsx)');
    expect(rows[2]).toHaveTextContent('Danh sách vượt quá giới hạn.');
  });
});
