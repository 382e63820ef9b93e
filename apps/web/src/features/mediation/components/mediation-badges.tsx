import { Badge, Group, Text, Tooltip } from '@mantine/core';
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
    // Never clipped to "Hòa giải…" by a narrow table column.
    <Badge color={outcomeColors[outcome]} variant="light" tt="none" miw="max-content">
      {t(`mediation.cases.outcomes.${outcome}`)}
    </Badge>
  );
}

/** What a team lacks under Art 12 (a leader, ≥3 mediators, a woman), or that it is complete. */
export function TeamWarnings({ warnings }: { warnings: TeamWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0)
    return (
      <Text size="sm" c="teal" data-testid="team-complete">
        {t('mediation.teams.complete')}
      </Text>
    );
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
