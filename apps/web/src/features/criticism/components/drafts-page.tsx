import { Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { DraftDetail } from '@phoihop/shared/criticism';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { SearchInput } from '../../../components/ui/search-input';
import { paths } from '../../../config/paths';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import { flattenPages } from '../../../lib/pagination';
import { useDrafts } from '../api/list-drafts';
import type { DraftsSearch } from '../search-params';
import { DraftFormModal } from './draft-form-modal';
import { DraftList } from './draft-list';

/** /criticism: the drafts open for comment now first, nearest deadline first; then the rest. */
export function DraftsPage(props: {
  search: DraftsSearch;
  onSearchChange: (patch: Partial<DraftsSearch>) => void;
}) {
  const { t } = useTranslation();
  const { search, onSearchChange } = props;
  const navigate = useNavigate();
  const canManage = hasPermission(useCurrentMe(), 'criticism:manage');
  const [creating, setCreating] = useState(false);
  const openQuery = useDrafts({ q: search.q, open: true });
  const open = flattenPages(openQuery.data);
  const allQuery = useDrafts({ q: search.q }, { enabled: !search.open });
  // Those open now are already listed above.
  const others = flattenPages(allQuery.data).filter((d) => d.phase !== 'OPEN');
  const opened = (draft: DraftDetail) =>
    void navigate({ to: paths.draft, params: { draftId: draft.id } });
  return (
    <>
      <PageHeader
        title={t('criticism.title')}
        description={t('criticism.description')}
        actions={
          canManage && (
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => setCreating(true)}
            >
              {t('criticism.drafts.create')}
            </Button>
          )
        }
      />
      <Stack gap="md">
        <Group align="flex-end" gap="lg">
          <SearchInput value={search.q} onChange={(q) => onSearchChange({ q })} />
          <Checkbox
            label={t('criticism.drafts.onlyOpen')}
            checked={search.open === true}
            onChange={(e) => onSearchChange({ open: e.currentTarget.checked || undefined })}
            mb={8}
          />
        </Group>
        <Paper
          withBorder
          p="md"
          radius="md"
          bg="green.0"
          component="section"
          aria-labelledby="drafts-open-now"
        >
          <Title order={2} size="h4" id="drafts-open-now">
            {t('criticism.drafts.openNow')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('criticism.drafts.openNowHelp')}
          </Text>
          <QueryState
            isPending={openQuery.isPending}
            error={openQuery.error}
            isEmpty={open.length === 0}
            emptyText={search.q ? t('common.noResults') : t('criticism.drafts.openEmpty')}
            onRetry={() => void openQuery.refetch()}
          />
          {open.length > 0 && <DraftList drafts={open} testId="drafts-open" />}
          <LoadMore
            hasMore={openQuery.hasNextPage}
            loading={openQuery.isFetchingNextPage}
            onLoadMore={() => void openQuery.fetchNextPage()}
          />
        </Paper>
        {!search.open && (
          <section aria-labelledby="drafts-others">
            <Title order={2} size="h4" id="drafts-others" mb="sm">
              {t('criticism.drafts.others')}
            </Title>
            <QueryState
              isPending={allQuery.isPending}
              error={allQuery.error}
              isEmpty={others.length === 0 && !allQuery.hasNextPage}
              emptyText={search.q ? t('common.noResults') : t('criticism.drafts.othersEmpty')}
              onRetry={() => void allQuery.refetch()}
            />
            {others.length > 0 && <DraftList drafts={others} testId="drafts-others" />}
            <LoadMore
              hasMore={allQuery.hasNextPage}
              loading={allQuery.isFetchingNextPage}
              onLoadMore={() => void allQuery.fetchNextPage()}
            />
          </section>
        )}
      </Stack>
      {creating && <DraftFormModal onClose={() => setCreating(false)} onSaved={opened} />}
    </>
  );
}
