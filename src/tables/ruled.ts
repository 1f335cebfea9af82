// Ruled tables (pdfplumber-like): snap rulings that nearly coincide, join collinear pieces, find the
// grids formed by crossing horizontal and vertical rulings, and cut each grid into cells; a missing
// ruling between two elementary cells merges them (rowSpan/colSpan). Words go to the cell holding
// their centre; a cell's lines are joined into one text, bold runs kept as spans. Partly ruled grids
// are repaired where the text shows it (cells merged only for want of a ruling are split; a grid that
// rules only columns is left to the stream finder); tables drawn one under the other are kept apart.
import { firstIndexNotBefore } from '../bisect.js';
import type { Box, Ruling, TableBlock, TableCell, Word } from '../model.js';
import { countHeaderRows, makeCell, wordLines } from './cells.js';
import { isFigure } from './figure.js';
import type { TableSettings } from './settings.js';
import { textLines } from './lines.js';
import { withRowBreaks } from './ruledrows.js';
import { rowBands } from './bands.js';

const MAX_GRID_LINES = 300;
const MAX_GRID_SEGMENTS = 5000;

interface Seg {
  /** position across the ruling (y of a horizontal, x of a vertical) and its extent along it */
  at: number;
  from: number;
  to: number;
}

/** Snap positions within tol onto their cluster mean, then join overlapping or touching pieces (the
 * segments are the caller's own, made for this: snapped and extended in place). */
function normalise(segs: Seg[], s: TableSettings): Seg[] {
  const byAt = segs.sort((a, b) => a.at - b.at);
  for (let i = 0; i < byAt.length; ) {
    let k = i + 1;
    while (k < byAt.length && byAt[k].at - byAt[k - 1].at <= s.snapTolPt) k++;
    const cluster = byAt.slice(i, k);
    const mean = cluster.reduce((n, x) => n + x.at, 0) / cluster.length;
    for (const x of cluster) x.at = mean;
    i = k;
  }
  byAt.sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Seg[] = [];
  for (const seg of byAt) {
    const last = out[out.length - 1];
    if (last && last.at === seg.at && seg.from <= last.to + s.joinTolPt) last.to = Math.max(last.to, seg.to);
    else out.push(seg);
  }
  return out;
}

/** The segments at position `at` (one grid line), in their order. */
const segsAt = (segs: Seg[], at: number, tol: number) => segs.filter((seg) => Math.abs(seg.at - at) <= tol);

/** Share of [a, b] covered by the segments of one grid line. */
function covered(line: Seg[], a: number, b: number, tol: number): number {
  let n = 0;
  for (const seg of line) n += Math.max(0, Math.min(b, seg.to + tol) - Math.max(a, seg.from - tol));
  return b > a ? n / (b - a) : 0;
}

/** A page's words bucketed by vertical centre (a counting sort, linear in the words): each grid takes
 * the words of its rows from the buckets it spans instead of a pass over the whole page. */
class WordsByY {
  private readonly cy: Float64Array;
  /** word indices by bucket, each bucket in page order; bucket b holds order[start[b] .. start[b + 1]) */
  private readonly order: Int32Array;
  private readonly start: Int32Array;
  private readonly minY: number;
  private readonly step: number;

  constructor(private readonly words: Word[]) {
    const n = words.length;
    const cy = new Float64Array(n);
    let lo = Infinity, hi = -Infinity;
    for (let i = 0; i < n; i++) {
      const y = (cy[i] = (words[i].y0 + words[i].y1) / 2);
      if (y < lo) lo = y;
      if (y > hi) hi = y;
    }
    // about four words a bucket
    const buckets = Math.max(1, Math.min(256, n >> 2));
    this.cy = cy;
    this.minY = n ? lo : 0;
    this.step = hi > lo ? (hi - lo) / buckets : 1;
    const start = (this.start = new Int32Array(buckets + 1));
    const bucketOf = new Int32Array(n);
    for (let i = 0; i < n; i++) start[(bucketOf[i] = this.bucket(cy[i])) + 1]++;
    for (let b = 0; b < buckets; b++) start[b + 1] += start[b];
    const next = start.slice(0, buckets);
    const order = (this.order = new Int32Array(n));
    for (let i = 0; i < n; i++) order[next[bucketOf[i]]++] = i;
  }

