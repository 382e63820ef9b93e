import { notifications } from '@mantine/notifications';
import { MutationCache, QueryClient } from '@tanstack/react-query';
import { i18n } from './i18n';
import { isApiError } from './api-client';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** Set false when the screen shows the error itself (e.g. the login alert). */
      toast?: boolean;
    };
  }
}

export function showErrorToast(error: unknown) {
  const apiError = isApiError(error) ? error : null;
  const message = apiError?.detail ?? apiError?.title ?? i18n.t('errors.unexpected');
  // Title and detail are often the same sentence; say it once.
  const title = apiError && apiError.title !== message ? apiError.title : i18n.t('errors.title');
  notifications.show({ color: 'red', title, message, autoClose: 8000 });
}

export function createQueryClient() {
  return new QueryClient({
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.toast === false) return;
        // A 401 has already sent the user to the login page.
        if (isApiError(error) && error.status === 401) return;
        showErrorToast(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        refetchOnReconnect: true,
        // A lost connection or a server error is retried twice with backoff (and waits, paused,
        // while offline: see lib/connection); an HTTP refusal is not.
        retry: (failureCount, error) =>
          !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
      },
      // A save tried while offline fails at once with the network error instead of waiting
      // unseen: the form stays open with what was typed, and the user submits again.
      mutations: { networkMode: 'always' },
    },
  });
}
