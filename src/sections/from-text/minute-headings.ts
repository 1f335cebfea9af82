// Minute headings in the numbering schemes councils use (the `item_heading` role of a paragraph):
//   681 NOTICE OF RECORDING | 286.  Apologies for Absence (Item 1) | 18/045 Planning | 19.09.01 Apologies
//   5.1 Finance | Item 4: Budget | 1 DECLARATIONS OF INTEREST + "(Agenda item 3)" | "01.26.04" alone, then its title
//   plain and run on into its text: "1. Apologies for Absence accepted from: ...", "11.20.01" | "Apologies No apologies ..."
// A heading's number must follow the minutes' scheme (the shape of the first heading's number) and go up;
// each piece of evidence (bold, capitals, a dotted number, a short title, the number right after the
// last minute's) adds to a score.
// Headings of minutes that number none: unnumbered-heading.ts.
import { ITEM_PREFIX, RESOLVED_LEAD, MONTH_NAMES, TITLE_JOINERS, VOTE_WORD_ALONE, attendanceLabel } from '../../vocab/index.js';
import { ITEM_REF, type Para } from './paras.js';
import { NUM, after, dateLike, familyOf, jumps, keyOf, numbersOnly, schemeOf, successor } from './numbering.js';
import { runOnTitle } from './run-on.js';
import { closesBracket } from './titles.js';

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
  /** number of the last numbered paragraph since the last heading that was no heading (a list's "1." in a minute) */
  listed?: number[] | null;
}

const NUMBERED = new RegExp(`^(?:(?:${ITEM_PREFIX})\\s+)?(${NUM})(?:[.):]|\\s*[-–—])?\\s+(\\S[\\s\\S]*)$`, 'i');
const LONE_NUMBER = new RegExp(`^(?:(?:${ITEM_PREFIX})\\s+)?(${NUM})[.):]?(?:\\s*\\((?:Agenda\\s+)?Item\\s+\\d+[A-Za-z]?\\))?$`, 'i');
const PREFIXED = new RegExp(`^(?:${ITEM_PREFIX})\\s+\\d`, 'i');
const STARTS_NUMBERED = new RegExp(`^(?:(?:${ITEM_PREFIX})\\s+)?(${NUM})(?:[.):]|\\s|$)`, 'i');
const INLINE_ITEM = /\s*\((?:Agenda\s+)?Item\s+(\d+[A-Za-z]?)\)\s*$/i;
const DATE_REST = new RegExp(`^(?:${MONTH_NAMES})\\s+\\d{4}\\b`, 'i');
/** longest title a heading printed without styling may have */
export const PLAIN_TITLE_MAX = 120;
/** longest first line that is a heading on its own above its text ("1. Croeso ac ymddiheuriadau") */
const OWN_LINE_MAX = 60;
/** how far on the next numbered paragraph is looked for, to tell the first minute from a stray number */
const LOOKAHEAD = 15;

export const styled = (q: Para | undefined) => !!q && (q.bold || q.heading);
const shouting = (s: string) => /\p{Lu}{3}/u.test(s) && !/\p{Ll}/u.test(s);
export const notHeading = (q: Para) => !!attendanceLabel(q.raw)?.explicit || VOTE_WORD_ALONE.test(q.raw) || RESOLVED_LEAD.test(q.raw) || RESOLVED_LEAD.test(q.text);

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

/** A plain title run on into its text: the title, and the text as the heading's first paragraph. */
function splitRunOn(title: string, p: Para): { title: string; body?: Para } {
  const cut = runOnTitle(title);
  if (!cut) return { title };
  return { title: cut.title, body: { ...p, raw: cut.rest, text: cut.rest, lines: [cut.rest], marker: null, lead: undefined } };
}

