import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryFallback, QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/dates';
import { flattenPages } from '../../../lib/pagination';
import { useBoard } from '../api/boards';
import { useSupervisions } from '../api/supervisions';
import { BoardFormModal } from './board-form-modal';
import { termOf } from './boards-page';
import { MembersTable } from './members-table';
import { BoardWarnings } from './supervision-badges';
import { SupervisionList } from './supervision-list';
import { useDocumentTitle } from '../../../lib/document-title';

/** /supervision/boards/$boardId: a standing board, its members and its regular supervisions. */
export function BoardPage({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const board = useBoard(boardId);
  const supervisions = useSupervisions({ boardId });
  const items = flattenPages(supervisions.data);
  const [editing, setEditing] = useState(false);
  const b = board.data;
  useDocumentTitle(b?.name);
  return (
    <>
      <Anchor
        size="sm"
        mb="sm"
        display="inline-flex"
        renderRoot={(rootProps) => <Link {...rootProps} to={paths.supervisionBoards} />}
      >
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('supervision.boards.back')}
        </Group>
      </Anchor>
      <QueryFallback query={board} />
      {b && (
        <Stack gap="lg">
          <Paper withBorder p="md" radius="md" data-testid="board-header">
            <Stack gap="xs">
              <Group justify="space-between" align="flex-start">
                <div>
                  <Title order={1} size="h3">
                    {b.name}
                  </Title>
                  <Text c="dimmed">{t(`supervision.boardKinds.${b.kind}`)}</Text>
                </div>
                <Group gap="xs">
                  {!b.active && (
                    <Badge color="gray" variant="light" tt="none">
                      {t('supervision.boards.inactive')}
                    </Badge>
                  )}
                  {b.can.manage && (
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconPencil size={14} aria-hidden />}
                      onClick={() => setEditing(true)}
                    >
                      {t('supervision.boards.edit')}
                    </Button>
                  )}
                </Group>
              </Group>
              <Text size="sm">
                {[
                  b.projectName,
                  b.decisionNumber &&
                    t('supervision.decisionOf', {
                      number: b.decisionNumber,
                      date: b.decisionDate ? formatDate(b.decisionDate) : '',
                    }),
                  termOf(b, t),
                  t('supervision.boards.memberCount', { count: b.memberCount }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              {b.note && (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                  {b.note}
                </Text>
              )}
              <BoardWarnings warnings={b.warnings} />
            </Stack>
          </Paper>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('supervision.members.boardTitle')}
            </Title>
            <MembersTable members={b.members} roles="boardRoles" />
          </Stack>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('supervision.boards.supervisions')}
            </Title>
            <QueryState
              isPending={supervisions.isPending}
              error={supervisions.error}
              isEmpty={items.length === 0}
              emptyText={t('supervision.boards.noSupervisions')}
              onRetry={() => void supervisions.refetch()}
            />
            {items.length > 0 && <SupervisionList supervisions={items} />}
            <LoadMore
              hasMore={supervisions.hasNextPage}
              loading={supervisions.isFetchingNextPage}
              onLoadMore={() => void supervisions.fetchNextPage()}
            />
          </Stack>
          {editing && <BoardFormModal board={b} onClose={() => setEditing(false)} />}
        </Stack>
      )}
    </>
  );
}
