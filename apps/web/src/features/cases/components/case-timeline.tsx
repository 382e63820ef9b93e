import { Group, Stack, Text, Timeline } from '@mantine/core';
import { caseActions } from '@phoihop/shared/case-clocks';
import type { CaseEvent } from '@phoihop/shared/cases';
import { useTranslation } from 'react-i18next';
import { AttachmentLink } from '../../../components/ui/attachment-link';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { CaseStatusBadge } from './case-badges';
import { Section } from './section';

const knownActions = new Set<string>(caseActions);

/** Who did what, when, and on which document: every step of the case in order. */
export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  const { t } = useTranslation();
  const title = (action: string) =>
    knownActions.has(action)
      ? t(`cases.actions.${action}`)
      : t(`cases.events.${action}`, { defaultValue: action });
  return (
    <Section id="case-timeline" title={t('cases.detail.timeline')}>
      {events.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('cases.detail.noEvents')}
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {events.map((e) => (
            <Timeline.Item
              key={e.id}
              title={
                <Group gap={6}>
                  <Text fw={600} size="sm">
                    {title(e.action)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDate(e.on)} · {e.actor.fullName} ·{' '}
                    {t('cases.detail.recordedAt', { at: formatDateTime(e.at) })}
                  </Text>
                </Group>
              }
            >
              <Stack gap={4}>
                {e.fromStatus !== e.toStatus && <CaseStatusBadge status={e.toStatus} />}
                {e.documentNumber && (
                  <Text size="sm">
                    {t('cases.detail.document', {
                      number: e.documentNumber,
                      date: e.documentDate ? formatDate(e.documentDate) : formatDate(e.on),
                    })}
                  </Text>
                )}
                {e.note && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {e.note}
                  </Text>
                )}
                {e.attachment && <AttachmentLink file={e.attachment} />}
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Section>
  );
}
