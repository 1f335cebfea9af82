// Rows of an unruled table whose cells are set against the middle of their row (Word's centred cell
// alignment, CSS vertical-align: middle). The short cells of a row sit half way down its tallest one,
// between its lines, so no line of the page is the row's first:
//          The Scrutiny Officer to       The report has
//          provide the panel with an     been drafted
//   A01/24 update on the contract,       and is with      Complete
//          setting out the savings       the Chair.
//          and the risks.
// Each column's words fall into cells (lines at the leading; a wider gap ends a cell); the column with
// the most cells that leaves no row empty or alone gives the rows' middles, and every other cell goes to
// the row whose middle is its own (paragraphs of one cell together).
// A column whose cells touch from row to row (no padding between rows) is cut where each part is
// centred on the middle of the next row. Used only where the cells show it: several cells of more
// than one line centred on a shorter cell's middle, and none set to the top of the row instead.
import type { Word } from '../model.js';
import { boxOf } from './lines.js';
import { wordLines } from './cells.js';
import type { Row } from './rows.js';

/** Lines of one column, apart by no more than the leading: one cell (or cells of rows that touch). */
interface Stack {
  lines: Word[][];
  top: number;
  bottom: number;
}

const top = (l: Word[]) => Math.min(...l.map((w) => w.y0));
const bottom = (l: Word[]) => Math.max(...l.map((w) => w.y1));
const middle = (s: { top: number; bottom: number }) => (s.top + s.bottom) / 2;
const stackOf = (lines: Word[][]): Stack => ({ lines, top: top(lines[0]), bottom: bottom(lines[lines.length - 1]) });

/** Each column's words in stacks: lines whose gap is at most the tightest gap of the table plus a step. */
function columnStacks(rows: Row[], em: number): Stack[][] {
  const columns = rows[0].cells.map((_, j) => wordLines(rows.flatMap((r) => r.cells[j])));
  let tight = Infinity;
  for (const ls of columns) for (let i = 1; i < ls.length; i++) tight = Math.min(tight, Math.max(0, top(ls[i]) - bottom(ls[i - 1])));
  const limit = tight + 0.3 * em;
  return columns.map((ls) => {
    const out: Word[][][] = [];
    ls.forEach((l, i) => (i > 0 && top(l) - bottom(ls[i - 1]) <= limit ? out[out.length - 1].push(l) : out.push([l])));
    return out.map(stackOf);
  });
}

/** A band of one row set against its middle: every column one cell, all centred on one middle, of
 * different heights (a two-line heading beside a one-line one); a column filled again after a gap
 * is then the lower half of its centred cell, not a new row. */
export function oneMiddleRow(rows: Row[], em: number): boolean {
  const stacks = columnStacks(rows, em).filter((ss) => ss.length);
  if (stacks.length < 2 || stacks.some((ss) => ss.length > 1)) return false;
  const ms = stacks.map((ss) => middle(ss[0])), heights = new Set(stacks.map((ss) => ss[0].lines.length));
  return heights.size > 1 && Math.max(...ms) - Math.min(...ms) <= 0.3 * em;
}

/** Lines of a stack cut into parts centred on the middles it covers, in order (a part may be empty). */
function cut(s: Stack, middles: number[]): Word[][][] {
  const parts: Word[][][] = [];
  let p = 0;
  middles.forEach((m, k) => {
    if (k === middles.length - 1) return parts.push(s.lines.slice(p));
    if (p >= s.lines.length || top(s.lines[p]) > m) return parts.push([]);
    let e = p;
    const off = (i: number) => Math.abs((top(s.lines[p]) + bottom(s.lines[i])) / 2 - m);
    while (e + 1 < s.lines.length && off(e + 1) < off(e)) e++;
    parts.push(s.lines.slice(p, e + 1));
    p = e + 1;
  });
  return parts;
}

/** Cells of each row (by its middle) with one column's cells giving the middles; null when a cell sits
 * off every middle (`boxed`: see middleRows). `misfits` counts the rows that column leaves empty and those it fills alone. */
