// Finds the minutes in a document: a whole minutes document or minutes of an earlier meeting inside a pack.
// Minutes are known by their structure, not by one heading: an attendance label with names after it
// (PRESENT: / Those Attending: / Present (alone) / PRESENNOL:), headed or numbered items under it (minute-headings.ts;
// numbers in a column apart from their texts: number-column.ts), and above the label the minutes' own heading, which dates them:
//   MINUTES OF THE MEETING OF <BODY> HELD ON MONDAY 14 NOVEMBER 2022 | Milburn Parish Council - 8th January 2019
//   PRESENT: ... / ALSO PRESENT: ... / IN ATTENDANCE: ...            | Present / Councillors A, B and C
//   681 NOTICE OF RECORDING | 286. Apologies for Absence (Item 1)    | 19.01.1 Apologies | Matters Arising:
import type { Block } from '../../model.js';
import { looksLikeName } from '../../normalise/names.js';
import { toIsoDate } from '../../normalise/dates.js';
import { MINUTES_WORD, attendanceLabel } from '../../vocab/index.js';
import { minuteHeading, type HeadingState } from './minute-headings.js';
import { columnMinutes } from './number-column.js';
import { detachedNumbers } from './numbering.js';
import { toParas, type Para } from './paras.js';
import { runTogether } from './run-on.js';
import { unnumberedHeading } from './unnumbered-heading.js';
import type { SectionContext } from '../types.js';

export interface MinuteSection {
  /** minute number as printed, null when the minutes number none */
  minute: string | null;
  title: string;
  page: number | null;
  paras: Para[];
}

export interface MinutesDoc {
  meetingDate: string | null;
  /** body named in the minutes title when it differs from the pack's body */
  body: string | null;
  /** paragraphs between the title and the first minute (attendance lists) */
  preamble: Para[];
  minutes: MinuteSection[];
}

