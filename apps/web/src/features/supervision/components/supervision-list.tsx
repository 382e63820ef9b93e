import { Anchor, Box, Card, Group, Stack, Table, Text } from '@mantine/core';
import type { Supervision } from '@phoihop/shared/supervision';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/dates';
import { SupervisionKindBadge, SupervisionStatusBadge } from './supervision-badges';

const period = (s: Supervision) => `${formatDate(s.periodFrom)} – ${formatDate(s.periodTo)}`;

/** Unanswered and overdue recommendations, the overdue ones in red. */
function RecommendationCounts({ s }: { s: Supervision }) {
  const { t } = useTranslation();
  const { total, unanswered, overdue } = s.recommendations;
  if (total === 0) return <Text size="sm">—</Text>;
  return (
    <Text size="sm">
      {t('supervision.list.counts', { total, unanswered })}
      {overdue > 0 && (
        <Text span c="red" fw={600}>
          {' · '}
          {t('supervision.list.overdueCount', { count: overdue })}
        </Text>
      )}
    </Text>
  );
}

/** A table on wide screens and cards on phones, so nothing needs sideways scrolling. */
export function SupervisionList({ supervisions }: { supervisions: Supervision[] }) {
  const { t } = useTranslation();
  const title = (s: Supervision) => (
    <Anchor
      renderRoot={(rootProps) => (
        <Link {...rootProps} to={paths.supervisionDetail} params={{ supervisionId: s.id }} />
      )}
      fw={500}
    >
      {s.title}
    </Anchor>
  );
  const decision = (s: Supervision) =>
    s.decisionNumber
      ? t('supervision.decisionOf', {
          number: s.decisionNumber,
          date: s.decisionDate ? formatDate(s.decisionDate) : '',
        })
      : (s.board?.name ?? '');
  return (
    <>
      <Box visibleFrom="sm">
        <Table striped highlightOnHover verticalSpacing="xs" data-testid="supervisions-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('supervision.fields.title')}</Table.Th>
              <Table.Th>{t('supervision.fields.kind')}</Table.Th>
              <Table.Th>{t('supervision.fields.period')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
              <Table.Th>{t('supervision.list.recommendations')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {supervisions.map((s) => (
              <Table.Tr key={s.id} data-testid="supervision-row">
                <Table.Td>
                  {title(s)}
                  <Text size="xs" c="dimmed">
                    {[decision(s), s.lead.shortName ?? s.lead.name].filter(Boolean).join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <SupervisionKindBadge kind={s.kind} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{period(s)}</Text>
                </Table.Td>
                <Table.Td>
                  <SupervisionStatusBadge status={s.status} />
                </Table.Td>
                <Table.Td>
                  <RecommendationCounts s={s} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="sm" gap="xs">
        {supervisions.map((s) => (
          <Card key={s.id} withBorder padding="sm">
            {title(s)}
            <Group gap={4} mt={4}>
              <SupervisionKindBadge kind={s.kind} />
              <SupervisionStatusBadge status={s.status} />
            </Group>
            <Text size="xs" c="dimmed" mt={4}>
              {[period(s), decision(s)].filter(Boolean).join(' · ')}
            </Text>
            <RecommendationCounts s={s} />
          </Card>
        ))}
      </Stack>
    </>
  );
}
