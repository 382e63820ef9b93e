// Shared by start.mjs and test.mjs: install and build only when needed, so `npm start` and
// `npm test` work on a machine that has nothing but Node 20 and npm.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const pnpmVersion = '12.4.2';
const localPnpm = path.join(root, 'node_modules', '.bin', 'pnpm');
const stampDir = path.join(root, 'node_modules', '.cache', 'phoihop');
const installStamp = path.join(stampDir, 'install-stamp');
const buildStamp = path.join(stampDir, 'build-stamp');

const arrow = process.stdout.isTTY ? '\x1b[36m▶\x1b[0m' : '▶';
export const log = (line) => console.log(`${arrow} ${line}`);

/** Runs a command with inherited stdio; resolves with its exit code (1 when killed by a signal). */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** The pnpm CLI: the pinned devDependency once installed, npx before that (corepack is no use here). */
export function pnpmCommand() {
  return existsSync(localPnpm)
    ? { command: localPnpm, prefix: [] }
    : { command: 'npx', prefix: ['--yes', `pnpm@${pnpmVersion}`] };
}

export function pnpm(args, options) {
  const { command, prefix } = pnpmCommand();
  return run(command, [...prefix, ...args], options);
}

function hashFiles(files) {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(path.relative(root, file));
    hash.update('\0');
    hash.update(existsSync(file) ? readFileSync(file) : '(missing)');
    hash.update('\0');
  }
  return hash.digest('hex');
}

function readStamp(file) {
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
}

function writeStamp(file, value) {
  mkdirSync(stampDir, { recursive: true });
  writeFileSync(file, `${value}\n`);
}

/** Workspace package folders (apps/*, packages/*, e2e) that have a package.json. */
function workspacePackages() {
  const dirs = [];
  for (const group of ['apps', 'packages']) {
    const base = path.join(root, group);
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base, { withFileTypes: true })) {
      if (entry.isDirectory()) dirs.push(path.join(base, entry.name));
    }
  }
  dirs.push(path.join(root, 'e2e'));
  return dirs.filter((dir) => existsSync(path.join(dir, 'package.json')));
}

function installInputs() {
  return [
    path.join(root, 'package.json'),
    path.join(root, 'pnpm-lock.yaml'),
    path.join(root, 'pnpm-workspace.yaml'),
    ...workspacePackages().map((dir) => path.join(dir, 'package.json')),
  ];
}

/** Installs dependencies when node_modules is missing or the lockfile/manifests changed since. */
export async function ensureInstall({ force = false } = {}) {
  const wanted = hashFiles(installInputs());
  if (
    !force &&
    existsSync(path.join(root, 'node_modules', '.modules.yaml')) &&
    readStamp(installStamp) === wanted
  ) {
    return 0;
  }
  log('Đang cài đặt thư viện… / Installing dependencies (pnpm install --frozen-lockfile)…');
  const code = await pnpm(['install', '--frozen-lockfile']);
  if (code === 0) writeStamp(installStamp, wanted);
  else console.error('Cài đặt thất bại / Install failed.');
  return code;
}

// Folders and files that are outputs, generated or tests: they do not change what the build makes.
const ignoredNames = new Set([
  'node_modules',
  'dist',
  'generated',
  'coverage',
  'test',
  'tests',
  '.turbo',
]);
const isTestFile = (name) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(name);

function listFiles(dir, out) {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (ignoredNames.has(entry.name) || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, out);
    else if (entry.isFile() && !isTestFile(entry.name)) out.push(full);
  }
  return out;
}

/** Packages under apps/ and packages/ with a build script, and the file their build must leave. */
function buildTargets() {
  const outputs = {
    api: 'apps/api/dist/server.js',
    web: 'apps/web/dist/index.html',
  };
  return workspacePackages()
    .filter((dir) => !dir.endsWith(`${path.sep}e2e`))
    .filter(
      (dir) => JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).scripts?.build,
    )
    .map((dir) => ({ dir, output: outputs[path.basename(dir)] }))
    .filter((target) => target.output)
    .map((target) => path.join(root, target.output));
}

function buildInputsHash() {
  const files = [
    path.join(root, 'package.json'),
    path.join(root, 'pnpm-lock.yaml'),
    path.join(root, 'tsconfig.base.json'),
    path.join(root, 'prisma', 'schema.prisma'),
  ];
  for (const dir of workspacePackages()) {
    if (!dir.endsWith(`${path.sep}e2e`)) listFiles(dir, files);
  }
  return hashFiles(files.sort());
}

export function isBuildCurrent() {
  return (
    buildTargets().every((file) => existsSync(file)) && readStamp(buildStamp) === buildInputsHash()
  );
}

/** Records that the outputs match the current sources (after a successful `pnpm build`). */
export function markBuilt() {
  writeStamp(buildStamp, buildInputsHash());
}

// What the root `build` script runs, passed without a shell: in package.json the unquoted
// `./apps/*` is expanded by sh into two words and pnpm takes the second for a script name.
export const buildArgs = ['-r', '--filter', './packages/*', '--filter', './apps/*', 'build'];

export async function build() {
  log('Đang build… / Building (pnpm build)…');
  const code = await pnpm(buildArgs);
  if (code === 0) markBuilt();
  return code;
}

/** Builds when an output is missing or a source changed since the last build. */
export async function ensureBuild() {
  return isBuildCurrent() ? 0 : build();
}
