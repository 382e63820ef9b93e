import { Badge, Stack, Text, Title } from '@mantine/core';
import type { Me } from '@phoihop/shared/auth';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { useDocumentTitle } from '../../../lib/document-title';

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
  useDocumentTitle(t('nav.home'));
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('home.greeting', { name: me.user.fullName })}
        </Title>
        <Text c="dimmed" data-testid="today">
          {t('home.today', { date: formatDate(today) })}
        </Text>
        {/* One line of text, so on a phone it wraps between words, not after a lone dot. */}
        <Text c="dimmed" size="sm">
          {[me.unit.name, me.organisation?.name ?? t('home.noOrganisation'), me.user.position]
            .filter(Boolean)
            .join(' · ')}
          {me.user.roles.map((role) => (
            // A space, not a margin, before each badge: it goes away where the line wraps.
            <Fragment key={role}>
              {' '}
              <Badge variant="light" size="sm" style={{ verticalAlign: 'middle' }}>
                {t(`roles.${role}`)}
              </Badge>
            </Fragment>
          ))}
        </Text>
      </Stack>
      {children}
    </Stack>
  );
}
