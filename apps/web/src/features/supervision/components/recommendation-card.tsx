import { Anchor, Button, Group, Paper, Stack, Text, Timeline } from '@mantine/core';
import { recommendationTransitions, type Recommendation } from '@phoihop/shared/supervision';
import { IconHistory, IconMessageReply, IconPencil } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/dates';
import { useRecommendation } from '../api/recommendations';
import { FileLink } from './file-field';
import { RecommendationStatusBadge, TimelinessBadge } from './supervision-badges';

/** The anchor a link to one recommendation lands on, in its supervision's page. */
export const recommendationAnchor = (id: string) => `recommendation-${id}`;

/** Its history (every answer and later step), loaded when opened. */
function History({ id }: { id: string }) {
  const { t } = useTranslation();
  const detail = useRecommendation(id);
  if (!detail.data)
    return (
      <Text size="sm" c="dimmed">
        {t('common.loading')}
      </Text>
    );
  if (detail.data.events.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('supervision.recommendations.noHistory')}
      </Text>
    );
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="recommendation-history">
      {detail.data.events.map((e) => (
        <Timeline.Item
          key={e.id}
          title={`${t(`supervision.recommendationStatuses.${e.status}`)} · ${formatDate(e.on)}`}
        >
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {e.text}
          </Text>
          <Text size="xs" c="dimmed">
            {[
              e.documentNumber && t('supervision.answer.documentOf', { number: e.documentNumber }),
              e.by.fullName,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {e.file && <FileLink file={e.file} />}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** One recommendation: addressee, dates, status, overdue, answer; answer and edit for those allowed. */
export function RecommendationCard(props: {
  recommendation: Recommendation;
  showSupervision?: boolean;
  onAnswer?: () => void;
  onEdit?: () => void;
}) {
  const { t } = useTranslation();
  const r = props.recommendation;
  const [history, setHistory] = useState(false);
  const canAnswer = r.can.answer && recommendationTransitions[r.status].length > 0;
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      id={recommendationAnchor(r.id)}
      data-testid="recommendation"
      style={r.overdue ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 } : undefined}
    >
      <Stack gap={6}>
        {props.showSupervision && (
          <Anchor
            size="sm"
            renderRoot={(rootProps) => (
              <Link
                {...rootProps}
                to={paths.supervisionDetail}
                params={{ supervisionId: r.supervision.id }}
                hash={recommendationAnchor(r.id)}
              />
            )}
          >
            {r.supervision.title}
          </Anchor>
        )}
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text fw={500} style={{ whiteSpace: 'pre-line' }}>
            {t('supervision.recommendations.numbered', { n: r.ordinal, content: r.content })}
          </Text>
          <Group gap={4} wrap="wrap" justify="flex-end">
            <RecommendationStatusBadge status={r.status} />
            <TimelinessBadge overdue={r.overdue} answeredLate={r.answeredLate} />
          </Group>
        </Group>
        <Text size="sm">
          {t('supervision.recommendations.to', {
            name: r.addressee.organisation?.name ?? r.addressee.name,
          })}
        </Text>
        <Text size="sm" c={r.overdue ? 'red' : 'dimmed'} fw={r.overdue ? 600 : undefined}>
          {t('supervision.recommendations.sentDue', {
            sent: formatDate(r.sentOn),
            due: formatDate(r.dueOn),
          })}
        </Text>
        {r.answer && (
          <Paper bg="gray.0" p="xs" radius="sm" data-testid="recommendation-answer">
            <Text size="xs" c="dimmed">
              {[
                t('supervision.recommendations.answeredOn', {
                  date: formatDate(r.answer.answeredOn),
                }),
                r.answer.documentNumber &&
                  t('supervision.answer.documentOf', { number: r.answer.documentNumber }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {r.answer.text}
            </Text>
            {r.answer.file && <FileLink file={r.answer.file} />}
          </Paper>
        )}
        {r.rejectionReason && (
          <Text size="sm">
            {t('supervision.recommendations.rejectionReason', { reason: r.rejectionReason })}
          </Text>
        )}
        {r.implementedOn && (
          <Text size="sm" c="teal">
            {t('supervision.recommendations.implementedOn', { date: formatDate(r.implementedOn) })}
          </Text>
        )}
        {r.checkedBy.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('supervision.recommendations.checkedBy', {
              titles: r.checkedBy.map((s) => s.title).join('; '),
            })}
          </Text>
        )}
        <Group gap="xs">
          {canAnswer && props.onAnswer && (
            <Button
              size="xs"
              leftSection={<IconMessageReply size={14} aria-hidden />}
              onClick={props.onAnswer}
              aria-label={t('supervision.answer.openFor', { n: r.ordinal })}
            >
              {t(
                r.status === 'UNANSWERED' ? 'supervision.answer.open' : 'supervision.answer.update',
              )}
            </Button>
          )}
          {r.can.manage && r.status === 'UNANSWERED' && props.onEdit && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={props.onEdit}
              aria-label={t('supervision.recommendations.editOf', { n: r.ordinal })}
            >
              {t('common.edit')}
            </Button>
          )}
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconHistory size={14} aria-hidden />}
            aria-expanded={history}
            onClick={() => setHistory((v) => !v)}
          >
            {t('supervision.recommendations.history')}
          </Button>
        </Group>
        {history && <History id={r.id} />}
      </Stack>
    </Paper>
  );
}
