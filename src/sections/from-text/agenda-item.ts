// One item of a list agenda from its lines: the number's line gives the title, and each line after it
// a wrapped title line, "(Pages 11 - 84)", a trailing time or description; a bold run after the number
// is the whole title.
//   5.   24/00108 - Revenue and Capital Budget Monitoring Report     <- title
//        (Pages 11 - 84)                                             <- pages, supporting document
import type { AgendaItem } from '../../records.js';
import { toTime } from '../../normalise/dates.js';
import { clean, joinText } from '../from-tables/table-helpers.js';
import { cutAfterPageRange, type TitledText } from './titles.js';

export const PAGES_RE = /\(\s*pages?\s+(\d+(?:\s*[-–]\s*\d+)?)\s*\)/i;
const ATTACHED_RE = /\b(attached|enclosed)\b/i;

/** "(Pages 1 - 10)" in a title, or "1-10" alone in a Pages column -> "1 - 10". */
export function pagesIn(text: string, bare = false): string | null {
  const m = PAGES_RE.exec(text) ?? (bare ? /^(\d+(?:\s*[-–]\s*\d+)?)$/.exec(text) : null);
  return m ? clean(m[1]).replace(/\s*[-–]\s*/, ' - ') : null;
}

export const withoutPages = (text: string) => clean(text.replace(PAGES_RE, ' '));

export function listItem(number: string, rest: string, page: number | null): AgendaItem {
  const item: AgendaItem = {
    number, title: '', description: null, supporting_document: false, time: null, pages: null, page,
  };
  absorb(item, rest);
  return item;
}

/**
 * Take a line of an item: a wrapped title line, "(Pages 11 - 84)", a trailing time, or (when allowed)
 * description.
 */
export function absorb(item: AgendaItem, line: string, description = true): void {
  const text = cutAfterPageRange(line);
  if (!description && !continuesTitle(item, text)) return;
  const pages = pagesIn(text);
  if (pages) item.pages = pages;
  if (pages || ATTACHED_RE.test(text)) item.supporting_document = true;
  let rest = withoutPages(text);
  const time = /\s(\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?)$/i.exec(` ${rest}`);
  if (time && toTime(time[1])) {
    item.time = toTime(time[1]);
    rest = clean(rest.slice(0, rest.length - time[1].length));
  }
  if (!rest) return;
  if (continuesTitle(item, rest)) item.title = clean(`${item.title} ${rest}`);
  else item.description = clean(`${item.description ?? ''} ${rest}`);
}

const continuesTitle = (item: AgendaItem, text: string) =>
  item.title === '' || /^[\p{Ll}\d(]/u.test(text) || /[-–,&]$|\b(and|of|the|for|to)$/i.test(item.title);

/** "**1. Apologies** To receive apologies": the bold run after the number is the title, the rest describes it. */
export function splitAtBoldTitle(item: AgendaItem, lead: TitledText): void {
  if (!lead.description || !item.title.startsWith(lead.title) || item.title === lead.title) return;
  item.description = joinText(item.title.slice(lead.title.length), item.description ?? '');
  item.title = lead.title;
}
