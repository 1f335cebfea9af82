// An agenda table in any print style. The first table with an agenda header gives the columns (by their
// header words, and by where they sit on the page); from there each row of a table, and each line of
// text the print style left outside any table (a borderless table read as paragraphs), is one agenda line:
//   Attached | 7 | **POLICE AND CRIME COMMISSIONER'S PRELIMINARY** | 14:40   (a row of a table)
//   Attached 7 **POLICE AND CRIME COMMISSIONER'S PRELIMINARY** 14:40         (the same row read as a line)
//              **REVENUE BUDGET, CAPITAL PROGRAMME AND** ...                   (its topic, going on)
// A line opening with an item number starts an item, a line in the topic column continues it, a
// repeated header (whole, or broken over two lines) is skipped, anything else ends the agenda.
import type { Block, Span, TableCell } from '../../model.js';
import { clean, matchColumns, type ColumnRules } from './table-helpers.js';
import { sliceSpans } from '../from-text/titles.js';

export type AgendaColumn = 'number' | 'time' | 'pages' | 'document' | 'topic';

/** The agenda table's header row and the block of the table it heads. */
export interface AgendaHeader {
  header: string[];
  blockIndex: number;
}

/**
 * A header row inside a table (a header repeated after a page break, where the first header was printed
 * apart from its table): the first such row of the tables `where` accepts.
 */
export function headerInside(
  blocks: Block[], rules: ColumnRules<AgendaColumn>, required: AgendaColumn[], where: (b: Block, i: number) => boolean,
): AgendaHeader | null {
  for (let i = 0; i < blocks.length; i++) {
    const grid = blocks[i].table?.grid;
    if (!grid || !where(blocks[i], i)) continue;
    for (const row of grid) {
      const texts = row.map((c) => clean(c?.text ?? ''));
      const columns = matchColumns(texts, rules);
      if (required.every((k) => columns[k] !== undefined) && texts.every((t) => t.length < 40)) return { header: texts, blockIndex: i };
    }
  }
  return null;
}

/** An item number alone, as printed in a number column ("4", "4a", "4 (a)", "5.1", "Item 4") -> "4a". */
export function itemNumber(text: string): string | null {
  const m = /^(?:(?:agenda\s+)?(?:item|eitem)\s+)?(\d{1,3}(?:\.\d{1,2}|\s?\(?[a-h]\)?)?)[.)]?$/i.exec(clean(text));
  return m ? m[1].replace(/[\s()]/g, '') : null;
}

/** One line of the agenda, its cells sorted into the agenda's columns. */
export interface AgendaLine {
  /** text of the columns printed before the item number ("Attached") */
  lead: string;
  /** the item number cell, when the line came from a table cell of the number column */
  numberCell: string | null;
  /** the topic (with the number first when the number was not a cell of its own) */
  topic: string;
  spans: Span[];
  time: string;
  pages: string;
  page: number | null;
  /** a line of text (not a table row) starting this far right (PDF points); null for table rows */
  x0: number | null;
}

interface Frame {
  columns: Partial<Record<AgendaColumn, number>>;
  nCols: number;
  /** x range of each column on the page (from the first table's cells), when the source has geometry */
  ranges: ({ x0: number; x1: number } | null)[];
  headerWords: Set<string>;
}

const SPACE: Span = { text: ' ', bold: false, italic: false };
const TIME_AT_END = /\s(\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?)$/i;
const words = (text: string) => clean(text).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The agenda's lines from the first agenda table on, while `more(block, index)` holds: its rows and those
 * of the tables after it, and the lines of text between them that sit in its columns.
 */
export function agendaLines(
  blocks: Block[], first: AgendaHeader, rules: ColumnRules<AgendaColumn>, more: (b: Block, i: number) => boolean,
): { lines: AgendaLine[]; frame: Frame } {
  const frame = frameOf(blocks[first.blockIndex], first.header, rules);
  const lines: AgendaLine[] = [];
  for (let i = first.blockIndex; i < blocks.length && more(blocks[i], i); i++) {
    const b = blocks[i];
    if (b.table) {
      const header = matchColumns(b.table.grid[0]?.map((c) => clean(c?.text ?? '')) ?? [], rules);
      for (const row of b.table.grid) {
        const line = rowLine(row, frame, header);
        if (line && !isHeader(line, frame)) lines.push(line);
      }
    } else if (b.box && frame.ranges.some(Boolean) && b.kind !== 'header' && b.kind !== 'footer') {
      for (const l of b.lines.length ? b.lines : [{ text: b.text, spans: b.spans, box: b.box, page: b.page }]) {
        const line = textLine(l.text, l.spans, l.box?.x0 ?? b.box.x0, l.page ?? b.page, frame);
        if (!isHeader(line, frame)) lines.push(line);
      }
    } else break; // no geometry to place the text in a column: the agenda table is over
  }
  return { lines, frame };
}

