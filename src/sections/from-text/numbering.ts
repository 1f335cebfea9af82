// Minute numbers and their sequence: "286", "18/045", "19.09.01", "M24.07", "70/17" then "71/17", "4.3" then "5".
// A minutes' numbers share a scheme (the shape of the first) and go up; the next minute's number is
// the strongest evidence that a line is a heading, a number that jumps far is a count, a sum or a year.

export const NUM = '(?:[A-Z]{1,2}(?=\\d))?\\d{1,4}(?:[./]{1,2}\\d{1,4}){0,3}[A-Za-z]?';
/** "27/10/2020": a date stamp, not a minute number */
const DATE_LIKE = /^\d{1,4}[./]\d{1,2}[./](?:19|20)\d\d$/;
/** a plain or dotted number further than this beyond the last is not the next minute */
const MAX_JUMP = 50;

/** "19.09.01" -> "n.n.n", "Item 4" -> "item n", "(Item 3)" -> "(item n)": numbers of one minutes share it. */
export function schemeOf(printed: string, prefixed: boolean): string {
  return (prefixed ? 'item ' : '') + printed.replace(/[A-Za-z]$/, '').replace(/[./]{2,}/g, '.').replace(/\d+/g, 'n');
}

/** Numbers of one family may nest ("2", "2.1", "3", "8.1.4"): plain and dotted numbers are one family. */
export function familyOf(scheme: string): string {
  return scheme.replace(/n(?:\.n)*\.?/g, 'n');
}

export function keyOf(printed: string): number[] {
  return (printed.match(/\d+/g) ?? []).map(Number);
}

export const dateLike = (printed: string) => DATE_LIKE.test(printed);

/** a comes after b in reading order of numbers */
export function after(a: number[], b: number[] | null): boolean {
  if (!b) return true;
  for (let k = 0; k < Math.max(a.length, b.length); k++) if ((a[k] ?? -1) !== (b[k] ?? -1)) return (a[k] ?? -1) > (b[k] ?? -1);
  return false;
}

/** a goes so far beyond b (at the first part they differ) that it is no next minute: "394.00" after "01.26.12" */
export function jumps(a: number[], b: number[] | null): boolean {
  if (!b) return false;
  const k = a.findIndex((x, j) => x !== b[j]);
  return k >= 0 && k < b.length && a[k] - b[k] >= MAX_JUMP;
}

/**
 * a is the number right after b: one part up by one, the others equal ("71/17" after "70/17",
 * "11.20.06" after "11.20.05"), one level down ("4.1" after "4"), or back up ("5" after "4.3").
 */
export function successor(a: number[], b: number[] | null): boolean {
  if (!b) return a.length > 0 && a[a.length - 1] === 1;
  if (a.length === b.length) {
    const diff = a.map((x, j) => x - b[j]).filter((d) => d !== 0);
    return diff.length === 1 && diff[0] === 1;
  }
  if (a.length === b.length + 1) return a[a.length - 1] === 1 && b.every((x, j) => x === a[j]);
  if (a.length < b.length) return a.slice(0, -1).every((x, j) => x === b[j]) && a[a.length - 1] === b[a.length - 1] + 1;
  return false;
}

/** numbers and list markers ("16/05/8 i) ii)"): a column of numbers read before their titles, no title */
const NUMBERS_ONLY = new RegExp(`(?:${NUM}|\\(?[ivx]{1,4}\\))(?=\\s|$)`, 'g');
/** how many steps one by one tell that minute numbers were printed in a column apart from their titles */
const DETACHED_MIN = 3;

/** The text with its numbers and list markers taken out. */
export const numbersOnly = (text: string) => text.replace(NUMBERS_ONLY, '');

/** Minute numbers printed apart from their titles, in a column of numbers alone ("16/05/3 16/05/4", "16/05/8 i) ii)"). */
export function detachedNumbers(texts: string[]): boolean {
  const column = texts.filter((t) => /[./]\d/.test(t) && !/\p{L}{2}/u.test(numbersOnly(t)));
  // a column of figures ("0.225", "18.498") does not go on one by one as minute numbers do
  const keys = column.flatMap((t) => (t.match(new RegExp(NUM, 'g')) ?? []).filter((n) => /[./]\d/.test(n)).map(keyOf));
  return keys.filter((k, j) => j > 0 && successor(k, keys[j - 1])).length >= DETACHED_MIN;
}
