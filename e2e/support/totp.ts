// TOTP codes for the tests, computed with otplib as an authenticator app does. The API refuses a
// code whose 30-second step was already used for the account (replay guard), and parallel workers
// sign the same demo accounts in: one lock and one "last step used" file per account, shared by
// the workers, hand out each step once, taking the next step early (the API accepts one step
// ahead) and waiting only when that one is taken too.
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from 'otplib';

/** The published key of the demo accounts that require a second factor (DEMO=true seed). */
export const demoTotpSecret = 'PHOIHOPDEMOTOTPSECRETKEYHOANHSON';

const stateDir = path.join(
  path.dirname(path.dirname(fileURLToPath(import.meta.url))),
  '.auth',
  'totp',
);
const PERIOD_MS = 30_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  await mkdir(stateDir, { recursive: true });
  const lock = path.join(stateDir, `${name}.lock`);
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      // Left by a killed run: a holder never keeps it longer than one step.
      const since = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (since > 2 * PERIOD_MS) await rm(lock, { recursive: true, force: true });
      else await sleep(100);
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** A code for `username` no other call of this run has used. */
export async function nextOtp(username: string, secret = demoTotpSecret): Promise<string> {
  return withLock(username, async () => {
    const file = path.join(stateDir, `${username}.step`);
    const last = Number(await readFile(file, 'utf8').catch(() => '0'));
    const now = Math.floor(Date.now() / PERIOD_MS);
    const step = Math.max(now, last + 1);
    // More than one step ahead would be refused: wait until it is only one ahead.
    if (step > now + 1) await sleep((step - 1) * PERIOD_MS - Date.now() + 200);
    await writeFile(file, String(step));
    return generate({ secret, epoch: step * 30 });
  });
}
