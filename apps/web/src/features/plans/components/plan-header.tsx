import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Plan, PlanTransition } from '@phoihop/shared/plans';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { formatDateTime } from '../../../lib/dates';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import { useTransitionPlan } from '../api/transition-plan';
import { PlanStatusBadge, ProgressBar } from './plan-badges';
import { useDocumentTitle } from '../../../lib/document-title';

export interface PlanHeaderActions {
  onAdd: (kind: 'AREA' | 'TASK') => void;
  onAmendAdd: () => void;
  onCopy: () => void;
}

export function PlanHeader(props: { plan: Plan; actions: PlanHeaderActions }) {
  const { t } = useTranslation();
  useDocumentTitle(props.plan.title);
  const { plan, actions } = props;
  const me = useCurrentMe();
  const canManage = hasPermission(me, 'plan:manage');
  const canApprove = hasPermission(me, 'plan:approve');
  const transition = useTransitionPlan();
  const run = (action: PlanTransition) =>
    transition.mutate(
      { id: plan.id, version: plan.version, action },
      {
        onSuccess: () =>
          notifications.show({ color: 'teal', message: t(`plans.transitions.${action}Done`) }),
      },
    );
  const confirm = (action: PlanTransition, color: string) => (
    <ConfirmButton
      key={action}
      color={color}
      variant={action === 'approve' ? 'filled' : 'light'}
      label={t(`plans.transitions.${action}`)}
      title={t(`plans.transitions.${action}Title`)}
      message={t(`plans.transitions.${action}Body`, { title: plan.title })}
      loading={transition.isPending}
      onConfirm={() => run(action)}
    />
  );
  const isOpen = plan.status === 'APPROVED' || plan.status === 'IN_PROGRESS';
  return (
    <Paper withBorder p="md" radius="md" mb="md" data-testid="plan-header">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text size="sm" c="dimmed">
              {t('plans.yearLabel', { year: plan.year })}
              {plan.regulationNumber ? ` · ${t('regulations.one')} ${plan.regulationNumber}` : ''}
            </Text>
            <Title order={1} size="h3">
              {plan.title}
            </Title>
          </div>
          <PlanStatusBadge status={plan.status} />
        </Group>
        <ProgressBar value={plan.progress} label={t('plans.progress')} w="100%" />
        <Text size="sm" c="dimmed">
          {t('plans.counts.tasks', { count: plan.counts.tasks })} ·{' '}
          {t('plans.counts.done', { count: plan.counts.done })} ·{' '}
          {t('plans.counts.overdue', { count: plan.counts.overdue })}
          {plan.approvedAt &&
            ` · ${t('plans.approvedBy', {
              name: plan.approvedBy?.fullName ?? '—',
              at: formatDateTime(plan.approvedAt),
            })}`}
        </Text>
        <Group gap="xs">
          {plan.status === 'DRAFT' && canApprove && confirm('approve', 'blue')}
          {plan.status === 'APPROVED' && canManage && confirm('start', 'teal')}
          {isOpen && canManage && confirm('close', 'gray')}
          {plan.status === 'CLOSED' && canManage && confirm('reopen', 'blue')}
          {plan.status === 'DRAFT' && canManage && (
            <>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => actions.onAdd('AREA')}
              >
                {t('plans.item.addArea')}
              </Button>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => actions.onAdd('TASK')}
              >
                {t('plans.item.addTask')}
              </Button>
            </>
          )}
          {isOpen && canManage && (
            <Button variant="light" onClick={actions.onAmendAdd}>
              {t('plans.amend.open')}
            </Button>
          )}
          {canManage && (
            <Button variant="default" onClick={actions.onCopy}>
              {t('plans.copy.open')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
