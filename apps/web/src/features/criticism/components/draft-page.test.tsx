import { addDays, todayInVietnam } from '@phoihop/shared/dates';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMe } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { makeComment, makeDraft } from '../testing/fixtures';
import { criticismHandlers, criticismState } from '../testing/handlers';

const today = todayInVietnam();

describe('a draft submitted for comment', () => {
  it('records a comment for the reader’s organisation while open', async () => {
    db.me = { ...makeMe(['ORG_OFFICER']), permissions: ['criticism:comment'] };
    const draft = makeDraft();
    const state = criticismState({ drafts: [draft] });
    server.use(...criticismHandlers(state));
    const { user } = renderApp(`/criticism/${draft.id}`);

    const header = await screen.findByTestId('draft-header');
    expect(header).toHaveTextContent('Đang lấy ý kiến');
    expect(header).toHaveTextContent('Còn 10 ngày góp ý');
    await user.click(screen.getByRole('button', { name: 'Góp ý' }));
    const dialog = await screen.findByRole('dialog', { name: 'Góp ý' });
    expect(dialog).toHaveTextContent('Góp ý của Ủy ban MTTQ Việt Nam phường Bến Nghé');
    await user.type(within(dialog).getByRole('textbox', { name: /Điều, khoản/ }), 'Mục III');
    await user.type(
      within(dialog).getByRole('textbox', { name: /Nội dung góp ý/ }),
      'Cần lấy ý kiến cộng đồng dân cư trước khi chỉnh trang',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    const card = await screen.findByTestId('comment-card');
    expect(card).toHaveTextContent('Cần lấy ý kiến cộng đồng dân cư trước khi chỉnh trang');
    const post = state.requests.find((r) => r.method === 'POST')!;
    expect(post.path).toBe(`/api/drafts/${draft.id}/comments`);
    expect(post.body).toMatchObject({ organisationId: db.me.organisation!.id, point: 'Mục III' });
  });

  it('says the comment period has closed when the server refuses the comment', async () => {
    db.me = { ...makeMe(['ORG_OFFICER']), permissions: ['criticism:comment'] };
    // Read while open; the deadline passes before the comment is sent.
    const draft = makeDraft({ commentDeadline: today });
    const state = criticismState({ drafts: [draft] });
    server.use(...criticismHandlers(state));
    const { user } = renderApp(`/criticism/${draft.id}`);

    expect(await screen.findByTestId('draft-header')).toHaveTextContent('Hạn góp ý: hôm nay');
    state.drafts = [{ ...draft, phase: 'CLOSED' }];
    await user.click(screen.getByRole('button', { name: 'Góp ý' }));
    const dialog = await screen.findByRole('dialog', { name: 'Góp ý' });
    await user.type(within(dialog).getByRole('textbox', { name: /Nội dung góp ý/ }), 'Góp ý muộn');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(
      await within(dialog).findByText(
        'Đã hết hạn góp ý dự thảo này nên không ghi nhận thêm góp ý được.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Đã hết hạn góp ý');
  });

  it('lets the drafting body explain a point, with the comment’s version', async () => {
    db.me = { ...makeMe(['ORG_OFFICER']), permissions: ['criticism:comment', 'criticism:respond'] };
    const draft = makeDraft({ commentDeadline: addDays(today, -1), phase: 'CLOSED' });
    const comment = makeComment({ draftId: draft.id, version: 3 });
    draft.comments = [comment];
    draft.can = { manage: false, comment: false, respond: true };
    const state = criticismState({ drafts: [draft] });
    server.use(...criticismHandlers(state));
    const { user } = renderApp(`/criticism/${draft.id}`);

    const card = await screen.findByTestId('comment-card');
    expect(card).toHaveTextContent('Hội LHPN');
    expect(card).toHaveTextContent('Điều 5, khoản 2');
    expect(card).toHaveTextContent('Chờ phản hồi');
    expect(screen.queryByRole('button', { name: 'Góp ý' })).not.toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Phản hồi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Phản hồi của cơ quan soạn thảo' });
    await user.click(within(dialog).getByRole('radio', { name: 'Giải trình' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Ghi lời giải trình')).toBeInTheDocument();
    expect(state.requests.some((r) => r.method === 'PUT')).toBe(false);

    await user.type(
      within(dialog).getByRole('textbox', { name: /tiếp thu, giải trình/ }),
      'Chỉ tiêu cây xanh đã có trong quy hoạch chung',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(screen.getByTestId('comment-card')).toHaveTextContent('Giải trình'));
    expect(screen.getByTestId('comment-card')).toHaveTextContent(
      'Chỉ tiêu cây xanh đã có trong quy hoạch chung',
    );
    const put = state.requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe(`/api/draft-comments/${comment.id}/response`);
    expect(put.ifMatch).toBe('"3"');
    expect(put.body).toMatchObject({ response: 'EXPLAINED', respondedOn: today });
  });
});
