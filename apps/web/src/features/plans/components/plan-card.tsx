import { Alert, Card, Group, Stack, Text } from '@mantine/core';
import type { Plan } from '@phoihop/shared/plans';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PlanLink } from './plan-link';
import { PlanStatusBadge, ProgressBar } from './plan-badges';

export function PlanCard({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="md" data-testid={`plan-card-${plan.year}`}>
      <Stack gap="xs">
        {/* The badge sits beside the short year line: beside a long title it was squeezed to "Đ…". */}
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" c="dimmed">
            {t('plans.yearLabel', { year: plan.year })}
          </Text>
          <PlanStatusBadge status={plan.status} />
        </Group>
        <PlanLink planId={plan.id} fw={600} size="lg">
          {plan.title}
        </PlanLink>
        <ProgressBar value={plan.progress} label={t('plans.progress')} w="100%" />
        <Group gap="lg">
          <Text size="sm">{t('plans.counts.tasks', { count: plan.counts.tasks })}</Text>
          <Text size="sm" c="teal">
            {t('plans.counts.done', { count: plan.counts.done })}
          </Text>
          <Text size="sm" c={plan.counts.overdue > 0 ? 'red' : 'dimmed'}>
            {t('plans.counts.overdue', { count: plan.counts.overdue })}
          </Text>
        </Group>
        {plan.reviewsDue.length > 0 && (
          <Alert color="orange" variant="light" p="xs" icon={<IconAlertTriangle size={16} />}>
            {t('plans.reviewsDue', {
              periods: plan.reviewsDue.map((p) => t(`plans.periods.${p}`)).join(', '),
            })}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
