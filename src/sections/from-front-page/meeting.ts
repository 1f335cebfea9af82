// Meeting header from the front of a pack: body, date, time, venue. Front pages look like:
//   <Body> Panel                                   | AGENDA / CABINET                      | Date: Thursday, 13th February, 2025
//   Monday 9 January 2023 at 14:00 hours           | Thursday, 30th January, 2025, at 10.00 am  Ask for: ...   | Time: 10.00 am
//   Committee Room 3, <House>, <Street>, CV1 5RR   | Council Chamber, County House,  Telephone: ...          | Venue: Council Chamber, ...
// or, in minutes: "MINUTES of a meeting of the Cabinet held in the Council Chamber, ... on Thursday, 30 January 2025."
// The body is found by meeting-body.ts; date, time and venue here.
import type { Block, DocModel } from '../../model.js';
import { allBlocks, bodyBlocks } from '../../model.js';
import { MINUTES_WORD, NO_MEETING_TITLE, attendanceLabel } from '../../vocab/index.js';
import { headingDate } from '../from-text/minutes-context.js';
import type { Meeting } from '../../records.js';
import { toIsoDate, toTime } from '../../normalise/dates.js';
import { WEB, bodyOf, firstOf, labelled, linesOf } from './meeting-body.js';

/** Front matter: the first three pages, or the first blocks of an unpaged source. */
const FRONT_PAGES = 3;
const FRONT_BLOCKS = 30;

const VENUE_WORD = /\b(room|chamber|house|\w*hall|centre|center|street|road|lane|avenue|square|building|offices|suite|library|civic|headquarters|court|parade|terrace|campus|stadium|theatre)\b/i;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/;
const ONLINE = /\b(?:virtual|remote|online)\s+meeting\b|\bmicrosoft teams\b|\bzoom\b/i;
const WEEKDAY = /\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b/i;
/** Contact details printed beside the header in a second column start at one of these labels. */
const CONTACT_LABEL = /\s*\b(ask for|telephone|tel|phone|mobile|e-?mail|fax|contact( officer)?|enquiries to)\s*:.*$/i;
const TIME_PHRASE = /\b(?:at|from|commencing|time:?)\s+(\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|hours|hrs)?|noon)|\b\d{1,2}[.:]\d{2}\s*(?:a\.?m\.?|p\.?m\.?|hours|hrs)|\b\d{1,2}:\d{2}\b/i;

export function parseMeeting(doc: DocModel): Meeting {
  const front = frontBlocks(doc);
  const lines = front.flatMap(linesOf);
  const dated = dateBlockIndex(front);
  const timeText = firstOf(lines, (l) => labelled(l, 'time')) ?? (dated >= 0 ? timeNear(front, dated) : null);
  // a record of one member's decision: its dates are of signing or of other meetings, none is a meeting's
  const noMeeting = lines.slice(0, 3).some((l) => NO_MEETING_TITLE.test(l));
  return {
    body: bodyOf(front),
    date: noMeeting ? null
      : minutesHeadingDate(doc) ?? firstOf(lines, (l) => isoDay(labelled(l, 'date') ?? '')) ?? (dated >= 0 ? isoDay(front[dated].text) : null),
    time: timeText ? toTime(timeText) : null,
    venue: venueByLabel(front) ?? (dated >= 0 ? venueNear(front, dated) : null) ?? firstOf(front.map((b) => b.text), heldVenue),
  };
}

/** lines from the top of a document within which minutes that open it print their attendance label */
const MINUTES_HEAD_LINES = 40;

/**
 * A document that opens with minutes is dated by the minutes' own heading (the lines above its first
 * attendance label, a running header included), not by a date stated elsewhere ("Dated 5th March 2019",
 * a web page's posting date): a line with the minutes title and a date, else the first dated line.
 */
function minutesHeadingDate(doc: DocModel): string | null {
  const lines = allBlocks(doc).filter((b) => !b.table).flatMap(linesOf).slice(0, MINUTES_HEAD_LINES);
  const label = lines.findIndex((l) => attendanceLabel(l.trim())?.explicit);
  if (label < 0) return null;
  const head = lines.slice(0, label);
  // an agenda's front sheet above the label: the document is a pack, dated by its own meeting
  if (head.some((l) => /\bagenda\b/i.test(l))) return null;
  return firstOf(head.filter((l) => MINUTES_WORD.test(l)), headingDate) ?? firstOf(head.filter((l) => !/^\W*[\w-]+\s*:/.test(l)), headingDate);
}

/** Front blocks with tables read as text blocks; only the front is expanded (a table keeps its page). */
function frontBlocks(doc: DocModel): Block[] {
  const body = bodyBlocks(doc);
  const expand = (b: Block): Block[] => (b.table ? tableBlocks(b) : b.kind === 'list_item' ? [] : [b]);
  const first = body.find((b) => b.page !== null && expand(b).length > 0)?.page;
  if (first != null) return body.filter((b) => b.page! < first + FRONT_PAGES).flatMap(expand);
  const blocks: Block[] = [];
  for (let i = 0; i < body.length && blocks.length < FRONT_BLOCKS; i++) blocks.push(...expand(body[i]));
  return blocks.slice(0, FRONT_BLOCKS);
}

