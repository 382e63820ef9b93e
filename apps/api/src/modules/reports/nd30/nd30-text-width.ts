// How wide a line of bold Times New Roman is, so that a rule can be drawn as long as the motto or
// a third to a half of the issuing body's name. Advance widths in thousandths of an em, read from
// Liberation Serif Bold, which is metric-compatible with Times New Roman Bold (the same figures
// as Adobe's Times-Bold metrics). Vietnamese letters are as wide as their base letters.

const BOLD_WIDTHS: Readonly<Record<string, number>> = {
  ' ': 250,
  '-': 333,
  '.': 250,
  ',': 250,
  ':': 333,
  ';': 333,
  '/': 278,
  '(': 333,
  ')': 333,
  '0': 500,
  '1': 500,
  '2': 500,
  '3': 500,
  '4': 500,
  '5': 500,
  '6': 500,
  '7': 500,
  '8': 500,
  '9': 500,
  A: 722,
  B: 667,
  C: 722,
  D: 722,
  E: 667,
  F: 611,
  G: 778,
  H: 778,
  I: 389,
  J: 500,
  K: 778,
  L: 667,
  M: 944,
  N: 722,
  O: 778,
  P: 611,
  Q: 778,
  R: 722,
  S: 556,
  T: 667,
  U: 722,
  V: 722,
  W: 1000,
  X: 722,
  Y: 722,
  Z: 667,
  a: 500,
  b: 556,
  c: 444,
  d: 556,
  e: 444,
  f: 333,
  g: 500,
  h: 556,
  i: 278,
  j: 333,
  k: 556,
  l: 278,
  m: 833,
  n: 556,
  o: 500,
  p: 556,
  q: 556,
  r: 444,
  s: 389,
  t: 333,
  u: 556,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 444,
};
/** Any other character is taken as an average letter. */
const OTHER_WIDTH = 500;

/** Drops the tone and vowel marks (ộ → o, ư → u) and the bar of đ. */
function baseLetters(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/g, 'D').replace(/đ/g, 'd');
}

/** Estimated width in twips of a line of bold Times New Roman at a size in points. */
export function boldTextWidth(text: string, sizePt: number): number {
  let units = 0;
  for (const ch of baseLetters(text)) units += BOLD_WIDTHS[ch] ?? OTHER_WIDTH;
  return Math.round((units / 1000) * sizePt * 20);
}
