// The demo ward's citizen-reception sessions (monthly with the leaders, weekly with the Chairman)
// and its grassroots mediation: 15 teams, 132 mediators, 2025 mediation cases all successful.
// Written through the services as the demo users would (prisma/seed/reception-*.json,
// mediation-*.json), the services' clock moved to each action's date. Idempotent: reception is
// seeded when the ward has no session, mediation when it has no team.
import { addDays, todayInVietnam } from '@phoihop/shared/dates';
import {
  createMediationCaseBodySchema,
  createMediationTeamBodySchema,
  createMediatorBodySchema,
  updateMediationCaseBodySchema,
} from '@phoihop/shared/mediation';
import {
  createReceptionSessionBodySchema,
  createReceptionVisitBodySchema,
  type ReceptionHost,
  type ReceptionKind,
} from '@phoihop/shared/reception';
import demo from '../../../../prisma/seed/demo-ward.json' with { type: 'json' };
import mediationCases from '../../../../prisma/seed/mediation-cases.json' with { type: 'json' };
import mediationTeams from '../../../../prisma/seed/mediation-teams.json' with { type: 'json' };
import reception from '../../../../prisma/seed/reception-sessions.json' with { type: 'json' };
import type { Db } from '../db/prisma.ts';
import { firstIsoMonday } from '../modules/reception/reception-compliance.ts';
import { demoContexts } from './demo-actors.ts';
import type { ServicesAt } from './seed-demo-plans.ts';

export interface SeededReception {
  sessions: number;
  visits: number;
  teams: number;
  mediators: number;
  mediationCases: number;
}

interface Host {
  hosts: string[];
  hostNames: string;
  organisations: string[];
  note?: string;
}

interface PlannedSession {
  heldOn: string;
  kind: ReceptionKind;
  host: Host;
  slot: 'monthly' | 'weekly' | 'daily';
}

type WorkingDay = (date: string) => boolean;

interface MediationCaseSeed {
  team: string;
  title: string;
  parties: { name: string; address: string | null }[];
  field: string;
  receivedOn: string;
  mediatedOn?: string;
  outcome: string;
  agreement?: string;
  followUp?: string;
  mediators: number[];
}

interface ScheduleYear {
  year: number;
  skipWeeks: string[];
  secretaryShortMonths: number[];
}

/** The year's sessions by the schedule of reception-sessions.json, up to today. */
export function receptionSchedule(year: ScheduleYear, today: string, isWorkingDay: WorkingDay): PlannedSession[] {
  const nextWorkingDay = (date: string) => {
    let day = date;
    while (!isWorkingDay(day)) day = addDays(day, 1);
    return day;
  };
  const monthly = Array.from({ length: 12 }, (_, i) =>
    nextWorkingDay(`${year.year}-${String(i + 1).padStart(2, '0')}-${String(reception.monthlyOn).padStart(2, '0')}`),
  );
  const sessions: PlannedSession[] = monthly.map((heldOn) => ({ heldOn, kind: 'LEADERS_MONTHLY', host: reception.leaders, slot: 'monthly' }));
  const end = firstIsoMonday(year.year + 1);
  for (let monday = firstIsoMonday(year.year); monday < end; monday = addDays(monday, 7)) {
    const days = Array.from({ length: 5 }, (_, i) => addDays(monday, i));
    const preferred = addDays(monday, reception.weeklyOn - 1);
    const heldOn = isWorkingDay(preferred) ? preferred : days.find(isWorkingDay);
    // The Chairman's day of a week with the leaders' session is that session.
    if (!heldOn || year.skipWeeks.includes(monday) || monthly.some((d) => d >= monday && d <= addDays(monday, 6))) continue;
    sessions.push({ heldOn, kind: 'REGULAR', host: reception.weekly, slot: 'weekly' });
  }
  // The Party secretary's second day: the month's last regular session, unless the month is short.
  for (let month = 1; month <= 12; month++) {
    if (year.secretaryShortMonths.includes(month)) continue;
    const prefix = `${year.year}-${String(month).padStart(2, '0')}`;
    const last = sessions.filter((s) => s.slot === 'weekly' && s.heldOn.startsWith(prefix) && s.heldOn <= today).at(-1);
    if (last) last.host = reception.withSecretary;
  }
  // Held up to today, and the next leaders' session already on the calendar.
  const upcoming = monthly.find((d) => d > today);
  return sessions.filter((s) => s.heldOn <= today || s.heldOn === upcoming).sort((a, b) => a.heldOn.localeCompare(b.heldOn));
}