  /** Bucket of a centre, clamped: the highest centre (one past the last bucket) and beyond go in the last. */
  private bucket(y: number): number {
    const b = Math.floor((y - this.minY) / this.step);
    return b > 0 ? Math.min(b, this.start.length - 2) : 0;
  }

  /** Words centred in [y0, y1], in page order (the order a cell's reading order falls back on). */
  between(y0: number, y1: number): Word[] {
    const { cy, order, words } = this;
    const from = this.start[this.bucket(y0)], to = this.start[this.bucket(y1) + 1];
    const found = new Int32Array(to - from);
    let k = 0;
    for (let p = from; p < to; p++) {
      const i = order[p];
      if (cy[i] >= y0 && cy[i] <= y1) found[k++] = i;
    }
    const inOrder = found.subarray(0, k).sort();
    const out: Word[] = new Array(k);
    for (let j = 0; j < k; j++) out[j] = words[inOrder[j]];
    return out;
  }
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]];
  return i;
}

/** Groups of rulings connected by crossings (one group per grid). */
function grids(hs: Seg[], vs: Seg[], tol: number): { hs: Seg[]; vs: Seg[] }[] {
  const parent = [...hs, ...vs].map((_, i) => i);
  const vOrder = vs.map((v, i) => i).sort((a, b) => vs[a].at - vs[b].at);
  hs.forEach((h, i) => {
    // vertical rulings whose x lies within the horizontal's extent (binary search on sorted x)
    const lo = firstIndexNotBefore(vOrder.length, (k) => vs[vOrder[k]].at < h.from - tol);
    for (let k = lo; k < vOrder.length && vs[vOrder[k]].at <= h.to + tol; k++) {
      const v = vs[vOrder[k]];
      if (h.at >= v.from - tol && h.at <= v.to + tol) parent[find(parent, i)] = find(parent, hs.length + vOrder[k]);
    }
  });
  const groups = new Map<number, { hs: Seg[]; vs: Seg[] }>();
  hs.forEach((h, i) => {
    const g = groups.get(find(parent, i)) ?? { hs: [], vs: [] };
    g.hs.push(h);
    groups.set(find(parent, i), g);
  });
  vs.forEach((v, i) => {
    const g = groups.get(find(parent, hs.length + i)) ?? { hs: [], vs: [] };
    g.vs.push(v);
    groups.set(find(parent, hs.length + i), g);
  });
  return [...groups.values()];
}

/** Tables ruled with row lines across their full width but column lines only between some columns
 * (figures boxed, labels not): the row lines' ends are the outer edges, when text lies out there. */
function widenToRuleEnds(xs: number[], ys: number[], g: { hs: Seg[] }, words: Word[], tol: number): void {
  const from = Math.min(...g.hs.map((h) => h.from)), to = Math.max(...g.hs.map((h) => h.to));
  const textIn = (a: number, b: number) =>
    words.some((w) => {
      const cx = (w.x0 + w.x1) / 2, cy = (w.y0 + w.y1) / 2;
      return cx > a && cx < b && cy > ys[0] && cy < ys[ys.length - 1];
    });
  if (xs[0] - from > tol && textIn(from, xs[0])) xs.unshift(from);
  if (to - xs[xs.length - 1] > tol && textIn(xs[xs.length - 1], to)) xs.push(to);
}

/** A table the page break cuts leaves its last (or first) row without a rule under (over) it, while its
 * side rules run on to the row's edge: where both outer column rules reach past the last row rule and
 * text lies between, their ends close the grid (ys, the caller's own, is extended in place). */
function lengthenToRuleEnds(ys: number[], xs: number[], g: { vs: Seg[] }, pageWords: WordsByY, tol: number): void {
  if (xs.length < 2) return;
  const sides = [xs[0], xs[xs.length - 1]].map((x) => segsAt(g.vs, x, tol));
  const textIn = (a: number, b: number) => pageWords.between(a, b).some((w) => (w.x0 + w.x1) / 2 > xs[0] && (w.x0 + w.x1) / 2 < xs[xs.length - 1]);
  const bottom = Math.min(...sides.map((side) => Math.max(...side.map((v) => v.to))));
  const top = Math.max(...sides.map((side) => Math.min(...side.map((v) => v.from))));
  if (bottom - ys[ys.length - 1] > tol && textIn(ys[ys.length - 1], bottom)) ys.push(bottom);
  if (ys[0] - top > tol && textIn(top, ys[0])) ys.unshift(top);
}

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

