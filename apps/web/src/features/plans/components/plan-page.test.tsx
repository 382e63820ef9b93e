import { createProgressBodySchema, planItemSchema } from '@phoihop/shared/plans';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeMe, makePlan, makePlanItem } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';

function seedPlan(options: { postProgress: boolean }) {
  const plan = makePlan({ progress: 45 });
  const area = makePlanItem({
    planId: plan.id,
    kind: 'AREA',
    code: '1',
    depth: 0,
    title: 'Công tác tuyên truyền',
    lead: null,
    partners: [],
    progress: 45,
  });
  const overdue = makePlanItem({
    planId: plan.id,
    parentId: area.id,
    code: '1.1',
    title: 'Tổ chức hội nghị tuyên truyền pháp luật',
    timeliness: 'overdue',
    dueDate: '2026-03-31',
    nextDueOn: '2026-03-31',
    progress: 30,
    can: { edit: false, updateStatus: false, postProgress: options.postProgress },
  });
  const dueSoon = makePlanItem({
    planId: plan.id,
    parentId: area.id,
    code: '1.2',
    title: 'Thăm hỏi hộ nghèo',
    timeliness: 'due-soon',
    progress: 60,
    targetValue: 20,
    targetUnit: 'hộ',
  });
  db.planTrees = [{ plan, items: [area, overdue, dueSoon] }];
  return { plan, area, overdue, dueSoon };
}

describe('plan page', () => {
  it('renders the tree with outline codes, progress on every level and timeliness badges', async () => {
    db.me = makeMe(['VIEWER']);
    const { plan } = seedPlan({ postProgress: false });
    renderApp(`/plans/${plan.id}`);

    const tree = await screen.findByTestId('plan-tree');
    const area = within(tree).getByTestId('tree-item-1');
    expect(area).toHaveTextContent('Công tác tuyên truyền');
    expect(within(area).getByRole('progressbar', { name: 'Tiến độ 1' })).toHaveAttribute(
      'aria-valuenow',
      '45',
    );
    const overdue = within(tree).getByTestId('tree-item-1.1');
    expect(overdue).toHaveTextContent('1.1');
    expect(overdue).toHaveTextContent('31/03/2026');
    expect(overdue).toHaveTextContent('HPN');
    expect(within(overdue).getByText('Quá hạn')).toBeInTheDocument();
    expect(within(overdue).getByRole('progressbar', { name: 'Tiến độ 1.1' })).toHaveAttribute(
      'aria-valuenow',
      '30',
    );
    expect(within(tree.querySelector('[data-testid="tree-item-1.2"]')!).getByText('Sắp đến hạn'));
    // A viewer gets no plan actions.
    expect(screen.queryByRole('button', { name: 'Phê duyệt' })).not.toBeInTheDocument();
  });

  it('hides the progress form when the task does not allow posting progress', async () => {
    db.me = makeMe(['ORG_OFFICER']);
    const { plan, overdue } = seedPlan({ postProgress: false });
    renderApp(`/plans/${plan.id}?task=${overdue.id}`);
    const drawer = await screen.findByTestId('task-drawer');
    expect(await within(drawer).findByText('Chưa có diễn biến nào.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Báo cáo tiến độ' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gửi báo cáo' })).not.toBeInTheDocument();
  });

  it('posts a progress report with the date, text and percent, then reloads the plan', async () => {
    db.me = makeMe(['ORG_OFFICER']);
    const { plan, overdue } = seedPlan({ postProgress: true });
    const bodies: unknown[] = [];
    let planLoads = 0;
    server.use(
      http.get('*/api/plans/:id', () => {
        planLoads += 1;
        return HttpResponse.json(db.planTrees[0]);
      }),
      http.post('*/api/plan-items/:id/progress', async ({ request, params }) => {
        const body = createProgressBodySchema.parse(await request.json());
        bodies.push({ id: params.id, body });
        return HttpResponse.json(planItemSchema.parse({ ...overdue, reportedPercent: 50 }), {
          status: 201,
        });
      }),
    );
    const { user } = renderApp(`/plans/${plan.id}?task=${overdue.id}`);

    const form = await screen.findByRole('form', { name: 'Báo cáo tiến độ' });
    await user.type(within(form).getByLabelText(/Nội dung đã thực hiện/), 'Đã tổ chức 2 hội nghị');
    await user.type(within(form).getByLabelText('Tỷ lệ hoàn thành (%)'), '50');
    const loadsBefore = planLoads;
    await user.click(within(form).getByRole('button', { name: 'Gửi báo cáo' }));

    await waitFor(() => expect(bodies).toHaveLength(1));
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    expect(bodies[0]).toEqual({
      id: overdue.id,
      body: { reportedOn: today, text: 'Đã tổ chức 2 hội nghị', reportedPercent: 50 },
    });
    await waitFor(() => expect(planLoads).toBeGreaterThan(loadsBefore));
  });
});
