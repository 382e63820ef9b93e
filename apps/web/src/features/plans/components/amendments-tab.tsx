import { Badge, Paper, Stack, Text } from '@mantine/core';
import type { PlanItem } from '@phoihop/shared/plans';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/dates';
import { useAmendments } from '../api/list-amendments';

export function AmendmentsTab(props: { planId: string; items: PlanItem[] }) {
  const { t } = useTranslation();
  const query = useAmendments(props.planId);
  const list = query.data ?? [];
  const itemOf = (id: string | null) => props.items.find((i) => i.id === id);
  return (
    <>
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={list.length === 0}
        emptyText={t('plans.amendments.empty')}
        onRetry={() => void query.refetch()}
      />
      <Stack gap="xs" data-testid="amendments-list">
        {list.map((a) => {
          const item = itemOf(a.itemId);
          return (
            <Paper key={a.id} withBorder p="sm">
              <Badge variant="light" mr="xs">
                {t(`plans.amendments.kinds.${a.kind}`, { defaultValue: a.kind })}
              </Badge>
              <Text span fw={500}>
                {item ? `${item.code} ${item.title}` : ''}
              </Text>
              <Text size="sm" mt={4}>
                {t('plans.amend.reason')}: {a.reason}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(a.createdAt)}
                {a.decidedBy ? ` · ${a.decidedBy.fullName}` : ''}
              </Text>
            </Paper>
          );
        })}
      </Stack>
    </>
  );
}
