import { Badge, Stack } from '@mantine/core';
import type { User } from '@phoihop/shared/users';
import { useTranslation } from 'react-i18next';
import { ActiveBadge } from '../../../components/ui/active-badge';

export function UserStatus({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} align="flex-start">
      <ActiveBadge active={user.active} />
      {user.mustChangePassword && (
        <Badge color="gray" variant="outline" tt="none">
          {t('users.mustChangePassword')}
        </Badge>
      )}
    </Stack>
  );
}
