// Logs the demo accounts that tests act as in over HTTP once, and saves their cookies.
import { test as setup } from '@playwright/test';
import { authFile, demoPassword, login } from '../support/api.ts';

for (const username of ['quantri']) {
  setup(`[SETUP]: đăng nhập ${username} qua HTTP`, async ({ request }) => {
    await login(request, username, demoPassword);
    await request.storageState({ path: authFile(username) });
  });
}
