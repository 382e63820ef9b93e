import { timelineEntrySchema, type TimelineEntry } from '@phoihop/shared/plans';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeMe, makePlan, makePlanItem } from '../../../testing/data';
import { db } from '../../../testing/db';
import { renderApp } from '../../../testing/render-app';
import { server } from '../../../testing/server';

const report = (id: string, text: string, contribution: boolean): TimelineEntry =>
  timelineEntrySchema.parse({
    id,
    type: 'progress',
    at: '2026-11-25T02:00:00.000Z',
    date: '2026-11-25',
    actor: null,
    organisation: null,
    text,
    achievedValue: null,
    reportedPercent: 60,
    contribution,
    status: null,
    changes: null,
    attachments: [],
  });

describe('a task’s timeline', () => {
  it('marks a partner’s report as its contribution, not the task’s progress', async () => {
    db.me = makeMe(['VIEWER']);
    const plan = makePlan({ status: 'IN_PROGRESS' });
    const task = makePlanItem({ planId: plan.id, code: '2.4', title: 'Chăm lo cho người nghèo' });
    db.planTrees = [{ plan, items: [task] }];
    server.use(
      http.get('*/api/plan-items/:id/timeline', () =>
        HttpResponse.json([
          report('a', 'Hội LHPN phường hỗ trợ 12 hộ', true),
          report('b', 'UBND phường sửa chữa 8 nhà', false),
        ]),
      ),
    );
    renderApp(`/plans/${plan.id}?task=${task.id}`);

    const timeline = await screen.findByTestId('task-timeline');
    const marks = await within(timeline).findAllByTestId('timeline-contribution');
    expect(marks).toHaveLength(1);
    expect(marks[0]).toHaveTextContent('Đóng góp của tổ chức phối hợp');
    expect(marks[0]!.closest('.mantine-Timeline-item')).toHaveTextContent(
      'Hội LHPN phường hỗ trợ 12 hộ',
    );
  });
});
