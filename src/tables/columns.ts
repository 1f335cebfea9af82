// Columns of an unruled table from whitespace: project the words of the aligned lines onto the x axis;
// x ranges covered by (almost) no word are column gaps (word level, so that wide justified spacing
// inside a cell, which varies from line to line, never makes a column). A few words may cross a gap
// (spanning headers, over-long labels); a gap needs lines whose cell chunks it separates, and chunks
// lying wholly inside a gap form a sparse column.
import { firstIndexNotBefore } from '../bisect.js';
import type { Box } from '../model.js';
import { boxOf, type Chunk, type TextLine } from './lines.js';
import type { TableSettings } from './settings.js';
import { isFigure } from './figure.js';

export interface Column {
  x0: number;
  x1: number;
  /** a vertical ruling runs along the left edge: text never spans across it */
  ruledLeft?: boolean;
}

interface Gap {
  a: number;
  b: number;
}

function coverageGaps(chunks: Box[], tol: number, minX: number, maxX: number): Gap[] {
  const cov = new Int32Array(maxX - minX + 1);
  for (const c of chunks) {
    const from = Math.max(0, Math.ceil(c.x0) - minX);
    const to = Math.min(cov.length - 1, Math.floor(c.x1) - minX);
    for (let x = from; x <= to; x++) cov[x]++;
  }
  const gaps: Gap[] = [];
  let start = -1;
  for (let x = 0; x <= cov.length; x++) {
    const open = x < cov.length && cov[x] <= tol;
    if (open && start < 0) start = x;
    else if (!open && start >= 0) {
      gaps.push({ a: start + minX, b: x - 1 + minX });
      start = -1;
    }
  }
  return gaps;
}

/** Remove from a gap the x ranges of chunks lying wholly inside it (a column few rows fill). */
function carveSparse(gap: Gap, byX0: Chunk[]): Gap[] {
  const lo = firstIndexNotBefore(byX0.length, (k) => byX0[k].x0 < gap.a);
  const inside: Chunk[] = [];
  for (let k = lo; k < byX0.length && byX0[k].x0 <= gap.b; k++) if (byX0[k].x1 <= gap.b) inside.push(byX0[k]);
  const out: Gap[] = [];
  let a = gap.a;
  for (const c of inside) {
    if (c.x0 > a) out.push({ a, b: c.x0 });
    a = Math.max(a, c.x1);
  }
  out.push({ a, b: gap.b });
  return out;
}

/** Lines in which the gap falls between two cell chunks, or between two figures set wider apart than
 * a space (figures of neighbouring columns printed close together). */
function support(gap: Gap, lines: TextLine[], em: number, s: TableSettings): number {
  let n = 0;
  for (const l of lines) {
    for (let k = 1; k < l.words.length; k++) {
      const a = l.words[k - 1], b = l.words[k];
      const apart = b.x0 - a.x1 > s.cellGapEm * em || (b.x0 - a.x1 >= 0.4 * em && isFigure(a.text) && isFigure(b.text));
      if (apart && a.x1 <= gap.b && b.x0 >= gap.a) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** Column cores (x extents between gaps) of the aligned lines; one column when no gap is found.
 * Gaps are measured on the defining lines and must separate words on some of the aligned lines;
 * vertical rulings (x positions) crossing the lines are gaps too. */
export function findColumns(defining: TextLine[], aligned: TextLine[], em: number, s: TableSettings, rules: number[] = []): Column[] {
  const chunks = defining.flatMap((l) => l.chunks);
  const words = defining.flatMap((l) => l.words);
  const extent = boxOf(chunks);
  const minX = Math.floor(extent.x0);
  const maxX = Math.ceil(extent.x1);
  const tol = Math.floor(s.gapCrossShare * defining.length);
  const byX0 = [...chunks].sort((p, q) => p.x0 - q.x0);
  const gaps = coverageGaps(words, tol, minX, maxX)
    .flatMap((g) => (tol > 0 ? carveSparse(g, byX0) : [g]))
    // an open run at an edge is margin, unless sparse chunks in it (sub-headings over columns the body
    // leaves empty) carve gaps out of it
    .filter((g) => g.a > minX && g.b < maxX && g.b - g.a >= s.minColumnGapEm * em)
    .filter((g) => support(g, aligned, em, s) >= (g.b - g.a >= 2 * em ? 1 : 2));
  // a vertical ruling through the lines is a column boundary even where the text runs up to it
  for (const x of rules) {
    if (x > minX && x < maxX && !gaps.some((g) => x >= g.a - 1 && x <= g.b + 1)) gaps.push({ a: x, b: x });
  }
  gaps.sort((p, q) => p.a - q.a);
  const cols: Column[] = [];
  let x0 = minX;
  let ruledLeft = false;
  for (const g of gaps) {
    cols.push({ x0, x1: g.a, ruledLeft });
    x0 = g.b;
    ruledLeft = g.a === g.b || rules.some((x) => x >= g.a - 1 && x <= g.b + 1);
  }
  cols.push({ x0, x1: maxX, ruledLeft });
  return cols;
}

/** The columns a chunk covers: those it overlaps substantially, else the nearest one. */
export function chunkColumns(c: { x0: number; x1: number }, cols: Column[], em: number): [number, number] {
  let first = -1, last = -1;
  const width = c.x1 - c.x0;
  cols.forEach((col, j) => {
    const ov = Math.min(c.x1, col.x1) - Math.max(c.x0, col.x0);
    if (ov > Math.min(0.5 * em, 0.5 * width) || (ov > 0 && ov >= 0.5 * (col.x1 - col.x0))) {
      if (first < 0) first = j;
      last = j;
    }
  });
  if (first >= 0) return [first, last];
  let best = 0, dist = Infinity;
  cols.forEach((col, j) => {
    const d = Math.max(col.x0 - c.x1, c.x0 - col.x1, 0);
    if (d < dist) [best, dist] = [j, d];
  });
  return [best, best];
}
