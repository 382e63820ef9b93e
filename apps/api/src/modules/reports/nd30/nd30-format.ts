// The fixed wording of Decree 30/2020's format: number and symbol, place and date, heading
// numbers, signature lines and the recipients list. Pure functions, tested on their own.
import {
  ARCHIVE_OFFICE,
  DAY_PAD_BELOW,
  MONTH_PAD_BELOW,
  NUMBER_PAD_BELOW,
  POINT_LETTERS,
} from './nd30-layout.ts';
import type { Nd30Date, Nd30Recipients, Nd30Signature } from './nd30-types.ts';

/** Room left for what is written by hand (the number, a day or month not yet known). */
const BLANK = '     ';

const pad2Below = (n: number, limit: number): string => (n < limit ? `0${n}` : String(n));

/** "Số: 05/BC-UBND"; without a number "Số:      /BC-UBND", for the clerical office to fill. */
export function formatNumberSymbol(number: number | undefined, symbol: string): string {
  if (number !== undefined && (!Number.isInteger(number) || number < 1)) {
    throw new RangeError(`Document number must be a positive integer, got ${number}`);
  }
  const n = number === undefined ? BLANK : pad2Below(number, NUMBER_PAD_BELOW);
  return `Số: ${n}/${symbol.trim().toUpperCase()}`;
}

/** "Hoành Sơn, ngày 05 tháng 02 năm 2026": days under 10 and months 1–2 with a leading zero. */
export function formatPlaceDate(place: string, date: Nd30Date): string {
  const { year, month, day } = date;
  if (!Number.isInteger(year) || year < 1000) throw new RangeError(`Invalid year ${year}`);
  if (month !== undefined && !(Number.isInteger(month) && month >= 1 && month <= 12)) {
    throw new RangeError(`Invalid month ${month}`);
  }
  if (day !== undefined) {
    if (month === undefined) throw new RangeError('A day needs its month');
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (!(Number.isInteger(day) && day >= 1 && day <= daysInMonth)) {
      throw new RangeError(`Invalid day ${day} for ${month}/${year}`);
    }
  }
  const d = day === undefined ? BLANK : pad2Below(day, DAY_PAD_BELOW);
  const m = month === undefined ? BLANK : pad2Below(month, MONTH_PAD_BELOW);
  return `${place.trim()}, ngày ${d} tháng ${m} năm ${year}`;
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`No Roman numeral for ${n}`);
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    for (; rest >= value; rest -= value) out += letters;
  }
  return out;
}

/** The label of the n-th heading (1-based) at a depth (1-based): "II.", "3.", "đ)". */
export function headingLabel(depth: number, n: number): string {
  if (depth === 1) return `${toRoman(n)}.`;
  if (depth === 2) return `${n}.`;
  const letter = POINT_LETTERS[n - 1];
  if (depth === 3 && letter) return `${letter})`;
  throw new RangeError(`No heading number at depth ${depth} for item ${n}`);
}

/** The signature block's upper-case lines, before the blank for the signature and the name. */
export function signatureLines(signature: Nd30Signature): string[] {
  const lines = signature.authority.map((a) => `${a.prefix} ${a.of.trim()}`);
  if (signature.title) lines.push(signature.title.trim());
  if (lines.length === 0) throw new RangeError('A signature needs an authority or a title');
  return lines.map((l) => l.toUpperCase());
}

/** "- Như trên;" … "- Lưu: VT, VP.": a dash first, a semicolon after each, the archive last. */
export function recipientLines(recipients: Nd30Recipients): string[] {
  const lines = recipients.to.map((r) => `- ${r.trim().replace(/[;.]+$/, '')};`);
  const others = (recipients.archive ?? [])
    .map((a) => a.trim())
    .filter((a) => a !== ARCHIVE_OFFICE);
  const keepers = [ARCHIVE_OFFICE, ...others];
  return [...lines, `- Lưu: ${keepers.join(', ')}.`];
}
