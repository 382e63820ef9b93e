import { ActionIcon, Anchor, Box, Group, Stack, Table, Text } from '@mantine/core';
import { endOfMonth, todayInVietnam } from '@phoihop/shared/dates';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate } from '../../../lib/dates';
import { useTasks } from '../api/list-tasks';
import { TimelinessBadge } from './plan-badges';

const shiftMonth = (month: string, by: number) =>
  dayjs(`${month}-01`).add(by, 'month').format('YYYY-MM');

/** A month grid of due dates; months step with buttons and every task is a focusable link. */
export function CalendarTab(props: {
  planId: string;
  year: number;
  month: string | undefined;
  onMonthChange: (month: string) => void;
  onOpenTask: (taskId: string) => void;
}) {
  const { t } = useTranslation();
  const today = todayInVietnam();
  const month =
    props.month ?? (today.startsWith(String(props.year)) ? today.slice(0, 7) : `${props.year}-01`);
  const first = `${month}-01`;
  const last = endOfMonth(first);
  const query = useTasks({ planId: props.planId, dueFrom: first, dueTo: last, limit: 100 });
  const tasks = query.data?.pages.flatMap((p) => p.items) ?? [];
  const byDay = new Map<string, typeof tasks>();
  for (const task of tasks) {
    const due = task.nextDueOn ?? task.dueDate;
    if (!due) continue;
    byDay.set(due, [...(byDay.get(due) ?? []), task]);
  }
  // Weeks start on Monday, as Vietnamese calendars do.
  const start = dayjs(first);
  const offset = (start.day() + 6) % 7;
  const days = Array.from({ length: Math.ceil((offset + start.daysInMonth()) / 7) * 7 }, (_, i) =>
    start.add(i - offset, 'day'),
  );
  const weeks = Array.from({ length: days.length / 7 }, (_, w) => days.slice(w * 7, w * 7 + 7));
  const weekdays = Array.from({ length: 7 }, (_, i) => start.day(1).add(i, 'day').format('dd'));
  const label = start.format('MM/YYYY');
  return (
    <Stack
      gap="sm"
      onKeyDown={(event) => {
        // Page Up / Page Down step months from anywhere in the calendar, as date pickers do.
        if (event.key === 'PageUp' || event.key === 'PageDown') {
          event.preventDefault();
          props.onMonthChange(shiftMonth(month, event.key === 'PageUp' ? -1 : 1));
        }
      }}
    >
      <Group justify="space-between">
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('plans.calendar.previous')}
          onClick={() => props.onMonthChange(shiftMonth(month, -1))}
        >
          <IconChevronLeft size={18} />
        </ActionIcon>
        <Text fw={600} aria-live="polite">
          {t('plans.calendar.month', { month: label })}
        </Text>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('plans.calendar.next')}
          onClick={() => props.onMonthChange(shiftMonth(month, 1))}
        >
          <IconChevronRight size={18} />
        </ActionIcon>
      </Group>
      <QueryState isPending={query.isPending} error={query.error} isEmpty={false} emptyText="" />
      <Box visibleFrom="sm">
        <Table withTableBorder withColumnBorders layout="fixed" data-testid="plan-calendar">
          <caption style={{ position: 'absolute', left: -10000 }}>
            {t('plans.calendar.month', { month: label })}
          </caption>
          <Table.Thead>
            <Table.Tr>
              {weekdays.map((d) => (
                <Table.Th key={d} ta="center">
                  {d}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {weeks.map((week) => (
              <Table.Tr key={week[0]!.format('YYYY-MM-DD')}>
                {week.map((day) => {
                  const iso = day.format('YYYY-MM-DD');
                  const inMonth = day.format('YYYY-MM') === month;
                  return (
                    <Table.Td
                      key={iso}
                      valign="top"
                      h={96}
                      bg={iso === today ? 'yellow.0' : undefined}
                      aria-label={formatDate(iso)}
                    >
                      <Text
                        size="xs"
                        c={inMonth ? undefined : 'dimmed'}
                        fw={iso === today ? 700 : 400}
                      >
                        {day.date()}
                      </Text>
                      {inMonth &&
                        (byDay.get(iso) ?? []).map((task) => (
                          <Anchor
                            key={task.id}
                            component="button"
                            type="button"
                            size="xs"
                            display="block"
                            ta="left"
                            c={task.timeliness === 'overdue' ? 'red' : undefined}
                            onClick={() => props.onOpenTask(task.id)}
                          >
                            {task.code} {task.title}
                          </Anchor>
                        ))}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      {/* On a phone a seven-column grid is unreadable: list the days that have tasks. */}
      <Stack hiddenFrom="sm" gap="xs">
        {[...byDay.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([day, list]) => (
            <div key={day}>
              <Text fw={600} size="sm">
                {formatDate(day)}
              </Text>
              {list.map((task) => (
                <Group key={task.id} gap={4}>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    ta="left"
                    onClick={() => props.onOpenTask(task.id)}
                  >
                    {task.code} {task.title}
                  </Anchor>
                  <TimelinessBadge timeliness={task.timeliness} />
                </Group>
              ))}
            </div>
          ))}
        {!query.isPending && byDay.size === 0 && (
          <Text c="dimmed">{t('plans.calendar.empty')}</Text>
        )}
      </Stack>
    </Stack>
  );
}
