import { Button, Group, Stack, Stepper, Text } from '@mantine/core';
import {
  supervisionStatuses,
  supervisionTransitions,
  type SupervisionDetail,
  type SupervisionStatus,
} from '@phoihop/shared/supervision';
import { useMediaQuery } from '@mantine/hooks';
import { todayInVietnam } from '@phoihop/shared/dates';
import { useTranslation } from 'react-i18next';
import type { ChangeSupervisionStatusBody } from '@phoihop/shared/supervision';
import { formatDate } from '../../../lib/dates';
import { useChangeSupervisionStatus } from '../api/supervisions';

type ChangeTo = ChangeSupervisionStatusBody['status'];

/**
 * Where the supervision stands in planned → in progress → reported → following up → closed, and
 * the next steps allowed. Reporting happens by recording the report, so it is not a button here.
 */
export function StatusSteps(props: { supervision: SupervisionDetail; onReport?: () => void }) {
  const { t } = useTranslation();
  const s = props.supervision;
  const change = useChangeSupervisionStatus();
  // Five labelled steps do not fit a phone's width side by side: they stack there.
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const active = supervisionStatuses.indexOf(s.status);
  const unanswered = s.recommendations.unanswered;
  const next = s.can.manage ? supervisionTransitions[s.status] : [];
  // A team works within its decision's period: it neither starts nor reports before day one.
  const notStarted = s.periodFrom > todayInVietnam();
  const notStartedId = `not-started-${s.id}`;
  const waitProps = notStarted ? { disabled: true, 'aria-describedby': notStartedId } : {};
  const go = (status: SupervisionStatus) =>
    change.mutate({ id: s.id, version: s.version, body: { status: status as ChangeTo } });
  return (
    <Stack gap="sm" data-testid="status-steps">
      <Stepper
        active={s.status === 'CLOSED' ? supervisionStatuses.length : active}
        size="sm"
        allowNextStepsSelect={false}
        orientation={phone ? 'vertical' : 'horizontal'}
        styles={phone ? undefined : { steps: { flexWrap: 'wrap', rowGap: 8 } }}
      >
        {supervisionStatuses.map((status) => (
          <Stepper.Step key={status} label={t(`supervision.statuses.${status}`)} />
        ))}
      </Stepper>
      {next.length > 0 && (
        <Group gap="xs">
          {next.map((status) =>
            status === 'REPORTED' ? (
              props.onReport && (
                <Button key={status} {...waitProps} onClick={props.onReport}>
                  {t('supervision.report.record')}
                </Button>
              )
            ) : status === 'CLOSED' ? (
              <Button
                key={status}
                variant="default"
                disabled={unanswered > 0}
                loading={change.isPending && change.variables.body.status === status}
                onClick={() => go('CLOSED')}
              >
                {t('supervision.steps.CLOSED')}
              </Button>
            ) : (
              <Button
                key={status}
                {...(status === 'IN_PROGRESS' ? waitProps : {})}
                loading={change.isPending && change.variables.body.status === status}
                onClick={() => go(status)}
              >
                {t(`supervision.steps.${status}`)}
              </Button>
            ),
          )}
        </Group>
      )}
      {notStarted && (next.includes('IN_PROGRESS') || next.includes('REPORTED')) && (
        <Text size="sm" id={notStartedId}>
          {t('supervision.steps.notStarted', { date: formatDate(s.periodFrom) })}
        </Text>
      )}
      {next.includes('CLOSED') && unanswered > 0 && (
        <Text size="sm" c="dimmed">
          {t('supervision.steps.closeBlocked', { count: unanswered })}
        </Text>
      )}
    </Stack>
  );
}
