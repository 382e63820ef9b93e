import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../app/app';
import { createApp } from '../app/create-app';

/** Renders the whole app (real router, providers and api-client) at `path`, against MSW. */
export function renderApp(path = '/') {
  const app = createApp({ history: createMemoryHistory({ initialEntries: [path] }) });
  const user = userEvent.setup();
  const view = render(<App app={app} env="test" />);
  return { ...view, ...app, user, location: () => app.router.state.location };
}
