// Rates and progress as the ward's reports give them: per cent with one decimal (95,3%).

/** A percentage rounded to one decimal; null stays null. */
export const oneDecimal = (value: number | null): number | null => (value === null ? null : Math.round(value * 10) / 10);

/** part / whole in per cent, one decimal (41 of 43 → 95.3); null for a rate of nothing. */
export const percentOf = (part: number, whole: number): number | null => (whole > 0 ? oneDecimal((part / whole) * 100) : null);
