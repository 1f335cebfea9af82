// What the table-driven section parsers share: columns found by header words, tables that break across
// pages (header repeated) read as one (their rows: table-body.ts), the heading above a table. Print styles
// that leave a table's header apart from it (a header over two lines, the second read as a row; a shaded
// header read as a line of text above the table) are read as the header they are.
//
//   Supporting Document | Item | Topic                                  | Approximate time
//   Attached            | 4    | **MINUTES** To confirm the Minutes ... | 14:05
import type { Block, TableBlock, TableCell } from '../../model.js';
import { collapseSpaces } from '../../text.js';
import { printedRows } from './printed-rows.js';
import { narrowerPiece, spreadRow } from './narrower-piece.js';
import { headerLinesAbove, headerTextAbove, labelLike } from './header-apart.js';
import { bodyRows, cellText, headerKey, matchesHeader, type TableRow } from './table-body.js';

export const clean = collapseSpaces;

/** Two pieces of one text (a cell continued on the next page); null when both are empty. */
export function joinText(a: string | null, b: string): string | null {
  return clean(`${a ?? ''} ${b}`) || null;
}

/** Ordered column rules: each key takes the first column whose header matches and no earlier key took. */
export type ColumnRules<K extends string> = [K, RegExp][];
export type Columns<K extends string> = Partial<Record<K, number>>;

export function matchColumns<K extends string>(header: string[], rules: ColumnRules<K>): Columns<K> {
  const taken = new Set<number>();
  const columns: Columns<K> = {};
  for (const [key, re] of rules) {
    const index = header.findIndex((h, i) => !taken.has(i) && h !== '' && re.test(h));
    if (index >= 0) {
      columns[key] = index;
      taken.add(index);
    }
  }
  return columns;
}

export interface LogicalTable<K extends string> {
  columns: Columns<K>;
  header: string[];
  rows: TableRow[];
  /** the heading printed just above the table ("3. Completed Actions 2022-2023") */
  heading: string | null;
  /** index of the first table block in the block list (for ordering against other blocks) */
  blockIndex: number;
}

/**
 * Tables whose header (the marked header rows, or one of the first two rows) gives every `required`
 * column. A table block that follows with the same header repeated, or with no header and the same
 * number of columns, with nothing but page furniture between, is read as the continuation of the one before.
 */
export function findTables<K extends string>(
  blocks: Block[], rules: ColumnRules<K>, required: K[],
): LogicalTable<K>[] {
  const found: LogicalTable<K>[] = [];
  let open: { table: LogicalTable<K>; nCols: number; lastIndex: number; block: Block } | null = null;
  let last: LogicalTable<K> | null = null;
  blocks.forEach((block, index) => {
    if (block.kind !== 'table' || !block.table) return;
    const tableBlock = printedRows(block.table);
    const grid = tableBlock.grid;
    // a headerless table under a line of text made of the last table's header words: that header, printed apart
    const apart = last !== null && (grid[0]?.length ?? 0) === last.header.length && headerLinesAbove(blocks, index, last.header, rules) > 0;
    const head = headerOf(tableBlock, rules, required) ?? (apart && last ? { texts: last.header, bodyFrom: 0 } : null) ??
      headerApart(blocks, index, rules, required, grid[0]?.length ?? 0);
    const isLabel = (text: string) => labelLike(text, rules, head?.texts ?? open?.table.header ?? []);
    const between = open ? blocks.slice(open.lastIndex + 1, index - headerLinesAbove(blocks, index, open.table.header, rules)) : [];
    const escaped = open ? between.filter((b) => insideColumn(b, open!.block)) : [];
    const narrower = open && !head ? narrowerPiece(open.block, block, printedRows(open.block.table!), tableBlock) : null;
    const continues = open !== null && between.every((b) => escaped.includes(b) || filler(b)) &&
      (head ? matchesHeader(headerKey(open.table.header), head.texts) : grid[0]?.length === open.nCols || narrower !== null);
    if (continues && open) {
      // text of a long cell the style let out of the table, between its two parts: back into its cell
      const lastRow = open.table.rows.at(-1);
      for (const b of escaped) {
        const c = lastRow ? columnAt(open.block, b.box!.x0) : -1;
        if (lastRow && c >= 0 && c < lastRow.texts.length) lastRow.texts[c] = clean(`${lastRow.texts[c]} ${b.text}`);
      }
      const rows = bodyRows(tableBlock, head?.bodyFrom ?? 0, block, true, open.table.header, isLabel, narrower !== null);
      open.table.rows.push(...(narrower ? rows.map((row) => spreadRow(row, narrower, open!.nCols)) : rows));
      open.lastIndex = index;
      open.block = block;
      return;
    }
    if (!head) {
      open = null;
      return;
    }
    const table: LogicalTable<K> = {
      columns: matchColumns(head.texts, rules), header: head.texts,
      rows: bodyRows(tableBlock, head.bodyFrom, block, false, head.texts, isLabel),
      heading: headingAbove(blocks, index - headerLinesAbove(blocks, index, head.texts, rules)), blockIndex: index,
    };
    last = table;
    found.push(table);
    open = { table, nCols: head.texts.length, lastIndex: index, block };
  });
  return found;
}

