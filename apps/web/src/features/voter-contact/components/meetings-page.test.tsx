import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMe } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { makeMeeting } from '../testing/fixtures';
import { voterContactHandlers, voterContactState } from '../testing/handlers';

describe('voter-contact meetings', () => {
  it('sends the filters from the URL and records a meeting with its delegates, then opens it', async () => {
    db.me = { ...makeMe(['ORG_LEADER']), permissions: ['voter-contact:manage'] };
    const state = voterContactState({
      meetings: [makeMeeting({ kind: 'THEMATIC', theme: 'Môi trường' })],
    });
    server.use(...voterContactHandlers(state));
    const { user, location } = renderApp('/voter-contact?kind=THEMATIC&year=2026');

    expect(await screen.findByTestId('meetings-table')).toHaveTextContent(
      'Nhà văn hóa tổ dân phố 3',
    );
    const list = state.requests.find((r) => r.path === '/api/voter-meetings')!;
    expect(list.query.get('kind')).toBe('THEMATIC');
    expect(list.query.get('year')).toBe('2026');

    await user.click(screen.getByRole('button', { name: 'Tạo buổi tiếp xúc' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tạo buổi tiếp xúc' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /Địa điểm/ }),
      'Hội trường tổ dân phố 7',
    );
    const delegates = within(dialog).getByLabelText(/Đại biểu tham dự/, {
      selector: 'input:not([type="hidden"])',
    });
    await user.type(delegates, 'Ông Trần Văn Hội{Enter}');
    await user.type(delegates, 'Bà Hồ Thị Nga{Enter}');
    await user.type(within(dialog).getByRole('textbox', { name: /Số cử tri/ }), '120');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByTestId('meeting-header')).toHaveTextContent(
      'Hội trường tổ dân phố 7',
    );
    expect(location().pathname).toMatch(/^\/voter-contact\/[0-9a-f-]{36}$/);
    const post = state.requests.find((r) => r.method === 'POST')!;
    expect(post.body).toMatchObject({
      kind: 'BEFORE_SESSION',
      location: 'Hội trường tổ dân phố 7',
      delegates: ['Ông Trần Văn Hội', 'Bà Hồ Thị Nga'],
      voterCount: 120,
    });
  });
});
