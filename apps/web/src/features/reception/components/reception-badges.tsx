import { Badge, Group } from '@mantine/core';
import type { ReceptionSession } from '@phoihop/shared/reception';
import { useTranslation } from 'react-i18next';

const kindColors: Record<ReceptionSession['kind'], string> = {
  REGULAR: 'blue',
  LEADERS_MONTHLY: 'grape',
  AD_HOC: 'orange',
};

export function SessionKindBadge({ kind }: { kind: ReceptionSession['kind'] }) {
  const { t } = useTranslation();
  return (
    // Never clipped to "Hằng t…" by a narrow table column.
    <Badge color={kindColors[kind]} variant="light" tt="none" miw="max-content">
      {t(`reception.kinds.${kind}`)}
    </Badge>
  );
}

export function HostBadges({ hosts }: { hosts: ReceptionSession['hosts'] }) {
  const { t } = useTranslation();
  if (hosts.length === 0) return null;
  return (
    <Group gap={4}>
      {hosts.map((host) => (
        <Badge key={host} color="gray" variant="outline" tt="none" size="sm">
          {t(`reception.hosts.${host}`)}
        </Badge>
      ))}
    </Group>
  );
}

export const organisationNames = (session: ReceptionSession) =>
  session.organisations.map((o) => o.shortName ?? o.name).join(', ');
