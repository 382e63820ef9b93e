import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { can } from '@phoihop/shared/policies';
import { roles } from '@phoihop/shared/roles';
import type { User } from '@phoihop/shared/users';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { actorOf, hasPermission, useCurrentMe } from '../../../lib/auth';
import { flattenPages } from '../../../lib/pagination';
import { useUsers } from '../api/list-users';
import { useEndUserSessions } from '../api/end-user-sessions';
import { useResetSecondFactor } from '../api/reset-second-factor';
import { useUpdateUser } from '../api/update-user';
import type { UsersSearch } from '../search-params';
import { ResetPasswordModal } from './reset-password-modal';
import { UserFormModal, type Option } from './user-form-modal';
import { UsersFilters } from './users-filters';
import { UsersTable } from './users-table';

type Dialog =
  { kind: 'create' } | { kind: 'edit'; id: string } | { kind: 'reset'; id: string } | null;

export function UsersPage(props: {
  search: UsersSearch;
  onSearchChange: (patch: Partial<UsersSearch>) => void;
  organisations: Option[];
}) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const actor = actorOf(me);
  const query = useUsers(props.search);
  const update = useUpdateUser();
  const endSessions = useEndUserSessions();
  const [dialog, setDialog] = useState<Dialog>(null);
  const users = flattenPages(query.data);
  // Look the record up on every render so a refetch (e.g. after a conflict) brings its new version.
  const selected =
    dialog && dialog.kind !== 'create' ? (users.find((u) => u.id === dialog.id) ?? null) : null;
  const mayManage = hasPermission(me, 'user:manage');

  const resetSecondFactor = useResetSecondFactor();
  const onResetSecondFactor = (user: User) =>
    resetSecondFactor.mutate(user.id, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('users.secondFactorReset') }),
    });
  const setActive = (user: User, active: boolean) =>
    update.mutate(
      { id: user.id, version: user.version, body: { active } },
      { onSuccess: () => notifications.show({ color: 'teal', message: t('common.saved') }) },
    );

  const endSessionsOf = (user: User) =>
    endSessions.mutate(user.id, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('users.sessionsEnded') }),
    });

  return (
    <>
      <PageHeader
        title={t('users.title')}
        actions={
          mayManage && (
            <Button
              leftSection={<IconUserPlus size={18} aria-hidden />}
              onClick={() => setDialog({ kind: 'create' })}
            >
              {t('users.add')}
            </Button>
          )
        }
      />
      <UsersFilters
        search={props.search}
        organisations={props.organisations}
        onChange={props.onSearchChange}
      />
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={users.length === 0}
        emptyText={props.search.q ? t('common.noResults') : t('users.empty')}
        onRetry={() => void query.refetch()}
      />
      {users.length > 0 && (
        <UsersTable
          users={users}
          actions={{
            // Not oneself, nor an account holding a role the actor could not grant.
            canManage: (user) =>
              mayManage &&
              can(actor, 'user:manage', {
                userId: user.id,
                unitId: user.unitId,
                accountRoles: user.roles,
              }),
            onEdit: (user) => setDialog({ kind: 'edit', id: user.id }),
            onResetPassword: (user) => setDialog({ kind: 'reset', id: user.id }),
            onResetSecondFactor,
            onSetActive: setActive,
            onEndSessions: endSessionsOf,
          }}
        />
      )}
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
      {(dialog?.kind === 'create' || (dialog?.kind === 'edit' && selected)) && (
        <UserFormModal
          user={dialog.kind === 'edit' ? selected : null}
          organisations={props.organisations}
          grantableRoles={roles.filter((role) => can(actor, 'user:grant-role', { role }))}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'reset' && selected && (
        <ResetPasswordModal user={selected} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
