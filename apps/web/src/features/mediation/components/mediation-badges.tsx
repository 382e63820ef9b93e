import { Badge, Group, Tooltip } from '@mantine/core';
import type { MediationOutcome, TeamWarning } from '@phoihop/shared/mediation';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const outcomeColors: Record<MediationOutcome, string> = {
  IN_PROGRESS: 'blue',
  SUCCESSFUL: 'teal',
  UNSUCCESSFUL: 'red',
};

export function OutcomeBadge({ outcome }: { outcome: MediationOutcome }) {
  const { t } = useTranslation();
  return (
    <Badge color={outcomeColors[outcome]} variant="light" tt="none">
      {t(`mediation.cases.outcomes.${outcome}`)}
    </Badge>
  );
}

/** What a team lacks under Art 12 (a leader, ≥3 mediators, a woman); nothing when complete. */
export function TeamWarnings({ warnings }: { warnings: TeamWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Tooltip
      label={t('mediation.warningsHelp')}
      multiline
      w={280}
      events={{ hover: true, focus: true, touch: true }}
    >
      <Group gap={4} data-testid="team-warnings">
        {warnings.map((w) => (
          <Badge
            key={w}
            color="orange"
            variant="light"
            tt="none"
            leftSection={<IconAlertTriangle size={12} aria-hidden />}
          >
            {t(`mediation.warnings.${w}`)}
          </Badge>
        ))}
      </Group>
    </Tooltip>
  );
}
