import { passwordHelpSchema } from '@phoihop/shared/password-help';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const getPasswordHelp = () =>
  apiRequest('/auth/password-help', { redirectOn401: false }, passwordHelpSchema);

export const passwordHelpQueryOptions = () =>
  queryOptions({
    queryKey: ['auth', 'password-help'],
    queryFn: getPasswordHelp,
    staleTime: 300_000,
  });

/** Fetched only once the visitor opens "Quên mật khẩu?". */
export const usePasswordHelp = (enabled: boolean) =>
  useQuery({ ...passwordHelpQueryOptions(), enabled, retry: false });
