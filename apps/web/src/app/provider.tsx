import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '../styles.css';
import { createTheme, Drawer, MantineProvider, Modal } from '@mantine/core';
import { DateInput, DatePickerInput, DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// Mantine's icon-only close and clear buttons have no name of their own: a screen reader would
// announce just "button" when tabbing through a dialog. They get one in the user's language.
const themeOf = (close: string, clear: string) =>
  createTheme({
    primaryColor: 'red',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    defaultRadius: 'md',
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': close } } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': close } } }),
      DatePickerInput: DatePickerInput.extend({
        defaultProps: { clearButtonProps: { 'aria-label': clear } },
      }),
      DateInput: DateInput.extend({
        defaultProps: { clearButtonProps: { 'aria-label': clear } },
      }),
    },
  });

export function AppProvider(props: {
  queryClient: QueryClient;
  children: ReactNode;
  env?: 'default' | 'test';
}) {
  const { t, i18n } = useTranslation();
  const close = t('common.close');
  const clear = t('common.delete');
  const theme = useMemo(() => themeOf(close, clear), [close, clear]);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" env={props.env ?? 'default'}>
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
        <Notifications position="top-right" />
        <QueryClientProvider client={props.queryClient}>{props.children}</QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
