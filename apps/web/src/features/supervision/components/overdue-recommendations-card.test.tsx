import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { committee, makeRecommendation, meWith, womensUnion } from '../testing/fixtures';
import { supervisionHandlers, supervisionState } from '../testing/handlers';

const overdue = () =>
  makeRecommendation({
    content: 'Sửa chữa tuyến mương thoát nước',
    overdue: true,
    dueOn: '2026-01-10',
  });

describe('home card: overdue recommendations', () => {
  it('shows a People’s Committee officer the unit’s overdue recommendations, linked', async () => {
    db.me = meWith(['supervision:read'], committee);
    const r = overdue();
    const state = supervisionState({ recommendations: [r] });
    state.summary = { ...state.summary, total: 3, unanswered: 2, overdue: 1 };
    server.use(...supervisionHandlers(state));
    renderApp('/');

    const card = await screen.findByTestId('overdue-recommendations-card');
    const row = await within(card).findByTestId('overdue-recommendation');
    expect(card).toHaveTextContent('Kiến nghị sau giám sát quá hạn');
    expect(row).toHaveTextContent('Sửa chữa tuyến mương thoát nước (UBND, hạn 10/01/2026)');
    expect(row).toHaveAttribute('href', `/supervision/${r.supervision.id}#recommendation-${r.id}`);
    const count = within(card).getByRole('link', { name: /1 kiến nghị quá hạn/ });
    expect(count).toHaveAttribute('href', '/supervision/recommendations?overdue=true');
    const list = state.requests.find((x) => x.path === '/api/recommendations')!;
    expect(Object.fromEntries(list.query)).toEqual({ overdue: 'true', limit: '5' });
    const summary = state.requests.find((x) => x.path === '/api/recommendations/summary')!;
    expect(summary.query.get('mine')).toBeNull();
  });

  it('shows another organisation’s staff only those addressed to it', async () => {
    db.me = meWith(['supervision:read'], womensUnion);
    const state = supervisionState();
    server.use(...supervisionHandlers(state));
    renderApp('/');

    const card = await screen.findByTestId('overdue-recommendations-card');
    await waitFor(() => expect(card).toHaveTextContent('Kiến nghị gửi đơn vị mình quá hạn'));
    expect(await within(card).findByText('Không có kiến nghị nào quá hạn.')).toBeInTheDocument();
    await waitFor(() =>
      expect(state.requests.find((x) => x.path === '/api/recommendations/summary')).toBeDefined(),
    );
    const list = state.requests.find((x) => x.path === '/api/recommendations')!;
    expect(list.query.get('mine')).toBe('true');
    expect(
      state.requests.find((x) => x.path === '/api/recommendations/summary')!.query.get('mine'),
    ).toBe('true');
    expect(within(card).getByRole('link', { name: /0 kiến nghị quá hạn/ })).toHaveAttribute(
      'href',
      '/supervision/recommendations?overdue=true&mine=true',
    );
  });
});