/**
 * A header laid out as a table: one block per column (date and venue beside contact details), then one
 * block of its rows read across ("Date: | Thursday, 13th February, 2025" label/value tables).
 */
function tableBlocks(b: Block): Block[] {
  const grid = b.table!.grid;
  const asBlock = (texts: string[]): Block => ({
    ...b, kind: 'paragraph', text: texts.join(' '), bold: false, table: undefined,
    lines: texts.map((text) => ({ text, spans: [], box: null, fontSize: b.fontSize, bold: false, italic: false, page: b.page })),
  });
  const columns = Array.from({ length: b.table!.nCols }, (_, c) => grid.map((row) => row[c]?.text ?? '').filter(Boolean));
  const rows = grid.map((row) => row.map((cell) => cell?.text ?? '').filter(Boolean).join(' ')).filter(Boolean);
  return [...columns, rows].filter((texts) => texts.length).map(asBlock);
}

/** A full day (not a month alone). */
function isoDay(text: string): string | null {
  const iso = toIsoDate(text.replace(CONTACT_LABEL, ''));
  return iso && iso.length === 10 ? iso : null;
}

/** lines with distinct dates that make a block a list of meetings (an index page's column of dates), not one meeting's date */
const DATE_LIST = 4;
const dateList = (b: Block) => new Set(linesOf(b).map(isoDay).filter(Boolean)).size >= DATE_LIST;

/** The block that dates the meeting: the first with a date and a time, else the first with a date and weekday. */
function dateBlockIndex(front: Block[]): number {
  const dated = (b: Block) => !!isoDay(b.text) && !dateList(b);
  const withTime = front.findIndex((b) => dated(b) && TIME_PHRASE.test(b.text.replace(CONTACT_LABEL, '')));
  if (withTime >= 0) return withTime;
  const withWeekday = front.findIndex((b) => dated(b) && WEEKDAY.test(b.text));
  return withWeekday >= 0 ? withWeekday : front.findIndex(dated);
}

/** Time in the date block, or in a short line right after it ("at 9.30 am"). */
function timeNear(front: Block[], i: number): string | null {
  for (const b of front.slice(i, i + 2)) {
    const text = b.text.replace(CONTACT_LABEL, '');
    if ((b === front[i] || text.length <= 40) && TIME_PHRASE.test(text)) return TIME_PHRASE.exec(text)![0];
  }
  return null;
}

const isAddress = (line: string) =>
  line.length <= 160 && !WEB.test(line) && (VENUE_WORD.test(line) || POSTCODE.test(line) || ONLINE.test(line));
const cleanVenue = (s: string) => s.replace(/\s+/g, ' ').replace(/[\s,.;:–-]+$/, '').trim() || null;

/** Stated in a sentence near the date ("held in ..."), else consecutive address lines after the date line. */
function venueNear(front: Block[], i: number): string | null {
  const stated = firstOf(front.slice(i, i + 4).map((b) => b.text), heldVenue);
  if (stated) return stated;
  const [dateLine, ...rest] = linesOf(front[i]);
  // "Monday 9 January 2023 at 2pm, Council House, ..." : the venue after the time on the date line
  const sameLine = TIME_PHRASE.exec(dateLine)?.index ?? -1;
  const tail = sameLine >= 0 ? dateLine.slice(sameLine).replace(TIME_PHRASE, '').replace(/^[\s,;–—-]+/, '') : '';
  const after = [tail, ...rest, ...front.slice(i + 1, i + 4).flatMap(linesOf)].map((l) => l.replace(CONTACT_LABEL, ''));
  let start = after.findIndex((l) => isAddress(l) && !isoDay(l));
  if (start < 0) return null;
  // a first line without an address word ("The Guildhall,") runs on into the address
  while (start > 0 && /,\s*$/.test(after[start - 1]) && !isoDay(after[start - 1])) start--;
  let venue = after[start];
  for (const l of after.slice(start + 1)) {
    const continues = /,\s*$/.test(venue);
    if (!l.trim() || !(isAddress(l) || continues)) break;
    venue += continues ? ` ${l}` : `, ${l}`;
  }
  return cleanVenue(venue);
}

/** "Venue: Council Chamber, County House," with any continuation lines up to the next label. */
function venueByLabel(front: Block[]): string | null {
  const LABELS = 'venue|place|location|where';
  for (const lines of front.map(linesOf)) {
    const k = lines.findIndex((l) => labelled(l, LABELS) !== null);
    if (k < 0) continue;
    const rest = lines.slice(k + 1);
    const end = rest.findIndex((l) => /^\s*[\w ]{2,20}:/.test(l));
    return cleanVenue([labelled(lines[k], LABELS), ...rest.slice(0, end < 0 ? rest.length : end)].join(' ').replace(CONTACT_LABEL, ''));
  }
  return null;
}

/** "... held in the Council Chamber, County House, County Hall, Countytown on Thursday, 30 January 2025." */
const HELD_IN = /\bheld\s+(?:in|at)\s+(.+?)(?:\s+on\s+(?=\d|[a-z]+day)|\s+commencing|,?\s+at\s+\d|\.(?=\s|$)|$)/i;
function heldVenue(text: string): string | null {
  const m = HELD_IN.exec(text);
  return m && isAddress(m[1]) ? cleanVenue(m[1].replace(/^the\s+/i, '')) : null;
}
