import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Recommendation, SupervisionDetail } from '@phoihop/shared/supervision';
import { IconArrowLeft, IconPencil, IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintButton } from '../../../components/ui/print-button';
import { QueryFallback } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/dates';
import { useSupervision } from '../api/supervisions';
import { AnswerModal } from './answer-modal';
import { FileLink } from './file-field';
import { MembersTable } from './members-table';
import { RecommendationCard } from './recommendation-card';
import { RecommendationFormModal } from './recommendation-form-modal';
import { ReportFormModal } from './report-form-modal';
import { StatusSteps } from './status-steps';
import { SupervisionFormModal } from './supervision-form-modal';
import { SupervisionKindBadge, SupervisionStatusBadge } from './supervision-badges';
import { RecommendationStatusBadge } from './supervision-badges';
import { useDocumentTitle } from '../../../lib/document-title';

type Dialog =
  | { kind: 'edit' }
  | { kind: 'report' }
  | { kind: 'recommendation'; recommendation?: Recommendation }
  | { kind: 'answer'; recommendation: Recommendation };

function Fact(props: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {props.label}
      </Text>
      <div>{props.children}</div>
    </div>
  );
}

/** The decision that set the team up, who supervises whom and when. */
function DecisionBlock(props: { s: SupervisionDetail; onEdit?: (() => void) | undefined }) {
  const { t } = useTranslation();
  useDocumentTitle(props.s.title);
  const { s } = props;
  const orgName = (o: { name: string; shortName: string | null }) => o.shortName ?? o.name;
  return (
    <Paper withBorder p="md" radius="md" data-testid="supervision-header">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4} style={{ flex: 1, minWidth: 240 }}>
            <Title order={1} size="h3">
              {s.title}
            </Title>
            <Group gap={4}>
              <SupervisionKindBadge kind={s.kind} />
              <SupervisionStatusBadge status={s.status} />
            </Group>
          </Stack>
          {props.onEdit && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={props.onEdit}
            >
              {t('supervision.edit')}
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Fact label={t('supervision.form.decision')}>
            {s.decisionNumber ? (
              <Text size="sm">
                {t('supervision.decisionOf', {
                  number: s.decisionNumber,
                  date: s.decisionDate ? formatDate(s.decisionDate) : '',
                })}
                {s.decisionSigner ? ` · ${s.decisionSigner}` : ''}
              </Text>
            ) : (
              <Text size="sm">—</Text>
            )}
            {s.decisionFile && <FileLink file={s.decisionFile} />}
          </Fact>
          <Fact label={t('supervision.fields.period')}>
            <Text size="sm">
              {formatDate(s.periodFrom)} – {formatDate(s.periodTo)}
            </Text>
          </Fact>
          <Fact label={t('supervision.fields.lead')}>
            <Text size="sm">{s.lead.name}</Text>
            {s.coOrganisers.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('supervision.withCoOrganisers', {
                  names: s.coOrganisers.map(orgName).join(', '),
                })}
              </Text>
            )}
          </Fact>
          <Fact label={t('supervision.fields.supervisedBodies')}>
            {s.supervisedBodies.map((b) => (
              <Text size="sm" key={b}>
                {b}
              </Text>
            ))}
          </Fact>
          {s.board && (
            <Fact label={t('supervision.fields.board')}>
              <Anchor
                size="sm"
                renderRoot={(rootProps) => (
                  <Link
                    {...rootProps}
                    to={paths.supervisionBoard}
                    params={{ boardId: s.board!.id }}
                  />
                )}
              >
                {s.board.name}
              </Anchor>
            </Fact>
          )}
        </SimpleGrid>
        {s.content && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {s.content}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** /supervision/$supervisionId: decision, members, status, report and recommendations. */
export function SupervisionPage({ supervisionId }: { supervisionId: string }) {
  const { t } = useTranslation();
  const query = useSupervision(supervisionId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const s = query.data;
  // A link to one recommendation (#recommendation-…) scrolls to it once the page has loaded.
  const loaded = Boolean(s);
  useEffect(() => {
    const hash = window.location.hash.slice(1);
    if (loaded && hash) document.getElementById(hash)?.scrollIntoView({ block: 'center' });
  }, [loaded]);
  const manage = Boolean(s?.can.manage) && s?.status !== 'CLOSED';
  return (
    <>
      <Group justify="space-between" align="flex-start">
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
        {s && <PrintButton />}
      </Group>
      <QueryFallback query={query} />
      {s && (
        <Stack gap="lg">
          <DecisionBlock
            s={s}
            onEdit={s.can.manage ? () => setDialog({ kind: 'edit' }) : undefined}
          />
          <StatusSteps
            supervision={s}
            onReport={manage ? () => setDialog({ kind: 'report' }) : undefined}
          />
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('supervision.members.title')}
            </Title>
            <MembersTable members={s.members} />
          </Stack>
          <Stack gap="sm" data-testid="supervision-report">
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('supervision.report.title')}
              </Title>
              {/* Recording the first report is the status step's button. */}
              {manage && s.report && (
                <Button variant="default" size="xs" onClick={() => setDialog({ kind: 'report' })}>
                  {t('supervision.report.edit')}
                </Button>
              )}
            </Group>
            {s.report ? (
              <Paper withBorder p="md" radius="md">
                <Stack gap="xs">
                  <Text size="sm" c="dimmed">
                    {t('supervision.report.reportedOnDate', {
                      date: formatDate(s.report.reportedOn),
                    })}
                  </Text>
                  <Text style={{ whiteSpace: 'pre-line' }}>{s.report.text}</Text>
                  {s.report.findings && (
                    <>
                      <Text size="xs" c="dimmed" tt="uppercase" fw={600} mt="xs">
                        {t('supervision.report.findings')}
                      </Text>
                      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                        {s.report.findings}
                      </Text>
                    </>
                  )}
                  {s.report.file && <FileLink file={s.report.file} />}
                </Stack>
              </Paper>
            ) : (
              <Text c="dimmed">{t('supervision.report.none')}</Text>
            )}
          </Stack>
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('supervision.recommendations.ofSupervision')}
              </Title>
              {manage && s.report && (
                <Button
                  leftSection={<IconPlus size={18} aria-hidden />}
                  onClick={() => setDialog({ kind: 'recommendation' })}
                >
                  {t('supervision.recommendations.add')}
                </Button>
              )}
            </Group>
            {s.recommendationList.length === 0 ? (
              <Text c="dimmed">
                {t(
                  s.report
                    ? 'supervision.recommendations.none'
                    : 'supervision.recommendations.afterReport',
                )}
              </Text>
            ) : (
              s.recommendationList.map((r) => (
                <RecommendationCard
                  key={r.id}
                  recommendation={r}
                  onAnswer={() => setDialog({ kind: 'answer', recommendation: r })}
                  onEdit={() => setDialog({ kind: 'recommendation', recommendation: r })}
                />
              ))
            )}
          </Stack>
          {s.checks.length > 0 && (
            <Stack gap="xs" data-testid="supervision-checks">
              <Title order={2} size="h4">
                {t('supervision.fields.checks')}
              </Title>
              {s.checks.map((c) => (
                <Group key={c.id} gap="xs" wrap="nowrap" align="flex-start">
                  <RecommendationStatusBadge status={c.status} />
                  <Text size="sm">
                    <Anchor
                      renderRoot={(rootProps) => (
                        <Link
                          {...rootProps}
                          to={paths.supervisionDetail}
                          params={{ supervisionId: c.supervision.id }}
                        />
                      )}
                    >
                      {c.supervision.title}
                    </Anchor>
                    {` – ${c.ordinal}. ${c.content}`}
                  </Text>
                </Group>
              ))}
            </Stack>
          )}
          {dialog?.kind === 'edit' && (
            <SupervisionFormModal supervision={s} onClose={() => setDialog(null)} />
          )}
          {dialog?.kind === 'report' && (
            <ReportFormModal supervision={s} onClose={() => setDialog(null)} />
          )}
          {dialog?.kind === 'recommendation' && (
            <RecommendationFormModal
              supervisionId={s.id}
              recommendation={dialog.recommendation}
              onClose={() => setDialog(null)}
            />
          )}
          {dialog?.kind === 'answer' && (
            <AnswerModal recommendation={dialog.recommendation} onClose={() => setDialog(null)} />
          )}
        </Stack>
      )}
    </>
  );
}
