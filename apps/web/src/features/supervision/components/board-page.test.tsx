import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { makeBoard, makeMember, makeSupervision, meWith, womensUnion } from '../testing/fixtures';
import { supervisionHandlers, supervisionState } from '../testing/handlers';

describe('standing board', () => {
  it('shows its warnings and regular supervisions, and replaces its members with the version read', async () => {
    db.me = meWith(['supervision:read', 'supervision:manage']);
    const board = makeBoard({
      version: 4,
      can: { manage: true },
      members: [makeMember({ fullName: 'Hồ Văn Tâm', role: 'DEPUTY' })],
    });
    const regular = makeSupervision({
      title: 'Giám sát việc thu quỹ tại tổ dân phố 2',
      kind: 'REGULAR',
      decisionNumber: null,
      decisionDate: null,
      board: { id: board.id, name: board.name, kind: board.kind },
    });
    const state = supervisionState({ boards: [board], supervisions: [regular] });
    server.use(...supervisionHandlers(state));
    const { user } = renderApp(`/supervision/boards/${board.id}`);

    const header = await screen.findByTestId('board-header');
    expect(within(header).getByTestId('board-warnings')).toHaveTextContent('Chưa có trưởng ban');
    expect(await screen.findByTestId('supervision-row')).toHaveTextContent(
      'Giám sát việc thu quỹ tại tổ dân phố 2',
    );
    expect(state.requests.find((r) => r.path === '/api/supervisions')!.query.get('boardId')).toBe(
      board.id,
    );

    await user.click(screen.getByRole('button', { name: 'Sửa ban giám sát' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa ban giám sát' });
    await user.click(within(dialog).getByRole('button', { name: 'Thêm thành viên' }));
    await user.click(within(dialog).getByRole('textbox', { name: 'Họ và tên thành viên 2' }));
    await user.paste('Phạm Thị Thu');
    await user.click(within(dialog).getByRole('combobox', { name: 'Vai trò thành viên 2' }));
    await user.click(await screen.findByRole('option', { name: 'Trưởng ban' }));
    await user.click(
      within(dialog).getByRole('combobox', { name: 'Cơ quan, tổ chức của thành viên 2' }),
    );
    await user.click(await screen.findByRole('option', { name: 'HPN' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(screen.getByTestId('board-complete')).toBeInTheDocument());
    const patch = state.requests.find((r) => r.method === 'PATCH')!;
    expect(patch.ifMatch).toBe('"4"');
    expect(patch.body).toMatchObject({
      members: [
        { fullName: 'Hồ Văn Tâm', role: 'DEPUTY', organisationId: null },
        { fullName: 'Phạm Thị Thu', role: 'HEAD', organisationId: womensUnion.id },
      ],
      active: true,
    });
  }, 60_000);
});
