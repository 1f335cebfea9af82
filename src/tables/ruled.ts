// Ruled tables (pdfplumber-like): snap rulings that nearly coincide, join collinear pieces, find the
// grids formed by crossing horizontal and vertical rulings, and cut each grid into cells; a missing
// ruling between two elementary cells merges them (rowSpan/colSpan). Words go to the cell holding
// their centre; a cell's lines are joined into one text, bold runs kept as spans. Partly ruled grids
// are repaired where the text shows it (cells merged only for want of a ruling are split; a grid that
// rules only columns is left to the stream finder); tables drawn one under the other are kept apart.
import type { Box, Ruling, TableBlock, TableCell, Word } from '../model.js';
import { countHeaderRows, makeCell, wordLines } from './cells.js';
import { isFigure } from './figure.js';
import type { TableSettings } from './settings.js';
import { textLines } from './lines.js';
import { band, covered, find, grids, normalise, segsAt, splitStacked, uniq, verticals, type Seg } from './gridlines.js';
import { lengthenToRuleEnds, widenToRuleEnds, withBandRows, withGutters } from './gridrepair.js';
import { WordsByY } from './wordsbyy.js';

export { joinedVerticals } from './gridlines.js';

const MAX_GRID_LINES = 300;
const MAX_GRID_SEGMENTS = 5000;

/** A cell merged across columns only because the column rulings stop short (ruled header, body ruled
 * by rows only): when its text falls apart at cell gaps into chunks each inside one column, split it. */
function splitByColumns(words: Word[], edges: number[], s: TableSettings): Word[][] | null {
  const parts: Word[][] = edges.slice(1).map(() => []);
  for (const line of textLines(words, s)) {
    for (const c of line.chunks) {
      const k = band(edges, c.x0);
      if (k < 0 || c.x1 > edges[k + 1]) return null;
      parts[k].push(...c.words);
    }
  }
  return parts.filter((p) => p.length).length >= 2 ? parts : null;
}

/** A label column left without row rulings while the value columns have them: each line of the tall
 * cell sits level with the text of one row band (a merged cell's text is centred, not level with
 * every band). Returns the words per row band, or null to keep the cell merged. */
function splitByRows(words: Word[], ys: number[], i0: number, i1: number, centres: number[][]): Word[][] | null {
  const parts: Word[][] = Array.from({ length: i1 - i0 + 1 }, () => []);
  for (const line of wordLines(words)) {
    const cy = (line[0].y0 + line[0].y1) / 2, half = (line[0].y1 - line[0].y0) / 2;
    const k = band(ys, cy);
    if (k < i0 || k > i1) return null;
    const level = centres[k].filter((c) => Math.abs(c - cy) < 0.5 * half).length > line.length;
    if (!level) return null;
    parts[k - i0].push(...line);
  }
  // a heading merged over two rows can have its two lines level with both; a column of labels runs longer
  return parts.filter((p) => p.length).length >= 3 ? parts : null;
}

/** Two cells of one row holding three or more lines of figures each: the grid rules only columns (and
 * the header), its body rows are unruled and better read by the stream finder. */
function stackedRows(cellWords: Map<number, Word[]>, rowOf: (root: number) => number): boolean {
  const perRow = new Map<number, number>();
  for (const [root, words] of cellWords) {
    // three lines take three words at least: most cells hold fewer
    if (words.length < 3) continue;
    const figureLines = wordLines(words).filter((l) => l.every((w) => isFigure(w.text)));
    if (figureLines.length < 3) continue;
    const n = (perRow.get(rowOf(root)) ?? 0) + 1;
    if (n >= 2) return true;
    perRow.set(rowOf(root), n);
  }
  return false;
}

