// Run before `playwright test`: the web server starts the production build, which must exist.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const required = ['apps/api/dist/server.js', 'apps/web/dist/index.html'];
const missing = required.filter(
  (file) => !existsSync(fileURLToPath(new URL(`../../${file}`, import.meta.url))),
);

if (missing.length > 0) {
  console.error(`Thiếu bản build: ${missing.join(', ')}. Chạy "pnpm build" ở thư mục gốc trước.`);
  console.error(
    `Missing build output: ${missing.join(', ')}. Run "pnpm build" at the repository root first`,
  );
  console.error('(or "npm test", which builds before running the browser tests).');
  process.exit(1);
}
