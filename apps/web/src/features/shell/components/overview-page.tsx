import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Me } from '@phoihop/shared/auth';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';

function Fact(props: { label: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {props.label}
      </Text>
      <div>{props.children}</div>
    </Paper>
  );
}

/** `summaries`: cards other areas contribute (composed by the route, not imported here). */
export function OverviewPage({
  me,
  today = new Date(),
  summaries,
}: {
  me: Me;
  today?: Date;
  summaries?: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack>
      <div>
        <Title order={1} size="h2">
          {t('home.greeting', { name: me.user.fullName })}
        </Title>
        <Text c="dimmed" data-testid="today">
          {t('home.today', { date: formatDate(today) })}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {summaries}
        <Fact label={t('home.unit')}>
          <Text fw={500}>{me.unit.name}</Text>
        </Fact>
        <Fact label={t('home.organisation')}>
          <Text fw={500}>{me.organisation?.name ?? t('home.noOrganisation')}</Text>
          {me.user.position && (
            <Text size="sm" c="dimmed">
              {me.user.position}
            </Text>
          )}
        </Fact>
        <Fact label={t('home.roles')}>
          <Group gap="xs" mt={4}>
            {me.user.roles.map((role) => (
              <Badge key={role} variant="light">
                {t(`roles.${role}`)}
              </Badge>
            ))}
          </Group>
        </Fact>
      </SimpleGrid>
    </Stack>
  );
}
