import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeOrganisation } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { exportHandlers } from '../../exports/testing/fixtures';
import { makeCompliance, makeSession, meWith } from '../testing/fixtures';
import { receptionHandlers, receptionState } from '../testing/handlers';

afterEach(() => vi.restoreAllMocks());

describe('reception sessions', () => {
  it('reads kind and period from the URL, sends them to the API and writes changes back', async () => {
    db.me = meWith('reception:read');
    const state = receptionState({
      sessions: [makeSession({ heldOn: '2026-03-05', kind: 'AD_HOC', visitCount: 3 })],
    });
    server.use(...receptionHandlers(state));
    const { user, location } = renderApp('/reception?kind=AD_HOC&from=2026-01-01&to=2026-06-30');

    const table = await screen.findByTestId('sessions-table');
    expect(
      within(table).getByRole('link', { name: 'Mở buổi tiếp 05/03/2026' }),
    ).toBeInTheDocument();
    expect(within(table).getByText('Đột xuất')).toBeInTheDocument();
    const list = state.requests.find((r) => r.path === '/api/reception/sessions')!;
    expect(Object.fromEntries(list.query)).toMatchObject({
      kind: 'AD_HOC',
      from: '2026-01-01',
      to: '2026-06-30',
    });
    expect(screen.getByRole('combobox', { name: 'Hình thức' })).toHaveValue('Đột xuất');

    await user.click(screen.getByRole('combobox', { name: 'Hình thức' }));
    await user.click(await screen.findByRole('option', { name: 'Hằng tháng với lãnh đạo' }));
    await waitFor(() =>
      expect(location().search).toMatchObject({ kind: 'LEADERS_MONTHLY', from: '2026-01-01' }),
    );
    await waitFor(() => expect(state.requests.at(-1)?.query.get('kind')).toBe('LEADERS_MONTHLY'));
    // Readers follow the sessions but do not create them.
    expect(screen.queryByRole('button', { name: 'Tạo buổi tiếp' })).not.toBeInTheDocument();
  });

  it('shows the weeks without the Chairman and the months short of Party-secretary days', async () => {
    db.me = meWith('reception:read');
    const state = receptionState({
      compliance: makeCompliance({
        year: 2025,
        chairmanWeeksMissed: [{ weekStart: '2025-03-03' }, { weekStart: '2025-04-28' }],
        secretaryMonthsShort: [{ month: 2, days: 1 }],
      }),
    });
    server.use(...receptionHandlers(state));
    renderApp('/reception?year=2025');

    const card = await screen.findByTestId('reception-compliance');
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('Chưa đủ lịch tiếp công dân theo quy định');
    expect(alert).toHaveTextContent('2 tuần Chủ tịch UBND không tiếp công dân');
    expect(alert).toHaveTextContent('Tuần từ 03/03/2025');
    expect(alert).toHaveTextContent('Tuần từ 28/04/2025');
    expect(alert).toHaveTextContent('1 tháng Bí thư Đảng ủy tiếp dưới 2 ngày');
    expect(alert).toHaveTextContent('Tháng 2: 1 ngày');
    expect(
      state.requests.find((r) => r.path === '/api/reception/compliance')?.query.get('year'),
    ).toBe('2025');
  });

  it('says the duty is met when no week or month falls short', async () => {
    db.me = meWith('reception:read');
    server.use(...receptionHandlers(receptionState()));
    renderApp('/reception');
    const card = await screen.findByTestId('reception-compliance');
    expect(await within(card).findByText(/Đủ lịch tiếp theo quy định/)).toBeInTheDocument();
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('validates the new session form, then creates the session and opens it', async () => {
    db.me = meWith('reception:read', 'reception:manage');
    const org = makeOrganisation({ name: 'Ủy ban nhân dân phường', shortName: 'UBND' });
    db.organisations = [org];
    const state = receptionState();
    server.use(...receptionHandlers(state));
    const { user, location } = renderApp('/reception');

    await user.click(await screen.findByRole('button', { name: 'Tạo buổi tiếp' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tạo buổi tiếp' });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Không được để trống')).toBeInTheDocument();
    expect(state.requests.some((r) => r.method === 'POST')).toBe(false);

    await user.click(within(dialog).getByRole('checkbox', { name: 'Chủ tịch UBND' }));
    await user.click(within(dialog).getByRole('textbox', { name: /Người tiếp/ }));
    await user.paste('Ông Trần Văn Hải – Chủ tịch UBND phường');
    await user.click(
      within(dialog).getByRole('combobox', { name: 'Tiếp thay mặt cơ quan, tổ chức' }),
    );
    await user.click(await screen.findByRole('option', { name: 'UBND' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(state.sessions).toHaveLength(1));
    const post = state.requests.find((r) => r.method === 'POST')!;
    expect(post.body).toMatchObject({
      kind: 'REGULAR',
      hosts: ['PC_CHAIRMAN'],
      hostNames: 'Ông Trần Văn Hải – Chủ tịch UBND phường',
      organisationIds: [org.id],
    });
    expect((post.body as { heldOn: string }).heldOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await waitFor(() => expect(location().pathname).toBe(`/reception/${state.sessions[0]!.id}`));
  });

  it('exports the reception book for the chosen period in the background', async () => {
    db.me = meWith('reception:read');
    server.use(...receptionHandlers(receptionState()));
    const exports = exportHandlers([
      { status: 'DONE', processed: 12, total: 12, fileName: 'so-tiep-cong-dan.xlsx' },
    ]);
    server.use(...exports.handlers);
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    const { user } = renderApp('/reception?from=2026-01-01&to=2026-03-31');

    await user.click(await screen.findByRole('button', { name: 'Xuất sổ tiếp công dân' }));
    const dialog = await screen.findByRole('dialog', { name: 'Xuất sổ tiếp công dân' });
    await user.click(within(dialog).getByRole('button', { name: 'Excel (.xlsx)' }));

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(exports.state.bodies).toEqual([
      { list: 'reception-book', format: 'xlsx', query: { from: '2026-01-01', to: '2026-03-31' } },
    ]);
    const notice = await screen.findByTestId('export-notice');
    expect(
      await within(notice).findByRole('link', { name: 'Tải về so-tiep-cong-dan.xlsx' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(saved).toEqual(['so-tiep-cong-dan.xlsx']));
  });
});
