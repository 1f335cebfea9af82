// A list agenda, after an "Agenda" title on the front pages:
//   1.   Apologies and Substitutes
//   3.   Minutes of the Meeting held on 9th January 2025 (Pages 1 - 10)
//   5.   24/00108 - Revenue and Capital Budget Monitoring Report
//        (Pages 11 - 84)
import { cleanText, type Block, type Span } from '../../model.js';
import type { AgendaItem } from '../../records.js';
import { clean } from '../from-tables/table-helpers.js';
import { splitTitle } from './titles.js';
import { agendaMarker, frontPage } from './agenda-marker.js';
import { absorb, listItem, PAGES_RE, splitAtBoldTitle } from './agenda-item.js';

// "5.", "5.1", "8.1.1", "5a", "5 (a)", "Item 5", "5 -" before a title
const ITEM_RE = /^(?:(?:agenda\s+)?(?:item|eitem)\s+)?(\d{1,2})((?:\.\d{1,2}){1,2}|[a-h]\b|\s?\([a-h]\))?[.):]?\s+(?:[-–—]\s+)?(?=\S)(.*)$/i;
/** a lettered sub-item under the current item: "a) ...", "(b) ..." */
const LETTER_RE = /^\(?([a-h])[.)]\s+(?=\S)(.*)$/;
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

function nextIsItem(lineAt: (i: number) => Line | undefined, from: number, wanted: number): boolean {
  for (let i = from + 1; i < from + 6; i++) {
    const line = lineAt(i);
    if (!line) return false;
    if (numbered(line)?.main === wanted) return true;
  }
  return false;
}
