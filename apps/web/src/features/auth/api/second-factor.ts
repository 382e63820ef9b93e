// The signed-in user's second factor: status, set-up, confirmation, recovery codes, turning off.
import {
  recoveryCodesSchema,
  secondFactorSetupSchema,
  secondFactorStatusSchema,
  type OtpBody,
} from '@phoihop/shared/auth';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';

const statusKey = ['auth', 'second-factor'] as const;

export const getSecondFactorStatus = () =>
  apiRequest('/auth/second-factor', {}, secondFactorStatusSchema);

export const secondFactorStatusQueryOptions = () =>
  queryOptions({ queryKey: statusKey, queryFn: getSecondFactorStatus });

export const useSecondFactorStatus = () => useQuery(secondFactorStatusQueryOptions());

/** A new key and its QR code, shown once; pending until confirmed. */
export const setupSecondFactor = () =>
  apiRequest('/auth/second-factor/setup', { method: 'POST' }, secondFactorSetupSchema);

export const useSetupSecondFactor = () => useMutation({ mutationFn: setupSecondFactor });

export const confirmSecondFactor = (body: OtpBody) =>
  apiRequest('/auth/second-factor/confirm', { method: 'POST', body }, recoveryCodesSchema);

/** Nothing is reloaded yet: the page would trade the recovery codes for the enrolled status. */
export const useConfirmSecondFactor = () => useMutation({ mutationFn: confirmSecondFactor });

/** Once the recovery codes are saved: the status, and /me, which lets the account into the app. */
export const useAfterEnrolment = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: statusKey }),
      queryClient.invalidateQueries({ queryKey: meQueryKey }),
    ]);
};

export const regenerateRecoveryCodes = (body: OtpBody) =>
  apiRequest('/auth/second-factor/recovery-codes', { method: 'POST', body }, recoveryCodesSchema);

export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: regenerateRecoveryCodes,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: statusKey }),
  });
}

export const disableSecondFactor = (body: OtpBody) =>
  apiRequest('/auth/second-factor/disable', { method: 'POST', body });

export function useDisableSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableSecondFactor,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: statusKey });
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
