import type { CaseAction } from '@phoihop/shared/case-clocks';
import type { Case } from '@phoihop/shared/cases';

/**
 * The steps the law puts next for a case where it stands (domain.md §1, §2, §4): classify a new
 * letter; then accept it, or refuse it with reasons, or send it where it belongs (a complaint's
 * sender is guided, a denunciation or a petition is forwarded); verify; hold the dialogue a
 * complaint needs; decide; publish and close. A paused case waits to resume. Everything else
 * the case allows (assign, extend, withdraw, file, mark a duplicate…) is a side step.
 */
export function legallyNextSteps(c: Pick<Case, 'status' | 'kind' | 'pausedSince'>): CaseAction[] {
  if (c.pausedSince) return ['resume'];
  switch (c.status) {
    case 'RECEIVED':
      if (!c.kind) return ['classify'];
      if (c.kind === 'COMPLAINT') return ['accept', 'decline', 'guide'];
      if (c.kind === 'DENUNCIATION') return ['accept', 'decline', 'forward'];
      return ['accept', 'forward'];
    case 'ACCEPTED':
      return ['start-verification', 'decide'];
    case 'VERIFYING':
      return ['hold-dialogue', 'decide'];
    case 'DIALOGUE':
      return ['decide'];
    case 'DECIDED':
      return ['publish', 'close'];
    default:
      return [];
  }
}

/** The case's allowed steps split into the next ones (buttons) and the rest (a menu). */
export function splitActions(
  c: Pick<Case, 'status' | 'kind' | 'pausedSince' | 'availableActions'>,
): { next: CaseAction[]; other: CaseAction[] } {
  const available = c.availableActions;
  // A few steps need no menu: show them all.
  if (available.length <= 3) return { next: available, other: [] };
  const next = legallyNextSteps(c).filter((a) => available.includes(a));
  return { next, other: available.filter((a) => !next.includes(a)) };
}
