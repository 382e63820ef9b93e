import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import type { Suggestion, SuggestionAuthor } from '@phoihop/shared/suggestions';
import {
  IconArchive,
  IconFileImport,
  IconLock,
  IconMessageReply,
  IconSend,
} from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RevealIdentityButton } from '../../../components/ui/reveal-identity-button';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/dates';
import { useSuggestionAuthor } from '../api/get-suggestion-author';
import { SuggestionStatusBadge } from './suggestion-badges';

export type SuggestionStepKind = 'forward' | 'answer' | 'file';

const detailsOf = (author: SuggestionAuthor | null) =>
  author ? [author.name, author.address, author.phone].filter(Boolean).join(' · ') : '';

/**
 * The author of a suggestion that became a denunciation: masked for everyone; the handler and
 * the People's Committee head may reveal it, and each reveal is written to the audit log.
 */
function Denouncer({ suggestion }: { suggestion: Suggestion }) {
  const { t } = useTranslation();
  const [reveal, setReveal] = useState(false);
  const revealed = useSuggestionAuthor(suggestion.id, reveal);
  return (
    <Stack gap={4} data-testid="author-masked">
      <Group gap={6}>
        <Badge
          color="red"
          variant="light"
          tt="none"
          leftSection={<IconLock size={12} aria-hidden />}
        >
          {t('suggestions.items.denouncer')}
        </Badge>
        {suggestion.can.viewIdentity && !revealed.data && (
          <RevealIdentityButton
            label={t('suggestions.items.revealAuthor')}
            loading={revealed.isFetching}
            error={revealed.error}
            onReveal={() => setReveal(true)}
          />
        )}
      </Group>
      {revealed.data && (
        <Text size="sm" data-testid="author-revealed">
          {detailsOf(revealed.data)}{' '}
          <Text span size="xs" c="orange">
            ({t('suggestions.items.authorLogged')})
          </Text>
        </Text>
      )}
    </Stack>
  );
}

/** "Ẩn danh" for an anonymous author; their details only when the server sent them. */
function Author({ suggestion }: { suggestion: Suggestion }) {
  const { t } = useTranslation();
  if (suggestion.identityProtected) return <Denouncer suggestion={suggestion} />;
  const details = detailsOf(suggestion.author);
  return (
    <Group gap={6}>
      {suggestion.anonymous && (
        <Badge color="dark" variant="outline" tt="none">
          {t('suggestions.items.anonymous')}
        </Badge>
      )}
      <Text size="sm" c="dimmed">
        {details || (suggestion.anonymous ? '' : t('suggestions.items.unsigned'))}
      </Text>
    </Group>
  );
}

function Outcome({ suggestion }: { suggestion: Suggestion }) {
  const { t } = useTranslation();
  return (
    <>
      {suggestion.forwardedTo && suggestion.forwardedOn && (
        <Text size="sm">
          {t('suggestions.items.forwardedTo', {
            name: suggestion.forwardedTo.organisation?.shortName ?? suggestion.forwardedTo.name,
            date: formatDate(suggestion.forwardedOn),
          })}
        </Text>
      )}
      {suggestion.answer && (
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t('suggestions.items.answeredOn', { date: formatDate(suggestion.answer.answeredOn) })}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {suggestion.answer.text}
          </Text>
        </Stack>
      )}
      {suggestion.filedNote && (
        <Text size="sm">{t('suggestions.items.filed', { note: suggestion.filedNote })}</Text>
      )}
      {suggestion.case && (
        <Anchor
          size="sm"
          fw={500}
          renderRoot={(rootProps) => (
            <Link {...rootProps} to={paths.case} params={{ caseId: suggestion.case!.id }} />
          )}
        >
          {t('suggestions.items.case', { number: suggestion.case.number })}
        </Anchor>
      )}
    </>
  );
}

export function SuggestionCard(props: {
  suggestion: Suggestion;
  /** May open a case from it (case:register); the server still decides. */
  canOpenCase: boolean;
  /** Shown on the all-suggestions list, where they come from several openings. */
  showOpening?: boolean;
  onStep: (suggestion: Suggestion, step: SuggestionStepKind) => void;
}) {
  const { t } = useTranslation();
  const { suggestion: s } = props;
  const received = s.status === 'RECEIVED';
  // A complaint or denunciation in disguise may become a case until it is answered or filed.
  const convertible = received || s.status === 'FORWARDED';
  return (
    <Card withBorder padding="sm" radius="md" data-testid="suggestion-card">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Author suggestion={s} />
          <Group gap={4}>
            <Badge variant="light" color="blue" tt="none">
              {t(`suggestions.fields.${s.field}`)}
            </Badge>
            <SuggestionStatusBadge status={s.status} />
          </Group>
        </Group>
        <Text style={{ whiteSpace: 'pre-line' }}>{s.summary}</Text>
        {props.showOpening && (
          <Anchor
            size="xs"
            renderRoot={(rootProps) => (
              <Link
                {...rootProps}
                to={paths.suggestionOpening}
                params={{ openingId: s.opening.id }}
              />
            )}
          >
            {t('suggestions.items.fromOpening', {
              box: s.box.name,
              date: formatDate(s.opening.openedOn),
            })}
          </Anchor>
        )}
        <Outcome suggestion={s} />
        <Group gap="xs">
          {s.can.manage && received && (
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<IconSend size={14} aria-hidden />}
              onClick={() => props.onStep(s, 'forward')}
            >
              {t('suggestions.forward.action')}
            </Button>
          )}
          {s.can.answer && s.status === 'FORWARDED' && (
            <Button
              size="compact-sm"
              variant="light"
              color="teal"
              leftSection={<IconMessageReply size={14} aria-hidden />}
              onClick={() => props.onStep(s, 'answer')}
            >
              {t('suggestions.answer.action')}
            </Button>
          )}
          {s.can.manage && received && (
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconArchive size={14} aria-hidden />}
              onClick={() => props.onStep(s, 'file')}
            >
              {t('suggestions.file.action')}
            </Button>
          )}
          {s.can.manage && convertible && props.canOpenCase && !s.case && (
            <Button
              size="compact-sm"
              variant="default"
              color="grape"
              leftSection={<IconFileImport size={14} aria-hidden />}
              renderRoot={(rootProps) => (
                <Link {...rootProps} to={paths.caseNew} search={{ suggestionId: s.id }} />
              )}
            >
              {t('suggestions.items.toCase')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
