import { RouterProvider } from '@tanstack/react-router';
import type { createApp } from './create-app';
import { AppProvider } from './provider';

/** `env="test"` turns off Mantine's transitions and portals for jsdom. */
export function App({ app, env }: { app: ReturnType<typeof createApp>; env?: 'default' | 'test' }) {
  return (
    <AppProvider queryClient={app.queryClient} env={env}>
      <RouterProvider router={app.router} />
    </AppProvider>
  );
}
