import { Anchor, Box, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { PlanItem, PlanStatus } from '@phoihop/shared/plans';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { formatDate } from '../../../lib/dates';
import { useDeleteItem } from '../api/delete-item';
import { ProgressBar, TaskStatusBadge, TimelinessBadge } from './plan-badges';
import { orgNames } from './org-names';

export interface TreeActions {
  onOpenTask: (item: PlanItem) => void;
  onEdit: (item: PlanItem) => void;
  onAmend: (item: PlanItem, operation: 'CHANGE' | 'CANCEL') => void;
}

/** Areas → tasks → sub-tasks in outline order, each with its own progress. */
export function PlanTree(props: {
  items: PlanItem[];
  planStatus: PlanStatus;
  actions: TreeActions;
}) {
  const { t } = useTranslation();
  if (props.items.length === 0)
    return (
      <Text c="dimmed" py="lg" ta="center">
        {t('plans.tree.empty')}
      </Text>
    );
  return (
    <Stack gap={6} data-testid="plan-tree" role="list" aria-label={t('plans.tabs.tree')}>
      {props.items.map((item) => (
        <TreeRow key={item.id} item={item} planStatus={props.planStatus} actions={props.actions} />
      ))}
    </Stack>
  );
}

function TreeRow(props: { item: PlanItem; planStatus: PlanStatus; actions: TreeActions }) {
  const { t } = useTranslation();
  const { item, actions } = props;
  const remove = useDeleteItem();
  const isArea = item.kind === 'AREA';
  const isDraft = props.planStatus === 'DRAFT';
  const isOpen = props.planStatus === 'APPROVED' || props.planStatus === 'IN_PROGRESS';
  const partners = orgNames(item.partners);
  return (
    <Paper
      withBorder={!isArea}
      bg={isArea ? 'gray.1' : undefined}
      p="xs"
      ml={{ base: Math.min(item.depth, 3) * 8, sm: item.depth * 24 }}
      role="listitem"
      data-testid={`tree-item-${item.code}`}
    >
      <Group justify="space-between" align="flex-start" gap="xs">
        <Box style={{ flex: '1 1 260px', minWidth: 0 }}>
          <Group gap={6} wrap="nowrap" align="baseline">
            <Text fw={700} size="sm" ff="monospace" style={{ flexShrink: 0 }}>
              {item.code}
            </Text>
            {isArea ? (
              <Text fw={700}>{item.title}</Text>
            ) : (
              <Anchor
                component="button"
                type="button"
                ta="left"
                onClick={() => actions.onOpenTask(item)}
                td={item.status === 'CANCELLED' ? 'line-through' : undefined}
              >
                {item.title}
              </Anchor>
            )}
          </Group>
          {!isArea && (
            <Group gap="xs" mt={4}>
              {item.lead && (
                <Text size="xs">
                  {t('plans.item.leadShort')}: <b>{item.lead.shortName ?? item.lead.name}</b>
                </Text>
              )}
              {partners && (
                <Text size="xs" c="dimmed">
                  {t('plans.item.partnersShort')}: {partners}
                </Text>
              )}
              {(item.nextDueOn ?? item.dueDate) && (
                <Text size="xs">
                  {t('plans.item.due')}: {formatDate((item.nextDueOn ?? item.dueDate)!)}
                </Text>
              )}
              <TaskStatusBadge status={item.status} />
              <TimelinessBadge timeliness={item.timeliness} />
            </Group>
          )}
        </Box>
        <Group gap="xs" wrap="nowrap">
          <ProgressBar value={item.progress} label={t('plans.progressOf', { code: item.code })} />
        </Group>
      </Group>
      {item.can.edit && (isDraft || (isOpen && !isArea && item.status !== 'CANCELLED')) && (
        <Group gap={6} mt={6} justify="flex-end">
          {isDraft ? (
            <>
              <Button size="compact-xs" variant="light" onClick={() => actions.onEdit(item)}>
                {t('common.edit')}
              </Button>
              <ConfirmButton
                size="compact-xs"
                variant="light"
                color="red"
                label={t('common.delete')}
                title={t('plans.tree.deleteTitle')}
                message={t('plans.tree.deleteBody', { code: item.code, title: item.title })}
                loading={remove.isPending}
                onConfirm={() => remove.mutate({ id: item.id, version: item.version })}
              />
            </>
          ) : (
            <>
              <Button
                size="compact-xs"
                variant="light"
                onClick={() => actions.onAmend(item, 'CHANGE')}
              >
                {t('plans.amend.change')}
              </Button>
              <Button
                size="compact-xs"
                variant="light"
                color="red"
                onClick={() => actions.onAmend(item, 'CANCEL')}
              >
                {t('plans.amend.cancel')}
              </Button>
            </>
          )}
        </Group>
      )}
    </Paper>
  );
}
