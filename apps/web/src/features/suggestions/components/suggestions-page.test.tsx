import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMe } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { makeBox, makeOpening } from '../testing/fixtures';
import { suggestionsHandlers, suggestionsState } from '../testing/handlers';

describe('suggestion boxes', () => {
  it('opens a box before witnesses and lands on the new opening', async () => {
    db.me = { ...makeMe(['ORG_OFFICER']), permissions: ['suggestion:manage'] };
    const box = makeBox({ name: 'Hòm thư nhà văn hóa tổ 3', suggestionCount: 4 });
    const earlier = makeOpening({ box: { id: box.id, name: box.name }, suggestionCount: 4 });
    const state = suggestionsState({ boxes: [box], openings: [earlier] });
    server.use(...suggestionsHandlers(state));
    const { user, location } = renderApp('/suggestions');

    const card = await screen.findByTestId('box-card');
    expect(card).toHaveTextContent('Mở lần gần nhất: 02/03/2026 · 4 thư');
    expect(await screen.findByTestId('opening-row')).toHaveTextContent('4 thư góp ý');

    await user.click(
      within(card).getByRole('button', { name: 'Mở hòm thư Hòm thư nhà văn hóa tổ 3' }),
    );
    const dialog = await screen.findByRole('dialog', { name: /Mở hòm thư/ });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findAllByText('Không được để trống')).toHaveLength(2);
    await user.type(
      within(dialog).getByRole('textbox', { name: /Người mở hòm thư/ }),
      'Bà Lê Thị Mặt Trận – Chủ tịch UBMTTQ phường',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: /Người chứng kiến/ }),
      'Ông Trần Văn Hội – Phó Chủ tịch HĐND phường',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByTestId('opening-header')).toHaveTextContent(
      'Người chứng kiến: Ông Trần Văn Hội – Phó Chủ tịch HĐND phường',
    );
    expect(location().pathname).toMatch(/^\/suggestions\/openings\/[0-9a-f-]{36}$/);
    const post = state.requests.find((r) => r.method === 'POST')!;
    expect(post.path).toBe(`/api/suggestion-boxes/${box.id}/openings`);
    expect(post.ifMatch).toBeNull();
  });

  it('shows readers the boxes without the controls of the Front', async () => {
    db.me = { ...makeMe(['VIEWER']), permissions: [] };
    server.use(...suggestionsHandlers(suggestionsState({ boxes: [makeBox()] })));
    renderApp('/suggestions');
    const card = await screen.findByTestId('box-card');
    expect(within(card).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Thêm hòm thư' })).not.toBeInTheDocument();
  });
});