/** "1. Croeso ac ymddiheuriadau" on a line of its own above its text, both read as one paragraph. */
function ownLine(p: Para): { title: string; body: Para } | null {
  const [first, ...rest] = p.lines;
  const m = rest.length && first.length <= OWN_LINE_MAX ? NUMBERED.exec(first) : null;
  const last = first.split(/\s+/).pop()!.toLowerCase();
  if (!m || /[,;]$/.test(first) || TITLE_JOINERS.has(last) || !/^[\p{Lu}\d"'‘“(]/u.test(rest[0])) return null;
  const text = rest.join(' ');
  return { title: m[2], body: { ...p, raw: text, text, lines: rest, marker: null, lead: undefined } };
}

/** The number the next numbered paragraph opens with (to see whether a first heading's number goes on). */
function nextNumber(paras: Para[], i: number): number[] | null {
  for (let j = i + 1; j < Math.min(paras.length, i + LOOKAHEAD); j++) {
    const m = STARTS_NUMBERED.exec(paras[j].raw);
    if (m && !dateLike(m[1])) return keyOf(m[1]);
  }
  return null;
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
  // (a lead whose title ends in a colon may run into anything: "**Administration: a) Handbook –** has been ...")
  const lead = next && !styled(next) && next.lead && next.raw.startsWith(next.lead) && (/^\p{Lu}/u.test(next.raw.slice(next.lead.length).trim()) || /\p{L}:/u.test(next.lead)) ? next.lead : null;
  const loneFits = lone && (styled(next) || !!lead || /[./]\d/.test(lone[1]) || PREFIXED.test(p.raw));
  // a number whose "title" is another number is a row of column headings ("2014f  2015f"), and one after
  // another number, or over a title with no letter ("13.8"), is a column of figures: not a minute
  if (lone && next && (LONE_NUMBER.test(next.raw) || !/\p{L}/u.test(next.raw) || (i > 0 && LONE_NUMBER.test(paras[i - 1].raw)))) return null;
  if (lone && loneFits && next && !next.marker && !notHeading(next) && (next.raw.length <= 250 || lead || !styled(next))) {
    // the number apart from its title ("286." | "01.26.04"), the title in the next paragraph
    // a bold lead may run on past its title: "Date of next meeting: 15th ...", "Committees 1. Review of ..."
    const titleEnd = lead ? /^(.+?)(?::\s+|:$|\s+(?=1[.)]\s))/u.exec(lead)?.[0] ?? lead : '';
    const run = styled(next) ? titleRun(paras, i + 1) : { lines: [lead ? titleEnd.replace(/[\s:]+$/, '') : next.raw], item: null, next: i + 2 };
    if (lead) {
      const rest = next.raw.slice(titleEnd.length).trim();
      body = { ...next, raw: rest, text: rest, lines: [rest], lead: undefined };
    } else if (!styled(next)) {
      // "11.20.01" | "Apologies No apologies had been received"
      const split = splitRunOn(next.raw, next);
      [run.lines, body] = [[split.title], split.body];
      if (!split.body && next.raw.length > 250) return null;
    }
    [printed, title, nextIndex, item] = [lone[1], run.lines.join(' '), run.next, run.item ?? INLINE_ITEM.exec(p.raw)?.[1] ?? null];
    evidence += 2;
  } else {
    if (notHeading(p)) return null;
    // only a styled heading, or one with "(Item N)" under it, runs on over the next lines
    const runs = styled(p) || ITEM_REF.test(next?.raw ?? '');
    // a plain title whose bracket closes on the next line ("(Gareth Epps" + "– OCC)") goes on there
    const closed = !runs && next && closesBracket(p.raw, next.raw);
    const run = runs ? titleRun(paras, i) : { lines: closed ? [p.raw, next.raw] : [p.raw], item: null, next: i + (closed ? 2 : 1) };
    const joined = run.lines.join(' ');
    const m = NUMBERED.exec(joined.replace(INLINE_ITEM, ''));
    if (!m) return null;
    item = run.item ?? INLINE_ITEM.exec(joined)?.[1] ?? null;
    [printed, title, nextIndex] = [m[1], m[2], run.next];
    if (!runs && !item) {
      const own = ownLine(p);
      const split = own ?? splitRunOn(title, p);
      [title, body] = [split.title, split.body];
      if (own) evidence += 1;
    }
    if (title.length > 250 && !item) return null;
  }
  // "27/10/2020" or "12" + "April 2016 at 6.30 pm" is a date, not a minute; a title needs words
  if (dateLike(printed) || DATE_REST.test(title) || !/\p{L}{2}/u.test(numbersOnly(title))) return null;
  title = title.replace(INLINE_ITEM, '').trim();
  const scheme = schemeOf(printed, PREFIXED.test(p.raw));
  const key = keyOf(printed);
  const family = familyOf(scheme);
  // the number right after the last minute's (not a list's "2." after its "1."), or a first number the next goes on from
  const listGoesOn = !!state.listed && successor(key, state.listed);
  const follows = p.sequenced || (!!state.last && successor(key, state.last) && !listGoesOn);
  const first = !state.last && successor(nextNumber(paras, i) ?? [], key);
  if (item) evidence += 3;
  if (styled(p) || styled(next) && lone) evidence += 2;
  if (shouting(title)) evidence += 2;
  if (/[./]\d/.test(printed) || PREFIXED.test(p.raw)) evidence += 1;
  if (title.length <= PLAIN_TITLE_MAX && !/[.;,]$/.test(title) && /^[\p{Lu}\d"'‘“(]/u.test(title)) evidence += 1;
  if (follows || first) evidence += 2;
  // a list's first item may be followed by its second just as well: only the last minute's number vouches for a list marker
  if (p.marker && !styled(p) && !item && !follows) evidence -= 1;
  if (evidence < 2) return null;
  if (state.scheme !== null && family !== familyOf(state.scheme) && !item) return null;
  if (state.scheme !== null && state.structural && !styled(p) && !item) return null;
  // a document heading may print its sub-items out of order ("8.1.7" before "8.1.3"), never a plain line
  const sibling = p.heading && !!state.last && key.length > 1 && key.length === state.last.length && key.slice(0, -1).join('.') === state.last.slice(0, -1).join('.');
  if (state.scheme !== null && family === familyOf(state.scheme) && !after(key, state.last) && !item && !sibling) return null;
  // a number far beyond the last is a count, a sum or a year, not the next minute
  if (jumps(key, state.last) && !item) return null;
  if (state.scheme === null) state.structural = p.heading;
  state.scheme ??= scheme;
  if (family === familyOf(state.scheme)) state.last = key;
  return { minute: printed, title, next: nextIndex, body };
}

/** "Title" + "(Item 3)" with no number of its own: the item number is the minute. */
function itemOnly(paras: Para[], i: number, state: HeadingState): Heading | null {
  const p = paras[i];
  if (p.marker || notHeading(p) || !(styled(p) || ITEM_REF.test(paras[i + 1]?.raw ?? '') || INLINE_ITEM.test(p.raw))) return null;
  const run = titleRun(paras, i);
  const item = run.item ?? INLINE_ITEM.exec(run.lines.join(' '))?.[1] ?? null;
  if (!item) return null;
  // the item numbers are the minutes' numbers: a paragraph numbered "1." under them is no minute
  state.scheme ??= schemeOf(item, true);
  if (familyOf(state.scheme) === familyOf(schemeOf(item, true))) state.last = keyOf(item);
  return { minute: item, title: run.lines.join(' ').replace(INLINE_ITEM, '').trim(), next: run.next };
}

/** The minute heading at paras[i], or null. */
export function minuteHeading(paras: Para[], i: number, state: HeadingState): Heading | null {
  const heading = numbered(paras, i, state) ?? itemOnly(paras, i, state);
  const number = paras[i].marker && STARTS_NUMBERED.exec(paras[i].raw);
  state.listed = heading ? null : number ? keyOf(number[1]) : state.listed;
  return heading;
}
