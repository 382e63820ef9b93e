import { addDays, todayInVietnam } from '@phoihop/shared/dates';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMe } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { makeDraft } from '../testing/fixtures';
import { criticismHandlers, criticismState } from '../testing/handlers';

const today = todayInVietnam();

describe('social criticism drafts', () => {
  it('puts the drafts open for comment now first, nearest deadline first, then the rest', async () => {
    db.me = { ...makeMe(['ORG_OFFICER']), permissions: ['criticism:comment'] };
    const soon = makeDraft({
      title: 'Dự thảo Quy chế dân chủ ở cơ sở',
      commentDeadline: addDays(today, 2),
    });
    const later = makeDraft({ title: 'Dự thảo Kế hoạch phát triển kinh tế – xã hội 2027' });
    const closed = makeDraft({
      title: 'Dự thảo Đề án xây dựng nhà văn hóa',
      commentDeadline: addDays(today, -3),
      phase: 'CLOSED',
    });
    const state = criticismState({ drafts: [soon, later, closed] });
    server.use(...criticismHandlers(state));
    renderApp('/criticism');

    const open = await screen.findByTestId('drafts-open');
    const openCards = within(open).getAllByTestId('draft-card');
    expect(openCards.map((c) => within(c).getByRole('link').textContent)).toEqual([
      'Dự thảo Quy chế dân chủ ở cơ sở',
      'Dự thảo Kế hoạch phát triển kinh tế – xã hội 2027',
    ]);
    expect(openCards[0]).toHaveTextContent('Còn 2 ngày góp ý');
    expect(openCards[0]).toHaveTextContent(
      `Hạn góp ý ${addDays(today, 2).split('-').reverse().join('/')}`,
    );
    expect(openCards[1]).toHaveTextContent('Còn 10 ngày góp ý');

    const others = await screen.findByTestId('drafts-others');
    expect(within(others).getAllByTestId('draft-card')).toHaveLength(1);
    expect(others).toHaveTextContent('Dự thảo Đề án xây dựng nhà văn hóa');
    expect(others).toHaveTextContent('Hết hạn góp ý, chờ tổng hợp');
    expect(state.requests.some((r) => r.query.get('open') === 'true')).toBe(true);
    // Only the Front adds drafts.
    expect(screen.queryByRole('button', { name: 'Thêm dự thảo' })).not.toBeInTheDocument();
  });

  it('shows only the open drafts when filtered so, from the URL', async () => {
    db.me = { ...makeMe(['ORG_OFFICER']), permissions: ['criticism:manage', 'criticism:comment'] };
    const state = criticismState({
      drafts: [
        makeDraft(),
        makeDraft({
          title: 'Cũ',
          phase: 'CONSOLIDATED',
          commentDeadline: '2025-01-10',
          submittedOn: '2025-01-01',
        }),
      ],
    });
    server.use(...criticismHandlers(state));
    renderApp('/criticism?open=true');

    await screen.findByTestId('drafts-open');
    expect(screen.getByRole('checkbox', { name: 'Chỉ dự thảo đang lấy ý kiến' })).toBeChecked();
    expect(screen.queryByTestId('drafts-others')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thêm dự thảo' })).toBeInTheDocument();
    expect(state.requests.every((r) => r.query.get('open') === 'true')).toBe(true);
  });
});
