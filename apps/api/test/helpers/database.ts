import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { createDatabaseFromTemplate, dropDatabase, withDatabase } from '../../src/db/database-admin.ts';

export interface TestDatabase {
  url: string;
  /** Drops the database; absent when someone else owns it. */
  drop?: () => Promise<void>;
}

/** A fresh database cloned from a template: the run's migrated, empty one unless another is named. */
export async function createTestDatabase(template = inject('templateDb')): Promise<Required<TestDatabase>> {
  const url = withDatabase(inject('serverUrl'), `phoihop_test_${randomUUID().replace(/-/g, '')}`);
  await createDatabaseFromTemplate(url, template);
  return { url, drop: () => dropDatabase(url) };
}
