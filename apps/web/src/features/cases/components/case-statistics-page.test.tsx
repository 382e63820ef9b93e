import { caseStatisticsSchema } from '@phoihop/shared/cases';
import { todayInVietnam } from '@phoihop/shared/dates';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeMe, womensUnion } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';

const counts = (received: number, handled: number, overdue = 0, handledOnTime = handled) => ({
  received,
  handled,
  inProgress: received - handled,
  overdue,
  handledOnTime,
});

describe('case statistics', () => {
  it('asks for this year by default, shows totals and breakdowns by kind, field, channel and organisation', async () => {
    db.me = makeMe(['VIEWER']);
    const periods: Record<string, string>[] = [];
    server.use(
      http.get('*/api/cases/statistics', ({ request }) => {
        const query = Object.fromEntries(new URL(request.url).searchParams);
        periods.push(query);
        return HttpResponse.json(
          caseStatisticsSchema.parse({
            from: query.from,
            to: query.to,
            totals: { ...counts(48, 43, 2, 40), duplicates: 3, onTimeRate: 93.02 },
            byKind: [
              { key: 'COMPLAINT', ...counts(20, 18, 1, 17) },
              { key: null, ...counts(2, 0) },
            ],
            byField: [{ key: 'LAND', ...counts(30, 27, 2, 25) }],
            byChannel: [{ key: 'FRONT_FORWARDED', ...counts(12, 10) }],
            byOrganisation: [
              { key: womensUnion, ...counts(5, 5) },
              { key: null, ...counts(3, 0) },
            ],
          }),
        );
      }),
    );
    const year = todayInVietnam().slice(0, 4);
    renderApp('/cases/statistics');

    expect(await screen.findByTestId('total-received')).toHaveTextContent('48');
    expect(periods[0]).toEqual({ from: `${year}-01-01`, to: `${year}-12-31` });
    expect(screen.getByTestId('total-handled')).toHaveTextContent('43');
    expect(screen.getByTestId('total-in-progress')).toHaveTextContent('5');
    expect(screen.getByTestId('total-overdue')).toHaveTextContent('2');
    // The rate names its base: 40 of the 43 handled letters.
    expect(screen.getByTestId('total-on-time')).toHaveTextContent('93%40/43 đơn đã xử lý');
    expect(screen.getByTestId('total-handled')).toHaveTextContent('Đã xử lý');
    expect(
      screen.getByText(`Đơn nhận từ 01/01/${year} đến 31/12/${year}, theo tình trạng hiện nay.`),
    ).toBeInTheDocument();

    const byKind = screen.getByTestId('by-kind');
    const complaint = within(byKind).getByRole('rowheader', { name: 'Khiếu nại' }).closest('tr')!;
    expect(complaint).toHaveTextContent(/20\s*18\s*2\s*1\s*94,4% \(17\/18\)/);
    expect(
      within(byKind).getByRole('columnheader', { name: 'Xử lý đúng hạn (trên số đã xử lý)' }),
    ).toBeInTheDocument();
    expect(within(byKind).getByRole('rowheader', { name: 'Chưa phân loại' })).toBeInTheDocument();
    expect(within(screen.getByTestId('by-field')).getByText('Đất đai')).toBeInTheDocument();
    expect(
      within(screen.getByTestId('by-channel')).getByText('Do MTTQ chuyển đến'),
    ).toBeInTheDocument();
    const byOrg = screen.getByTestId('by-organisation');
    expect(within(byOrg).getByText('HPN')).toBeInTheDocument();
    expect(within(byOrg).getByText('Chưa phân công')).toBeInTheDocument();
  });

  it('reads the period from the URL', async () => {
    db.me = makeMe(['VIEWER']);
    const periods: Record<string, string>[] = [];
    server.use(
      http.get('*/api/cases/statistics', ({ request }) => {
        const query = Object.fromEntries(new URL(request.url).searchParams);
        periods.push(query);
        return HttpResponse.json(
          caseStatisticsSchema.parse({
            from: query.from,
            to: query.to,
            totals: { ...counts(0, 0), duplicates: 0, onTimeRate: null },
            byKind: [],
            byField: [],
            byChannel: [],
            byOrganisation: [],
          }),
        );
      }),
    );
    renderApp('/cases/statistics?from=2025-01-01&to=2025-06-30');
    await waitFor(() => expect(periods[0]).toEqual({ from: '2025-01-01', to: '2025-06-30' }));
    expect(await screen.findByTestId('total-on-time')).toHaveTextContent('—');
    expect(screen.getAllByText('Không có đơn trong kỳ.')).toHaveLength(4);
  });
});
