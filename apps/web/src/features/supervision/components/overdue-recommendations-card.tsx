import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { Me } from '@phoihop/shared/auth';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/dates';
import { useFirstRecommendations, useRecommendationSummary } from '../api/recommendations';
import { recommendationAnchor } from './recommendation-card';

const LIMIT = 5;

/**
 * Home card "Kiến nghị sau giám sát quá hạn": the People's Committee and the Front follow the
 * whole unit's; another organisation's staff see those addressed to their organisation.
 */
export function OverdueRecommendationsCard({ me }: { me: Me }) {
  const { t } = useTranslation();
  const kind = me.organisation?.kind;
  const mine = kind !== undefined && kind !== 'PEOPLES_COMMITTEE' && kind !== 'FATHERLAND_FRONT';
  const list = useFirstRecommendations({ overdue: true, mine: mine || undefined }, LIMIT);
  const summary = useRecommendationSummary(mine);
  const overdue = summary.data?.overdue;
  return (
    <Paper withBorder p="md" radius="md" data-testid="overdue-recommendations-card">
      <Stack gap={6}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {t(mine ? 'supervision.home.titleMine' : 'supervision.home.title')}
        </Text>
        <Group gap="xs" align="baseline">
          <Anchor
            renderRoot={(rootProps) => (
              <Link
                {...rootProps}
                to={paths.recommendations}
                search={{ overdue: true, ...(mine ? { mine: true } : {}) }}
              />
            )}
            fw={700}
            size="xl"
            c={overdue ? 'red.8' : 'teal.8'}
            aria-label={t('supervision.home.countLink', { count: overdue ?? 0 })}
            data-testid="overdue-count"
          >
            {overdue ?? '…'}
          </Anchor>
          <Text size="sm">
            {t('supervision.home.overdue')}
            {summary.data
              ? ` · ${t('supervision.home.unanswered', { count: summary.data.unanswered })}`
              : ''}
          </Text>
        </Group>
        {list.data?.items.map((r) => (
          <Anchor
            key={r.id}
            size="sm"
            lineClamp={2}
            renderRoot={(rootProps) => (
              <Link
                {...rootProps}
                to={paths.supervisionDetail}
                params={{ supervisionId: r.supervision.id }}
                hash={recommendationAnchor(r.id)}
              />
            )}
            data-testid="overdue-recommendation"
          >
            {t('supervision.home.row', {
              content: r.content,
              addressee: r.addressee.organisation?.shortName ?? r.addressee.name,
              due: formatDate(r.dueOn),
            })}
          </Anchor>
        ))}
        {list.data && list.data.items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('supervision.home.none')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
