// The demo ward's letters and cases: the 2025 letters of the source document (I.6: 48 received,
// 43 handled, 5 in progress; prisma/seed/cases-2025.json) and a few recent ones dated back from
// the day the seed runs, so the demo always has cases on track, due soon and overdue
// (cases-recent.json). Written through the services as the demo users would, the services' clock
// moved to each step's date, so numbers, clocks, events and audit rows are the app's own.
import { addDays, todayInVietnam, type IsoDate } from '@phoihop/shared/dates';
import { CASE_DUE_SOON_DAYS, type CaseAction } from '@phoihop/shared/case-clocks';
import { caseActionBodySchema, createCaseBodySchema, type Case } from '@phoihop/shared/cases';
import type { WorkCalendar } from '@phoihop/shared/deadlines';
import demo from '../../../../prisma/seed/demo-ward.json' with { type: 'json' };
import letters2025 from '../../../../prisma/seed/cases-2025.json' with { type: 'json' };
import recentLetters from '../../../../prisma/seed/cases-recent.json' with { type: 'json' };
import type { Db } from '../db/prisma.ts';
import { demoContexts } from './demo-actors.ts';
import type { ServicesAt } from './seed-demo-plans.ts';

type Step = { on: IsoDate; action: CaseAction; by?: string } & Record<string, unknown>;

/** A row of the data files: the registration body, who registers it and its steps. */
interface Letter extends Record<string, unknown> {
  receivedOn: IsoDate;
  /** Username registering the letter (default canbo-ubnd, the PC's reception officer). */
  by?: string;
  /** Key of the organisation that forwarded it (demo-ward.json). */
  source?: string;
  /** Row of the letter this one repeats. */
  duplicateOf?: number;
  steps: Step[];
}

interface RecentLetter extends Omit<Letter, 'receivedOn' | 'steps'> {
  daysAgo?: number;
  /** Received so that the processing deadline falls within the next few days. */
  dueSoon?: boolean;
  steps: ({ after: number; action: CaseAction } & Record<string, unknown>)[];
}

/** Decisions, conclusions and extensions are signed by the PC Chairman; the officer does the rest. */
const signedByChairman: CaseAction[] = ['decide', 'set-complexity', 'extend'];

export async function seedDemoCases(
  servicesAt: ServicesAt,
  db: Db,
  now = new Date(),
): Promise<{ cases: number }> {
  const ward = await db.adminUnit.findUnique({
    where: { code: demo.ward.code },
    select: { id: true },
  });
  if (!ward || (await db.case.count({ where: { unitId: ward.id } })) > 0) return { cases: 0 };

  let clock = now;
  const services = servicesAt(() => clock);
  /** Acts on `date` (09:00 in Vietnam), never later than now. */
  const on = (date: IsoDate) => {
    const at = new Date(`${date}T09:00:00+07:00`);
    clock = at < now ? at : now;
  };
  const { as, orgIdOf } = await demoContexts(db, ward.id);
  const officer = 'canbo-ubnd';
  const handlerId = as(officer).actor.id;
  const ids = new Map<number, string>();

  async function record(row: number, letter: Letter): Promise<void> {
    const { by = officer, source, duplicateOf, steps, row: _row, ...fields } = letter;
    on(letter.receivedOn);
    const body = createCaseBodySchema.parse({
      ...fields,
      sourceOrganisationId: source ? orgIdOf(source) : null,
    });
    let current: Case = await services.cases.create(body, as(by));
    ids.set(row, current.id);
    for (const { by: stepBy, ...step } of steps) {
      on(step.on);
      const action = caseActionBodySchema.parse({
        ...step,
        ...(step.action === 'accept' ? { assignedOrganisationId: orgIdOf('ubnd'), handlerId } : {}),
        ...(step.action === 'mark-duplicate' ? { duplicateOfId: ids.get(duplicateOf!) } : {}),
        ...(step.action === 'forward' ? { letterDate: step.letterDate ?? step.on } : {}),
      });
      const actor = stepBy ?? (signedByChairman.includes(step.action) ? 'lanhdao' : officer);
      current = await services.cases.act(current.id, current.version, action, as(actor));
    }
  }

  for (const letter of letters2025.letters as Letter[]) await record(letter.row as number, letter);

  const today = todayInVietnam(now);
  const calendar = await services.calendar.workCalendar();
  const { legal } = await services.cases.clockSettings();
  const recent = (recentLetters.letters as RecentLetter[]).map((letter) =>
    datedRecent(letter, today, calendar, (receivedOn) =>
      calendar.legalDeadline({
        start: receivedOn,
        days: legal.letterProcessing.days,
        kind: legal.letterProcessing.kind,
      }),
    ),
  );
  let row = 1000;
  for (const letter of recent) await record(row++, letter);
  return { cases: ids.size };
}

/**
 * Dates of a recent letter counted back from today: received on a working day this year, steps on
 * the working day `after` days later and never after today.
 */
function datedRecent(
  letter: RecentLetter,
  today: IsoDate,
  calendar: WorkCalendar,
  processingDue: (receivedOn: IsoDate) => IsoDate | null,
): Letter {
  const { daysAgo = 0, dueSoon, steps, ...fields } = letter;
  const yearStart = nextWorkingDay(calendar, `${today.slice(0, 4)}-01-01`);
  const notBefore = yearStart < today ? yearStart : today;
  let receivedOn = previousWorkingDay(calendar, addDays(today, -daysAgo), notBefore);
  // Citizens are received on Thursdays, the Chairman's reception day (as in the 2025 letters).
  while (
    fields.channel === 'RECEPTION' &&
    weekday(receivedOn) !== THURSDAY &&
    receivedOn > notBefore
  ) {
    receivedOn = previousWorkingDay(calendar, addDays(receivedOn, -1), notBefore);
  }
  if (dueSoon) {
    // The most recent working day whose processing deadline is 1 to CASE_DUE_SOON_DAYS days away.
    for (let back = 1; back <= 20; back++) {
      const day = addDays(today, -back);
      const due = processingDue(day);
      if (
        day >= notBefore &&
        calendar.isWorkingDay(day) &&
        due &&
        due > today &&
        due <= addDays(today, CASE_DUE_SOON_DAYS)
      ) {
        receivedOn = day;
        break;
      }
    }
  }
  let last = receivedOn;
  return {
    ...fields,
    receivedOn,
    steps: steps.map(({ after, ...step }) => {
      const day = nextWorkingDay(calendar, addDays(receivedOn, after));
      const capped = day < today ? day : today;
      last = capped > last ? capped : last;
      return { ...step, on: last };
    }),
  };
}

const THURSDAY = 4;
const weekday = (date: IsoDate) => new Date(`${date}T00:00:00Z`).getUTCDay();

function nextWorkingDay(calendar: WorkCalendar, date: IsoDate): IsoDate {
  let day = date;
  while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

function previousWorkingDay(calendar: WorkCalendar, date: IsoDate, notBefore: IsoDate): IsoDate {
  let day = date;
  while (day > notBefore && !calendar.isWorkingDay(day)) day = addDays(day, -1);
  return day < notBefore ? notBefore : day;
}
