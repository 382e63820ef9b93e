import { RouterProvider } from '@tanstack/react-router';
import type { createApp } from './create-app';
import { AppProvider } from './provider';

export function App({ app }: { app: ReturnType<typeof createApp> }) {
  return (
    <AppProvider queryClient={app.queryClient}>
      <RouterProvider router={app.router} />
    </AppProvider>
  );
}