function assign(stacks: Stack[][], order: number[], nCols: number, em: number, boxed: boolean) {
  const anchor = stacks[order[0]];
  const middles = anchor.map(middle), tops = anchor.map((s) => s.top);
  const tol = 0.3 * em;
  // cells per row middle: column -> lines
  const cells = new Map<number, Word[][][]>(middles.map((m, k) => [k, Array.from({ length: nCols }, () => [])]));
  anchor.forEach((s, k) => cells.get(k)![order[0]].push(...s.lines));
  let centred = 0, offCentre = 0, added = 0;
  const rowAt = (m: number, off = tol) => middles.findIndex((x) => Math.abs(x - m) <= off);
  const inside = (s: Stack) => middles.map((m, k) => [m, k]).filter(([m]) => m > s.top && m < s.bottom);
  for (const j of order.slice(1)) {
    const column = stacks[j];
    for (let i = 0; i < column.length; i++) {
      let s = column[i], k = rowAt(middle(s));
      // paragraphs of one cell, apart by more than its leading: together centred on a row's middle (off
      // it by at most half the spacing after the last paragraph)
      for (let e = i + 1; boxed && k < 0 && inside(s).length < 2 && e < column.length; e++) {
        const u = stackOf(column.slice(i, e + 1).flatMap((x) => x.lines));
        if (inside(u).length >= 2) break;
        k = rowAt(middle(u), 0.5 * em);
        if (k >= 0) [s, i] = [u, e];
      }
      const within = inside(s);
      if (within.length >= 2) {
        cut(s, within.map(([m]) => m)).forEach((part, p) => cells.get(within[p][1])![j].push(...part));
        continue;
      }
      if (k >= 0) {
        // a cell of several lines centred on a cell of another height: the alignment shows
        if (s.lines.length > 1 && Math.abs(s.top - tops[k]) > tol) centred++;
        cells.get(k)![j].push(...s.lines);
      } else if (within.length === 1) {
        offCentre++;
        cells.get(within[0][1])![j].push(...s.lines);
      } else {
        // a row the anchor column leaves empty
        added++;
        middles.push(middle(s));
        tops.push(s.top);
        cells.set(middles.length - 1, Array.from({ length: nCols }, (_, jj) => (jj === j ? [...s.lines] : [])));
      }
    }
  }
  if (centred < (boxed ? 1 : 2) || offCentre > 0) return null;
  // rows of the anchor's cells alone: paragraphs of one cell taken for rows
  const alone = [...cells.values()].filter((byCol) => byCol.every((ls, j) => (j === order[0]) === ls.length > 0)).length;
  return { cells, middles, misfits: added + alone };
}

/** The rows of a middle-aligned table, or null when its cells do not show that alignment: two cells
 * of several lines centred on cells of other heights. The column with the most cells gives the rows'
 * middles. Inside a ruled box (`boxed`: its rules already say it is a table) one such cell is enough,
 * the paragraphs of a cell go together, and failing the first, another column that leaves no row empty
 * or alone gives the middles (a column whose cells hold several paragraphs has more cells than rows).
 * Not in unruled tables: lines at the leading stack into one tall cell, a heading over sub-headings
 * into paragraphs, and rows would be found that are not there. */
export function middleRows(rows: Row[], em: number, boxed = false): Row[] | null {
  if (rows.length < 3) return null;
  const stacks = columnStacks(rows, em);
  const order = stacks.map((_, j) => j).sort((a, b) => stacks[b].length - stacks[a].length || a - b);
  const anchored = (a: number) => assign(stacks, [a, ...order.filter((j) => j !== a)], rows[0].cells.length, em, boxed);
  if (stacks[order[0]].length < 2) return null;
  let best = anchored(order[0]);
  for (const a of boxed ? order.slice(1) : []) {
    if (stacks[a].length < 2 || best?.misfits === 0) break;
    const got = anchored(a);
    if (got?.misfits === 0) best = got;
  }
  if (!best) return null;
  const { cells, middles } = best;
  return [...cells.entries()]
    .sort(([a], [b]) => middles[a] - middles[b])
    .map(([, byCol]) => {
      const words = byCol.map((ls) => ls.flat());
      return { lines: [], cells: words, spans: words.map(() => 1), box: boxOf(words.flat()) };
    });
}
