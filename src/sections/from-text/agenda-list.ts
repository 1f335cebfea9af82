// A list agenda, after an "Agenda" title on the front pages:
//   1.   Apologies and Substitutes
//   3.   Minutes of the Meeting held on 9th January 2025 (Pages 1 - 10)
//   5.   24/00108 - Revenue and Capital Budget Monitoring Report
//        (Pages 11 - 84)
import { cleanText, type Block, type Span } from '../../model.js';
import type { AgendaItem } from '../../records.js';
import { toTime } from '../../normalise/dates.js';
import { clean, joinText } from '../from-tables/table-helpers.js';
import { cutAfterPageRange, splitTitle, type TitledText } from './titles.js';

const PAGES_RE = /\(\s*pages?\s+(\d+(?:\s*[-–]\s*\d+)?)\s*\)/i;
// "5.", "5.1", "8.1.1", "5a", "5 (a)", "Item 5", "5 -" before a title
const ITEM_RE = /^(?:(?:agenda\s+)?(?:item|eitem)\s+)?(\d{1,2})((?:\.\d{1,2}){1,2}|[a-h]\b|\s?\([a-h]\))?[.):]?\s+(?:[-–—]\s+)?(?=\S)(.*)$/i;
/** a lettered sub-item under the current item: "a) ...", "(b) ..." */
const LETTER_RE = /^\(?([a-h])[.)]\s+(?=\S)(.*)$/;
// What opens an agenda: its title ("AGENDA", "A G E N D A", "Summons to and Agenda for ...", "Cabinet
// Agenda", "Order of Business", Irish "Clár"), or a summons ("Councillors are summoned to ... the following business");
// not "Agenda Item 5" page stamps, nor a sentence about the agenda.
const AGENDA_TITLE = /^(?:(?:draft|revised|supplementary|summons\s+(?:to\s+)?and)\s+)?agenda(?!\s*item)\b|^a\s+g\s+e\s+n\s+d\s+a\b|^order\s+(?:of\s+business|paper)\b|^cl[aá]r(?:\s+oibre)?\b|^(?:[\p{L}&'’-]+\s+){1,5}agenda$/iu;
const SUMMONS = /\b(?:(?:are|is)\s+(?:hereby\s+)?summoned|(?:transact|consider)\s+the\s+following\s+business)\b/i;
/** a minutes title: a list after it is the minutes' own numbering, not an agenda */
const MINUTES_TITLE = /^(?:draft\s+|unconfirmed\s+|confirmed\s+|approved\s+)?minutes\b/i;
const ATTACHED_RE = /\b(attached|enclosed)\b/i;
/** Lists further into the pack than this are reports' numbered paragraphs, not the agenda. */
const FRONT_PAGES = 4;
/**
 * A line starting further right than this from its item, and further below the line before than two
 * line heights (a signature, a date), is not part of it.
 */
const MAX_INDENT = 72;

export interface Found {
  items: AgendaItem[];
  /** block index where the agenda starts */
  at: number;
}

/** "(Pages 1 - 10)" in a title, or "1-10" alone in a Pages column -> "1 - 10". */
export function pagesIn(text: string, bare = false): string | null {
  const m = PAGES_RE.exec(text) ?? (bare ? /^(\d+(?:\s*[-–]\s*\d+)?)$/.exec(text) : null);
  return m ? clean(m[1]).replace(/\s*[-–]\s*/, ' - ') : null;
}

export const withoutPages = (text: string) => clean(text.replace(PAGES_RE, ' '));

/** One line of a list agenda: a block, or a row of a table made of column-aligned agenda lines. */
interface Line {
  text: string;
  page: number | null;
  fontSize: number;
  /** a heading or bold line (a sub-heading such as "EXEMPT ITEMS") */
  strong: boolean;
  kind: Block['kind'];
  /** index of its block */
  at: number;
  /** left edge, top and bottom (PDF points), null without geometry */
  x0: number | null;
  y0: number | null;
  y1: number | null;
  spans: Span[];
}

/**
 * A numbered list starting at item 1 on the front pages after an "Agenda" title, read while the
 * numbering runs on.
 */
export function listAgenda(blocks: Block[]): Found | null {
  const marker = agendaMarker(blocks);
  if (marker < 0) return null;
  const lineAt = linesAfter(blocks, marker);
  let start = 0;
  while (lineAt(start) && !(numbered(lineAt(start)!)?.main === 1 && nextIsItem(lineAt, start, 2))) start++;
  const first = lineAt(start);
  if (!first || !frontPage(first, first.at)) return null;
  const items: AgendaItem[] = [];
  const itemSize = first.fontSize;
  let main = 0;
  let current: AgendaItem | null = null;
  let itemX0: number | null = null;
  let lastY1: number | null = null;
  let letter = '';
  let before: Line | undefined;
  for (let i = start, line: Line | undefined = first; line; before = line, line = lineAt(++i)) {
    const n = numbered(line);
    // a list the source numbers itself starts again at 1 after a bulleted list broke it (Markdown)
    const restart = n?.main === 1 && !n.sub && line.kind === 'list_item' && before?.kind === 'list_item' && !numbered(before);
    const sub = !n && current && main > 0 ? LETTER_RE.exec(line.text) : null;
    if (sub && sub[1] === nextLetter(letter) && /^[\p{Lu}\d"'‘“(]/u.test(sub[2])) {
      letter = sub[1];
      current = listItem(`${main}${letter}`, sub[2], line.page);
      [itemX0, lastY1] = [line.x0, line.y1];
      items.push(current);
      continue;
    }
    if (n && (n.main === main + 1 || (n.main === main && n.sub) || restart)) {
      main = n.main;
      letter = '';
      current = listItem(n.number, n.rest, line.page);
      splitAtBoldTitle(current, splitTitle(line.spans, line.text, line.text.length - n.rest.length));
      [itemX0, lastY1] = [line.x0, line.y1];
      items.push(current);
      continue;
    }
    if (n || (line.kind === 'heading' && line.fontSize > itemSize + 2)) break;
    if (current && line.page !== current.page) break;
    if (!current || line.strong) {
      current = null; // a sub-heading ("EXEMPT ITEMS") ends the item; the list may go on below it
      continue;
    }
    // without geometry, a printed page range is the only sign where an item ends (a signature follows)
    const noGeometry = itemX0 === null || line.x0 === null;
    if (noGeometry && first.kind === 'list_item' && line.kind === 'paragraph' && !PAGES_RE.test(line.text)) {
      current = null; // a list marked up as a list ends at a plain paragraph
      continue;
    }
    const close = lastY1 !== null && line.y0 !== null && line.y0 - lastY1 < 2 * line.fontSize;
    if (noGeometry || line.x0! - itemX0! <= MAX_INDENT || close) {
      absorb(current, line.text, !noGeometry || current.pages === null);
      lastY1 = line.y1;
    }
  }
  return items.length > 1 ? { items, at: first.at } : null;
}

/**
 * The lines after the "Agenda" title, made only as far as they are read (the agenda ends on the front
 * pages; the pack may run on for a thousand more). Plain renderings print the number on a line of its
 * own ("1." then "Apologies"): it is joined to the line after it.
 */
function linesAfter(blocks: Block[], marker: number): (i: number) => Line | undefined {
  const made: Line[] = [];
  let block = marker;
  let blockLines: Line[] = [];
  let k = 0;
  const nextLine = (): Line | undefined => {
    while (k === blockLines.length) {
      if (++block >= blocks.length) return undefined;
      blockLines = linesOf(blocks[block], block);
      k = 0;
    }
    return blockLines[k++];
  };
  let ahead = nextLine();
  return (i) => {
    while (made.length <= i && ahead) {
      const line = ahead;
      const next = nextLine();
      if (next && /^(?:item\s+)?\d{1,2}[a-h]?[.)]?$/i.test(line.text)) {
        made.push({ ...next, text: `${line.text} ${next.text}`, spans: [...line.spans, { text: ' ', bold: false, italic: false }, ...next.spans] });
        ahead = nextLine();
      } else {
        made.push(line);
        ahead = next;
      }
    }
    return made[i];
  };
}

function linesOf(b: Block, at: number): Line[] {
  // a sub-heading: a heading, bold, or opening with capitals in plain text ("EXEMPT ITEMS (At the ...")
  const strong = b.kind === 'heading' || b.bold || /^\p{Lu}{2,}(\s+\p{Lu}{2,})+\b(?!\s*[-–/])/u.test(b.text.trim());
  const box = b.box;
  const line = { page: b.page, fontSize: b.fontSize, strong, kind: b.kind, at, x0: box?.x0 ?? null, y0: box?.y0 ?? null, y1: box?.y1 ?? null };
  if (!b.table) return [{ ...line, text: cleanText(b), spans: b.spans }];
  return b.table.grid.map((row) => ({
    ...line, kind: 'paragraph' as const, page: row.find((c) => c?.page != null)?.page ?? b.page,
    text: clean(row.map((c) => c?.text ?? '').join(' ')),
    spans: row.flatMap((c) => [...(c?.spans ?? []), { text: ' ', bold: false, italic: false }]),
  }));
}

function numbered(line: Line): { main: number; sub: string | null; number: string; rest: string } | null {
  const m = ITEM_RE.exec(line.text);
  // an agenda title starts with a capital or a figure ("3 the public are ..." is a wrapped sentence)
  if (!m || !/^[\p{Lu}\d"'‘“(]/u.test(m[3]) || !/\p{L}/u.test(m[3])) return null;
  const sub = m[2] ? m[2].replace(/[\s()]/g, '').toLowerCase() : null;
  return { main: Number(m[1]), sub, number: `${m[1]}${sub ?? ''}`, rest: m[3] };
}

const nextLetter = (letter: string) => (letter ? String.fromCharCode(letter.charCodeAt(0) + 1) : 'a');

/** The block that opens the agenda on the front pages, before any minutes: its title or a summons. */
function agendaMarker(blocks: Block[]): number {
  const end = minutesStart(blocks);
  for (let i = 0; i < end && frontPage(blocks[i], i); i++) {
    const b = blocks[i];
    if (b.kind === 'table') continue;
    const text = cleanText(b).replace(/[.:]$/, '');
    if ((AGENDA_TITLE.test(text) && !/\b(the|this|an|next|future)\s+agenda$/i.test(text) && text.length <= 80) || SUMMONS.test(text)) return i;
  }
  return -1;
}

/** Index of the first minutes title (a heading or bold line) on the front pages: an agenda comes before it. */
export function minutesStart(blocks: Block[]): number {
  for (let i = 0; i < blocks.length && frontPage(blocks[i], i); i++) {
    const b = blocks[i];
    if ((b.kind === 'heading' || b.bold) && MINUTES_TITLE.test(cleanText(b))) return i;
  }
  return blocks.length;
}

/** On the pack's front pages (or, without pages, among its first blocks). */
export function frontPage(b: { page: number | null }, index: number): boolean {
  return b.page !== null ? b.page <= FRONT_PAGES : index < 80;
}

function nextIsItem(lineAt: (i: number) => Line | undefined, from: number, wanted: number): boolean {
  for (let i = from + 1; i < from + 6; i++) {
    const line = lineAt(i);
    if (!line) return false;
    if (numbered(line)?.main === wanted) return true;
  }
  return false;
}

function listItem(number: string, rest: string, page: number | null): AgendaItem {
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
function absorb(item: AgendaItem, line: string, description = true): void {
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
function splitAtBoldTitle(item: AgendaItem, lead: TitledText): void {
  if (!lead.description || !item.title.startsWith(lead.title) || item.title === lead.title) return;
  item.description = joinText(item.title.slice(lead.title.length), item.description ?? '');
  item.title = lead.title;
}
