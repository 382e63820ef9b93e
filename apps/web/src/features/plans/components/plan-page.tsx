import { Anchor, Group, Tabs } from '@mantine/core';
import type { PlanItem } from '@phoihop/shared/plans';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintButton } from '../../../components/ui/print-button';
import { QueryFallback } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { usePlan } from '../api/get-plan';
import { planTabs, type PlanSearch } from '../search-params';
import { AmendmentsTab } from './amendments-tab';
import { AssessmentTab } from './assessment-tab';
import { CalendarTab } from './calendar-tab';
import { CancelTaskModal } from './cancel-task-modal';
import { CopyPlanModal } from './copy-plan-modal';
import { ItemFormModal } from './item-form-modal';
import { PlanHeader } from './plan-header';
import { PlanTree } from './plan-tree';
import { ReviewsTab } from './reviews-tab';
import { ScorecardTab } from './scorecard-tab';
import { TaskDrawer } from './task-drawer';
import { TasksTab } from './tasks-tab';

type Dialog =
  | { type: 'item'; item: PlanItem | null; kind: 'AREA' | 'TASK'; amend: boolean }
  | { type: 'cancel'; item: PlanItem }
  | { type: 'copy' };

export function PlanPage(props: {
  planId: string;
  search: PlanSearch;
  onSearchChange: (patch: Partial<PlanSearch>) => void;
}) {
  const { t } = useTranslation();
  const { planId, search, onSearchChange } = props;
  const query = usePlan(planId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const tab = search.tab ?? 'tree';
  if (!query.data) return <QueryFallback query={query} />;
  const { plan, items } = query.data;
  const openTask = (taskId: string) => onSearchChange({ task: taskId });
  const openTaskItem = items.find((i) => i.id === search.task && i.kind === 'TASK') ?? null;
  return (
    <>
      <Group justify="space-between" align="flex-start">
        <Anchor component={Link} to={paths.plans} size="sm" mb="xs" display="inline-block">
          ← {t('plans.backToList')}
        </Anchor>
        <PrintButton />
      </Group>
      <PlanHeader
        plan={plan}
        actions={{
          onAdd: (kind) => setDialog({ type: 'item', item: null, kind, amend: false }),
          onAmendAdd: () => setDialog({ type: 'item', item: null, kind: 'TASK', amend: true }),
          onCopy: () => setDialog({ type: 'copy' }),
        }}
      />
      <Tabs
        value={tab}
        onChange={(value) => onSearchChange({ tab: (value as PlanSearch['tab']) ?? undefined })}
        keepMounted={false}
      >
        {/* Seven tabs wrap onto a second row on a phone rather than hide behind its edge. */}
        <Tabs.List mb="md">
          {planTabs.map((value) => (
            <Tabs.Tab key={value} value={value} style={{ whiteSpace: 'nowrap' }}>
              {t(`plans.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="tree">
          <PlanTree
            items={items}
            planStatus={plan.status}
            actions={{
              onOpenTask: (item) => openTask(item.id),
              onEdit: (item) => setDialog({ type: 'item', item, kind: item.kind, amend: false }),
              onAmend: (item, operation) =>
                setDialog(
                  operation === 'CANCEL'
                    ? { type: 'cancel', item }
                    : { type: 'item', item, kind: item.kind, amend: true },
                ),
            }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="tasks">
          <TasksTab
            planId={planId}
            items={items}
            search={search}
            onSearchChange={onSearchChange}
            onOpenTask={openTask}
          />
        </Tabs.Panel>
        <Tabs.Panel value="scorecard">
          <ScorecardTab planId={planId} />
        </Tabs.Panel>
        <Tabs.Panel value="calendar">
          <CalendarTab
            planId={planId}
            year={plan.year}
            month={search.month}
            onMonthChange={(month) => onSearchChange({ month })}
            onOpenTask={openTask}
          />
        </Tabs.Panel>
        <Tabs.Panel value="reviews">
          <ReviewsTab plan={plan} items={items} />
        </Tabs.Panel>
        <Tabs.Panel value="assessment">
          <AssessmentTab plan={plan} />
        </Tabs.Panel>
        <Tabs.Panel value="amendments">
          <AmendmentsTab planId={planId} items={items} />
        </Tabs.Panel>
      </Tabs>
      <TaskDrawer task={openTaskItem} onClose={() => onSearchChange({ task: undefined })} />
      {dialog?.type === 'item' && (
        <ItemFormModal
          planId={planId}
          items={items}
          item={dialog.item}
          kind={dialog.kind}
          amend={dialog.amend}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.type === 'cancel' && (
        <CancelTaskModal planId={planId} item={dialog.item} onClose={() => setDialog(null)} />
      )}
      {dialog?.type === 'copy' && <CopyPlanModal plan={plan} onClose={() => setDialog(null)} />}
    </>
  );
}
