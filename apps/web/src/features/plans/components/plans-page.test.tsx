import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMe, makePlan } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';

describe('plans list', () => {
  it('shows each year with its status, counts and the reviews still due', async () => {
    db.me = makeMe(['VIEWER']);
    const plan = makePlan({
      year: 2026,
      counts: { tasks: 12, done: 3, overdue: 2 },
      reviewsDue: ['Q3'],
      progress: 63,
    });
    db.planTrees = [
      { plan, items: [] },
      { plan: makePlan({ year: 2025, status: 'CLOSED' }), items: [] },
    ];
    renderApp('/plans');

    const card = await screen.findByTestId('plan-card-2026');
    expect(within(card).getByText('Đang triển khai')).toBeInTheDocument();
    expect(within(card).getByText('12 nhiệm vụ')).toBeInTheDocument();
    expect(within(card).getByText('2 quá hạn')).toBeInTheDocument();
    expect(within(card).getByText('Chưa kiểm điểm: Quý III')).toBeInTheDocument();
    expect(within(card).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '63');
    expect(within(card).getByRole('link', { name: plan.title })).toHaveAttribute(
      'href',
      `/plans/${plan.id}`,
    );
    expect(
      within(screen.getByTestId('plan-card-2025')).getByText('Đã kết thúc'),
    ).toBeInTheDocument();
    // Viewers cannot create or import plans.
    expect(screen.queryByRole('button', { name: 'Tạo kế hoạch' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nhập từ Excel' })).not.toBeInTheDocument();
  });

  it('offers creating and importing to those who manage plans', async () => {
    db.me = makeMe(['UNIT_ADMIN']);
    renderApp('/plans');
    expect(await screen.findByRole('button', { name: 'Tạo kế hoạch' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nhập từ Excel' })).toHaveAttribute(
      'href',
      '/plans/import',
    );
    expect(await screen.findByText('Chưa có kế hoạch nào.')).toBeInTheDocument();
  });
});
