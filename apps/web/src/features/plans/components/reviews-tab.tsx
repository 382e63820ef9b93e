import { Badge, Button, Paper, Stack, Text } from '@mantine/core';
import { todayInVietnam } from '@phoihop/shared/dates';
import type { Plan, PlanItem } from '@phoihop/shared/plans';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import { formatDate } from '../../../lib/dates';
import { useReviews } from '../api/list-reviews';
import { orgNames } from './org-names';
import { ReviewForm } from './review-form';

export function ReviewsTab(props: { plan: Plan; items: PlanItem[] }) {
  const { t } = useTranslation();
  // Reviews are held once the plan's year has begun, never ahead of time.
  const canManage =
    hasPermission(useCurrentMe(), 'plan:manage') &&
    (props.plan.status === 'APPROVED' || props.plan.status === 'IN_PROGRESS') &&
    todayInVietnam() >= `${props.plan.year}-01-01`;
  const query = useReviews(props.plan.id);
  const [recording, setRecording] = useState(false);
  const reviews = query.data ?? [];
  return (
    <Stack>
      {canManage && !recording && (
        <Button style={{ alignSelf: 'flex-start' }} onClick={() => setRecording(true)}>
          {t('plans.reviews.record')}
        </Button>
      )}
      {recording && (
        <ReviewForm plan={props.plan} items={props.items} onDone={() => setRecording(false)} />
      )}
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={reviews.length === 0}
        emptyText={t('plans.reviews.empty')}
        onRetry={() => void query.refetch()}
      />
      {reviews.map((review) => (
        <Paper key={review.id} withBorder p="sm" data-testid="review">
          <Badge variant="light" mr="xs">
            {t(`plans.periods.${review.period}`)}
          </Badge>
          <Text span size="sm">
            {formatDate(review.heldOn)}
            {review.recordedBy ? ` · ${review.recordedBy.fullName}` : ''}
          </Text>
          <Text size="sm" mt={4}>
            {t('plans.reviews.present')}: {orgNames(review.present)}
          </Text>
          <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
            {review.conclusions}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {t('plans.reviews.summary', {
              assessed: review.assessments.length,
              followUps: review.followUpTaskIds.length,
            })}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
