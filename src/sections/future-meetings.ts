// Dates of future meetings, from an agenda item (however its table was printed) or cell, or a
// heading/paragraph and the lines under it:
//   FUTURE MEETING DATES 6 February 2023 – Easttown Council Chamber 20 February 2023 (provisional date
//   if precept veto) Northtown Council House 20 March 2023 – Northtown Council House note change of venue
// Each date starts a meeting; what follows it up to the next date is its venue and notes.
import { cleanText, type Block } from '../model.js';
import type { FutureMeeting } from '../records.js';
import { toIsoDate, toTime } from '../normalise/dates.js';
import type { SectionParser } from './types.js';
import { clean, findTables, type ColumnRules } from './from-tables/table-helpers.js';

const FUTURE_RE = /\b(?:future|forthcoming|next|upcoming|remaining)\s+meetings?\b|\bmeeting\s+dates\b|\bdates?\s+of\s+(?:future|next)\s+meetings?\b/i;
/** A text opening with the phrase (within its first 40 characters): anchored, so a long text is not searched through. */
const OPENS_WITH_PHRASE = new RegExp(`^[^]{0,40}?(?:${FUTURE_RE.source})`, 'i');
/** A day and month, the year optional ("12 June, 11 September and 4 December 2023"). */
const DATE_RE = /(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\p{L}+\b(?:,?\s+(\d{4})\b)?/giu;
const TIME_RE = /(?:\bat\s+)?\b\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?\b|hours\b|hrs\b)|(?:\bat\s+)?\b\d{1,2}:\d{2}\b/gi;
const NOTE_RE = /\b(?:please\s+)?(?:note|nb|n\.b\.)\b.*$/i;
/** Lines read under a heading before giving up, and undated lines allowed before the first date. */
const MAX_LINES = 12;
const MAX_UNDATED = 2;

export const futureMeetingsParser: SectionParser = {
  name: 'future_meetings',
  produces: ['future_meetings'],
  needs: ['agenda_items'],
  parse(ctx) {
    const items = (ctx.records.agenda_items ?? []).filter((i) => FUTURE_RE.test(i.title) && i.description);
    const sources = [...items.map((i) => ({ text: i.description!, page: i.page })), ...cellSources(ctx.blocks), ...blockSources(ctx.blocks)];
    const seen = new Set<string>();
    const after = ctx.meeting.date;
    const found = [...tableMeetings(ctx.blocks), ...sources.flatMap((s) => meetingsIn(s.text, s.page, after))];
    const meetings = found.filter((m) => {
      if (!m.date || seen.has(m.date) || (after && m.date <= after)) return false;
      seen.add(m.date);
      return true;
    });
    return { future_meetings: meetings };
  },
};

type Source = { text: string; page: number | null };

type ScheduleColumn = 'date' | 'venue' | 'note';
const COLUMNS: ColumnRules<ScheduleColumn> = [
  ['date', /\bdate\b/i],
  ['venue', /\b(venue|location|place)\b/i],
  ['note', /\b(notes?|comments?|remarks?)\b/i],
];

/** A schedule table (Date | Time | Venue) under a future meetings heading or naming meetings in its header. */
function tableMeetings(blocks: Block[]): FutureMeeting[] {
  const tables = findTables(blocks, COLUMNS, ['date']).filter(({ columns, header, heading }) =>
    FUTURE_RE.test(heading ?? '') || (columns.venue !== undefined && /meeting/i.test(`${header.join(' ')} ${heading ?? ''}`)));
  return tables.flatMap(({ columns: c, rows }) => rows.map((row) => ({
    date: toIsoDate(row.texts[c.date!]),
    venue: c.venue !== undefined ? row.texts[c.venue] || null : null,
    note: c.note !== undefined ? row.texts[c.note] || null : null,
    page: row.page,
  })));
}

/** A table cell (an agenda row) that opens with the phrase: the dates follow in the same cell. */
function cellSources(blocks: Block[]): Source[] {
  return blocks.flatMap((b) => (b.table?.grid.flat() ?? []).flatMap((cell) => {
    const text = clean(cell?.text ?? '');
    const m = OPENS_WITH_PHRASE.exec(text);
    return m ? [{ text: text.slice(m[0].length), page: cell?.page ?? b.page }] : [];
  }));
}

/** A block that opens with the phrase, with the lines under it when it stands as a heading. */
function blockSources(blocks: Block[]): Source[] {
  const sources: Source[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'table') return;
    const text = cleanText(b);
    const m = OPENS_WITH_PHRASE.exec(text);
    if (!m) return;
    const parts = [text.slice(m[0].length)];
    const standsAlone = !hasDate(text) &&
      (b.kind === 'heading' || b.bold || text.endsWith(':') || (text.length < 60 && !text.endsWith('.')));
    let undated = 0;
    for (let j = i + 1; standsAlone && j < Math.min(blocks.length, i + 1 + MAX_LINES); j++) {
      const next = blocks[j];
      const dated = hasDate(next.text);
      // the list ends at a heading or table, or at the first line without a date after the dates
      if (next.kind === 'table' || next.kind === 'heading' || (next.bold && !dated)) break;
      if (!dated && (parts.length > 1 || ++undated > MAX_UNDATED)) break;
      parts.push(next.marker && next.text.startsWith(next.marker) ? next.text.slice(next.marker.length) : next.text);
    }
    sources.push({ text: clean(parts.join(' ')), page: b.page });
  });
  return sources;
}

const isDayAndMonth = (m: RegExpMatchArray) => toIsoDate(m[1] ? m[0] : `${m[0]} 2000`) !== null;
const hasDate = (text: string) => [...text.matchAll(DATE_RE)].some(isDayAndMonth);

function meetingsIn(text: string, page: number | null, after: string | null): FutureMeeting[] {
  const dates = [...text.matchAll(DATE_RE)].filter(isDayAndMonth);
  return dates.map((m, k) => {
    const end = k + 1 < dates.length ? dates[k + 1].index : text.length;
    const { venue, note } = venueAndNote(text.slice(m.index + m[0].length, end));
    const date = m[1] ? toIsoDate(m[0]) : withYear(m[0], dates.slice(k + 1).find((later) => later[1]), after);
    return { date, venue, note, page };
  });
}

/**
 * A date printed without its year takes the year of the next full date in the list (a year earlier
 * when it would fall after it), else the first such date after the meeting.
 */
function withYear(dayMonth: string, later: RegExpMatchArray | undefined, after: string | null): string | null {
  const anchor = later ? toIsoDate(later[0]) : after;
  if (!anchor) return null;
  const year = Number(anchor.slice(0, 4));
  const date = toIsoDate(`${dayMonth} ${year}`);
  if (!date) return null;
  if (later) return date > anchor ? toIsoDate(`${dayMonth} ${year - 1}`) : date;
  return date > anchor ? date : toIsoDate(`${dayMonth} ${year + 1}`);
}

function venueAndNote(segment: string): { venue: string | null; note: string | null } {
  const notes: string[] = [];
  let rest = segment.replace(/[*_]+/g, ' ').replace(/\(([^)]*)\)/g, (_, inner: string) => {
    notes.push(clean(inner));
    return ' ';
  });
  rest = rest.replace(NOTE_RE, (note) => {
    notes.push(clean(note));
    return ' ';
  });
  if (toTime(rest)) rest = rest.replace(TIME_RE, ' ');
  const venue = clean(rest.split(/\.\s/)[0]).replace(/^(?:[–—,:;-]|\bat\b|\bin\b|\s)+|[\s–—,:;.-]+$/gi, '');
  return { venue: venue || null, note: notes.filter(Boolean).join('; ') || null };
}