export async function seedDemoReception(servicesAt: ServicesAt, db: Db, now = new Date()): Promise<SeededReception> {
  const seeded: SeededReception = { sessions: 0, visits: 0, teams: 0, mediators: 0, mediationCases: 0 };
  const ward = await db.adminUnit.findUnique({ where: { code: demo.ward.code }, select: { id: true } });
  if (!ward) return seeded;
  const wardId = ward.id;

  let clock = now;
  const services = servicesAt(() => clock);
  /** Acts on `date` (09:00 in Vietnam), never later than now. */
  const on = (date: string) => {
    const at = new Date(`${date}T09:00:00+07:00`);
    clock = at < now ? at : now;
  };
  const today = todayInVietnam(now);
  const { as, orgIdOf } = await demoContexts(db, wardId);
  const officer = as('canbo-ubnd');
  const front = as('canbo-mttq');
  const { isWorkingDay } = await services.calendar.workCalendar();

  // Reception and mediation are seeded each once, independently: a ward that has either keeps it.
  if ((await db.receptionSession.count({ where: { unitId: wardId } })) === 0) await seedSessions();
  if ((await db.mediationTeam.count({ where: { unitId: wardId } })) === 0) await seedMediation();
  return seeded;

  async function seedSessions() {
    const sessionIds = new Map<string, { id: string; slot: PlannedSession['slot'] }[]>();
    async function createSession(planned: PlannedSession) {
      on(planned.heldOn);
      const body = createReceptionSessionBodySchema.parse({
        heldOn: planned.heldOn,
        kind: planned.kind,
        location: reception.location,
        hosts: planned.host.hosts as ReceptionHost[],
        hostNames: planned.host.hostNames,
        organisationIds: planned.host.organisations.map(orgIdOf),
        note: planned.host.note ?? null,
      });
      // The Front's officer keeps the record of the leaders' sessions it takes part in.
      const created = await services.reception.createSession(body, planned.slot === 'monthly' ? front : officer);
      const list = sessionIds.get(planned.heldOn.slice(0, 7)) ?? [];
      list.push({ id: created.id, slot: planned.slot });
      sessionIds.set(planned.heldOn.slice(0, 7), list);
      seeded.sessions++;
      return created;
    }

    const schedule = (reception.years as ScheduleYear[]).flatMap((year) => receptionSchedule(year, today, isWorkingDay));
    const held = new Map<string, { id: string; heldOn: string }>();
    for (const planned of schedule) {
      const created = await createSession(planned);
      held.set(planned.heldOn, { id: created.id, heldOn: planned.heldOn });
    }

    const weeklyTurn = new Map<string, number>();
    for (const { year, month, at, ...visit } of reception.visits) {
      const key = `${year}-${String(month).padStart(2, '0')}`;
      const candidates = (sessionIds.get(key) ?? []).filter((s) => s.slot === at);
      const turn = weeklyTurn.get(key) ?? 0;
      weeklyTurn.set(key, turn + 1);
      const session = candidates[turn % Math.max(candidates.length, 1)];
      const heldOn = [...held.values()].find((s) => s.id === session?.id)?.heldOn;
      if (!session || !heldOn || heldOn > today) continue;
      on(heldOn);
      await services.reception.createVisit(session.id, createReceptionVisitBodySchema.parse(visit), officer);
      seeded.visits++;
    }

    // Letters received at a reception: the citizen's visit on that day, linked to the case it opened.
    const letters = await db.case.findMany({
      where: { unitId: wardId, channel: 'RECEPTION', receivedOn: { lte: new Date(`${today}T00:00:00Z`) } },
      orderBy: [{ receivedOn: 'asc' }, { seq: 'asc' }],
      select: {
        id: true,
        receivedOn: true,
        kind: true,
        field: true,
        summary: true,
        peopleCount: true,
        petitioners: { orderBy: { position: 'asc' }, take: 1, select: { fullName: true, address: true, idNumber: true, phone: true } },
      },
    });
    const linked = new Set(
      (await db.receptionVisit.findMany({ where: { caseId: { in: letters.map((l) => l.id) } }, select: { caseId: true } })).map((v) => v.caseId),
    );
    for (const letter of letters.filter((l) => !linked.has(l.id))) {
      const heldOn = letter.receivedOn.toISOString().slice(0, 10);
      let session = held.get(heldOn);
      if (!session) {
        // Citizens come on other days too: the reception office records them in a session of that day.
        const created = await createSession({ heldOn, kind: 'AD_HOC', host: reception.daily, slot: 'daily' });
        session = { id: created.id, heldOn };
        held.set(heldOn, session);
      }
      on(heldOn);
      const petitioner = letter.petitioners[0];
      const visit = await services.reception.createVisit(
        session.id,
        createReceptionVisitBodySchema.parse({
          citizenName: petitioner?.fullName ?? 'Công dân không nêu tên',
          address: petitioner?.address ?? null,
          idNumber: petitioner?.idNumber ?? null,
          phone: petitioner?.phone ?? null,
          groupSize: letter.peopleCount,
          content: letter.summary.slice(0, 5000),
          kind: letter.kind,
          field: letter.field,
          documents: 'Đơn của công dân',
        }),
        officer,
      );
      await services.reception.updateVisit(visit.id, visit.version, { caseId: letter.id, handling: 'CASE_OPENED' }, officer);
      seeded.visits++;
    }
  }

  async function seedMediation() {
    const teams = new Map<string, { id: string; mediatorIds: string[] }>();
    // The teams served before the recognition decisions after the July 2025 reorganisation.
    on('2025-01-02');
    for (const { key, mediators, ...team } of mediationTeams.teams) {
      const created = await services.mediation.createTeam(createMediationTeamBodySchema.parse(team), front);
      const mediatorIds: string[] = [];
      for (const { organisation, ...mediator } of mediators) {
        const body = createMediatorBodySchema.parse({ ...mediator, organisationId: organisation ? orgIdOf(organisation) : null });
        mediatorIds.push((await services.mediation.addMediator(created.id, body, front)).id);
        seeded.mediators++;
      }
      teams.set(key, { id: created.id, mediatorIds });
      seeded.teams++;
    }

    // Recorded when received; the outcome, agreement and follow-up on the day of the mediation.
    for (const { team: key, mediators, mediatedOn, outcome, agreement, followUp, ...rest } of mediationCases.cases as MediationCaseSeed[]) {
      if (rest.receivedOn > today) continue;
      const team = teams.get(key)!;
      const concluded = outcome !== 'IN_PROGRESS' && mediatedOn !== undefined && mediatedOn <= today;
      on(rest.receivedOn);
      const created = await services.mediation.createCase(
        createMediationCaseBodySchema.parse({
          ...rest,
          teamId: team.id,
          mediatorIds: mediators.map((i) => team.mediatorIds[i]),
          followUp: concluded ? null : (followUp ?? null),
        }),
        front,
      );
      seeded.mediationCases++;
      if (!concluded) continue;
      on(mediatedOn);
      await services.mediation.updateCase(
        created.id,
        created.version,
        updateMediationCaseBodySchema.parse({ outcome, mediatedOn, agreement: agreement ?? null, followUp: followUp ?? null }),
        front,
      );
    }
  }
}
