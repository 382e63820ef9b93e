// What a test file opened (apps, clients, databases), closed once its tests are done. Vitest runs
// an `afterAll` only when it is registered while the file is collected, not from inside a
// `beforeAll` or a test, so helpers register here and `test/setup-file.ts` runs the list.
const cleanups: (() => Promise<void>)[] = [];

export function onFileDone(cleanup: () => Promise<void>) {
  cleanups.push(cleanup);
}

/** Last opened, first closed: a second app on another's database goes before that database. */
export async function runFileCleanups() {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
}
