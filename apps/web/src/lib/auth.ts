import { meSchema, type Me } from '@phoihop/shared/auth';
import type { Action, Actor } from '@phoihop/shared/policies';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { paths } from '../config/paths';
import { apiRequest, isApiError, isNetworkError, setCsrfToken } from './api-client';

export const meQueryKey = ['auth', 'me'] as const;

/** The session probe: `null` when nobody is signed in (no redirect from here). */
export async function getMe(): Promise<Me | null> {
  try {
    const me = await apiRequest('/auth/me', { redirectOn401: false }, meSchema);
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: getMe,
    staleTime: Infinity,
    // A refusal is an answer (signed out); only a lost connection is worth asking again.
    retry: (failureCount, error) => isNetworkError(error) && failureCount < 2,
  });

export const useMe = () => useQuery(meQueryOptions());

/** For screens behind the authenticated layout, which guarantees a session. */
export function useCurrentMe(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentMe used outside the authenticated layout');
  return data;
}

export const actorOf = (me: Me): Actor => ({
  id: me.user.id,
  unitId: me.unit.id,
  organisationId: me.organisation?.id ?? null,
  roles: me.user.roles,
});

/** Where an account must go before anything else: a new password, then a second factor. Until
 * then the API answers only me, those set-up routes and sign-out. */
export function setupPathOf(me: Me): string | null {
  if (me.user.mustChangePassword) return paths.changePassword;
  if (me.secondFactor.required && !me.secondFactor.enrolled) return paths.accountSecurity;
  return null;
}

/** Cosmetic only: hides controls; the server decides. */
export const hasPermission = (me: Me | null | undefined, ...wanted: Action[]) =>
  !!me && wanted.some((action) => me.permissions.includes(action));

export const adminPermissions: Action[] = [
  'unit:manage',
  'organisation:manage',
  'user:manage',
  'audit:read',
  'calendar:manage',
  'settings:manage',
];

export function rememberMe(me: Me) {
  setCsrfToken(me.csrfToken);
}

export const logout = () => apiRequest('/auth/logout', { method: 'POST' });

export function useLogout(options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Even if the call fails (session already gone), leave the app signed out.
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
      options.onSuccess?.();
    },
    meta: { toast: false },
  });
}
