import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '../styles.css';
import '../print.css';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cssVariablesResolver, themeOf } from './theme';

export function AppProvider(props: {
  queryClient: QueryClient;
  children: ReactNode;
  env?: 'default' | 'test';
}) {
  const { t, i18n } = useTranslation();
  const close = t('common.close');
  const clear = t('common.delete');
  const theme = useMemo(() => themeOf({ close, clear }), [close, clear]);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
      env={props.env ?? 'default'}
    >
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
        {/* Bottom left: clear of the header, of drawers (which open on the right) and of their titles. */}
        <Notifications position="bottom-left" />
        <QueryClientProvider client={props.queryClient}>{props.children}</QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
