// Runs of lines that may hold an unruled table: a run opens at a line of two or more cell chunks and
// goes on over short runs of one-chunk lines (group labels, wrapped labels, a long cell wrapping under its
// own column); it ends at a wide gap or at running text across the columns, and is split where a wide
// gap is followed by a heading line and a new header (two tables stacked).
import type { Box, Ruling } from '../model.js';
import type { TextLine } from './lines.js';
import { isFigure } from './figure.js';
import type { TableSettings } from './settings.js';

export interface Ctx {
  s: TableSettings;
  page: number;
  /** vertical rulings of the page (partly ruled tables) */
  verticals: Ruling[];
  /** shading bands of the page (bands.ts) */
  bands: Box[];
  /** width of the page's text area: prose chunks are measured against it */
  textWidth: number;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

/** Two or more cell chunks, none of them a line of running text, unless a figure or a short label
 * stands beside it (a long label with its value, a label with a long text cell). */
export function isAligned(l: TextLine, ctx: Ctx): boolean {
  if (l.chunks.length < 2) return false;
  const prose = l.chunks.some((c) => c.words.length >= ctx.s.proseChunkWords && c.x1 - c.x0 > ctx.s.proseWidthShare * ctx.textWidth);
  return !prose || l.chunks.some((c) => isFigure(c.text) || c.words.length <= ctx.s.longChunkWords);
}

/** A line of one chunk starting where cells right of the first start on two aligned lines at least (a
 * column, not a caption's second part): the wrapped text of that column's cell. */
export function wrapsInColumn(line: TextLine, cellStarts: number[]): boolean {
  if (line.chunks.length !== 1) return false;
  const x = line.chunks[0].x0, tol = 0.3 * line.fontSize;
  return cellStarts.filter((c) => Math.abs(c - x) <= tol).length >= 2;
}

/** A line of one chunk of several words running from the table's left edge across the start of a column
 * (two aligned lines start cells there): running text between tables, not a label. */
function runsAcross(line: TextLine, cellStarts: number[], left: number): boolean {
  if (line.chunks.length !== 1 || line.words.length < 3) return false;
  const { x0, x1 } = line.chunks[0], em = line.fontSize;
  // from the table's left edge (a heading over the value columns starts right of the labels)
  return x0 <= left + em && cellStarts.filter((c) => c > x0 + em && c < x1 - em).length >= 2;
}

/** Index ranges [start, end] of line runs that may hold a table. */
export function candidateRuns(lines: TextLine[], ctx: Ctx): [number, number][] {
  const { s } = ctx;
  const runs: [number, number][] = [];
  let start = -1, lastAligned = -1, lastKept = -1, aligned = 0, minChunks = Infinity;
  // left edges of the cells right of the first in the run's aligned lines: where wrapped cell text goes on
  let cellStarts: number[] = [];
  let left = Infinity;
  const close = () => {
    left = Infinity;
    if (start >= 0 && (aligned >= s.minMultiLines || (aligned >= 2 && minChunks >= 3))) runs.push([start, lastAligned]);
    start = -1;
    aligned = 0;
    minChunks = Infinity;
    cellStarts = [];
  };
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (start >= 0 && prev && line.y0 - prev.y1 > s.maxRowGapEm * Math.max(prev.fontSize, line.fontSize)) close();
    // a long cell wrapping over many lines (nothing else on them) goes on under its own column; a line
    // of text running across where the columns start is not in the table
    if (start >= 0 && !isAligned(line, ctx)) {
      if (wrapsInColumn(line, cellStarts)) lastKept = i;
      else if (runsAcross(line, cellStarts, left)) close();
    }
    if (start >= 0 && i - Math.max(lastAligned, lastKept) > s.maxSingleRun + 1) close();
    if (!isAligned(line, ctx)) return;
    if (start < 0) start = i;
    lastAligned = lastKept = i;
    aligned++;
    minChunks = Math.min(minChunks, line.chunks.length);
    for (const c of line.chunks.slice(1)) cellStarts.push(c.x0);
    left = Math.min(left, line.x0);
  });
  close();
  return runs;
}

/** Font size ratios to a run's aligned lines that set a line apart from its table. */
const SMALLER = 0.85, LARGER = 1.15;

/** The gap above which two consecutive lines of a run belong to different (stacked) tables. */
export function splitGap(lines: TextLine[], em: number, s: TableSettings): number {
  const gaps = lines.slice(1).map((l, i) => l.y0 - lines[i].y1);
  return Math.max(s.splitGapFactor * Math.max(median(gaps), 1), s.minSplitGapEm * em);
}

/** Line i is a label of the row group that follows when the next aligned line holds figures. */
function groupLabel(lines: TextLine[], i: number, end: number, ctx: Ctx): boolean {
  for (let k = i + 1; k <= end; k++) {
    if (isAligned(lines[k], ctx)) return lines[k].chunks.slice(1).some((c) => isFigure(c.text));
  }
  return false;
}

/** Split a run at a wide gap followed by a heading line and a new header (blank space alone, or a group
 * label followed by figures, just separates row groups), and around a heading set larger than the run. */
export function splitRun([a, b]: [number, number], lines: TextLine[], ctx: Ctx): [number, number][] {
  const aligned = lines.slice(a, b + 1).filter((l) => isAligned(l, ctx));
  const em = median(aligned.map((l) => l.fontSize));
  // type much smaller than the run's at its edges is a page's running header or footer, a larger one
  // inside it a heading between two blocks
  while (a < b && lines[a].fontSize < SMALLER * em) a++;
  while (b > a && lines[b].fontSize < SMALLER * em) b--;
  const run = lines.slice(a, b + 1);
  const limit = splitGap(run, median(run.map((l) => l.fontSize)), ctx.s);
  const out: [number, number][] = [];
  let start = a;
  for (let i = a + 1; i <= b; i++) {
    if (lines[i].fontSize > LARGER * em) {
      if (i > start) out.push([start, i - 1]);
      start = i + 1;
    } else if (lines[i].y0 - lines[i - 1].y1 > limit && !isAligned(lines[i], ctx) && !groupLabel(lines, i, b, ctx)) {
      out.push([start, i - 1]);
      start = i;
    }
  }
  if (start <= b) out.push([start, b]);
  return out;
}
