// The two API processes started by support/serve.mjs; they share one database. E2E_PORT moves
// them (default 3100 and 3101) so two checkouts on one machine can run their tests side by side.
const first = Number(process.env.E2E_PORT ?? 3100);
export const apiUrls = [`http://127.0.0.1:${first}`, `http://127.0.0.1:${first + 1}`] as const;