/** Row rules at the edges of shading bands across the grid's right half (Word's banded styles rule
 * only the header or the outline): the bands delimit its rows; a header above the top rule joins. */
function withBandRows(g: { hs: Seg[]; vs: Seg[] }, pageWords: WordsByY, s: TableSettings, bands: Box[]): { hs: Seg[]; vs: Seg[] } {
  if (!bands.length) return g;
  const tol = s.joinTolPt;
  const xs = uniq(g.vs.map((v) => v.at), tol), ys = uniq(g.hs.map((h) => h.at), tol);
  const x0 = xs[0], x1 = xs[xs.length - 1], y0 = ys[0], y1 = ys[ys.length - 1];
  const inside = pageWords.between(y0, y1).filter((w) => (w.x0 + w.x1) / 2 > x0 && (w.x0 + w.x1) / 2 < x1);
  if (!inside.length || x1 - x0 < 1) return g;
  const em = inside.map((w) => w.fontSize).sort((a, b) => a - b)[inside.length >> 1];
  const mine = bands.filter((b) => b.x0 >= x0 - tol && b.x1 <= x1 + tol);
  const edges = rowBands(mine, textLines(inside, s), (x0 + x1) / 2, x1, em).flatMap((b) => [b.y0, b.y1])
    .filter((e) => e > y0 + tol && e < y1 - tol && ys.every((y) => Math.abs(y - e) > tol));
  if (!edges.length) return g;
  const hs = [...g.hs, ...edges.map((at) => ({ at, from: x0, to: x1 }))];
  // the header set above the grid's top rule (these styles rule only under the header): a tight block of
  // lines within the grid's width right above it, clear of the text above, is its first row
  const above = textLines(pageWords.between(y0 - 4 * em, y0), s);
  let k = above.length;
  while (k > 0 && above[k - 1].y1 > (k === above.length ? y0 - em : above[k].y0 - 0.5 * em) && k > above.length - 3) k--;
  const block = above.slice(k);
  const clear = block.length > 0 && (k === 0 || block[0].y0 - above[k - 1].y1 > em);
  // the grid's width: its rules' ends (a rule under the header may run past the column lines)
  const left = Math.min(x0, ...g.hs.map((h) => h.from)), right = Math.max(x1, ...g.hs.map((h) => h.to));
  const within = block.every((l) => l.x0 >= left - tol && l.x1 <= right + tol);
  if (!clear || !within || !block.some((l) => l.chunks.length >= 2)) return { hs, vs: g.vs };
  const top = block[0].y0 - 0.25 * em;
  return {
    hs: [...hs, { at: top, from: left, to: right }],
    vs: g.vs.map((v) => (Math.abs(v.from - y0) <= tol ? { ...v, from: top } : v)),
  };
}

/** Positions apart by more than tol from the one before (xs, the caller's own, is sorted in place). */
const uniq = (xs: number[], tol: number) => xs.sort((a, b) => a - b).filter((x, i, all) => i === 0 || x - all[i - 1] > tol);