function frameOf(block: Block, header: string[], rules: ColumnRules<AgendaColumn>): Frame {
  const grid = block.table?.grid ?? [];
  const nCols = header.length;
  const ranges = Array.from({ length: nCols }, (_, c) => {
    const boxes = grid.map((row) => row[c]).filter((cell): cell is TableCell => !!cell?.box && cell.colSpan === 1);
    return boxes.length ? { x0: Math.min(...boxes.map((b) => b.box!.x0)), x1: Math.max(...boxes.map((b) => b.box!.x1)) } : null;
  });
  return { columns: matchColumns(header, rules), nCols, ranges, headerWords: new Set(header.flatMap(words)) };
}

/** The frame's column a cell sits in: by position on the page, else by index in a table of the same shape. */
function columnOf(cell: TableCell, c: number, nCols: number, frame: Frame): number | null {
  if (cell.box && frame.ranges.some(Boolean)) {
    const mid = (cell.box.x0 + cell.box.x1) / 2;
    let best: number | null = null;
    frame.ranges.forEach((r, k) => {
      if (r && mid >= r.x0 - 2 && mid <= r.x1 + 2 && (best === null || r.x0 > frame.ranges[best]!.x0)) best = k;
    });
    if (best !== null) return best;
    // a cell wider than the agenda's columns (a merged cell): the column its left edge is in
    const left = frame.ranges.findIndex((r) => r && cell.box!.x0 >= r.x0 - 2 && cell.box!.x0 <= r.x1);
    return left >= 0 ? left : null;
  }
  return nCols === frame.nCols ? c : null;
}

function rowLine(row: (TableCell | null)[], frame: Frame, header: Partial<Record<AgendaColumn, number>>): AgendaLine | null {
  const own = header.number !== undefined && header.topic !== undefined ? { ...frame, columns: header, nCols: row.length, ranges: [] } : frame;
  const { number, topic, time, pages, document } = own.columns;
  const line: AgendaLine = { lead: '', numberCell: null, topic: '', spans: [], time: '', pages: '', page: null, x0: null };
  let filled = false;
  row.forEach((cell, c) => {
    if (!cell || !clean(cell.text)) return;
    filled = true;
    line.page ??= cell.page;
    const k = columnOf(cell, c, row.length, own);
    const text = clean(cell.text);
    if (k === null) return;
    if (k === number && itemNumber(text)) line.numberCell = text;
    else if (k === number || k === topic) {
      line.topic = clean(`${line.topic} ${text}`);
      line.spans.push(...(line.spans.length ? [SPACE] : []), ...cell.spans);
    } else if (k === time) line.time = text;
    else if (k === pages) line.pages = text;
    else if (k === document || (number !== undefined && k < number)) line.lead = clean(`${line.lead} ${text}`);
  });
  return filled ? line : null;
}

/** A line of text: "Attached 7 TITLE ... 14:40" -> lead, topic (number first), time. */
function textLine(raw: string, spans: Span[], x0: number, page: number | null, frame: Frame): AgendaLine {
  let text = clean(raw);
  let time = '';
  const t = frame.columns.time !== undefined ? TIME_AT_END.exec(` ${text}`) : null;
  if (t) {
    time = t[1];
    text = clean(text.slice(0, text.length - t[1].length));
  }
  let lead = '';
  let at = 0;
  const numberRange = frame.columns.number !== undefined ? frame.ranges[frame.columns.number] : null;
  if (numberRange && x0 < numberRange.x0 - 4) {
    // the line opens in a column before the number: its first words are that column's ("Attached")
    const m = /^(\p{L}[\p{L}\s]{0,30}?)\s+(?=\d)/u.exec(text);
    if (m) {
      lead = m[1];
      at = m[0].length;
      text = text.slice(at);
    }
  }
  return { lead, numberCell: null, topic: text, spans: sliceSpans(spans, at, at + text.length), time, pages: '', page, x0 };
}

/** A header row or line, or a piece of one ("Supporting Item Topic Approximate" then "Document time"). */
function isHeader(line: AgendaLine, frame: Frame): boolean {
  const all = words(`${line.lead} ${line.numberCell ?? ''} ${line.topic} ${line.time} ${line.pages}`);
  return all.length > 0 && all.every((w) => frame.headerWords.has(w));
}

/** Where a line of text starts relative to the topic column: left of it (a new row), or in it. */
export function inTopicColumn(line: AgendaLine, frame: Frame): boolean {
  const topic = frame.columns.topic !== undefined ? frame.ranges[frame.columns.topic] : null;
  return line.x0 === null || topic === null || line.x0 >= topic.x0 - 6;
}
