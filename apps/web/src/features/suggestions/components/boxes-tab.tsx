import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { BoxOpening, SuggestionBox } from '@phoihop/shared/suggestions';
import { IconMailOpened, IconPencil, IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/dates';
import { flattenPages } from '../../../lib/pagination';
import { useBoxes } from '../api/list-boxes';
import { useOpenings } from '../api/list-openings';
import { BoxFormModal } from './box-form-modal';
import { OpeningFormModal } from './opening-form-modal';

type Dialog = { kind: 'box'; box?: SuggestionBox } | { kind: 'opening'; box: SuggestionBox };

function BoxCard(props: {
  box: SuggestionBox;
  canManage: boolean;
  onEdit: () => void;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const { box } = props;
  return (
    <Card withBorder padding="sm" radius="md" data-testid="box-card">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text fw={600}>{box.name}</Text>
          <Badge color={box.active ? 'teal' : 'gray'} variant="light" tt="none">
            {t(box.active ? 'suggestions.boxes.active' : 'suggestions.boxes.inactive')}
          </Badge>
        </Group>
        <Text size="sm">{box.location}</Text>
        <Text size="sm" c="dimmed">
          {[
            box.keeper
              ? `${t('suggestions.boxes.keeper')}: ${box.keeper.shortName ?? box.keeper.name}`
              : null,
            box.lastOpenedOn
              ? `${t('suggestions.boxes.lastOpened')}: ${formatDate(box.lastOpenedOn)}`
              : t('suggestions.boxes.never'),
            t('suggestions.boxes.count', { count: box.suggestionCount }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {props.canManage && (
          <Group gap="xs" mt={4}>
            {box.active && (
              <Button
                size="compact-sm"
                leftSection={<IconMailOpened size={14} aria-hidden />}
                aria-label={t('suggestions.boxes.openNamed', { name: box.name })}
                onClick={props.onOpen}
              >
                {t('suggestions.openings.create')}
              </Button>
            )}
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconPencil size={14} aria-hidden />}
              aria-label={t('suggestions.boxes.editNamed', { name: box.name })}
              onClick={props.onEdit}
            >
              {t('common.edit')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function OpeningRow({ opening }: { opening: BoxOpening }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" radius="md" data-testid="opening-row">
      <Group justify="space-between" gap="xs">
        <Anchor
          fw={500}
          renderRoot={(rootProps) => (
            <Link {...rootProps} to={paths.suggestionOpening} params={{ openingId: opening.id }} />
          )}
          aria-label={t('suggestions.openings.open', { date: formatDate(opening.openedOn) })}
        >
          {formatDate(opening.openedOn)} · {opening.box.name}
        </Anchor>
        <Text size="sm">{t('suggestions.openings.count', { count: opening.suggestionCount })}</Text>
      </Group>
      <Text size="sm" c="dimmed">
        {opening.openedBy} · {t('suggestions.openings.witnesses')}: {opening.witnesses}
      </Text>
    </Card>
  );
}

/** The boxes (open one, edit one) and their openings, newest first. */
export function BoxesTab(props: {
  canManage: boolean;
  boxId: string | undefined;
  onBoxChange: (boxId: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const boxesQuery = useBoxes();
  const boxes = flattenPages(boxesQuery.data);
  const openingsQuery = useOpenings(props.boxId);
  const openings = flattenPages(openingsQuery.data);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('suggestions.boxes.title')}
        </Title>
        {props.canManage && (
          <Button
            variant="default"
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => setDialog({ kind: 'box' })}
          >
            {t('suggestions.boxes.create')}
          </Button>
        )}
      </Group>
      <QueryState
        isPending={boxesQuery.isPending}
        error={boxesQuery.error}
        isEmpty={boxes.length === 0}
        emptyText={t('suggestions.boxes.empty')}
        onRetry={() => void boxesQuery.refetch()}
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {boxes.map((box) => (
          <BoxCard
            key={box.id}
            box={box}
            canManage={props.canManage}
            onEdit={() => setDialog({ kind: 'box', box })}
            onOpen={() => setDialog({ kind: 'opening', box })}
          />
        ))}
      </SimpleGrid>
      <LoadMore
        hasMore={boxesQuery.hasNextPage}
        loading={boxesQuery.isFetchingNextPage}
        onLoadMore={() => void boxesQuery.fetchNextPage()}
      />
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h4">
          {t('suggestions.openings.title')}
        </Title>
        <Select
          label={t('suggestions.openings.box')}
          placeholder={t('suggestions.openings.allBoxes')}
          clearable
          data={boxes.map((box) => ({ value: box.id, label: box.name }))}
          value={props.boxId ?? null}
          onChange={(value) => props.onBoxChange(value ?? undefined)}
        />
      </Group>
      <QueryState
        isPending={openingsQuery.isPending}
        error={openingsQuery.error}
        isEmpty={openings.length === 0}
        emptyText={t('suggestions.openings.empty')}
        onRetry={() => void openingsQuery.refetch()}
      />
      <Stack gap="xs">
        {openings.map((opening) => (
          <OpeningRow key={opening.id} opening={opening} />
        ))}
      </Stack>
      <LoadMore
        hasMore={openingsQuery.hasNextPage}
        loading={openingsQuery.isFetchingNextPage}
        onLoadMore={() => void openingsQuery.fetchNextPage()}
      />
      {dialog?.kind === 'box' && <BoxFormModal box={dialog.box} onClose={close} />}
      {dialog?.kind === 'opening' && (
        <OpeningFormModal
          box={dialog.box}
          onClose={close}
          onSaved={(opening) =>
            void navigate({ to: paths.suggestionOpening, params: { openingId: opening.id } })
          }
        />
      )}
    </Stack>
  );
}