function gridTable(g: { hs: Seg[]; vs: Seg[] }, pageWords: WordsByY, page: number, s: TableSettings, minRows = s.minRuledRows): TableBlock | null {
  const tol = s.joinTolPt;
  const ys = uniq(g.hs.map((h) => h.at), tol);
  const xs = uniq(g.vs.map((v) => v.at), tol);
  lengthenToRuleEnds(ys, xs, g, pageWords, tol);
  // the words between the grid's top and bottom lines: those of its rows
  const words = pageWords.between(ys[0], ys[ys.length - 1]);
  widenToRuleEnds(xs, ys, g, words, tol);
  const nr = ys.length - 1, nc = xs.length - 1;
  // hatching, charts and drawings give grids of hundreds of lines: not tables, and too costly to cut
  if (nr < minRows || nc < s.minRuledCols || nr > MAX_GRID_LINES || nc > MAX_GRID_LINES) return null;
  // elementary cells, merged where the ruling between them is missing
  const id = (i: number, j: number) => i * nc + j;
  const parent = Array.from({ length: nr * nc }, (_, k) => k);
  const columnLines = xs.map((x) => segsAt(g.vs, x, tol)), rowLines = ys.map((y) => segsAt(g.hs, y, tol));
  for (let i = 0; i < nr; i++) {
    for (let j = 0; j < nc; j++) {
      if (j + 1 < nc && covered(columnLines[j + 1], ys[i], ys[i + 1], tol) < 0.6) parent[find(parent, id(i, j + 1))] = find(parent, id(i, j));
      if (i + 1 < nr && covered(rowLines[i + 1], xs[j], xs[j + 1], tol) < 0.6) parent[find(parent, id(i + 1, j))] = find(parent, id(i, j));
    }
  }
  const cellWords = new Map<number, Word[]>();
  for (const w of words) {
    const i = band(ys, (w.y0 + w.y1) / 2), j = band(xs, (w.x0 + w.x1) / 2);
    if (i < 0 || j < 0) continue;
    const root = find(parent, id(i, j));
    const list = cellWords.get(root);
    if (list) list.push(w);
    else cellWords.set(root, [w]);
  }
  if (cellWords.size < 2 || stackedRows(cellWords, (root) => Math.floor(root / nc))) return null;
  const extent = new Map<number, [number, number, number, number]>();
  for (let i = 0; i < nr; i++) {
    for (let j = 0; j < nc; j++) {
      const r = find(parent, id(i, j));
      const e = extent.get(r);
      extent.set(r, e ? [Math.min(e[0], i), Math.min(e[1], j), Math.max(e[2], i), Math.max(e[3], j)] : [i, j, i, j]);
    }
  }
  const grid: (TableCell | null)[][] = Array.from({ length: nr }, () => Array<TableCell | null>(nc).fill(null));
  // text centres per row band, to tell a column left unruled between rows from a merged cell
  const centres: number[][] = Array.from({ length: nr }, () => []);
  for (const ws of cellWords.values()) {
    for (const w of ws) centres[band(ys, (w.y0 + w.y1) / 2)]?.push((w.y0 + w.y1) / 2);
  }
  for (const [root, [i0, j0, i1, j1]] of extent) {
    const words = cellWords.get(root) ?? [];
    const byRow = i1 > i0 && j1 === j0 ? splitByRows(words, ys, i0, i1, centres) : null;
    if (byRow) {
      byRow.forEach((ws, k) => {
        const box: Box = { x0: xs[j0], y0: ys[i0 + k], x1: xs[j0 + 1], y1: ys[i0 + k + 1] };
        grid[i0 + k][j0] = makeCell(ws, page, box, 1, 1);
      });
      continue;
    }
    const split = j1 > j0 ? splitByColumns(words, xs.slice(j0, j1 + 2), s) : null;
    if (split) {
      split.forEach((ws, k) => {
        const box: Box = { x0: xs[j0 + k], y0: ys[i0], x1: xs[j0 + k + 1], y1: ys[i1 + 1] };
        grid[i0][j0 + k] = makeCell(ws, page, box, i1 - i0 + 1, 1);
      });
      continue;
    }
    const box: Box = { x0: xs[j0], y0: ys[i0], x1: xs[j1 + 1], y1: ys[i1 + 1] };
    grid[i0][j0] = makeCell(words, page, box, i1 - i0 + 1, j1 - j0 + 1);
  }
  return {
    grid,
    headerRows: countHeaderRows(grid),
    nCols: nc,
    pageStart: page,
    pageEnd: page,
    box: { x0: xs[0], y0: ys[0], x1: xs[nc], y1: ys[nr] },
    method: 'ruled',
  };
}

/** Share of the page height at its top and bottom where a running header or footer may stand. */
const RUNNING_ZONE = 0.08;

/** The highest and lowest word centres of the page outside its running header and footer zones. */
function bodyCentres(words: Word[], pageHeight: number): { top: number; bottom: number } {
  let top = Infinity, bottom = -Infinity;
  for (const w of words) {
    const cy = (w.y0 + w.y1) / 2;
    if (w.y1 > RUNNING_ZONE * pageHeight && cy < top) top = cy;
    if (w.y0 < (1 - RUNNING_ZONE) * pageHeight && cy > bottom) bottom = cy;
  }
  return { top, bottom };
}

/** A grid at the page's top or bottom edge (beyond it at most a running header or footer): one ruled row is
 * enough there, a row of a table the page break cut (the table join puts it back). */
function atPageEdge(g: { hs: Seg[] }, body: { top: number; bottom: number }): boolean {
  const top = Math.min(...g.hs.map((h) => h.at)), bottom = Math.max(...g.hs.map((h) => h.at));
  return body.top >= top || body.bottom <= bottom;
}

export function findRuledTables(rulings: Ruling[], words: Word[], page: number, s: TableSettings, pageHeight = 0, bands: Box[] = []): TableBlock[] {
  const hs = normalise(rulings.filter((r) => r.orientation === 'h').map((r) => ({ at: (r.y0 + r.y1) / 2, from: r.x0, to: r.x1 })), s);
  const vs = verticals(rulings, s);
  if (!hs.length || !vs.length || hs.length + vs.length > 4 * MAX_GRID_SEGMENTS) return [];
  const found = grids(hs, vs, s.joinTolPt).filter((g) => g.hs.length && g.vs.length && g.hs.length + g.vs.length <= MAX_GRID_SEGMENTS);
  if (!found.length) return [];
  const pageWords = new WordsByY(words);
  const body = bodyCentres(words, pageHeight);
  return found
    .flatMap((g) => splitStacked(g, s.joinTolPt))
    .map((g) => withGutters(withBandRows(g, pageWords, s, bands), pageWords, s))
    .map((g) => gridTable(g, pageWords, page, s, pageHeight > 0 && atPageEdge(g, body) ? Math.min(1, s.minRuledRows) : s.minRuledRows))
    .filter((t): t is TableBlock => t !== null);
}
