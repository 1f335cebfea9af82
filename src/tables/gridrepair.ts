// Repairs of a partly ruled grid before it is cut into cells, where the text shows where its lines
// are missing: the outer edges of rows ruled past the column rules, a row the page break left open, rows
// from shading bands (and a header above the top rule), columns from the gutters of a box ruled only
// between its rows.
import type { Box, Word } from '../model.js';
import { band, segsAt, uniq, type Seg } from './gridlines.js';
import { rowBands } from './bands.js';
import { textLines } from './lines.js';
import { withRowBreaks } from './ruledrows.js';
import type { TableSettings } from './settings.js';
import type { WordsByY } from './wordsbyy.js';

/** Tables ruled with row lines across their full width but column lines only between some columns
 * (figures boxed, labels not): the row lines' ends are the outer edges, when text lies out there. */
export function widenToRuleEnds(xs: number[], ys: number[], g: { hs: Seg[] }, words: Word[], tol: number): void {
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
export function lengthenToRuleEnds(ys: number[], xs: number[], g: { vs: Seg[] }, pageWords: WordsByY, tol: number): void {
  if (xs.length < 2) return;
  const sides = [xs[0], xs[xs.length - 1]].map((x) => segsAt(g.vs, x, tol));
  const textIn = (a: number, b: number) => pageWords.between(a, b).some((w) => (w.x0 + w.x1) / 2 > xs[0] && (w.x0 + w.x1) / 2 < xs[xs.length - 1]);
  const bottom = Math.min(...sides.map((side) => Math.max(...side.map((v) => v.to))));
  const top = Math.max(...sides.map((side) => Math.min(...side.map((v) => v.from))));
  if (bottom - ys[ys.length - 1] > tol && textIn(ys[ys.length - 1], bottom)) ys.push(bottom);
  if (ys[0] - top > tol && textIn(top, ys[0])) ys.unshift(top);
}

/** Row rules at the edges of shading bands across the grid's right half (Word's banded styles rule
 * only the header or the outline): the bands delimit its rows; a header above the top rule joins. */
export function withBandRows(g: { hs: Seg[]; vs: Seg[] }, pageWords: WordsByY, s: TableSettings, bands: Box[]): { hs: Seg[]; vs: Seg[] } {
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

/** A box ruled between its rows but not between its columns (rows ruled, only the outer box drawn):
 * its columns are cut at the blank gutters that run from its top rule to its bottom one, each at least a
 * column gap wide with text on both sides; a line with a wide gap left uncut leaves the box to the stream finder. */
export function withGutters(g: { hs: Seg[]; vs: Seg[] }, pageWords: WordsByY, s: TableSettings): { hs: Seg[]; vs: Seg[] } {
  const tol = s.joinTolPt;
  const xs = uniq(g.vs.map((v) => v.at), tol), ys = uniq(g.hs.map((h) => h.at), tol);
  // a box the page break leaves open below (or above): its side rules' ends close it, as gridTable does
  lengthenToRuleEnds(ys, xs, g, pageWords, tol);
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