interface HeaderReading {
  texts: string[];
  bodyFrom: number;
}

/** The header giving the required columns: the marked header rows read together, or row 1 or 2 alone. */
function headerOf<K extends string>(table: TableBlock, rules: ColumnRules<K>, required: K[]): HeaderReading | null {
  return headerReadings(table).find((h) => hasColumns(h.texts, rules, required)) ?? null;
}

// every parser looking for its tables reads the same headers: read once per table
const readings = new WeakMap<TableBlock, HeaderReading[]>();

function headerReadings(table: TableBlock): HeaderReading[] {
  const known = readings.get(table);
  if (known) return known;
  const { grid, headerRows } = table;
  const candidates = [0, 1].filter((r) => r < grid.length).map((r) => ({ texts: rowTexts(grid[r]), bodyFrom: r + 1 }));
  if (headerRows > 1 && grid.length >= headerRows) {
    const rows = grid.slice(0, headerRows).map(rowTexts);
    candidates.unshift({ texts: rows[0].map((_, c) => clean(rows.map((r) => r[c]).join(' '))), bodyFrom: headerRows });
  }
  readings.set(table, candidates);
  return candidates;
}

/** The header printed apart above a table with none of its own, when it gives the required columns. */
function headerApart<K extends string>(blocks: Block[], index: number, rules: ColumnRules<K>, required: K[], nCols: number): HeaderReading | null {
  const texts = headerTextAbove(blocks, index, rules, nCols);
  return texts && hasColumns(texts, rules, required) ? { texts, bodyFrom: 0 } : null;
}

function hasColumns<K extends string>(header: string[], rules: ColumnRules<K>, required: K[]): boolean {
  const columns = matchColumns(header, rules);
  return required.every((k) => columns[k] !== undefined) && header.every((h) => h.length < 60);
}

function rowTexts(row: (TableCell | null)[] | undefined): string[] {
  return (row ?? []).map((c) => cellText(c));
}

/** Page furniture between two table parts: a short plain paragraph (a page number). */
const filler = (b: Block) => b.kind !== 'table' && b.kind !== 'heading' && !b.bold && b.text.length < 40;

/** A block of text on the table's page, starting inside one of its columns after the first: part of a cell. */
function insideColumn(b: Block, table: Block): boolean {
  const box = table.table?.box ?? table.box;
  if (!box || !b.box || b.kind === 'table' || b.kind === 'heading' || b.page !== (table.table?.pageEnd ?? table.page)) return false;
  return b.box.x0 > box.x0 + 20 && b.box.x1 <= box.x1 + 2 && columnAt(table, b.box.x0) > 0;
}

/** The grid column whose cells span x on the page, -1 when none does. */
function columnAt(table: Block, x: number): number {
  for (const row of table.table ? printedRows(table.table).grid : []) {
    const c = row.findIndex((cell) => cell?.box && cell.colSpan === 1 && x >= cell.box.x0 - 2 && x < cell.box.x1);
    if (c >= 0) return c;
  }
  return -1;
}

/**
 * The heading just above a block: a heading or a short bold paragraph within the two blocks before it,
 * or a short line right above it that is no sentence (plain text has no bold).
 */
export function headingAbove(blocks: Block[], index: number): string | null {
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    const b = blocks[i];
    if (b.kind === 'table') return null;
    if ((b.kind === 'heading' || b.bold) && b.text.length < 150) return clean(b.text);
    if (i === index - 1 && b.kind === 'paragraph' && b.text.length < 60 && !/[.:;,]$/.test(b.text.trim())) {
      return clean(b.text);
    }
  }
  return null;
}
