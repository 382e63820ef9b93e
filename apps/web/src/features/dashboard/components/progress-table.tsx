import { Group, Progress, Stack, Table, Text } from '@mantine/core';
import type { ListLink } from '@phoihop/shared/links';
import { useTranslation } from 'react-i18next';
import { ListLinkAnchor } from '../../../components/ui/list-link-anchor';
import { useFormat } from './use-format';

export interface ProgressRow {
  key: string;
  name: string;
  tasks: number;
  done: number;
  overdue: number;
  percent: number;
  link: ListLink;
}

/**
 * Tasks, done, overdue and weighted progress per area or organisation; the task count links to
 * them. The progress sits under the name so the table keeps four columns on a phone.
 */
export function ProgressTable(props: { rows: ProgressRow[]; nameHeader: string; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table striped verticalSpacing={6} fz="sm" aria-label={props.caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>
            {props.nameHeader} · {t('dashboard.progress.percent')}
          </Table.Th>
          <Table.Th ta="right">{t('dashboard.progress.tasks')}</Table.Th>
          <Table.Th ta="right">{t('dashboard.progress.done')}</Table.Th>
          <Table.Th ta="right">{t('dashboard.progress.overdue')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.rows.map((row) => (
          <Table.Tr key={row.key} data-testid="progress-row">
            <Table.Td>
              <Stack gap={4}>
                <Text inherit>{row.name}</Text>
                <Group gap="xs" wrap="nowrap">
                  <Progress value={row.percent} color="teal" flex={1} maw={160} aria-hidden />
                  <Text span size="sm">
                    {format.percent(row.percent)}
                  </Text>
                </Group>
              </Stack>
            </Table.Td>
            <Table.Td ta="right">
              <ListLinkAnchor
                link={row.link}
                figure
                aria-label={t('dashboard.progress.tasksLink', { name: row.name, count: row.tasks })}
              >
                {format.count(row.tasks)}
              </ListLinkAnchor>
            </Table.Td>
            <Table.Td ta="right">{format.count(row.done)}</Table.Td>
            <Table.Td ta="right">
              <Text span size="sm" c={row.overdue > 0 ? 'red' : undefined}>
                {format.count(row.overdue)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
