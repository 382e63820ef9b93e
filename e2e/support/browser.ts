// Which Chromium the ui project drives: Debian's when present (offline machines and CI cannot
// download Playwright's build), else Playwright's own; none at all is reported before any test runs.
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const systemChromium = '/usr/bin/chromium';

// Without the networking flags Chromium keeps calling home, which floods a closed network.
const systemChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const missingBrowserMessage = [
  'Không tìm thấy trình duyệt Chromium cho kiểm thử giao diện.',
  'No Chromium found for the browser tests. Install one of:',
  '  - Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
  '  - Playwright build: pnpm --filter @phoihop/e2e exec playwright install chromium',
  'or run only the HTTP tests: pnpm --filter @phoihop/e2e test --project=api',
].join('\n');

/** undefined when no browser is installed. */
export function resolveLaunchOptions(): LaunchOptions | undefined {
  if (existsSync(systemChromium))
    return { executablePath: systemChromium, args: systemChromiumArgs };
  if (existsSync(chromium.executablePath())) return {};
  return undefined;
}