/** front matter of a report that follows the minutes in a pack ("Agenda item" alone heads a column of an action table) */
const REPORT_START = /^(?:Date\s*:|Report\s+(?:of|to|from|author)\b|Agenda\s+Item\b(?!\s*$))/i;
const CONTACT = /@|\b(?:tel(?:ephone)?|e-?mail|mobile)\b\s*:?|\d{5,}/i;
const OPENS_QUOTE = /^[“"]/;
const CLOSES_QUOTE = /[”"]\s*$/;
const END_SIGNAL = /^(?:the meeting (?:ended|closed|finished|concluded)|meeting (?:ended|closed)|chair(?:man|person)?$|signed\b|\.{3,})/i;
/** how far above its attendance label a minutes title may stand (title lines, date line, venue) */
const TITLE_REACH = 8;
/** points a heading's left edge may differ from the minute numbers' and stand in their column */
const EDGE_TOLERANCE = 3;

const cache = new WeakMap<Block[], MinutesDoc[]>();

/** All minutes in the document, each with its meeting date, body and numbered minute sections. */
export function findMinutes(ctx: SectionContext): MinutesDoc[] {
  const hit = cache.get(ctx.blocks);
  if (hit) return hit;
  const paras = toParas(ctx.blocks);
  const starts = minutesStarts(paras);
  const docs = starts.map((start, k) => buildDoc(ctx, paras, start, starts[k + 1] ?? paras.length));
  cache.set(ctx.blocks, docs);
  return docs;
}

/** An attendance label that opens minutes: who was present (or in attendance), with names after it. */
function opensMinutes(paras: Para[], i: number): boolean {
  const label = attendanceLabel(paras[i].raw);
  if (!label || (label.status !== 'present' && label.status !== 'also_present')) return false;
  const next = paras[i + 1];
  // "Clerk : J Connelly Telephone : ... E-mail : ..." in a letterhead is an address, not who came
  if (CONTACT.test(label.rest)) return false;
  const namesNext = !!next && looksLikeName(next.raw.split(/[,;(]|\s(?:and|&)\s/)[0]);
  // a label alone that says so only with a colon ("Attendees" in a label column) needs names right after it
  if (!label.explicit) return label.rest === '' && namesNext;
  return label.rest !== '' || namesNext || (!!next && !!attendanceLabel(next.raw));
}

/** Whether any minute heading stands in paras[from, to). */
function hasHeading(paras: Para[], from: number, to: number): boolean {
  const state: HeadingState = { scheme: null, last: null, inMinutes: false };
  for (let k = from; k < to; k++) if (minuteHeading(paras, k, state)) return true;
  return false;
}

/** Where each minutes starts: its title above its attendance label, else the label; else a lone title. */
function minutesStarts(paras: Para[]): number[] {
  const starts: number[] = [];
  paras.forEach((p, i) => {
    if (!opensMinutes(paras, i)) return;
    if (starts.length && !hasHeading(paras, starts[starts.length - 1], i)) return;
    // later minutes open with who was present or under their own title, not with an officer's line
    // ("Parish Clerk: ..." in each page's footer)
    if (starts.length && attendanceLabel(p.raw)?.status !== 'present' && titleAbove(paras, i) === null) return;
    starts.push(titleAbove(paras, i) ?? i);
  });
  if (!starts.length) {
    // no attendance list: a minutes title with minute headings under it
    // not an agenda's item about minutes ("1 Minutes of the Last Meeting")
    const title = paras.findIndex((p, i) => i < 40 && isMinutesTitle(p.raw) && !/^\(?\d/.test(p.raw));
    if (title >= 0 && hasHeading(paras, title + 1, Math.min(paras.length, title + 20))) starts.push(title);
  }
  return starts.filter((s, k) => k === 0 || s > starts[k - 1]);
}

const isMinutesTitle = (raw: string) => raw.length < 400 && MINUTES_WORD.test(raw.slice(0, 60));

function titleAbove(paras: Para[], i: number): number | null {
  // the nearest: a web page's own title or a pack's earlier minutes may stand further up
  for (let j = i - 1; j >= Math.max(0, i - TITLE_REACH); j--) if (isMinutesTitle(paras[j].raw)) return j;
  return null;
}

function buildDoc(ctx: SectionContext, paras: Para[], start: number, limit: number): MinutesDoc {
  const minutes: MinuteSection[] = [];
  const preamble: Para[] = [];
  let current: MinuteSection | null = null;
  let ended = false;
  const first = isMinutesTitle(paras[start].raw) ? start + 1 : start;
  const numbered = hasHeading(paras, first, limit);
  const column = numbered ? null : columnMinutes(paras.slice(first, limit), (p) => END_SIGNAL.test(p.raw));
  if (column) return { ...datedBody(ctx, paras, start, first, limit), ...column };
  const styledDoc = paras.slice(first, limit).some((p) => p.bold || p.heading);
  // numbers printed apart from their titles, not read with them: unnumbered headings would be guesses
  const unnumbered = !numbered && !detachedNumbers(paras.slice(first, limit).map((p) => p.raw));
  const state: HeadingState = { scheme: null, last: null, inMinutes: false };
  // this minutes' paragraphs, where several minutes run together in one are cut apart
  const list = paras.slice(first, limit);
  let numberEdge: number | null = null;
  let quoteEnd = -1;
  for (let i = 0; i < list.length; i++) {
    if (numbered) list.splice(i, 1, ...runTogether(list[i], state.last, state.scheme));
    const p = list[i];
    if (current && REPORT_START.test(p.raw)) {
      // the report's title, just above its front matter, is not part of the minutes
      while (current.paras.length && current.paras[current.paras.length - 1].heading) current.paras.pop();
      break;
    }
    if (END_SIGNAL.test(p.raw) && current) ended = true;
    // a signature line at each page's foot ("Signed ... Dated ...") ends nothing when the numbering goes on
    // a report or motion read into the minutes in quotation marks has headings of its own, not minutes
    if (quoteEnd < i && OPENS_QUOTE.test(p.raw) && !CLOSES_QUOTE.test(p.raw)) quoteEnd = list.findIndex((q, k) => k > i && CLOSES_QUOTE.test(q.raw));
    let heading = i <= quoteEnd ? null : numbered ? minuteHeading(list, i, state) : ended || !unnumbered ? null : unnumberedHeading(list, i, styledDoc);
    // numbered minutes may end with unnumbered ones ("Other Matters"): styled, where the numbers stand
    if (!heading && numbered && !ended && numberEdge !== null && p.x0 !== null && Math.abs(p.x0 - numberEdge) < EDGE_TOLERANCE) heading = unnumberedHeading(list, i, true);
    if (!heading && ended && (p.bold || p.heading)) break;
    if (heading) {
      ended = false;
      if (heading.minute !== null && numberEdge === null) numberEdge = p.x0;
      current = { minute: heading.minute, title: heading.title, page: p.page, paras: heading.body ? [heading.body] : [] };
      minutes.push(current);
      state.inMinutes = true;
      i = heading.next - 1;
      continue;
    }
    (current ? current.paras : preamble).push(p);
  }
  return { ...datedBody(ctx, paras, start, first, limit), preamble, minutes };
}

/** The minutes' meeting date and the body they name when it is not the pack's. */
function datedBody(ctx: SectionContext, paras: Para[], start: number, first: number, limit: number): Pick<MinutesDoc, 'meetingDate' | 'body'> {
  const wholeDocument = paras[start].page === (ctx.doc.pages[0]?.number ?? null);
  const headEnd = first + Math.max(0, paras.slice(first, limit).findIndex((p) => !!attendanceLabel(p.raw)?.explicit));
  return { meetingDate: minutesDate(ctx, paras, start, headEnd), body: wholeDocument ? null : minutesBody(ctx, paras[start].raw) };
}

/** The date in the minutes' own heading (title to attendance label), else just above it, else a "Date:" line. */
function minutesDate(ctx: SectionContext, paras: Para[], start: number, headEnd: number): string | null {
  for (let j = start; j <= Math.min(headEnd, start + TITLE_REACH); j++) {
    const d = headingDate(paras[j].raw);
    if (d) return d;
  }
  for (let j = start - 1; j >= Math.max(0, start - 3); j--) {
    const d = toIsoDate(paras[j].raw);
    if (d && paras[j].raw.length < 200 && /^\d{4}-\d{2}-\d{2}$/.test(d)) return d;
  }
  for (let j = start + 1; j < Math.min(paras.length, start + 6); j++) {
    if (/^Date\s*:/i.test(paras[j].raw)) return toIsoDate(paras[j].raw);
  }
  const firstPage = ctx.doc.pages[0]?.number ?? null;
  return paras[start].page === firstPage ? ctx.meeting.date : null;
}

/** A full date in a heading line, read after "held on" / "on" when the line says so. */
export function headingDate(line: string): string | null {
  if (line.length > 400) return null;
  const held = /\b(?:held\s+on|on)\s+(.*)$/i.exec(line);
  const d = (held && toIsoDate(held[1])) ?? toIsoDate(line);
  return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null;
}

function minutesBody(ctx: SectionContext, title: string): string | null {
  // "MINUTES OF THE (JOINT) MEETING OF <BODY> HELD ..." or "Minutes of the <BODY> meeting held ..."
  const m = /\bMINUTES\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?meeting\s+of\s+(?:the\s+)?(.+?)\s+(?:held|on|at)\b/i.exec(title)
    ?? /\bMINUTES\s+of\s+(?:the\s+)?(?!(?:a|the|an?\s+\w+)\s+meeting\b|meeting\b)(.+?)\s+(?:meeting\s+)?held\b/i.exec(title);
  if (!m) return null;
  const named = m[1].replace(/\s+/g, ' ').trim();
  const pack = (ctx.meeting.body ?? '').toLowerCase().replace(/^the\s+/, '');
  const lower = named.toLowerCase();
  // "Shire County Council" is the pack's "County Council"; "North Panel and the South Committee" is not "North Panel"
  if (pack && (pack.includes(lower) || (lower.includes(pack) && !/\band\b|&/.test(lower.replace(pack, ''))))) return null;
  return named;
}