/** Index of the band [edges[k], edges[k+1]) holding v, or -1. */
function band(edges: number[], v: number): number {
  const last = edges.length - 1;
  if (v < edges[0] || v > edges[last]) return -1;
  // the band opening at the last edge at or before v; the final band also holds its closing edge
  return Math.min(firstIndexNotBefore(edges.length, (k) => edges[k] <= v) - 1, Math.max(last - 1, 0));
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

/** Split a grid where most of its inner column rulings stop and different ones start: two tables drawn
 * one under the other, sharing a border line (their outer rulings join into one). */
function splitStacked(g: { hs: Seg[]; vs: Seg[] }, tol: number): { hs: Seg[]; vs: Seg[] }[] {
  const xs = g.vs.map((v) => v.at);
  const left = Math.min(...xs), right = Math.max(...xs);
  const inner = g.vs.filter((v) => v.at - left > tol && right - v.at > tol);
  const ys = uniq(g.hs.map((h) => h.at), tol);
  for (const y of ys.slice(1, -1)) {
    const crossing = inner.filter((v) => v.from < y - tol && v.to > y + tol).length;
    const above = inner.filter((v) => Math.abs(v.to - y) <= tol), below = inner.filter((v) => Math.abs(v.from - y) <= tol);
    const shared = above.filter((a) => below.some((b) => Math.abs(a.at - b.at) <= tol)).length;
    const fewest = Math.min(above.length, below.length);
    // a column ruling shifted by a few points cannot happen inside one table
    const shifted = above.some((a) => below.some((b) => Math.abs(a.at - b.at) > tol && Math.abs(a.at - b.at) < 5 * tol));
    if (!fewest || (!shifted && (crossing >= fewest || shared * 2 >= fewest))) continue;
    const part = (a: number, b: number) => ({
      hs: g.hs.filter((h) => h.at >= a - tol && h.at <= b + tol),
      vs: g.vs.filter((v) => v.from < b - tol && v.to > a + tol).map((v) => ({ at: v.at, from: Math.max(v.from, a), to: Math.min(v.to, b) })),
    });
    return [...splitStacked(part(ys[0], y), tol), ...splitStacked(part(y, ys[ys.length - 1]), tol)];
  }
  return [g];
}

/** A box ruled between its rows but not between its columns (rows ruled, only the outer box drawn):
 * its columns are cut at the blank gutters that run from its top rule to its bottom one, each at least a
 * column gap wide with text on both sides; a line with a wide gap left uncut leaves the box to the stream finder. */
function withGutters(g: { hs: Seg[]; vs: Seg[] }, pageWords: WordsByY, s: TableSettings): { hs: Seg[]; vs: Seg[] } {
  const tol = s.joinTolPt;
  const xs = uniq(g.vs.map((v) => v.at), tol), ys = uniq(g.hs.map((h) => h.at), tol);
  if (xs.length !== 2 || ys.length < 3) return g;
  const [x0, x1] = xs, y0 = ys[0], y1 = ys[ys.length - 1];
  const inside = pageWords.between(y0, y1).filter((w) => (w.x0 + w.x1) / 2 > x0 && (w.x0 + w.x1) / 2 < x1 && (w.y0 + w.y1) / 2 > y0 && (w.y0 + w.y1) / 2 < y1);
  if (inside.length < 4) return g;
  const em = inside.map((w) => w.fontSize).sort((a, b) => a - b)[inside.length >> 1];
  const spans = inside.map((w) => [w.x0, w.x1]).sort((a, b) => a[0] - b[0]);
  const cuts: number[] = [];
  const minGap = Math.max(s.cellGapEm, s.minColumnGapEm) * em;
  let reach = spans[0][1];
  for (const [a, b] of spans.slice(1)) {
    if (a - reach >= minGap) {
      const at = (a + reach) / 2;
      const rowsWith = (side: (w: Word) => boolean) => new Set(inside.filter(side).map((w) => band(ys, (w.y0 + w.y1) / 2))).size;
      // text on both sides, in two rows on one side at least (a column may hold only its heading)
      const left = rowsWith((w) => w.x1 <= at), right = rowsWith((w) => w.x0 >= at);
      if (left >= 1 && right >= 1 && left + right >= 3) cuts.push(at);
    }
    reach = Math.max(reach, b);
  }
  // a wide gap left uncut inside a line (columns a spanning heading runs across): the stream finder's table
  if (!cuts.length || textLines(inside, s).some((l) => uncutGap(l.words, cuts, minGap))) return g;
  // and its rows, where a band between its rules holds several
  const cut = { hs: g.hs, vs: [...g.vs, ...cuts.map((at) => ({ at, from: y0, to: y1 }))] };
  return withRowBreaks(cut, [x0, ...cuts, x1], ys, (a, b) => pageWords.between(a, b), s);
}

function uncutGap(line: Word[], cuts: number[], minGap: number): boolean {
  const ws = [...line].sort((a, b) => a.x0 - b.x0);
  return ws.some((w, k) => k > 0 && w.x0 - ws[k - 1].x1 >= minGap && !cuts.some((at) => at > ws[k - 1].x1 && at < w.x0));
}

/** Vertical rulings snapped and joined into whole lines, as rulings (for partly ruled stream tables). */
export function joinedVerticals(rulings: Ruling[], s: TableSettings): Ruling[] {
  return verticals(rulings, s).map((v) => ({ orientation: 'v', x0: v.at, x1: v.at, y0: v.from, y1: v.to }));
}

const verticals = (rulings: Ruling[], s: TableSettings) =>
  normalise(rulings.filter((r) => r.orientation === 'v').map((r) => ({ at: (r.x0 + r.x1) / 2, from: r.y0, to: r.y1 })), s);

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
