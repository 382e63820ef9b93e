import { Badge, Stack } from '@mantine/core';
import type { User } from '@phoihop/shared/users';
import { useTranslation } from 'react-i18next';
import { ActiveBadge } from '../../../components/ui/active-badge';
import { formatTimeDate, isInFuture } from '../../../lib/dates';

export function UserStatus({ user, now }: { user: User; now?: Date }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} align="flex-start">
      <ActiveBadge active={user.active} />
      {user.lockedUntil && isInFuture(user.lockedUntil, now) && (
        <Badge color="orange" variant="light" tt="none">
          {t('users.lockedUntil', { time: formatTimeDate(user.lockedUntil) })}
        </Badge>
      )}
      {user.mustChangePassword && (
        <Badge color="gray" variant="outline" tt="none">
          {t('users.mustChangePassword')}
        </Badge>
      )}
    </Stack>
  );
}
