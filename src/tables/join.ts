// Tables that are one printed table in several pieces, joined in the document model (for every format).
// Two table pieces with nothing but running headers/footers between them join when
// - a page break separates them and their columns match (same count, and left edges agree where both
//   pages give boxes): a table continued on the next page;
// - on one page (or in a source without pages) the second repeats the first's header rows, or has no
//   header of its own (its first row holds figures) and about the same columns: one table split by the
//   exporter (HTML and text exports, and their prints, cut tables this way).
// A header row repeated at the top of the continuation is dropped; the rows where a piece was joined on
// are recorded (continuedAt), since a row broken there may go on from the row above.
import { tableRowsText, type Block, type Page, type TableBlock, type TableCell } from '../model.js';
import { isFigure } from './figure.js';

const isRunning = (b: Block) => b.kind === 'header' || b.kind === 'footer';

const rowText = (row: TableBlock['grid'][number]) => row.map((c) => (c?.text ?? '').replace(/\s+/g, ' ').trim().toLowerCase()).join('|');

function columnsMatch(a: TableBlock, b: TableBlock): boolean {
  if (a.nCols !== b.nCols) return false;
  if (!a.box || !b.box) return true;
  const w = Math.max(a.box.x1 - a.box.x0, b.box.x1 - b.box.x0);
  return Math.abs(a.box.x0 - b.box.x0) <= 0.05 * w && Math.abs(a.box.x1 - b.box.x1) <= 0.1 * w;
}

/** b opens with a header of its own that repeats most of a's column headings but not all (May-22 | WMP |
 * Rank, then Jun-22 | WMP | Rank): another table of the same form, not a's continuation. */
function siblingHeader(a: TableBlock, b: TableBlock): boolean {
  if (!a.headerRows || !b.headerRows || !a.grid[0] || !b.grid[0]) return false;
  const texts = (row: TableBlock['grid'][number]) => rowText(row).split('|');
  const x = texts(a.grid[0]), y = texts(b.grid[0]);
  const same = x.filter((t, j) => t !== '' && t === y[j]).length, differ = x.filter((t, j) => t !== y[j]).length;
  return differ > 0 && same >= 2 && same >= differ;
}

/** b is one row opening the next page, as many columns as a, from the same left edge: a's last row, cut off by
 * the page break and drawn at its own widths (word processors size a row's cells afresh on each page). */
function lastRowCarriedOver(a: TableBlock, b: TableBlock): boolean {
  if (b.grid.length !== 1 || a.nCols !== b.nCols || !a.box || !b.box) return false;
  return Math.abs(a.box.x0 - b.box.x0) <= 0.05 * (a.box.x1 - a.box.x0);
}

/** Leading rows of b that repeat a's header rows. */
function repeatedHeader(a: TableBlock, b: TableBlock): number {
  let n = 0;
  while (n < Math.max(a.headerRows, 1) && b.grid[n] && a.grid[n] && rowText(a.grid[n]) === rowText(b.grid[n])) n++;
  return n;
}

/** Both pieces open with the same non-empty header rows (one piece may count a row more as header). */
function sameHeader(a: TableBlock, b: TableBlock): boolean {
  if (a.nCols !== b.nCols || Math.max(a.headerRows, b.headerRows) === 0 || !a.grid[0]?.some((c) => c?.text.trim())) return false;
  const n = repeatedHeader(a, b);
  return n > 0 && n >= Math.min(a.headerRows, b.headerRows);
}

/** b goes on with body rows of a: its first row holds figures beside its label, as a's rows do. */
function headerlessContinuation(a: TableBlock, b: TableBlock): boolean {
  const figures = (row: (TableCell | null)[] | undefined) => !!row?.slice(1).some((c) => c !== null && isFigure(c.text.trim()));
  return Math.abs(a.nCols - b.nCols) <= 1 && figures(b.grid[0]) && a.grid.slice(a.headerRows).some(figures);
}

const widen = (row: (TableCell | null)[], n: number) => (row.length < n ? [...row, ...Array<null>(n - row.length).fill(null)] : row);

/** Append the rows of `piece` (less its repeated header) to the table of `into`. */
function append(into: Block, piece: TableBlock, pageEnd: number | null): void {
  const a = into.table!;
  const skip = repeatedHeader(a, piece), at = a.grid.length;
  const nCols = Math.max(a.nCols, piece.nCols);
  const rows = piece.grid.slice(skip);
  // the piece's own joins move along with its rows
  const inner = (piece.continuedAt ?? []).map((r) => r - skip + at).filter((r) => r > at);
  if (rows.length) a.continuedAt = [...(a.continuedAt ?? []), at, ...inner];
  a.grid = [...a.grid, ...rows].map((r) => widen(r, nCols));
  a.nCols = nCols;
  a.pageEnd = piece.pageEnd ?? pageEnd ?? a.pageEnd;
  into.text = [into.text, tableRowsText(rows)].filter(Boolean).join('\n');
}

