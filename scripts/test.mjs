// `npm test`: install if needed, then lint, typecheck, build, unit + API tests and browser tests,
// stopping at the first failure. `npm test -- --only=unit,e2e` or `--skip=lint` picks steps.
import { spawn } from 'node:child_process';
import {
  buildArgs,
  ensureBuild,
  ensureInstall,
  log,
  markBuilt,
  pnpmCommand,
  root,
} from './lib/workspace.mjs';

const steps = [
  { name: 'lint', title: 'Lint (eslint)', args: ['lint'] },
  { name: 'typecheck', title: 'Kiểm tra kiểu / Typecheck', args: ['typecheck'] },
  { name: 'build', title: 'Build', args: buildArgs, after: markBuilt },
  {
    name: 'unit',
    title: 'Kiểm thử đơn vị + API / Unit and API tests (vitest)',
    args: ['-r', '--filter', './packages/*', '--filter', './apps/*', 'test'],
    counts: 'vitest',
  },
  {
    name: 'e2e',
    title: 'Kiểm thử trình duyệt / Browser tests (Playwright)',
    args: ['--filter', '@phoihop/e2e', 'test'],
    counts: 'playwright',
    needsBuild: true,
    hint: 'Nhật ký máy chủ / server logs: e2e/.logs/ (api-3100.log, api-3101.log, postgres.log); traces: e2e/test-results/',
  },
];
// Narrower picks for day-to-day work; each runs one package's vitest.
const extraSteps = {
  api: {
    name: 'api',
    title: 'API tests (vitest)',
    args: ['--filter', '@phoihop/api', 'test'],
    counts: 'vitest',
  },
  web: {
    name: 'web',
    title: 'Web tests (vitest)',
    args: ['--filter', '@phoihop/web', 'test'],
    counts: 'vitest',
  },
  shared: {
    name: 'shared',
    title: 'Shared tests (vitest)',
    args: ['--filter', '@phoihop/shared', 'test'],
    counts: 'vitest',
  },
};

function parseList(flag) {
  const arg = process.argv.slice(2).find((a) => a.startsWith(`--${flag}=`));
  return arg
    ? arg
        .slice(flag.length + 3)
        .split(',')
        .filter(Boolean)
    : undefined;
}

const only = parseList('only');
const skip = parseList('skip') ?? [];
const known = [...steps.map((s) => s.name), ...Object.keys(extraSteps)];
for (const name of [...(only ?? []), ...skip]) {
  if (!known.includes(name)) {
    console.error(`Unknown step "${name}". Known: ${known.join(', ')}`);
    process.exit(2);
  }
}
const selected = (
  only ? only.map((n) => steps.find((s) => s.name === n) ?? extraSteps[n]) : steps
).filter((s) => !skip.includes(s.name));

// Closing lines of the runners, with colours stripped:
//   vitest:     "      Tests  2 failed | 40 passed (42)"   (one per package under pnpm -r)
//   Playwright: "  5 passed (12.3s)", "  1 failed", "  2 did not run"
// eslint-disable-next-line no-control-regex -- matching terminal colour codes is the point
const ansi = /\x1b\[[0-9;]*m/g;
function countTests(kind, text) {
  let passed = 0;
  let failed = 0;
  for (const raw of text.split('\n')) {
    const line = raw.replace(ansi, '');
    if (kind === 'vitest') {
      const match = /\bTests\s{2,}(.*)\(\d+\)\s*$/.exec(line);
      if (!match) continue;
      passed += Number(/(\d+) passed/.exec(match[1])?.[1] ?? 0);
      failed += Number(/(\d+) failed/.exec(match[1])?.[1] ?? 0);
    } else {
      const match = /^\s*(\d+) (passed|failed|flaky)\b/.exec(line.replace(/^.*?test:\s/, ''));
      if (!match) continue;
      if (match[2] === 'passed') passed += Number(match[1]);
      else failed += Number(match[1]);
    }
  }
  return { passed, failed };
}

/** Runs a pnpm step, streaming its output while keeping a copy to count tests from. */
function runStep(step) {
  const { command, prefix } = pnpmCommand();
  return new Promise((resolve) => {
    const child = spawn(command, [...prefix, ...step.args], {
      cwd: root,
      stdio: ['inherit', 'pipe', 'pipe'],
      // Piped output loses the runners' colour detection; keep colours for a person at a terminal.
      env:
        process.stdout.isTTY && !process.env.NO_COLOR
          ? { FORCE_COLOR: '1', ...process.env }
          : process.env,
    });
    let output = '';
    const keep = (stream) => (chunk) => {
      stream.write(chunk);
      if (step.counts) output += chunk.toString('utf8');
    };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    child.on('error', (error) => {
      console.error(error.message);
      resolve({ code: 127, output });
    });
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

// A Ctrl-C reaches the children directly; this process just reports what happened.
process.on('SIGINT', () => {});

const started = Date.now();
const results = [];
let passed = 0;
let failed = 0;
let failedStep;

const installCode = await ensureInstall();
if (installCode !== 0) failedStep = 'install';

for (const step of failedStep ? [] : selected) {
  if (step.needsBuild && !selected.some((s) => s.name === 'build')) {
    const code = await ensureBuild();
    if (code !== 0) {
      failedStep = 'build';
      results.push({ title: 'Build', ok: false, seconds: 0 });
      break;
    }
  }
  log(step.title);
  const stepStart = Date.now();
  const { code, output } = await runStep(step);
  const seconds = Math.round((Date.now() - stepStart) / 1000);
  if (step.counts) {
    const counts = countTests(step.counts, output);
    passed += counts.passed;
    failed += counts.failed;
  }
  results.push({ title: step.title, ok: code === 0, seconds });
  if (code !== 0) {
    failedStep = step.name;
    if (step.hint) console.log(step.hint);
    break;
  }
  step.after?.();
}

console.log('\n──── Tóm tắt / Summary ────');
for (const r of results) console.log(`${r.ok ? '✔' : '✘'} ${r.title} (${r.seconds}s)`);
for (const step of selected.slice(results.length)) {
  if (failedStep) console.log(`– ${step.title} (bỏ qua / not run)`);
}
console.log(`Tổng thời gian / Total: ${Math.round((Date.now() - started) / 1000)}s`);
if (failedStep) {
  console.log(`THẤT BẠI ở bước "${failedStep}" / FAILED at step "${failedStep}"`);
  // A failed step that is not a test run still counts as one failure in the closing line.
  if (failed === 0) failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
