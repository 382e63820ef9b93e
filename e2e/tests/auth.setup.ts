// Logs the demo accounts that tests act as in over HTTP once (with a TOTP code of the published
// demo key where the account has one), and saves their cookies.
import { test as setup } from '@playwright/test';
import { authFile, demoPassword, demoUsernames, login } from '../support/api.ts';

for (const username of demoUsernames) {
  setup(`[SETUP]: đăng nhập ${username} qua HTTP`, async ({ request }) => {
    await login(request, username, demoPassword);
    await request.storageState({ path: authFile(username) });
  });
}
