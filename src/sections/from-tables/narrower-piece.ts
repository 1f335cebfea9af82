// A table's next part after a page break read with fewer columns: a column empty on that page (no
// update yet) gives the stream finder nothing to see, so the part comes without it:
//   Minute/ Action No. | Meeting date | Action                  | Update/ notes      <- page 7
//   687 iii c          | Nov 2022     | The Police and Crime ... |                    <- page 8: 3 columns
// Each of its columns lies within one column of the part before: its cells go there. A column that runs
// over two of them (two columns read as one) is no such part.
import type { Block, TableBlock, TableCell } from '../../model.js';
import type { TableRow } from './table-body.js';

const usable = (c: TableCell | null): c is TableCell & { box: NonNullable<TableCell['box']> } =>
  !!c?.box && c.colSpan === 1 && c.text.trim() !== '';

/** Left edges of a grid's columns (from its cells), undefined where no cell shows one. */
function leftEdges(grid: (TableCell | null)[][], nCols: number): (number | undefined)[] {
  return Array.from({ length: nCols }, (_, c) => {
    const xs = grid.map((row) => row[c]).filter(usable).map((cell) => cell.box.x0);
    return xs.length ? Math.min(...xs) : undefined;
  });
}

/** The column of `before` each column of `piece` lies within; null unless every one lies within one, in order. */
export function columnsWithin(before: TableBlock, piece: TableBlock): number[] | null {
  const edges = leftEdges(before.grid, before.nCols);
  if (edges.some((x) => x === undefined)) return null;
  const map: number[] = [];
  for (let j = 0; j < piece.nCols; j++) {
    const cells = piece.grid.map((row) => row[j]).filter(usable);
    if (cells.length === 0) return null;
    const x0 = Math.min(...cells.map((c) => c.box.x0)), x1 = Math.max(...cells.map((c) => c.box.x1));
    const c = edges.findLastIndex((x) => x! <= x0 + 2);
    if (c < 0 || (map.length && c <= map.at(-1)!) || (c + 1 < edges.length && x1 > edges[c + 1]! + 2)) return null;
    map.push(c);
  }
  return map;
}

/** A row of the narrower part spread over the columns of the part before. */
export function spreadRow(row: TableRow, map: number[], nCols: number): TableRow {
  const texts = Array<string>(nCols).fill('');
  const cells = Array<TableCell | null>(nCols).fill(null);
  const carried = Array<boolean>(nCols).fill(false);
  map.forEach((c, j) => [texts[c], cells[c], carried[c]] = [row.texts[j], row.cells[j], row.carried[j]]);
  return { ...row, texts, cells, carried };
}

/** `block` goes on from `before` on a later page, with fewer columns, each within one of before's. */
export function narrowerPiece(before: Block, block: Block, beforeGrid: TableBlock, grid: TableBlock): number[] | null {
  if (before.page === null || block.page === null || block.page <= (beforeGrid.pageEnd ?? before.page)) return null;
  return grid.nCols < beforeGrid.nCols ? columnsWithin(beforeGrid, grid) : null;
}
