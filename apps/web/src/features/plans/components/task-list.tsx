import { Anchor, Box, Card, Group, Stack, Table, Text } from '@mantine/core';
import type { TaskRow } from '@phoihop/shared/plans';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { ProgressBar, TaskStatusBadge, TimelinessBadge } from './plan-badges';

const dueOf = (task: TaskRow) => task.nextDueOn ?? task.dueDate;

/** A table on wide screens and cards on phones, so nothing needs sideways scrolling. */
export function TaskList(props: {
  tasks: TaskRow[];
  onOpen: (task: TaskRow) => void;
  showPlan?: boolean;
}) {
  const { t } = useTranslation();
  const title = (task: TaskRow) => (
    <Anchor component="button" type="button" ta="left" onClick={() => props.onOpen(task)}>
      {task.code} {task.title}
    </Anchor>
  );
  return (
    <>
      <Box visibleFrom="sm">
        <Table striped highlightOnHover verticalSpacing="xs" data-testid="tasks-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plans.item.task')}</Table.Th>
              <Table.Th>{t('plans.item.lead')}</Table.Th>
              <Table.Th>{t('plans.item.due')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
              <Table.Th>{t('plans.progress')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.tasks.map((task) => (
              <Table.Tr key={task.id}>
                <Table.Td>
                  {title(task)}
                  <Text size="xs" c="dimmed">
                    {props.showPlan ? `${t('plans.yearLabel', { year: task.planYear })} · ` : ''}
                    {task.areaTitle ?? ''}
                  </Text>
                </Table.Td>
                <Table.Td>{task.lead ? (task.lead.shortName ?? task.lead.name) : '—'}</Table.Td>
                <Table.Td>{dueOf(task) ? formatDate(dueOf(task)!) : '—'}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <TaskStatusBadge status={task.status} />
                    <TimelinessBadge timeliness={task.timeliness} />
                  </Group>
                </Table.Td>
                <Table.Td>
                  <ProgressBar
                    value={task.progress}
                    label={t('plans.progressOf', { code: task.code })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="sm" gap="xs" data-testid="tasks-cards">
        {props.tasks.map((task) => (
          <Card key={task.id} withBorder padding="sm">
            {title(task)}
            <Text size="xs" c="dimmed">
              {task.lead ? (task.lead.shortName ?? task.lead.name) : '—'}
              {dueOf(task) ? ` · ${t('plans.item.due')}: ${formatDate(dueOf(task)!)}` : ''}
            </Text>
            <Group gap={4} mt={4}>
              <TaskStatusBadge status={task.status} />
              <TimelinessBadge timeliness={task.timeliness} />
            </Group>
            <Box mt={6}>
              <ProgressBar
                value={task.progress}
                label={t('plans.progressOf', { code: task.code })}
                w="100%"
              />
            </Box>
          </Card>
        ))}
      </Stack>
    </>
  );
}
