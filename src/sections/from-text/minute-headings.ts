// Minute headings in the numbering schemes councils use (the `item_heading` role of a paragraph):
//   681 NOTICE OF RECORDING | 286.  Apologies for Absence (Item 1) | 18/045 Planning | 19.09.01 Apologies
//   5.1 Finance | Item 4: Budget | 1 DECLARATIONS OF INTEREST + "(Agenda item 3)" | "01.26.04" alone, then its title
//   unnumbered: a short bold line, or "Matters Arising:" in unstyled text (minute null)
// A heading's number must follow the minutes' scheme (the shape of the first heading's number) and go up;
// each piece of evidence (bold, capitals, a dotted number, a short title) adds to a score.
import { ITEM_PREFIX, RESOLVED_LEAD, attendanceLabel } from '../../vocab/index.js';
import { ITEM_REF, type Para } from './paras.js';

export interface Heading {
  minute: string | null;
  title: string;
  /** index of the first paragraph after the heading */
  next: number;
  /** text printed after the title on its line ("Matters Arising: No matters arising"), as the first paragraph */
  body?: Para;
}

/** What the minutes' headings have looked like so far: the scheme of their numbers and the last number. */
export interface HeadingState {
  scheme: string | null;
  last: number[] | null;
  inMinutes: boolean;
  /** the first heading was a document heading (Markdown "#", HTML <h3>): later ones are too, not plain lines */
  structural?: boolean;
}

const NUM = '\\d{1,4}(?:[./]{1,2}\\d{1,4}){0,3}[A-Za-z]?';
const NUMBERED = new RegExp(`^(?:(?:${ITEM_PREFIX})\\s+)?(${NUM})(?:[.):]|\\s*[-–—])?\\s+(\\S.{0,250})$`, 'i');
const LONE_NUMBER = new RegExp(`^(?:(?:${ITEM_PREFIX})\\s+)?(${NUM})[.):]?(?:\\s*\\((?:Agenda\\s+)?Item\\s+\\d+[A-Za-z]?\\))?$`, 'i');
const PREFIXED = new RegExp(`^(?:${ITEM_PREFIX})\\s+\\d`, 'i');
const INLINE_ITEM = /\s*\((?:Agenda\s+)?Item\s+(\d+[A-Za-z]?)\)\s*$/i;
/** longest title a heading printed without styling may have */
const PLAIN_TITLE_MAX = 120;

/** "19.09.01" -> "n.n.n", "Item 4" -> "item n", "(Item 3)" -> "(item n)": numbers of one minutes share it. */
function schemeOf(printed: string, prefixed: boolean): string {
  return (prefixed ? 'item ' : '') + printed.replace(/[A-Za-z]$/, '').replace(/[./]{2,}/g, '.').replace(/\d+/g, 'n');
}

/** Numbers of one family may nest ("2", "2.1", "3", "8.1.4"): plain and dotted numbers are one family. */
function familyOf(scheme: string): string {
  return scheme.replace(/n(?:\.n)*\.?/g, 'n');
}

function keyOf(printed: string): number[] {
  return (printed.match(/\d+/g) ?? []).map(Number);
}

function after(a: number[], b: number[] | null): boolean {
  if (!b) return true;
  for (let k = 0; k < Math.max(a.length, b.length); k++) if ((a[k] ?? -1) !== (b[k] ?? -1)) return (a[k] ?? -1) > (b[k] ?? -1);
  return false;
}

const styled = (q: Para | undefined) => !!q && (q.bold || q.heading);
const shouting = (s: string) => /\p{Lu}{3}/u.test(s) && !/\p{Ll}/u.test(s);
const notHeading = (q: Para) => !!attendanceLabel(q.raw)?.explicit || RESOLVED_LEAD.test(q.raw) || RESOLVED_LEAD.test(q.text);

