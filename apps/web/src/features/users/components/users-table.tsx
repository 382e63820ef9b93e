import { Badge, Button, Group, Table, Text } from '@mantine/core';
import type { User } from '@phoihop/shared/users';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { formatDateTime } from '../../../lib/dates';
import { UserStatus } from './user-status';

export interface UserRowActions {
  canManage: (user: User) => boolean;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
  onResetSecondFactor: (user: User) => void;
  onSetActive: (user: User, active: boolean) => void;
  onEndSessions: (user: User) => void;
}

export function UsersTable(props: { users: User[]; actions: UserRowActions }) {
  const { t } = useTranslation();
  const { actions } = props;
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.fullName')}</Table.Th>
            <Table.Th>{t('users.organisation')}</Table.Th>
            <Table.Th>{t('users.roles')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
            <Table.Th>{t('users.lastLogin')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.users.map((user) => (
            <Table.Tr key={user.id} data-testid={`user-row-${user.username}`}>
              <Table.Td>
                <Text fw={500}>{user.fullName}</Text>
                <Text size="xs" c="dimmed">
                  {user.username}
                  {user.position ? ` · ${user.position}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>{user.organisationName ?? '—'}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {user.roles.map((role) => (
                    <Badge key={role} variant="light" tt="none">
                      {t(`roles.${role}`)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <UserStatus user={user} />
              </Table.Td>
              <Table.Td>
                {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('users.never')}
              </Table.Td>
              <Table.Td>
                {actions.canManage(user) && (
                  <Group gap={6} wrap="nowrap">
                    <Button size="xs" variant="light" onClick={() => actions.onEdit(user)}>
                      {t('common.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => actions.onResetPassword(user)}
                    >
                      {t('users.resetPassword')}
                    </Button>
                    <ConfirmButton
                      size="xs"
                      variant="default"
                      color="orange"
                      label={t('users.endSessions')}
                      title={t('users.endSessionsTitle')}
                      message={t('users.endSessionsBody', { name: user.fullName })}
                      onConfirm={() => actions.onEndSessions(user)}
                    />
                    <ConfirmButton
                      size="xs"
                      variant="default"
                      color="red"
                      label={t('users.resetSecondFactor')}
                      title={t('users.resetSecondFactorTitle')}
                      message={t('users.resetSecondFactorBody', { name: user.fullName })}
                      onConfirm={() => actions.onResetSecondFactor(user)}
                    />
                    {user.active ? (
                      <ConfirmButton
                        size="xs"
                        variant="light"
                        color="red"
                        label={t('common.deactivate')}
                        title={t('confirm.deactivateTitle')}
                        message={t('confirm.deactivateBody', { name: user.fullName })}
                        onConfirm={() => actions.onSetActive(user, false)}
                      />
                    ) : (
                      <Button
                        size="xs"
                        variant="light"
                        color="teal"
                        onClick={() => actions.onSetActive(user, true)}
                      >
                        {t('common.reactivate')}
                      </Button>
                    )}
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
