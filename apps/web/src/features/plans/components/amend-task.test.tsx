import { amendmentBodySchema, planItemSchema } from '@phoihop/shared/plans';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeMe, makePlan, makePlanItem } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';

describe('amending an approved plan', () => {
  it('requires a reason and sends the change with the task version', async () => {
    db.me = makeMe(['UNIT_ADMIN']);
    const plan = makePlan({ status: 'APPROVED' });
    const task = makePlanItem({
      planId: plan.id,
      code: '1',
      depth: 0,
      title: 'Hội nghị đại biểu Nhân dân',
      version: 4,
      can: { edit: true, updateStatus: true, postProgress: false },
    });
    db.planTrees = [{ plan, items: [task] }];
    const bodies: unknown[] = [];
    server.use(
      http.post('*/api/plans/:id/amendments', async ({ request }) => {
        bodies.push(amendmentBodySchema.parse(await request.json()));
        return HttpResponse.json(planItemSchema.parse(task), { status: 201 });
      }),
    );
    const { user } = renderApp(`/plans/${plan.id}`);

    const row = await screen.findByTestId('tree-item-1');
    await user.click(within(row).getByRole('button', { name: 'Điều chỉnh' }));
    const dialog = await screen.findByRole('dialog', { name: 'Điều chỉnh nhiệm vụ 1' });
    const title = within(dialog).getByRole('textbox', { name: /Tên nhiệm vụ/ });
    await user.clear(title);
    await user.type(title, 'Hội nghị đại biểu Nhân dân (dời sang quý III)');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Ghi lý do điều chỉnh')).toBeInTheDocument();
    expect(bodies).toHaveLength(0);

    await user.type(
      within(dialog).getByRole('textbox', { name: /Lý do điều chỉnh/ }),
      'Trùng lịch bầu cử',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({
      operation: 'CHANGE',
      reason: 'Trùng lịch bầu cử',
      itemId: task.id,
      version: 4,
      changes: { title: 'Hội nghị đại biểu Nhân dân (dời sang quý III)' },
    });
  });
});