/** A heading's title may run over several styled lines before "(Item N)"; without one, only lower-case continuations. */
function titleRun(paras: Para[], i: number): { lines: string[]; item: string | null; next: number } {
  const isTitleLine = (q: Para | undefined) => styled(q) && !q!.marker && !notHeading(q!);
  let j = i + 1;
  while (j - i < 4 && isTitleLine(paras[j]) && !NUMBERED.test(paras[j].raw)) j++;
  const item = paras[j] && ITEM_REF.exec(paras[j].raw);
  if (item) return { lines: paras.slice(i, j).map((q) => q.raw), item: item[1], next: j + 1 };
  j = i + 1;
  while (isTitleLine(paras[j]) && /^[a-z(]/.test(paras[j].raw)) j++;
  return { lines: paras.slice(i, j).map((q) => q.raw), item: null, next: j };
}

/** A numbered heading at paras[i] whose number fits the state; updates the state. */
function numbered(paras: Para[], i: number, state: HeadingState): Heading | null {
  const p = paras[i];
  const next = paras[i + 1];
  let printed: string;
  let title: string;
  let nextIndex: number;
  let evidence = 0;
  let item: string | null = null;
  let body: Para | undefined;
  const lone = LONE_NUMBER.exec(p.raw);
  // a plain number alone may be a page number: its title must be styled (or open with a bold lead, run into
  // its text: "**Apologies** No apologies had been received"); "01.26.04" or "Item 4" need not be
  const lead = next && !styled(next) && next.lead && next.raw.startsWith(next.lead) && /^\p{Lu}/u.test(next.raw.slice(next.lead.length).trim()) ? next.lead : null;
  const loneFits = lone && (styled(next) || !!lead || /[./]\d/.test(lone[1]) || PREFIXED.test(p.raw));
  // a number whose "title" is another number is a row of column headings ("2014f  2015f"), and one after
  // another number, or over a title with no letter ("13.8"), is a column of figures: not a minute
  if (lone && next && (LONE_NUMBER.test(next.raw) || !/\p{L}/u.test(next.raw) || (i > 0 && LONE_NUMBER.test(paras[i - 1].raw)))) return null;
  if (lone && loneFits && next && !next.marker && !notHeading(next) && (next.raw.length <= 250 || lead)) {
    // the number apart from its title ("286." | "01.26.04"), the title in the next paragraph
    // a bold lead may run on past its title: "Date of next meeting: 15th ...", "Committees 1. Review of ..."
    const titleEnd = lead ? /^(.+?)(?::\s+|:$|\s+(?=1[.)]\s))/u.exec(lead)?.[0] ?? lead : '';
    const run = styled(next) ? titleRun(paras, i + 1) : { lines: [lead ? titleEnd.replace(/[\s:]+$/, '') : next.raw], item: null, next: i + 2 };
    if (lead) {
      const rest = next.raw.slice(titleEnd.length).trim();
      body = { ...next, raw: rest, text: rest, lines: [rest], lead: undefined };
    }
    [printed, title, nextIndex, item] = [lone[1], run.lines.join(' '), run.next, run.item ?? INLINE_ITEM.exec(p.raw)?.[1] ?? null];
    evidence += 2;
  } else {
    if (notHeading(p)) return null;
    // only a styled heading, or one with "(Item N)" under it, runs on over the next lines
    const runs = styled(p) || ITEM_REF.test(next?.raw ?? '');
    const run = runs ? titleRun(paras, i) : { lines: [p.raw], item: null, next: i + 1 };
    const joined = run.lines.join(' ');
    const m = NUMBERED.exec(joined.replace(INLINE_ITEM, ''));
    if (!m) return null;
    item = run.item ?? INLINE_ITEM.exec(joined)?.[1] ?? null;
    [printed, title, nextIndex] = [m[1], m[2], run.next];
    if (p.raw.length > 250 && !item) return null;
  }
  title = title.replace(INLINE_ITEM, '').trim();
  if (item) evidence += 3;
  if (styled(p) || styled(next) && lone) evidence += 2;
  if (shouting(title)) evidence += 2;
  if (/[./]\d/.test(printed) || PREFIXED.test(p.raw)) evidence += 1;
  if (title.length <= PLAIN_TITLE_MAX && !/[.;,]$/.test(title) && /^[\p{Lu}\d"'‘“(]/u.test(title)) evidence += 1;
  if (p.marker && !styled(p) && !item) evidence -= 1;
  if (evidence < 2) return null;
  const scheme = schemeOf(printed, PREFIXED.test(p.raw));
  const key = keyOf(printed);
  const family = familyOf(scheme);
  if (state.scheme !== null && family !== familyOf(state.scheme) && !item) return null;
  if (state.scheme !== null && state.structural && !styled(p) && !item) return null;
  // a document heading may print its sub-items out of order ("8.1.7" before "8.1.3"), never a plain line
  const sibling = p.heading && !!state.last && key.length > 1 && key.length === state.last.length && key.slice(0, -1).join('.') === state.last.slice(0, -1).join('.');
  if (state.scheme !== null && family === familyOf(state.scheme) && !after(key, state.last) && !item && !sibling) return null;
  // a plain number far beyond the last is a count or a year, not the next minute
  if (state.last && key.length === 1 && key[0] - state.last[0] >= 50 && !item) return null;
  if (state.scheme === null) state.structural = p.heading;
  state.scheme ??= scheme;
  if (family === familyOf(state.scheme)) state.last = key;
  return { minute: printed, title, next: nextIndex, body };
}

/** "Title" + "(Item 3)" with no number of its own: the item number is the minute. */
function itemOnly(paras: Para[], i: number): Heading | null {
  const p = paras[i];
  if (p.marker || notHeading(p) || !(styled(p) || ITEM_REF.test(paras[i + 1]?.raw ?? '') || INLINE_ITEM.test(p.raw))) return null;
  const run = titleRun(paras, i);
  const item = run.item ?? INLINE_ITEM.exec(run.lines.join(' '))?.[1] ?? null;
  if (!item) return null;
  return { minute: item, title: run.lines.join(' ').replace(INLINE_ITEM, '').trim(), next: run.next };
}

/**
 * An unnumbered heading (minutes that number none): a short styled line not ending a sentence, or in
 * unstyled text a short Title Case line ending in ":" ("Matters Arising: No matters arising").
 */
export function unnumberedHeading(paras: Para[], i: number, styledDoc: boolean): Heading | null {
  const p = paras[i];
  if (p.marker || notHeading(p) || attendanceLabel(p.raw)) return null;
  if (styledDoc) {
    if (!styled(p) || p.raw.length > PLAIN_TITLE_MAX || /[.;,]$/.test(p.raw) || !/^\p{Lu}/u.test(p.raw)) return null;
    if (!paras[i + 1] || styled(paras[i + 1])) return null;
    return { minute: null, title: p.raw.replace(/[\s:–—-]+$/, ''), next: i + 1 };
  }
  const m = /^(\p{Lu}[^:.;]{1,100}):(?:\s+(.*))?$/u.exec(p.raw);
  if (!m || !titleCase(m[1])) return null;
  const body = m[2] ? { ...p, raw: m[2], text: m[2], lines: [m[2]], marker: null } : undefined;
  return { minute: null, title: m[1].trim(), next: i + 1, body };
}

/** Most words of a title start with a capital ("Draft Budget 2013/2014"), unlike a sentence. */
function titleCase(s: string): boolean {
  const words = s.split(/[\s/]+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length > 0 && words.length <= 12 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.6;
}

/** The minute heading at paras[i], or null. */
export function minuteHeading(paras: Para[], i: number, state: HeadingState): Heading | null {
  return numbered(paras, i, state) ?? itemOnly(paras, i);
}
