import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { Me } from '@phoihop/shared/auth';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths';
import { useTasks } from '../api/list-tasks';

/** Home page summary: how many of the organisation's tasks are overdue or due soon. */
export function MyOrganisationCard({ me }: { me: Me }) {
  const { t } = useTranslation();
  const org = me.organisation;
  const base = { organisationId: org?.id, involvement: 'any' as const, limit: 100 };
  const overdue = useTasks({ ...base, timeliness: 'overdue' }, org !== null);
  const dueSoon = useTasks({ ...base, timeliness: 'due-soon' }, org !== null);
  if (!org) return null;
  const count = (q: typeof overdue) => {
    const page = q.data?.pages[0];
    if (!page) return '…';
    return page.nextCursor ? `${page.items.length}+` : String(page.items.length);
  };
  return (
    <Paper withBorder p="md" radius="md" data-testid="my-organisation-card">
      <Stack gap={6}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {t('plans.myTasks.cardTitle')}
        </Text>
        <Group gap="xl">
          <div>
            <Text fw={700} size="xl" c="red.8">
              {count(overdue)}
            </Text>
            <Text size="sm">{t('plans.timeliness.overdue')}</Text>
          </div>
          <div>
            <Text fw={700} size="xl" c="orange.8">
              {count(dueSoon)}
            </Text>
            <Text size="sm">{t('plans.timeliness.dueSoon')}</Text>
          </div>
        </Group>
        <Anchor component={Link} to={paths.myTasks} size="sm">
          {t('plans.myTasks.open')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
