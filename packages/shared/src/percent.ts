// Rates and progress as the ward's reports give them: per cent with one decimal (95,3%). A rate
// is never shown alone: it carries its part, its whole and what the whole counts, so "100%"
// beside "Quá hạn 7" reads "100% (5/5 đơn đã xử lý)" and cannot look like an arithmetic error.
import { z } from 'zod';

/** A percentage rounded to one decimal; null stays null. */
export const oneDecimal = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 10) / 10;

/** part / whole in per cent, one decimal (41 of 43 → 95.3); null for a rate of nothing. */
export const percentOf = (part: number, whole: number): number | null => (whole > 0 ? oneDecimal((part / whole) * 100) : null);

/** What a rate's whole counts. */
export const rateBases = [
  /** Letters with a result (handled), of which those handled on time. */
  'letters-handled',
  /** Mediation cases concluded (successful or not), of which the successful ones. */
  'mediation-concluded',
  /** Recommendations sent after supervision, of which those answered. */
  'recommendations-sent',
  /** Voter petitions sent to an authority, of which those answered. */
  'petitions-sent',
] as const;
export const rateBaseSchema = z.enum(rateBases);
export type RateBase = z.infer<typeof rateBaseSchema>;

export const rateSchema = z.object({
  /** part / whole in per cent, one decimal; null when the whole is 0. */
  value: z.number().nullable(),
  part: z.number().int(),
  whole: z.number().int(),
  base: rateBaseSchema,
});
export type Rate = z.infer<typeof rateSchema>;

export const rateOf = (part: number, whole: number, base: RateBase): Rate => ({ value: percentOf(part, whole), part, whole, base });

/** The whole's name after "5/5", as the ward's reports write it. */
export const rateBaseLabels = {
  vi: {
    'letters-handled': 'đơn đã xử lý',
    'mediation-concluded': 'vụ đã kết thúc hòa giải',
    'recommendations-sent': 'kiến nghị đã gửi',
    'petitions-sent': 'kiến nghị cử tri đã gửi',
  },
  en: {
    'letters-handled': 'letters handled',
    'mediation-concluded': 'cases concluded',
    'recommendations-sent': 'recommendations sent',
    'petitions-sent': 'voter petitions sent',
  },
} as const satisfies Record<'vi' | 'en', Record<RateBase, string>>;

/** "95,3%" in Vietnamese, "95.3%" in English; null when there is no rate. */
export function formatPercent(value: number | null, lang: 'vi' | 'en' = 'vi'): string | null {
  if (value === null) return null;
  return `${lang === 'vi' ? String(value).replace('.', ',') : String(value)}%`;
}

/** Its base: "5/5 đơn đã xử lý". */
export const rateBaseText = (rate: Rate, lang: 'vi' | 'en' = 'vi'): string =>
  `${rate.part}/${rate.whole} ${rateBaseLabels[lang][rate.base]}`;

/**
 * The rate with its base: "100% (5/5 đơn đã xử lý)"; with nothing to divide by, "chưa có đơn
 * đã xử lý (0/0)" rather than a made-up 0% or 100%.
 */
export function rateText(rate: Rate, lang: 'vi' | 'en' = 'vi'): string {
  const percent = formatPercent(rate.value, lang);
  if (percent === null) return lang === 'vi' ? `chưa có ${rateBaseLabels.vi[rate.base]} (0/0)` : `no ${rateBaseLabels.en[rate.base]} yet (0/0)`;
  return `${percent} (${rateBaseText(rate, lang)})`;
}
