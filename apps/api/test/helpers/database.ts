import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { createDatabaseFromTemplate, dropDatabase, withDatabase } from '../../src/db/database-admin.ts';

/** A fresh, migrated database cloned from the run's template. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = withDatabase(inject('serverUrl'), `phoihop_test_${randomUUID().replace(/-/g, '')}`);
  await createDatabaseFromTemplate(url, inject('templateDb'));
  return { url, drop: () => dropDatabase(url) };
}