const filledTexts = (row: (TableCell | null)[]) => rowText(row).split('|').filter(Boolean).join('|');

/** b is nothing but a's leading rows again (less a column they leave empty): the header a spreadsheet
 * print repeats at the top of each page, read apart from the rows when notes stand between them. */
function headerOnlyRepeat(a: TableBlock, b: TableBlock): boolean {
  return a.headerRows > 0 && b.grid.length > 0 && b.grid.length < a.grid.length && b.nCols >= a.nCols - 1 &&
    b.grid.every((row, r) => filledTexts(row) !== '' && filledTexts(row) === filledTexts(a.grid[r]));
}

const wordBag = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean).sort().join(' ');

/** A text block holding just the words of a's header rows: the header repeated at the top of a page,
 * read as a line of text apart from the grid (its cells drawn without rulings). */
function headerTextRepeat(a: TableBlock, block: Block): boolean {
  if (a.headerRows === 0) return false;
  const header = wordBag(a.grid.slice(0, a.headerRows).flatMap((row) => row.map((c) => c?.text ?? '')).join(' '));
  return header !== '' && wordBag(block.text) === header;
}

/** Below a table on the same page, after a few lines of notes, b goes on in the same printed grid:
 * no header of its own, figures first, the same columns at the same place. */
function continuesBelowNotes(a: TableBlock, b: TableBlock, notes: Block[]): boolean {
  const chars = notes.reduce((n, x) => n + x.text.length, 0);
  return !!a.box && !!b.box && a.nCols === b.nCols && b.headerRows === 0 && notes.length <= MAX_NOTES &&
    chars <= MAX_NOTE_CHARS && columnsMatch(a, b) && headerlessContinuation(a, b);
}

const MAX_NOTES = 6;
const MAX_NOTE_CHARS = 500;

/** A heading (or one short line) just above the rows labels them as a group: a row of the table. */
function groupLabelRow(note: Block, b: TableBlock): (TableCell | null)[] | null {
  const text = note.text.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 60 || (note.kind !== 'heading' && (note.lines.length > 1 || /[.;]$/.test(text)))) return null;
  const at = Math.max(0, (b.grid[0] ?? []).findIndex((c) => c !== null && c.text.trim() !== '' && !isFigure(c.text.trim())));
  const cell: TableCell = { text, spans: note.spans, rowSpan: 1, colSpan: 1, bold: note.bold, box: note.box, page: note.page };
  return Array.from({ length: b.nCols }, (_, j) => (j === at ? cell : { ...cell, text: '', spans: [], box: null }));
}

/** Merge each table piece into the table it continues (in place; the name is kept from the PDF reader's use). */
export function joinTablesAcrossPages(pages: Page[]): void {
  let open: { block: Block; page: Page } | null = null;
  // a repeated header opened the page: notes under it do not end the table it continues
  let afterHeader = false;
  // text blocks between the open table and the next piece on its page
  let notes: Block[] = [];
  for (const page of pages) {
    // ... only down the page it opened
    if (afterHeader || notes.length) [open, afterHeader, notes] = [null, false, []];
    for (let i = 0; i < page.blocks.length; i++) {
      const block = page.blocks[i];
      if (isRunning(block)) continue;
      const table = block.table;
      if (!table || block.kind !== 'table') {
        if (open && open.page !== page && !afterHeader && !notes.length && headerTextRepeat(open.block.table!, block)) {
          open.page = page;
          afterHeader = true;
          page.blocks.splice(i--, 1);
          continue;
        }
        if (open && !afterHeader) notes.push(block);
        continue;
      }
      const prev = open?.block.table;
      if (prev && open && open.page !== page && headerOnlyRepeat(prev, table)) {
        open.page = page;
        afterHeader = true;
        page.blocks.splice(i--, 1);
        continue;
      }
      const joins = prev && open && (notes.length ? continuesBelowNotes(prev, table, notes) : open.page !== page || afterHeader
        ? (columnsMatch(prev, table) && !siblingHeader(prev, table)) || (open.page !== page && lastRowCarriedOver(prev, table))
        : sameHeader(prev, table) || headerlessContinuation(prev, table));
      afterHeader = false;
      const label = joins && notes.length ? groupLabelRow(notes[notes.length - 1], table) : null;
      if (label) {
        table.grid.unshift(label);
        page.blocks.splice(page.blocks.indexOf(notes[notes.length - 1]), 1);
        i--;
      }
      notes = [];
      if (joins && open) {
        append(open.block, table, page.number);
        open.page = page;
        page.blocks.splice(i--, 1);
        continue;
      }
      open = { block, page };
    }
  }
}
