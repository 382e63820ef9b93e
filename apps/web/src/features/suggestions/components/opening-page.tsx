import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil, IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryFallback, QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import { formatDate } from '../../../lib/dates';
import { flattenPages } from '../../../lib/pagination';
import { useOpening } from '../api/get-opening';
import { useSuggestions } from '../api/list-suggestions';
import { OpeningFormModal } from './opening-form-modal';
import { SuggestionFormModal } from './suggestion-form-modal';
import { SuggestionList } from './suggestion-list';
import { useDocumentTitle } from '../../../lib/document-title';

/** /suggestions/openings/$openingId: one opening of a box and the suggestions found in it. */
export function OpeningPage({ openingId }: { openingId: string }) {
  const { t } = useTranslation();
  const canManage = hasPermission(useCurrentMe(), 'suggestion:manage');
  const opening = useOpening(openingId);
  const suggestions = useSuggestions({ openingId });
  const items = flattenPages(suggestions.data);
  const [dialog, setDialog] = useState<'opening' | 'suggestion' | null>(null);
  useDocumentTitle(opening.data?.box.name);
  return (
    <>
      <Anchor component={Link} to={paths.suggestionBoxes} size="sm" mb="sm" display="inline-flex">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('suggestions.openings.back')}
        </Group>
      </Anchor>
      <QueryFallback query={opening} />
      {opening.data && (
        <>
          <Paper withBorder p="md" radius="md" mb="md" data-testid="opening-header">
            <Stack gap="xs">
              <Group justify="space-between" align="flex-start">
                <div>
                  <Text size="sm" c="dimmed">
                    {t('suggestions.openings.title')}
                  </Text>
                  <Title order={1} size="h3">
                    {opening.data.box.name} · {formatDate(opening.data.openedOn)}
                  </Title>
                </div>
                {canManage && (
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconPencil size={14} aria-hidden />}
                    onClick={() => setDialog('opening')}
                  >
                    {t('suggestions.openings.edit')}
                  </Button>
                )}
              </Group>
              <Text size="sm">
                {t('suggestions.openings.openedBy')}: {opening.data.openedBy}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {t('suggestions.openings.witnesses')}: {opening.data.witnesses}
              </Text>
              {opening.data.note && (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                  {opening.data.note}
                </Text>
              )}
            </Stack>
          </Paper>
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('suggestions.items.title')}
              </Title>
              {canManage && (
                <Button
                  leftSection={<IconPlus size={18} aria-hidden />}
                  onClick={() => setDialog('suggestion')}
                >
                  {t('suggestions.items.add')}
                </Button>
              )}
            </Group>
            <QueryState
              isPending={suggestions.isPending}
              error={suggestions.error}
              isEmpty={items.length === 0}
              emptyText={t('suggestions.items.empty')}
              onRetry={() => void suggestions.refetch()}
            />
            {items.length > 0 && <SuggestionList suggestions={items} />}
            <LoadMore
              hasMore={suggestions.hasNextPage}
              loading={suggestions.isFetchingNextPage}
              onLoadMore={() => void suggestions.fetchNextPage()}
            />
          </Stack>
          {dialog === 'opening' && (
            <OpeningFormModal
              box={opening.data.box}
              opening={opening.data}
              onClose={() => setDialog(null)}
            />
          )}
          {dialog === 'suggestion' && (
            <SuggestionFormModal openingId={openingId} onClose={() => setDialog(null)} />
          )}
        </>
      )}
    </>
  );
}
