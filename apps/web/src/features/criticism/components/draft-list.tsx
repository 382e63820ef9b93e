import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import type { Draft } from '@phoihop/shared/criticism';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/dates';
import { DeadlineCountdown, draftingBodyOf, PhaseBadge } from './criticism-badges';

/** Drafts as cards: readable on a phone, the deadline and the phase in view. */
export function DraftList({ drafts, testId }: { drafts: Draft[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid={testId}>
      {drafts.map((draft) => (
        <Card key={draft.id} withBorder padding="sm" radius="md" data-testid="draft-card">
          <Stack gap={4}>
            <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
              <Anchor
                fw={600}
                renderRoot={(rootProps) => (
                  <Link {...rootProps} to={paths.draft} params={{ draftId: draft.id }} />
                )}
              >
                {draft.title}
              </Anchor>
              <PhaseBadge phase={draft.phase} />
            </Group>
            <Text size="sm">{draftingBodyOf(draft)}</Text>
            <Group gap="md">
              <Text size="sm" c="dimmed">
                {t('criticism.drafts.deadline', { date: formatDate(draft.commentDeadline) })}
              </Text>
              <DeadlineCountdown draft={draft} />
            </Group>
            <Text size="xs" c="dimmed">
              {[
                t('criticism.drafts.submitted', { date: formatDate(draft.submittedOn) }),
                t('criticism.drafts.comments', { count: draft.commentCount }),
                draft.pendingResponses > 0
                  ? t('criticism.drafts.pending', { count: draft.pendingResponses })
                  : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
