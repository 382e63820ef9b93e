import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Case } from '@phoihop/shared/cases';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { CaseKindBadge, CaseStatusBadge } from './case-badges';
import { useDocumentTitle } from '../../../lib/document-title';

const orgName = (org: { name: string; shortName: string | null } | null) =>
  org ? (org.shortName ? `${org.shortName} (${org.name})` : org.name) : null;

function Fact(props: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Text size="sm">{props.children}</Text>
    </div>
  );
}

/** Number, kind, status and who has it: what anyone opening the case needs first. */
export function CaseHeader(props: { kase: Case; onEdit: (() => void) | null }) {
  const { t } = useTranslation();
  useDocumentTitle(t('cases.detail.title', { number: props.kase.number }));
  const c = props.kase;
  const complexity = c.complexity !== 'NORMAL' || c.remote;
  return (
    <Paper withBorder p="md" mb="md" data-testid="case-header">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={6}>
          <Title order={1} size="h2">
            {t('cases.detail.title', { number: c.number })}
          </Title>
          <Group gap={6}>
            <CaseKindBadge kind={c.kind} />
            <CaseStatusBadge status={c.status} />
            {c.pausedSince && (
              <Badge color="gray" variant="filled" tt="none">
                {t('cases.detail.pausedSince', { date: formatDate(c.pausedSince) })}
              </Badge>
            )}
            {c.identityProtected && (
              <Badge color="red" variant="outline" tt="none">
                {t('cases.detail.protected')}
              </Badge>
            )}
            {c.instance === 2 && (
              <Badge color="grape" variant="light" tt="none">
                {t('cases.detail.secondInstance')}
              </Badge>
            )}
          </Group>
        </Stack>
        {props.onEdit && (
          <Button
            variant="default"
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={props.onEdit}
          >
            {t('common.edit')}
          </Button>
        )}
      </Group>
      <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {c.summary}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} mt="sm" spacing="sm">
        <Fact label={t('cases.columns.receivedOn')}>{formatDate(c.receivedOn)}</Fact>
        <Fact label={t('cases.form.channel')}>
          {t(`cases.channels.${c.channel}`)}
          {c.sourceOrganisation && ` — ${orgName(c.sourceOrganisation)}`}
        </Fact>
        {c.sourceReference && (
          <Fact label={t('cases.form.sourceReference')}>{c.sourceReference}</Fact>
        )}
        <Fact label={t('cases.form.field')}>{t(`cases.fields.${c.field}`)}</Fact>
        {c.subject && <Fact label={t('cases.form.subject')}>{c.subject}</Fact>}
        {c.location && <Fact label={t('cases.form.location')}>{c.location}</Fact>}
        <Fact label={t('cases.detail.assignedOrganisation')}>
          {orgName(c.assignedOrganisation) ?? t('cases.notAssigned')}
        </Fact>
        <Fact label={t('cases.detail.handler')}>
          {c.handler?.fullName ?? t('cases.notAssigned')}
        </Fact>
        {complexity && (
          <Fact label={t('cases.detail.complexity')}>
            {[
              c.complexity !== 'NORMAL' ? t(`cases.complexities.${c.complexity}`) : null,
              c.remote ? t('cases.detail.remote') : null,
            ]
              .filter(Boolean)
              .join(', ')}
          </Fact>
        )}
        {c.decisionNumber && (
          <Fact label={t('cases.detail.decision')}>
            {c.decisionNumber}
            {c.decidedOn && ` (${formatDate(c.decidedOn)})`}
          </Fact>
        )}
        {c.declineReasonCode && (
          <Fact label={t('cases.detail.declineReason')}>
            {t(`cases.declineReasons.${c.declineReasonCode}`)}
            {c.declineReason && `: ${c.declineReason}`}
          </Fact>
        )}
        {c.forwardedTo && (
          <Fact label={t('cases.detail.forwardedTo')}>
            {c.forwardedTo}
            {c.forwardLetterNumber &&
              ` — ${t('cases.detail.forwardLetter', {
                number: c.forwardLetterNumber,
                date: c.forwardLetterDate ? formatDate(c.forwardLetterDate) : '—',
              })}`}
          </Fact>
        )}
        {c.handledOn && (
          <Fact label={t('cases.detail.handledOn')}>
            {formatDate(c.handledOn)}
            {c.handledOnTime !== null &&
              ` — ${c.handledOnTime ? t('cases.detail.onTime') : t('cases.detail.late')}`}
          </Fact>
        )}
      </SimpleGrid>
      {c.outcome && (
        <Fact label={t('cases.detail.outcome')}>
          <Text span size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.outcome}
          </Text>
        </Fact>
      )}
    </Paper>
  );
}
