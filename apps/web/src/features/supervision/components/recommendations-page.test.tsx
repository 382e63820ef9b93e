import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import { committee, makeRecommendation, meWith } from '../testing/fixtures';
import { supervisionHandlers, supervisionState } from '../testing/handlers';

describe('recommendations', () => {
  it('keeps the filters in the URL and highlights the overdue ones', async () => {
    db.me = meWith(['supervision:read'], committee);
    const overdue = makeRecommendation({
      content: 'Sửa chữa tuyến mương thoát nước',
      overdue: true,
      dueOn: '2026-01-10',
    });
    const state = supervisionState({ recommendations: [overdue] });
    server.use(...supervisionHandlers(state));
    const { user, location } = renderApp('/supervision/recommendations?overdue=true');

    const card = await screen.findByTestId('recommendation');
    expect(within(card).getByTestId('overdue-badge')).toHaveTextContent('Quá hạn');
    expect(card).toHaveTextContent('Hạn trả lời 10/01/2026');
    expect(screen.getByRole('checkbox', { name: 'Chỉ kiến nghị quá hạn' })).toBeChecked();
    // The home card's link: overdue ones are open anyway, the open switch is on by default.
    expect(screen.getByRole('checkbox', { name: 'Chỉ những kiến nghị chưa xong' })).toBeChecked();
    const lists = () => state.requests.filter((r) => r.path === '/api/recommendations');
    expect(Object.fromEntries(lists().at(-1)!.query)).toMatchObject({
      overdue: 'true',
      open: 'true',
    });

    await user.click(screen.getByRole('checkbox', { name: 'Gửi đến tổ chức của tôi' }));
    await user.click(screen.getByRole('combobox', { name: 'Trạng thái' }));
    await user.click(await screen.findByRole('option', { name: 'Chưa trả lời' }));
    await waitFor(() =>
      expect(location().search).toEqual({ overdue: true, mine: true, status: 'UNANSWERED' }),
    );
    const last = lists().at(-1)!;
    expect(Object.fromEntries(last.query)).toMatchObject({
      overdue: 'true',
      mine: 'true',
      status: 'UNANSWERED',
    });
    // A chosen status says which ones: the open switch stands aside.
    expect(last.query.has('open')).toBe(false);
    expect(screen.getByRole('checkbox', { name: 'Chỉ những kiến nghị chưa xong' })).toBeDisabled();
  });

  it('lists the ones still being followed by default, and every one once the switch is off', async () => {
    db.me = meWith(['supervision:read'], committee);
    const waiting = makeRecommendation({ content: 'Lắp biển cấm đổ rác', dueOn: '2026-04-10' });
    const done = makeRecommendation({
      content: 'Nạo vét mương năm 2025',
      status: 'IMPLEMENTED',
      dueOn: '2025-06-10',
    });
    const state = supervisionState({ recommendations: [done, waiting] });
    server.use(...supervisionHandlers(state));
    const { user, location } = renderApp('/supervision/recommendations');

    expect(await screen.findByText(/Lắp biển cấm đổ rác/)).toBeInTheDocument();
    expect(screen.queryByText(/Nạo vét mương năm 2025/)).not.toBeInTheDocument();
    const open = screen.getByRole('checkbox', { name: 'Chỉ những kiến nghị chưa xong' });
    expect(open).toBeChecked();
    expect(location().search).toEqual({});

    await user.click(open);
    expect(await screen.findByText(/Nạo vét mương năm 2025/)).toBeInTheDocument();
    expect(location().search).toEqual({ open: false });
    const last = state.requests.filter((r) => r.path === '/api/recommendations').at(-1)!;
    expect(last.query.has('open')).toBe(false);
    expect(open).not.toBeChecked();
  });

  it('answers a recommendation with the version read, and says so when someone else was first', async () => {
    db.me = meWith(['supervision:read', 'recommendation:answer'], committee);
    const r = makeRecommendation({ version: 2, can: { manage: false, answer: true } });
    const state = supervisionState({ recommendations: [r] });
    server.use(...supervisionHandlers(state));
    const { user } = renderApp('/supervision/recommendations');

    await user.click(await screen.findByRole('button', { name: 'Trả lời kiến nghị 1' }));
    let dialog = await screen.findByRole('dialog', { name: 'Trả lời kiến nghị 1' });
    // Only the steps allowed from "unanswered".
    expect(
      within(dialog)
        .getAllByRole('radio')
        .map((x) => x.getAttribute('value')),
    ).toEqual(['ANSWERED', 'IMPLEMENTING', 'IMPLEMENTED', 'REJECTED']);
    await user.click(within(dialog).getByRole('radio', { name: 'Không tiếp thu – nêu lý do' }));
    expect(
      within(dialog).getByRole('textbox', { name: /Lý do không tiếp thu/ }),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: 'Trả lời' }));
    await user.click(within(dialog).getByRole('textbox', { name: /Nội dung trả lời/ }));
    await user.paste('UBND phường đã giao tổ dân phố 3 bố trí điểm tập kết trong quý II.');
    await user.click(within(dialog).getByRole('textbox', { name: 'Số văn bản' }));
    await user.paste('45/UBND-VP');
    await user.click(within(dialog).getByRole('button', { name: 'Gửi trả lời' }));

    const card = await screen.findByTestId('recommendation-answer');
    expect(card).toHaveTextContent(
      'UBND phường đã giao tổ dân phố 3 bố trí điểm tập kết trong quý II.',
    );
    expect(card).toHaveTextContent('Văn bản số 45/UBND-VP');
    const post = state.requests.find((x) => x.method === 'POST')!;
    expect(post).toMatchObject({
      path: `/api/recommendations/${r.id}/responses`,
      ifMatch: '"2"',
      body: {
        status: 'ANSWERED',
        text: 'UBND phường đã giao tổ dân phố 3 bố trí điểm tập kết trong quý II.',
        documentNumber: '45/UBND-VP',
        fileId: null,
      },
    });

    // Someone else records the next step meanwhile: this page still holds version 3.
    const current = state.recommendations[0]!;
    state.recommendations = [{ ...current, version: current.version + 1 }];
    await user.click(screen.getByRole('button', { name: 'Trả lời kiến nghị 1' }));
    dialog = await screen.findByRole('dialog', { name: 'Trả lời kiến nghị 1' });
    expect(
      within(dialog)
        .getAllByRole('radio')
        .map((x) => x.getAttribute('value')),
    ).toEqual(['IMPLEMENTING', 'IMPLEMENTED']);
    await user.click(within(dialog).getByRole('textbox', { name: /Nội dung trả lời/ }));
    await user.paste('Đang triển khai.');
    await user.click(within(dialog).getByRole('button', { name: 'Gửi trả lời' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Đã có người khác cập nhật');
    const second = state.requests.filter((x) => x.method === 'POST')[1]!;
    expect(second.ifMatch).toBe('"3"');
  }, 60_000);

  it('hides the answer button from those who may not answer', async () => {
    db.me = meWith(['supervision:read']);
    server.use(
      ...supervisionHandlers(
        supervisionState({
          recommendations: [makeRecommendation({ can: { manage: false, answer: false } })],
        }),
      ),
    );
    renderApp('/supervision/recommendations');
    await screen.findByTestId('recommendation');
    expect(screen.queryByRole('button', { name: 'Trả lời kiến nghị 1' })).not.toBeInTheDocument();
  });

  it("opens a dashboard figure's list: the year's answered ones, with their total", async () => {
    db.me = meWith(['supervision:read'], committee);
    const state = supervisionState({
      recommendations: [
        makeRecommendation({
          content: 'Đã trả lời 2026',
          status: 'ANSWERED',
          sentOn: '2026-02-01',
        }),
        makeRecommendation({
          content: 'Đã xong 2026',
          status: 'IMPLEMENTED',
          sentOn: '2026-03-01',
        }),
        makeRecommendation({ content: 'Chưa trả lời 2026', sentOn: '2026-03-05' }),
        makeRecommendation({
          content: 'Đã trả lời 2025',
          status: 'ANSWERED',
          sentOn: '2025-06-01',
        }),
      ],
    });
    server.use(...supervisionHandlers(state));
    renderApp('/supervision/recommendations?year=2026&answered=true&open=false');

    expect(await screen.findByTestId('list-total')).toHaveTextContent('Tổng số: 2');
    expect(screen.getAllByTestId('recommendation')).toHaveLength(2);
    expect(screen.getByRole('checkbox', { name: 'Chỉ kiến nghị đã được trả lời' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Năm gửi kiến nghị' })).toHaveValue('2026');
    const asked = state.requests.filter((r) => r.path === '/api/recommendations').at(-1)!;
    expect(Object.fromEntries(asked.query)).toMatchObject({ year: '2026', answered: 'true' });
    expect(asked.query.has('open')).toBe(false);
  });

  it('ticking "answered only" on the default list leaves the open-only filter aside', async () => {
    db.me = meWith(['supervision:read'], committee);
    const state = supervisionState({
      recommendations: [
        makeRecommendation({ content: 'Sửa đường tổ 3', status: 'ANSWERED' }),
        makeRecommendation({ content: 'Lắp đèn tổ 5' }),
      ],
    });
    server.use(...supervisionHandlers(state));
    const { user } = renderApp('/supervision/recommendations');
    await screen.findAllByTestId('recommendation');

    await user.click(screen.getByRole('checkbox', { name: 'Chỉ kiến nghị đã được trả lời' }));
    await waitFor(() => {
      const asked = state.requests.filter((r) => r.path === '/api/recommendations').at(-1)!;
      expect(asked.query.get('answered')).toBe('true');
      expect(asked.query.has('open')).toBe(false);
    });
    await waitFor(() => expect(screen.getAllByTestId('recommendation')).toHaveLength(1));
    expect(screen.getByTestId('recommendation')).toHaveTextContent('Sửa đường tổ 3');
    expect(screen.getByRole('checkbox', { name: 'Chỉ những kiến nghị chưa xong' })).toBeDisabled();
  });
});
