// Finds the minutes in a document: a whole minutes document or minutes of an earlier meeting inside a pack.
//   MINUTES OF THE MEETING OF <BODY> HELD ON MONDAY 14 NOVEMBER 2022 ...   | MINUTES of a meeting of ... on 13 February 2025.
//   PRESENT: ... / ALSO PRESENT: ... / IN ATTENDANCE: ...
//   681 NOTICE OF RECORDING   | 286.  Apologies for Absence (Item 1)   | Apologies and Substitutes (Item 1)
import type { Block } from '../model.js';
import { ITEM_REF, toParas, type Para } from './paras.js';
import { toIsoDate } from '../normalise/dates.js';
import type { SectionContext } from './types.js';

export interface MinuteSection {
  minute: string;
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

export const ATTENDANCE_LABEL = /^(ALSO PRESENT|ALSO IN ATTENDANCE|OFFICERS?(?: PRESENT| IN ATTENDANCE)?|IN ATTENDANCE(?: VIRTUALLY| REMOTELY)?|PRESENT|APOLOGIES(?: FOR ABSENCE)?|ABSENT|SUBSTITUTES?)\b\s*(?:[:\-–]\s*)*/i;
const MINUTE_HEADING = /^(\d{1,4}[A-Za-z]?)\.?\s+(\S.{1,250})$/;
const MINUTES_TITLE = /^\s*MINUTES\b/i;
/** front matter of a report that follows the minutes in a pack */
const REPORT_START = /^(?:Date\s*:|Report\s+(?:of|to|from|author)\b|Agenda\s+Item\b)/i;
const END_SIGNAL = /^(?:the meeting (?:ended|closed|finished|concluded)|meeting (?:ended|closed)|chair(?:man|person)?$|signed\b|\.{3,})/i;

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

/** A MINUTES title followed by an attendance label, or an attendance label with no title before it. */
function minutesStarts(paras: Para[]): number[] {
  const starts: number[] = [];
  paras.forEach((p, i) => {
    if (!/^(?:PRESENT|ALSO PRESENT|IN ATTENDANCE)\b\s*[:\-–]/i.test(p.raw)) return;
    if (starts.length && !paras.slice(starts[starts.length - 1], i).some((q) => ITEM_REF.test(q.raw) || ((q.bold || q.heading) && MINUTE_HEADING.test(q.raw)))) return;
    let title = i;
    for (let j = i - 1; j >= Math.max(0, i - 6); j--) if (MINUTES_TITLE.test(paras[j].raw) && paras[j].raw.length < 400) title = j;
    starts.push(title);
  });
  return starts.filter((s, k) => k === 0 || s > starts[k - 1]);
}

function buildDoc(ctx: SectionContext, paras: Para[], start: number, limit: number): MinutesDoc {
  const title = paras[start].raw;
  const minutes: MinuteSection[] = [];
  const preamble: Para[] = [];
  let current: MinuteSection | null = null;
  let ended = false;
  let lastNumber = -1;
  const titled = MINUTES_TITLE.test(title);
  for (let i = titled ? start + 1 : start; i < limit; i++) {
    const p = paras[i];
    if (ended && (p.bold || p.heading)) break;
    if (current && REPORT_START.test(p.raw)) {
      // the report's title, just above its front matter, is not part of the minutes
      while (current.paras.length && current.paras[current.paras.length - 1].heading) current.paras.pop();
      break;
    }
    if (END_SIGNAL.test(p.raw) && current) ended = true;
    const heading = minuteHeading(paras, i, lastNumber, !!current);
    if (heading) {
      current = { minute: heading.minute, title: heading.title, page: p.page, paras: [] };
      minutes.push(current);
      if (/^\d+/.test(heading.minute)) lastNumber = parseInt(heading.minute, 10);
      i = heading.next - 1;
      continue;
    }
    (current ? current.paras : preamble).push(p);
  }
  const wholeDocument = paras[start].page === (ctx.doc.pages[0]?.number ?? null);
  return { meetingDate: minutesDate(ctx, paras, start), body: wholeDocument ? null : minutesBody(ctx, title), preamble, minutes };
}

/** A heading's title may run over several bold lines before "(Item N)"; without one, only lower-case continuations. */
function titleRun(paras: Para[], i: number): { lines: string[]; item: string | null; next: number } {
  const isTitleLine = (q: Para | undefined) => !!q && (q.bold || q.heading) && !q.marker && !/^RESOLVED\b/.test(q.raw) && !ATTENDANCE_LABEL.test(q.raw);
  let j = i + 1;
  while (j - i < 4 && isTitleLine(paras[j]) && !MINUTE_HEADING.test(paras[j].raw)) j++;
  const item = paras[j] && ITEM_REF.exec(paras[j].raw);
  if (item) return { lines: paras.slice(i, j).map((q) => q.raw), item: item[1], next: j + 1 };
  j = i + 1;
  while (isTitleLine(paras[j]) && /^[a-z(]/.test(paras[j].raw)) j++;
  return { lines: paras.slice(i, j).map((q) => q.raw), item: null, next: j };
}

/** A minute heading at paras[i]: "681 TITLE" (bold), "286. Title" + "(Item 1)", or "Title" + "(Item 1)". */
function minuteHeading(paras: Para[], i: number, lastNumber: number, inMinutes: boolean): { minute: string; title: string; next: number } | null {
  const p = paras[i];
  const next = paras[i + 1];
  // the number apart from its title: "286." | "84. (Item 1)" then the bold title
  const lone = /^(\d{1,4})\.?(?:\s*\(Item\s+\d+[A-Za-z]?\))?$/i.exec(p.raw);
  if (lone && next && (next.bold || next.heading)) {
    const run = titleRun(paras, i + 1);
    return { minute: lone[1], title: run.lines.join(' ').replace(/\s*\(Item\s+\d+[A-Za-z]?\)\s*$/i, ''), next: run.next };
  }
  // an upper-case "681 NOTICE OF RECORDING" is a heading even where the reader lost its bold
  const shouting = /^\d{1,4}[A-Za-z]?\.?\s+[^a-z]{6,120}$/.test(p.raw) && /[A-Z]{3}/.test(p.raw);
  if (!(p.bold || p.heading || shouting) && !(next && ITEM_REF.test(next.raw)) && !/\(Item\s+\d+[A-Za-z]?\)\s*$/i.test(p.raw)) return null;
  const run = titleRun(paras, i);
  // "286. Apologies for Absence (Item 1)" on one line
  const inlineItem = /\s*\(Item\s+(\d+[A-Za-z]?)\)\s*$/i.exec(run.lines.join(' '));
  if (inlineItem) run.item ??= inlineItem[1];
  const title = run.lines.join(' ').replace(/\s*\(Item\s+\d+[A-Za-z]?\)\s*$/i, '').trim();
  const m = MINUTE_HEADING.exec(title);
  if (m && (run.item || p.raw.length < 250)) {
    const n = parseInt(m[1], 10);
    if (n > lastNumber && (run.item || !inMinutes || n - lastNumber < 50)) return { minute: m[1], title: m[2], next: run.next };
  }
  if (run.item && !p.marker && !/^RESOLVED\b/.test(p.raw)) return { minute: run.item, title, next: run.next };
  return null;
}

function minutesDate(ctx: SectionContext, paras: Para[], start: number): string | null {
  const title = paras[start].raw;
  const held = /\b(?:held\s+on|on)\s+(.*)$/i.exec(title);
  const fromTitle = (held && toIsoDate(held[1])) ?? toIsoDate(title);
  if (fromTitle && /^\d{4}-\d{2}-\d{2}$/.test(fromTitle)) return fromTitle;
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
