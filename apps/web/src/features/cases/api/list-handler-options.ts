import type { Me } from '@phoihop/shared/auth';
import { pageSchema } from '@phoihop/shared/common';
import { userSchema } from '@phoihop/shared/users';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { hasPermission } from '../../../lib/auth';

export interface HandlerOption {
  value: string;
  label: string;
}

const listOrganisationUsers = (organisationId: string) =>
  apiRequest(
    '/users',
    { query: { organisationId, active: 'true', limit: 100 } },
    pageSchema(userSchema),
  );

/**
 * Who may be named handler: oneself always, the case's current handler, and, for those allowed
 * to list users, the staff of the chosen organisation.
 */
export function useHandlerOptions(
  me: Me,
  organisationId: string | null | undefined,
  current: { id: string; fullName: string } | null,
): HandlerOption[] {
  const mayList = hasPermission(me, 'user:read');
  const staff = useQuery({
    queryKey: ['users', 'options', 'cases', organisationId],
    queryFn: () => listOrganisationUsers(organisationId!),
    enabled: mayList && !!organisationId,
    select: (page) => page.items.map((u) => ({ value: u.id, label: u.fullName })),
    staleTime: 5 * 60_000,
  });
  const options: HandlerOption[] = [{ value: me.user.id, label: me.user.fullName }];
  if (current) options.push({ value: current.id, label: current.fullName });
  options.push(...(staff.data ?? []));
  return options.filter((o, i) => options.findIndex((x) => x.value === o.value) === i);
}
