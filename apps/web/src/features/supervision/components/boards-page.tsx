import { Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { boardKinds, type Board, type BoardDetail } from '@phoihop/shared/supervision';
import { IconArrowLeft, IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { SearchInput } from '../../../components/ui/search-input';
import { paths } from '../../../config/paths';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import { formatDate } from '../../../lib/dates';
import { flattenPages } from '../../../lib/pagination';
import { useBoards } from '../api/boards';
import type { BoardSearch } from '../search-params';
import { BoardFormModal } from './board-form-modal';
import { BoardWarnings } from './supervision-badges';

export const termOf = (b: Board, t: (key: string, o?: Record<string, unknown>) => string) =>
  b.termEnd
    ? t('supervision.boards.termRange', {
        from: formatDate(b.termStart),
        to: formatDate(b.termEnd),
      })
    : t('supervision.boards.termFrom', { from: formatDate(b.termStart) });

function BoardCard({ board }: { board: Board }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="board-card">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Anchor
            fw={600}
            renderRoot={(rootProps) => (
              <Link {...rootProps} to={paths.supervisionBoard} params={{ boardId: board.id }} />
            )}
          >
            {board.name}
          </Anchor>
          {!board.active && (
            <Badge color="gray" variant="light" tt="none">
              {t('supervision.boards.inactive')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {[t(`supervision.boardKinds.${board.kind}`), board.projectName, termOf(board, t)]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <Text size="sm">
          {t('supervision.boards.headAndCount', {
            head: board.head?.fullName ?? '—',
            count: board.memberCount,
          })}
        </Text>
        <BoardWarnings warnings={board.warnings} />
      </Stack>
    </Card>
  );
}

/** /supervision/boards: the People's Inspection Board and the community investment boards. */
export function BoardsPage(props: {
  search: BoardSearch;
  onSearchChange: (patch: Partial<BoardSearch>) => void;
}) {
  const { t } = useTranslation();
  const { search, onSearchChange } = props;
  const navigate = useNavigate();
  const canManage = hasPermission(useCurrentMe(), 'supervision:manage');
  const [creating, setCreating] = useState(false);
  const query = useBoards(search);
  const boards = flattenPages(query.data);
  const opened = (saved: BoardDetail) =>
    void navigate({ to: paths.supervisionBoard, params: { boardId: saved.id } });
  return (
    <>
      <Anchor
        size="sm"
        mb="sm"
        display="inline-flex"
        renderRoot={(rootProps) => <Link {...rootProps} to={paths.supervision} />}
      >
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('supervision.back')}
        </Group>
      </Anchor>
      <PageHeader
        title={t('supervision.boards.title')}
        description={t('supervision.boards.description')}
        actions={
          canManage && (
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => setCreating(true)}
            >
              {t('supervision.boards.create')}
            </Button>
          )
        }
      />
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <SearchInput value={search.q} onChange={(q) => onSearchChange({ q })} />
          <Select
            label={t('supervision.boards.kind')}
            placeholder={t('common.all')}
            clearable
            data={boardKinds.map((k) => ({ value: k, label: t(`supervision.boardKinds.${k}`) }))}
            value={search.kind ?? null}
            onChange={(v) => onSearchChange({ kind: (v as BoardSearch['kind']) ?? undefined })}
          />
        </SimpleGrid>
        <QueryState
          isPending={query.isPending}
          error={query.error}
          isEmpty={boards.length === 0}
          emptyText={t('supervision.boards.empty')}
          onRetry={() => void query.refetch()}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {boards.map((b) => (
            <BoardCard key={b.id} board={b} />
          ))}
        </SimpleGrid>
        <LoadMore
          hasMore={query.hasNextPage}
          loading={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
        />
      </Stack>
      {creating && <BoardFormModal onClose={() => setCreating(false)} onSaved={opened} />}
    </>
  );
}
