import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { Me } from '@phoihop/shared/auth';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';

/** The home page's greeting over `children` (the dashboard, composed by the route). */
export function OverviewPage({
  me,
  today = new Date(),
  children,
}: {
  me: Me;
  today?: Date;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('home.greeting', { name: me.user.fullName })}
        </Title>
        <Text c="dimmed" data-testid="today">
          {t('home.today', { date: formatDate(today) })}
        </Text>
        <Group gap="xs" c="dimmed" fz="sm">
          <Text span inherit>
            {me.unit.name}
          </Text>
          <Text span inherit aria-hidden>
            ·
          </Text>
          <Text span inherit>
            {me.organisation?.name ?? t('home.noOrganisation')}
          </Text>
          {me.user.position && (
            <>
              <Text span inherit aria-hidden>
                ·
              </Text>
              <Text span inherit>
                {me.user.position}
              </Text>
            </>
          )}
          {me.user.roles.map((role) => (
            <Badge key={role} variant="light" size="sm">
              {t(`roles.${role}`)}
            </Badge>
          ))}
        </Group>
      </Stack>
      {children}
    </Stack>
  );
}
