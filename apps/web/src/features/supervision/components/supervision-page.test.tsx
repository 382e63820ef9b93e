import { addDays, todayInVietnam } from '@phoihop/shared/dates';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../lib/dates';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';
import {
  committee,
  makeMember,
  makeRecommendation,
  makeSupervision,
  meWith,
} from '../testing/fixtures';
import { supervisionHandlers, supervisionState } from '../testing/handlers';

async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

describe('supervision page', () => {
  it('starts the supervision, records its report and adds a recommendation to the People’s Committee', async () => {
    db.me = meWith(['supervision:read', 'supervision:manage']);
    const s = makeSupervision({
      status: 'PLANNED',
      version: 3,
      can: { manage: true },
      members: [makeMember({ fullName: 'Trần Thị Mai', role: 'HEAD' })],
    });
    const state = supervisionState({ supervisions: [s] });
    server.use(...supervisionHandlers(state));
    const { user } = renderApp(`/supervision/${s.id}`);

    await user.click(await screen.findByRole('button', { name: 'Bắt đầu giám sát' }));
    const record = await screen.findByRole('button', { name: 'Ghi báo cáo kết quả' });
    // A recommendation comes after the report.
    expect(screen.getByText('Ghi báo cáo kết quả trước, rồi thêm kiến nghị.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thêm kiến nghị' })).not.toBeInTheDocument();

    await user.click(record);
    const report = await screen.findByRole('dialog', { name: 'Ghi báo cáo kết quả' });
    await fill(
      user,
      within(report).getByRole('textbox', { name: /Nội dung báo cáo/ }),
      'Đoàn đã làm việc với UBND phường và 3 tổ dân phố.',
    );
    await fill(
      user,
      within(report).getByRole('textbox', { name: /Phát hiện/ }),
      'Điểm tập kết rác chưa được bố trí.',
    );
    await user.click(within(report).getByRole('button', { name: 'Lưu' }));

    const reportBlock = await screen.findByTestId('supervision-report');
    await waitFor(() =>
      expect(reportBlock).toHaveTextContent('Đoàn đã làm việc với UBND phường và 3 tổ dân phố.'),
    );
    expect(screen.getByTestId('supervision-header')).toHaveTextContent('Đã báo cáo');

    await user.click(screen.getByRole('button', { name: 'Thêm kiến nghị' }));
    const add = await screen.findByRole('dialog', { name: 'Thêm kiến nghị' });
    await fill(
      user,
      within(add).getByRole('textbox', { name: /Nội dung kiến nghị/ }),
      'Bố trí điểm tập kết rác thải tại tổ dân phố 3',
    );
    // The People's Committee by default, due 30 days after sending unless changed.
    await waitFor(() =>
      expect(within(add).getByRole('combobox', { name: /Cơ quan, tổ chức nhận/ })).toHaveValue(
        committee.name,
      ),
    );
    expect(within(add).getByText('Mặc định 30 ngày kể từ ngày gửi.')).toBeInTheDocument();
    await user.click(within(add).getByRole('button', { name: 'Lưu' }));

    const card = await screen.findByTestId('recommendation');
    expect(card).toHaveTextContent('1. Bố trí điểm tập kết rác thải tại tổ dân phố 3');
    expect(card).toHaveTextContent(`Cơ quan nhận kiến nghị: ${committee.name}`);
    expect(card).toHaveTextContent('Chưa trả lời');

    const [start, put, post] = state.requests.filter((r) => r.method !== 'GET');
    expect(start).toMatchObject({
      path: `/api/supervisions/${s.id}/status`,
      ifMatch: '"3"',
      body: { status: 'IN_PROGRESS' },
    });
    expect(put).toMatchObject({
      method: 'PUT',
      path: `/api/supervisions/${s.id}/report`,
      ifMatch: '"4"',
      body: {
        text: 'Đoàn đã làm việc với UBND phường và 3 tổ dân phố.',
        findings: 'Điểm tập kết rác chưa được bố trí.',
        fileId: null,
      },
    });
    expect(post!.path).toBe(`/api/supervisions/${s.id}/recommendations`);
    expect(post!.ifMatch).toBeNull();
    // The due day left to the server's default: none sent.
    expect(post!.body).toEqual({
      content: 'Bố trí điểm tập kết rác thải tại tổ dân phố 3',
      addresseeOrganisationId: committee.id,
      addresseeName: null,
      sentOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  }, 60_000);

  it('shows readers the supervision without any control', async () => {
    db.me = meWith(['supervision:read']);
    const s = makeSupervision({ status: 'REPORTED', can: { manage: false } });
    const r = makeRecommendation({
      supervision: { id: s.id, title: s.title, decisionNumber: s.decisionNumber },
      can: { manage: false, answer: false },
    });
    server.use(
      ...supervisionHandlers(supervisionState({ supervisions: [s], recommendations: [r] })),
    );
    renderApp(`/supervision/${s.id}`);

    await screen.findByTestId('recommendation');
    expect(screen.getByTestId('status-steps')).toBeInTheDocument();
    for (const name of [
      'Sửa thông tin giám sát',
      'Chuyển sang theo dõi kiến nghị',
      'Kết thúc giám sát',
      'Thêm kiến nghị',
      'Trả lời kiến nghị 1',
      'Sửa kiến nghị 1',
    ])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  });

  it('offers to close only once every recommendation is answered', async () => {
    db.me = meWith(['supervision:read', 'supervision:manage']);
    const s = makeSupervision({ status: 'REPORTED', can: { manage: true } });
    const r = makeRecommendation({
      supervision: { id: s.id, title: s.title, decisionNumber: s.decisionNumber },
      can: { manage: true, answer: false },
    });
    server.use(
      ...supervisionHandlers(supervisionState({ supervisions: [s], recommendations: [r] })),
    );
    renderApp(`/supervision/${s.id}`);

    expect(await screen.findByRole('button', { name: 'Kết thúc giám sát' })).toBeDisabled();
    expect(
      screen.getByText('Còn 1 kiến nghị chưa được trả lời: chưa thể kết thúc.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Chuyển sang theo dõi kiến nghị' })).toBeEnabled();
  });

  it('does not start a team before its period, and says from which day it can', async () => {
    db.me = meWith(['supervision:read', 'supervision:manage']);
    const periodFrom = addDays(todayInVietnam(), 10);
    const s = makeSupervision({
      status: 'PLANNED',
      can: { manage: true },
      periodFrom,
      periodTo: addDays(periodFrom, 30),
    });
    const state = supervisionState({ supervisions: [s] });
    server.use(...supervisionHandlers(state));
    const { user } = renderApp(`/supervision/${s.id}`);

    const start = await screen.findByRole('button', { name: 'Bắt đầu giám sát' });
    expect(start).toBeDisabled();
    expect(start).toHaveAccessibleDescription(
      `Cuộc giám sát bắt đầu từ ngày ${formatDate(periodFrom)}: chưa thể bắt đầu giám sát hay ghi báo cáo trước ngày đó. Nếu đoàn đã làm việc sớm hơn, sửa ngày bắt đầu trong quyết định.`,
    );
    await user.click(start);
    expect(state.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('dates the report today by default, within the period, and takes a typed dd/MM/yyyy date', async () => {
    db.me = meWith(['supervision:read', 'supervision:manage']);
    const today = todayInVietnam();
    const periodFrom = addDays(today, -20);
    const s = makeSupervision({
      status: 'IN_PROGRESS',
      can: { manage: true },
      periodFrom,
      periodTo: addDays(today, 10),
    });
    const state = supervisionState({ supervisions: [s] });
    server.use(...supervisionHandlers(state));
    const { user } = renderApp(`/supervision/${s.id}`);

    await user.click(await screen.findByRole('button', { name: 'Ghi báo cáo kết quả' }));
    const report = await screen.findByRole('dialog', { name: 'Ghi báo cáo kết quả' });
    const date = within(report).getByRole('textbox', { name: /Ngày báo cáo/ });
    expect(date).toHaveValue(formatDate(today));

    // A day before the period is not taken; the period's first day is.
    await user.clear(date);
    await user.type(date, formatDate(addDays(periodFrom, -1)));
    await user.tab();
    expect(date).toHaveValue(formatDate(today));
    await user.clear(date);
    await user.type(date, formatDate(periodFrom));
    await fill(user, within(report).getByRole('textbox', { name: /Nội dung báo cáo/ }), 'Báo cáo');
    await user.click(within(report).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(state.requests.filter((r) => r.method === 'PUT')).toHaveLength(1));
    expect(state.requests.find((r) => r.method === 'PUT')!.body).toMatchObject({
      reportedOn: periodFrom,
    });
  });
});
