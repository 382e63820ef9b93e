import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { DraftComment, DraftDetail } from '@phoihop/shared/criticism';
import { IconArrowLeft, IconMessagePlus, IconPencil } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentLink } from '../../../components/ui/attachment-link';
import { QueryFallback } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/dates';
import { useDraft } from '../api/get-draft';
import { CommentFormModal } from './comment-form-modal';
import { CommentList } from './comment-list';
import { ConsolidatedFormModal } from './consolidated-form-modal';
import { DeadlineCountdown, draftingBodyOf, PhaseBadge } from './criticism-badges';
import { DraftFormModal } from './draft-form-modal';
import { ResponseFormModal } from './response-form-modal';
import { useDocumentTitle } from '../../../lib/document-title';

type Dialog =
  { kind: 'draft' | 'comment' | 'consolidated' } | { kind: 'response'; commentId: string };

function DraftHeader(props: { draft: DraftDetail; onEdit?: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(props.draft.title);
  const { draft } = props;
  return (
    <Paper withBorder p="md" radius="md" mb="md" data-testid="draft-header">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text size="sm" c="dimmed">
              {draftingBodyOf(draft)}
            </Text>
            <Title order={1} size="h3">
              {draft.title}
            </Title>
          </div>
          <Group gap="xs">
            <PhaseBadge phase={draft.phase} />
            {props.onEdit && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPencil size={14} aria-hidden />}
                onClick={props.onEdit}
              >
                {t('criticism.drafts.edit')}
              </Button>
            )}
          </Group>
        </Group>
        <Group gap="md">
          <Text size="sm">
            {t('criticism.drafts.submitted', { date: formatDate(draft.submittedOn) })} ·{' '}
            {t('criticism.drafts.deadline', { date: formatDate(draft.commentDeadline) })}
          </Text>
          <DeadlineCountdown draft={draft} />
        </Group>
        {draft.summary && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {draft.summary}
          </Text>
        )}
        {draft.file && <AttachmentLink file={draft.file} />}
      </Stack>
    </Paper>
  );
}

function Consolidated(props: { draft: DraftDetail; onEdit?: () => void }) {
  const { t } = useTranslation();
  const { consolidated } = props.draft;
  return (
    <Paper withBorder p="md" radius="md" data-testid="consolidated">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('criticism.consolidated.title')}
        </Title>
        {props.onEdit && (
          <Button size="xs" variant="light" onClick={props.onEdit}>
            {t(consolidated ? 'criticism.consolidated.edit' : 'criticism.consolidated.record')}
          </Button>
        )}
      </Group>
      {consolidated ? (
        <Stack gap={4}>
          <Text style={{ whiteSpace: 'pre-line' }}>{consolidated.text}</Text>
          <Text size="xs" c="dimmed">
            {t('criticism.consolidated.by', {
              name: consolidated.by.fullName,
              date: formatDate(consolidated.on),
            })}
          </Text>
          {consolidated.file && <AttachmentLink file={consolidated.file} />}
        </Stack>
      ) : (
        <Text c="dimmed" size="sm">
          {t('criticism.consolidated.empty')}
        </Text>
      )}
    </Paper>
  );
}

/** /criticism/$draftId: the draft, its comments with the drafting body's responses, the opinion. */
export function DraftPage({ draftId }: { draftId: string }) {
  const { t } = useTranslation();
  const draft = useDraft(draftId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const data = draft.data;
  // The response dialog follows the comment as refetched (after a conflict: its new version).
  const responding =
    dialog?.kind === 'response' ? data?.comments.find((c) => c.id === dialog.commentId) : undefined;
  return (
    <>
      <Anchor component={Link} to={paths.drafts} size="sm" mb="sm" display="inline-flex">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('criticism.drafts.back')}
        </Group>
      </Anchor>
      <QueryFallback query={draft} />
      {data && (
        <Stack gap="md">
          <DraftHeader
            draft={data}
            onEdit={data.can.manage ? () => setDialog({ kind: 'draft' }) : undefined}
          />
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('criticism.comments.title')}
              </Title>
              {data.can.comment && (
                <Button
                  leftSection={<IconMessagePlus size={18} aria-hidden />}
                  onClick={() => setDialog({ kind: 'comment' })}
                >
                  {t('criticism.comments.add')}
                </Button>
              )}
            </Group>
            <CommentList
              comments={data.comments}
              onRespond={(comment: DraftComment) =>
                setDialog({ kind: 'response', commentId: comment.id })
              }
            />
          </Stack>
          <Consolidated
            draft={data}
            onEdit={data.can.manage ? () => setDialog({ kind: 'consolidated' }) : undefined}
          />
          {dialog?.kind === 'draft' && (
            <DraftFormModal draft={data} onClose={() => setDialog(null)} />
          )}
          {dialog?.kind === 'comment' && (
            <CommentFormModal draft={data} onClose={() => setDialog(null)} />
          )}
          {dialog?.kind === 'consolidated' && (
            <ConsolidatedFormModal draft={data} onClose={() => setDialog(null)} />
          )}
          {responding && <ResponseFormModal comment={responding} onClose={() => setDialog(null)} />}
        </Stack>
      )}
    </>
  );
}
