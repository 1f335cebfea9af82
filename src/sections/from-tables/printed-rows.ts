// A borderless table as the stream finder may read it: the first lines of a tall row each a grid row of
// their own, the rest of the row's lines in one more (cells set at the top, padding between printed rows):
//   r2  31       | Budget Sub- | To consider PCC ...       y 448-460
//   r3  January  | Group       | and precept and ...       y 463-476   3 pt below: the same printed row
//   r4  2023     |             | of questioning ...        y 479-586   (a cell of many lines)
//   r5  6        | Policing    | To review ...             y 600-612   14 pt below: the next printed row
// Grid rows a line gap apart are one printed row when the table's other rows are set clearly further apart
// (padding) and one of them holds a cell of several lines. Tables of one-line rows are left as read.
import type { Box, Span, TableBlock, TableCell } from '../../model.js';
import { joinWrappedLines } from '../../text.js';

// one view per table: every parser reads the same rows
const views = new WeakMap<TableBlock, TableBlock>();

/** The table with grid rows that are lines of one printed row read as that row (the table itself when none are). */
export function printedRows(table: TableBlock): TableBlock {
  let view = views.get(table);
  if (!view) views.set(table, (view = regroup(table)));
  return view;
}

interface Extent { y0: number; y1: number; page: number | null; lineHeight: number }

function extentOf(row: (TableCell | null)[]): Extent | null {
  const boxed = row.filter((c): c is TableCell & { box: Box } => !!c?.box && c.text.trim() !== '');
  if (boxed.length === 0) return null;
  return {
    y0: Math.min(...boxed.map((c) => c.box.y0)), y1: Math.max(...boxed.map((c) => c.box.y1)),
    page: boxed[0].page, lineHeight: Math.min(...boxed.map((c) => c.box.y1 - c.box.y0)),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function regroup(table: TableBlock): TableBlock {
  if (table.method !== 'stream' || table.grid.length < 2) return table;
  const extents = table.grid.map(extentOf);
  const known = extents.filter((e): e is Extent => e !== null);
  if (known.length < 2) return table;
  const line = median(known.map((e) => e.lineHeight));
  const joinedOn = new Set(table.continuedAt ?? []);
  // gap[r]: from the row above to row r, on one page and within one piece
  const gaps = extents.map((e, r) => {
    const above = r > 0 ? extents[r - 1] : null;
    return e && above && e.page === above.page && !joinedOn.has(r) ? e.y0 - above.y1 : null;
  });
  const tight = (g: number | null) => g !== null && g <= 0.4 * line;
  // padding between rows, and a cell of several lines showing how close a cell's lines are set
  const tallCell = extents.some((e) => e && e.y1 - e.y0 > 1.6 * line);
  if (!tallCell || !gaps.some((g) => g !== null && g >= 0.8 * line) || !gaps.some(tight)) return table;
  // runs of rows each a line gap below the one before
  const groups: number[][] = [];
  table.grid.forEach((_, r) => (r > 0 && tight(gaps[r]) ? groups.at(-1)!.push(r) : groups.push([r])));
  if (groups.length === table.grid.length) return table;
  const newIndex = new Map<number, number>();
  groups.forEach((rows, i) => rows.forEach((r) => newIndex.set(r, i)));
  const grid = groups.map((rows) => mergeRows(rows.map((r) => table.grid[r]), table.nCols));
  const headerRows = table.headerRows > 0 ? newIndex.get(table.headerRows - 1)! + 1 : 0;
  const continuedAt = table.continuedAt?.map((r) => newIndex.get(r) ?? r);
  return { ...table, grid, headerRows, ...(continuedAt ? { continuedAt } : {}) };
}

/** Grid rows read as one row: each column's pieces joined as wrapped lines. */
function mergeRows(rows: (TableCell | null)[][], nCols: number): (TableCell | null)[] {
  const out: (TableCell | null)[] = [];
  for (let c = 0; c < nCols; c++) {
    const pieces = rows.map((row) => row[c]).filter((cell): cell is TableCell => !!cell);
    if (pieces.length === 0) {
      out.push(null);
      continue;
    }
    const filled = pieces.filter((p) => p.text.trim() !== '');
    const boxes = filled.map((p) => p.box).filter((b): b is Box => b !== null);
    // a piece spanning into the next column only where no line has a cell of its own there
    const ownNext = rows.some((row) => row[c + 1]);
    const spans: Span[] = filled.flatMap((p, i) => (i > 0 ? [{ text: ' ', bold: false, italic: false }, ...p.spans] : p.spans));
    out.push({
      text: joinWrappedLines(filled.map((p) => p.text.trim())), spans, rowSpan: 1,
      colSpan: ownNext ? 1 : Math.max(...pieces.map((p) => p.colSpan)),
      bold: filled.length > 0 && filled.every((p) => p.bold),
      box: boxes.length ? { x0: Math.min(...boxes.map((b) => b.x0)), y0: Math.min(...boxes.map((b) => b.y0)),
        x1: Math.max(...boxes.map((b) => b.x1)), y1: Math.max(...boxes.map((b) => b.y1)) } : pieces[0].box,
      page: pieces[0].page,
    });
  }
  return out;
}
