// The legal clocks of a letter or case, and the steps it may take next. One definition for the
// API (which stores the nearest deadline for lists) and the SPA (which shows them live in forms).
import { addDays, type IsoDate } from './dates.ts';
import type { Pause, WorkCalendar } from './deadlines.ts';
import {
  allowedExtensions,
  complaintResolution,
  type LegalSettings,
  type TimeLimit,
} from './legal-rules.ts';

export const caseKinds = ['COMPLAINT', 'DENUNCIATION', 'PETITION', 'FEEDBACK'] as const;
export type CaseKind = (typeof caseKinds)[number];

export const caseStatuses = [
  'RECEIVED',
  'ACCEPTED',
  'VERIFYING',
  'DIALOGUE',
  'DECIDED',
  'CLOSED',
  'DECLINED',
  'FORWARDED',
  'GUIDED',
  'FILED',
  'DUPLICATE',
  'WITHDRAWN',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** Still being worked on: counted "in progress". */
export const openStatuses: readonly CaseStatus[] = [
  'RECEIVED',
  'ACCEPTED',
  'VERIFYING',
  'DIALOGUE',
];
/** Reached an outcome: counted "handled". Duplicates are counted in neither. */
export const handledStatuses: readonly CaseStatus[] = [
  'DECIDED',
  'CLOSED',
  'DECLINED',
  'FORWARDED',
  'GUIDED',
  'FILED',
  'WITHDRAWN',
];

export const caseComplexities = ['NORMAL', 'COMPLEX', 'ESPECIALLY_COMPLEX'] as const;
export type CaseComplexity = (typeof caseComplexities)[number];

export type ClockKey = 'processing' | 'acceptance' | 'resolution';
export type ClockState =
  'met' | 'late' | 'overdue' | 'due-soon' | 'on-track' | 'paused' | 'stopped';

/** What the clocks of a case are counted from. */
export interface CaseClockFacts {
  kind: CaseKind | null;
  instance: number;
  receivedOn: IsoDate;
  /** The day the letter left "received" (accepted, declined, forwarded, guided, filed). */
  classifiedOn: IsoDate | null;
  acceptedOn: IsoDate | null;
  decidedOn: IsoDate | null;
  /** Ended without a decision (withdrawn, duplicate): clocks still running stop. */
  stoppedOn: IsoDate | null;
  complexity: CaseComplexity;
  remote: boolean;
  severalLocations: boolean;
  extensionDays: number[];
  pauses: Pause[];
}

export interface CaseClock {
  key: ClockKey;
  limit: TimeLimit;
  /** The event the period runs from (not itself counted). */
  from: IsoDate;
  /** Days added by extension decisions. */
  extensionDays: number;
  /** Null while the clock is paused. */
  due: IsoDate | null;
  metOn: IsoDate | null;
  state: ClockState;
}

export const CASE_DUE_SOON_DAYS = 3;

function firstClock(
  facts: CaseClockFacts,
  settings: LegalSettings,
): { key: ClockKey; limit: TimeLimit } {
  if (facts.kind === 'COMPLAINT') {
    return {
      key: 'acceptance',
      limit:
        facts.instance === 2 ? settings.complaint.secondAcceptance : settings.complaint.acceptance,
    };
  }
  if (facts.kind === 'DENUNCIATION') {
    return {
      key: 'processing',
      limit: facts.severalLocations
        ? settings.denunciation.initialHandlingSeveral
        : settings.denunciation.initialHandling,
    };
  }
  return { key: 'processing', limit: settings.letterProcessing };
}

function resolutionLimit(facts: CaseClockFacts, settings: LegalSettings): TimeLimit {
  switch (facts.kind) {
    case 'COMPLAINT':
      return complaintResolution(settings, facts.instance === 2 ? 2 : 1, {
        complex: facts.complexity !== 'NORMAL',
        remote: facts.remote,
      });
    case 'DENUNCIATION':
      return settings.denunciation.resolution;
    default:
      return settings.petitionAnswer;
  }
}

/** Pauses that matter to a clock met on `metOn`: those begun before, closed by then at the latest. */
const pausesUntil = (pauses: Pause[], metOn: IsoDate | null): Pause[] =>
  metOn === null
    ? pauses
    : pauses
        .filter((p) => p.from < metOn)
        .map((p) => ({
          from: p.from,
          until: p.until === null || p.until > metOn ? metOn : p.until,
        }));

/**
 * Every legal clock of a case: the first one (acceptance of a complaint, initial handling of a
 * denunciation, processing of any other letter) from receipt, then resolution from acceptance.
 */
export function caseClocks(
  facts: CaseClockFacts,
  settings: LegalSettings,
  calendar: WorkCalendar,
  today: IsoDate,
): CaseClock[] {
  const clocks: {
    key: ClockKey;
    limit: TimeLimit;
    from: IsoDate;
    extensions: number[];
    metOn: IsoDate | null;
  }[] = [
    {
      ...firstClock(facts, settings),
      from: facts.receivedOn,
      extensions: [],
      metOn: facts.classifiedOn,
    },
  ];
  if (facts.acceptedOn) {
    clocks.push({
      key: 'resolution',
      limit: resolutionLimit(facts, settings),
      from: facts.acceptedOn,
      extensions: facts.kind === 'DENUNCIATION' ? facts.extensionDays : [],
      metOn: facts.decidedOn,
    });
  }
  return clocks.map(({ key, limit, from, extensions, metOn }) => {
    const due = calendar.legalDeadline({
      start: from,
      days: limit.days,
      kind: limit.kind,
      extensions,
      pauses: pausesUntil(facts.pauses, metOn ?? facts.stoppedOn),
    });
    let state: ClockState;
    if (metOn) state = due !== null && metOn <= due ? 'met' : 'late';
    else if (facts.stoppedOn) state = 'stopped';
    else if (due === null) state = 'paused';
    else if (due < today) state = 'overdue';
    else if (due <= addDays(today, CASE_DUE_SOON_DAYS)) state = 'due-soon';
    else state = 'on-track';
    return {
      key,
      limit,
      from,
      extensionDays: extensions.reduce((a, b) => a + b, 0),
      due,
      metOn,
      state,
    };
  });
}

const running: ClockState[] = ['overdue', 'due-soon', 'on-track', 'paused'];

/** The clock still running, if any: its due date is stored on the case for lists and alerts. */
export function runningClock(clocks: CaseClock[]): CaseClock | null {
  return clocks.find((c) => running.includes(c.state)) ?? null;
}

/** Whether every clock the case went through was met (null while one still runs). */
export function metOnTime(clocks: CaseClock[]): boolean | null {
  if (clocks.some((c) => running.includes(c.state))) return null;
  return clocks.every((c) => c.state === 'met' || c.state === 'stopped');
}

// --- Steps ------------------------------------------------------------------------------------

export const caseActions = [
  'classify',
  'accept',
  'decline',
  'forward',
  'guide',
  'file',
  'mark-duplicate',
  'assign',
  'set-complexity',
  'extend',
  'pause',
  'resume',
  'start-verification',
  'hold-dialogue',
  'decide',
  'publish',
  'close',
  'withdraw',
] as const;
export type CaseAction = (typeof caseActions)[number];

/** Who may take a step: the People's Committee classifies and steers; the handler works the case. */
export const actionPermission: Record<CaseAction, 'case:process' | 'case:handle'> = {
  classify: 'case:process',
  accept: 'case:process',
  decline: 'case:process',
  forward: 'case:process',
  guide: 'case:process',
  file: 'case:process',
  'mark-duplicate': 'case:process',
  assign: 'case:process',
  'set-complexity': 'case:process',
  extend: 'case:process',
  pause: 'case:handle',
  resume: 'case:handle',
  'start-verification': 'case:handle',
  'hold-dialogue': 'case:handle',
  decide: 'case:handle',
  publish: 'case:handle',
  close: 'case:handle',
  withdraw: 'case:handle',
};

/** The status a step leads to; steps that do not change the status are absent. */
export const actionTarget: Partial<Record<CaseAction, CaseStatus>> = {
  accept: 'ACCEPTED',
  decline: 'DECLINED',
  forward: 'FORWARDED',
  guide: 'GUIDED',
  file: 'FILED',
  'mark-duplicate': 'DUPLICATE',
  'start-verification': 'VERIFYING',
  'hold-dialogue': 'DIALOGUE',
  decide: 'DECIDED',
  close: 'CLOSED',
  withdraw: 'WITHDRAWN',
};

export interface CaseStepFacts {
  status: CaseStatus;
  kind: CaseKind | null;
  paused: boolean;
  complexity: CaseComplexity;
  extensions: number;
  published: boolean;
}

/**
 * The steps the law allows from where the case stands (before permissions). A complaint or a
 * denunciation is decided only after verification; a petition may be answered once accepted.
 * A paused case waits for the citizen: it may only resume, be reassigned or be withdrawn.
 */
export function allowedActions(c: CaseStepFacts, settings: LegalSettings): CaseAction[] {
  if (!openStatuses.includes(c.status)) {
    if (c.status === 'DECIDED') return c.published ? ['close'] : ['publish', 'close'];
    return [];
  }
  if (c.paused) return ['assign', 'resume', 'withdraw'];
  const steps: CaseAction[] = [];
  const needsVerification = c.kind === 'COMPLAINT' || c.kind === 'DENUNCIATION';
  switch (c.status) {
    case 'RECEIVED':
      steps.push('classify', 'decline', 'forward', 'guide', 'file', 'mark-duplicate');
      if (c.kind) steps.push('accept');
      break;
    case 'ACCEPTED':
      steps.push('start-verification');
      if (!needsVerification) steps.push('decide');
      break;
    case 'VERIFYING':
      if (c.kind === 'COMPLAINT') steps.push('hold-dialogue');
      steps.push('decide');
      break;
    case 'DIALOGUE':
      steps.push('decide');
      break;
  }
  steps.push('assign', 'pause', 'withdraw');
  if (c.kind) steps.push('set-complexity');
  if (
    c.kind === 'DENUNCIATION' &&
    c.status !== 'RECEIVED' &&
    c.extensions <
      allowedExtensions(
        settings,
        c.complexity === 'NORMAL'
          ? 'normal'
          : c.complexity === 'COMPLEX'
            ? 'complex'
            : 'especiallyComplex',
      )
  ) {
    steps.push('extend');
  }
  return steps
    .filter((step, i) => steps.indexOf(step) === i)
    .sort((a, b) => caseActions.indexOf(a) - caseActions.indexOf(b));
}

/** A denouncer's identity is protected (Luật Tố cáo 2018, Arts 47 and 56). */
export const identityProtected = (kind: CaseKind | null) => kind === 'DENUNCIATION';

/** "2026/0048": year and a four-digit sequence per unit. */
export const caseNumber = (year: number, seq: number) => `${year}/${String(seq).padStart(4, '0')}`;
