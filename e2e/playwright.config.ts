import { defineConfig, devices } from '@playwright/test';
import { missingBrowserMessage, resolveLaunchOptions } from './support/browser.ts';
import { apiUrls } from './support/urls.ts';

const isCi = Boolean(process.env.CI);
const launchOptions = resolveLaunchOptions();

// Fail before starting servers when the ui project would run without a browser.
const selectedProjects = process.argv
  .filter((arg) => arg.startsWith('--project='))
  .map((arg) => arg.slice('--project='.length));
const wantsUi = selectedProjects.length === 0 || selectedProjects.includes('ui');
if (!launchOptions && wantsUi) throw new Error(missingBrowserMessage);

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  forbidOnly: isCi,
  retries: 0,
  // Two machines' worth of cores is the norm here; more workers only queue on the two APIs.
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: apiUrls[0],
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'setup', testMatch: /.*\.setup\.ts/ },
    { name: 'api', testMatch: /tests\/api\/.*\.test\.ts/, dependencies: ['setup'] },
    {
      name: 'ui',
      testMatch: /tests\/ui\/.*\.test\.ts/,
      dependencies: ['setup'],
      use: { ...devices['Desktop Chrome'], launchOptions: launchOptions ?? {} },
    },
  ],
  webServer: {
    command: 'node support/serve.mjs',
    // The launcher starts the second API only once the first is ready, so the second one's
    // readiness means both are. (`wait` would race the url, not add to it.)
    url: `${apiUrls[1]}/readyz`,
    reuseExistingServer: !isCi,
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
  },
});
