// The body rows of a table as the section parsers read them: a cell merged down over several rows gives
// its text to each, a header repeated after a page break and rows of labels right under a header are
// dropped, and each row knows its page and whether it opens a part after a page break.
//
//   Ref | Meeting  | Action            <- header (repeated on the next page: dropped)
//   620 | Nov 2021 | The OPCC to ...   <- a row: texts, cells, carried, page, afterBreak
import type { Block, TableBlock, TableCell } from '../../model.js';
import { collapseSpaces } from '../../text.js';
import { headerAgain, wordsOf } from './header-apart.js';

export interface TableRow {
  /** cell texts; a position covered by a cell merged from above repeats that cell's text */
  texts: string[];
  cells: (TableCell | null)[];
  /** true where the text was carried down from a merged cell above */
  carried: boolean[];
  page: number | null;
  /** first body row after a page break (a continued table) */
  afterBreak: boolean;
}

export function cellText(cell: TableCell | null | undefined): string {
  return cell ? collapseSpaces(cell.text) : '';
}

/** A header's texts lower-cased once, to compare many rows with it regardless of case. */
export const headerKey = (header: string[]) => header.map((t) => t.toLowerCase());
export const matchesHeader = (key: string[], texts: string[]) =>
  key.length === texts.length && texts.every((t, i) => t.toLowerCase() === key[i]);

/** Body rows from `from` on; a row wholly covered by merged cells above and a repeated header are dropped
 * (with `labelsFirst`, leading rows of labels too: what is left of a header the print kept apart). */
export function bodyRows(
  table: TableBlock, from: number, block: Block, continued: boolean, header: string[],
  isLabel: (text: string) => boolean, labelsFirst = false,
): TableRow[] {
  const { grid } = table;
  const rows: TableRow[] = [];
  let page = table.pageStart ?? block.page;
  let headerRepeated = false;
  // right under a header (its own, or repeated), rows of labels only are the rest of the header
  let underHeader = from > 0 || labelsFirst;
  const key = headerKey(header);
  const headerWords = new Set(header.flatMap(wordsOf));
  for (let r = from; r < grid.length; r++) {
    if (grid[r].every((cell) => cell === null)) continue;
    const texts: string[] = [];
    const carried: boolean[] = [];
    grid[r].forEach((cell, c) => {
      const above = cell === null ? spanningCellAbove(grid, r, c) : null;
      texts.push(cell ? cellText(cell) : above ? cellText(above) : '');
      carried.push(cell === null && above !== null);
    });
    if (matchesHeader(key, texts) || headerAgain(texts, headerWords)) {
      headerRepeated = underHeader = true;
      continue;
    }
    const filled = texts.filter(Boolean);
    if (underHeader && filled.length > 0 && filled.every(isLabel)) continue;
    underHeader = false;
    const rowPage = grid[r].find((c) => c?.page != null)?.page ?? page;
    const joinedOn = table.continuedAt?.includes(r) ?? false;
    const afterBreak = joinedOn || headerRepeated || (rows.length === 0 ? continued : rowPage !== page);
    headerRepeated = false;
    page = rowPage;
    rows.push({ texts, cells: grid[r], carried, page: rowPage, afterBreak });
  }
  return rows;
}

function spanningCellAbove(grid: (TableCell | null)[][], r: number, c: number): TableCell | null {
  for (let up = r - 1; up >= 0; up--) {
    const cell = grid[up][c];
    if (cell) return cell.rowSpan > r - up ? cell : null;
  }
  return null;
}
