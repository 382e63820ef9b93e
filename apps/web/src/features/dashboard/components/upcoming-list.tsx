import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { UpcomingItem } from '@phoihop/shared/dashboard';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { ListLinkAnchor } from '../../../components/ui/list-link-anchor';

/** The next things on the calendar: date, kind and a link to the record's list. */
export function UpcomingList({ items }: { items: UpcomingItem[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5" id="dashboard-upcoming">
        {t('dashboard.upcoming.title')}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.upcoming.empty')}
        </Text>
      ) : (
        <Stack component="ul" gap={6} aria-labelledby="dashboard-upcoming" p={0} m={0}>
          {items.map((item, index) => (
            <Group
              component="li"
              key={`${item.kind}-${item.on}-${index}`}
              gap="xs"
              wrap="nowrap"
              align="baseline"
              style={{ listStyle: 'none' }}
              data-testid="upcoming-item"
            >
              <Text component="time" dateTime={item.on} size="sm" fw={500} miw={84}>
                {formatDate(item.on)}
              </Text>
              <Stack gap={2} style={{ minWidth: 0 }}>
                {/* In the text's colour: on the dashboard red says "late", and these are not. */}
                <ListLinkAnchor
                  link={item.link}
                  size="sm"
                  lineClamp={2}
                  c="var(--mantine-color-text)"
                  fw={500}
                >
                  {item.title}
                </ListLinkAnchor>
                <Badge variant="light" size="sm" color="gray">
                  {t(`dashboard.upcoming.kinds.${item.kind}`)}
                </Badge>
              </Stack>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
