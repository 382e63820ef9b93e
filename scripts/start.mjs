// `npm start`: install and build if needed, then run the production server (demo mode unless
// DEMO is set). Signals are forwarded to the server and its exit code is passed on.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureBuild, ensureInstall, log, root } from './lib/workspace.mjs';

const installed = await ensureInstall();
if (installed !== 0) process.exit(installed);
const built = await ensureBuild();
if (built !== 0) {
  console.error('Build thất bại / Build failed.');
  process.exit(built);
}

const env = { ...process.env };
env.NODE_ENV ??= 'production';
env.DEMO ??= 'true';
log(`Đang khởi động máy chủ… / Starting the server (NODE_ENV=${env.NODE_ENV}, DEMO=${env.DEMO})`);

// Own process group: a Ctrl-C reaches the server once, through the forwarding below, instead of
// twice (terminal + forward), which would make it skip its graceful shutdown.
const server = spawn(process.execPath, [path.join(root, 'apps', 'api', 'dist', 'server.js')], {
  cwd: root,
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
});

// npm and the terminal may both deliver one Ctrl-C to this process: forward a repeat only when it
// comes later, as a deliberate second press (which makes the server stop at once).
let lastForward = 0;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    const now = Date.now();
    if (now - lastForward < 1000 || server.exitCode !== null) return;
    lastForward = now;
    server.kill(signal);
  });
}
// If this process dies some other way, do not leave the server running on its own.
process.on('exit', () => {
  if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
});

server.on('exit', (code, signal) => {
  if (signal) {
    process.exitCode = 128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1, SIGKILL: 9 }[signal] ?? 1);
  } else {
    process.exitCode = code ?? 0;
  }
});
