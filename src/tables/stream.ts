// Unruled (or only partly ruled) tables found from alignment. A region is a run of consecutive lines
// of which several hold two or more cell chunks; short runs of one-chunk lines inside it are kept
// (group labels, wrapped labels). Columns come from whitespace (columns.ts), rows from lines (rows.ts);
// regions that turn out to be running text, lists or numbered headings are dropped.
import type { Box, Ruling, TableBlock } from '../model.js';
import { rowBands } from './bands.js';
import { boxOf, type TextLine } from './lines.js';
import { chunkColumns, findColumns, type Column } from './columns.js';
import { isFigure } from './figure.js';
import { assembleRows, tableFromRows, type Row } from './rows.js';
import type { TableSettings } from './settings.js';
import { splitSideBySide } from './sidebyside.js';
import { mergeInterleaved } from './rhythm.js';

interface Ctx {
  s: TableSettings;
  page: number;
  /** vertical rulings of the page (partly ruled tables) */
  verticals: Ruling[];
  /** shading bands of the page (bands.ts) */
  bands: Box[];
  /** width of the page's text area: prose chunks are measured against it */
  textWidth: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

/** Two or more cell chunks, none of them a line of running text, unless a figure or a short label
 * stands beside it (a long label with its value, a label with a long text cell). */
function isAligned(l: TextLine, ctx: Ctx): boolean {
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
function candidateRuns(lines: TextLine[], ctx: Ctx): [number, number][] {
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

/** The gap above which two consecutive lines of a run belong to different (stacked) tables. */
function splitGap(lines: TextLine[], em: number, s: TableSettings): number {
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
 * label followed by figures, just separates row groups). */
function splitRun([a, b]: [number, number], lines: TextLine[], ctx: Ctx): [number, number][] {
  const run = lines.slice(a, b + 1);
  const limit = splitGap(run, median(run.map((l) => l.fontSize)), ctx.s);
  const out: [number, number][] = [];
  let start = a;
  for (let i = a + 1; i <= b; i++) {
    if (lines[i].y0 - lines[i - 1].y1 > limit && !isAligned(lines[i], ctx) && !groupLabel(lines, i, b, ctx)) {
      out.push([start, i - 1]);
      start = i;
    }
  }
  out.push([start, b]);
  return out;
}

/** Running text set in page columns, or a list (with a note beside a few items): not a table. */
function looksLikeTable(rows: Row[], aligned: TextLine[], s: TableSettings): boolean {
  const nCols = rows[0]?.cells.length ?? 0;
  if (nCols < 2 || rows.length < 2) return false;
  const wellFilled = rows[0].cells.filter((_, j) => rows.filter((r) => r.cells[j].length).length * 2 >= rows.length);
  if (wellFilled.length < 2) return false;
  // page columns are about as wide as each other; a label column beside a text column is narrower
  const prose = aligned.filter((l) => {
    const long = l.chunks.filter((c) => c.words.length >= s.longChunkWords).map((c) => c.x1 - c.x0);
    return long.length >= 2 && Math.min(...long) >= 0.5 * Math.max(...long);
  });
  return prose.length * 2 <= aligned.length;
}

/** Lines of running text across the columns between the rows (numbered headings with paragraphs
 * under them look aligned, but their paragraphs run across the column gap). */
function proseBetween(lines: TextLine[], aligned: number, cols: Column[], em: number, s: TableSettings): boolean {
  const across = lines.filter((l) => {
    if (l.chunks.length !== 1 || l.words.length < s.longChunkWords + 1) return false;
    const [a, b] = chunkColumns(l.chunks[0], cols, em);
    return b > a && a === 0;
  });
  return across.length >= 2 && across.length * 2 >= aligned;
}

/** The lines that define the columns: rows holding figures when they are a few and a good share of the
 * lines (headings spanning several columns would hide the gaps between them), else all aligned lines (a
 * text table whose few figures are wrapped cell text, "Room" / "2", would be cut by them alone). */
function defining(aligned: TextLine[]): TextLine[] {
  const body = aligned.filter((l) => l.chunks.slice(1).some((c) => isFigure(c.text)));
  return body.length >= 3 && body.length * 3 >= aligned.length ? body : aligned;
}

/** x of the vertical rulings running through most of the lines. */
function rulesThrough(lines: TextLine[], verticals: Ruling[]): number[] {
  if (!verticals.length || !lines.length) return [];
  const y0 = lines[0].y0, y1 = lines[lines.length - 1].y1;
  return verticals
    .filter((v) => Math.min(v.y1, y1) - Math.max(v.y0, y0) >= 0.6 * (y1 - y0))
    .map((v) => (v.x0 + v.x1) / 2);
}

/** An aligned line whose chunks share a column does not follow the table's columns (a caption, a
 * source note), unless it is a full row of figures: then the columns are off, not the row. */
function misfit(l: TextLine, cols: Column[], em: number, typicalChunks: number): boolean {
  if (l.chunks.length >= typicalChunks && l.chunks.slice(1).some((c) => isFigure(c.text))) return false;
  const firsts = l.chunks.map((c) => chunkColumns(c, cols, em)[0]);
  return new Set(firsts).size < firsts.length;
}

function tableInRun(lines: TextLine[], start: number, end: number, ctx: Ctx): TableBlock | null {
  const { s } = ctx;
  const run = lines.slice(start, end + 1);
  const em = median(run.map((l) => l.fontSize)) || 10;
  let aligned = run.filter((l) => isAligned(l, ctx));
  // two aligned lines make a table only with three or more cells each, figures among them (else it is
  // more likely two lines of justified text whose wide spaces happen to line up)
  const short = aligned.length < s.minMultiLines;
  if (aligned.length < 2 || (short && aligned.some((l) => l.chunks.length < 3 || !l.chunks.slice(1).some((c) => isFigure(c.text))))) return null;
  const rules = () => rulesThrough(aligned, ctx.verticals);
  let cols = findColumns(defining(aligned), aligned, em, s, rules());
  // trim edge lines that do not follow the columns (captions, source notes), then re-measure
  for (let k = 0; k < 4 && aligned.length > 2; k++) {
    const typical = median(aligned.map((l) => l.chunks.length));
    const top = misfit(aligned[0], cols, em, typical), bottom = misfit(aligned[aligned.length - 1], cols, em, typical);
    if (!top && !bottom) break;
    aligned = aligned.slice(top ? 1 : 0, bottom ? -1 : undefined);
    cols = findColumns(defining(aligned), aligned, em, s, rules());
  }
  if (cols.length < 2) return null;
  start = lines.indexOf(aligned[0]);
  end = lines.indexOf(aligned[aligned.length - 1]);
  // one-chunk lines just above that sit over the value columns are spanning column headers
  const limit = splitGap(lines.slice(start, end + 1), em, s);
  let top = start;
  while (top > 0 && start - top < 2) {
    const l = lines[top - 1];
    if (isAligned(l, ctx) || lines[top].y0 - l.y1 > limit || l.x0 <= cols[0].x1 || l.x1 > cols[cols.length - 1].x1 + em) break;
    top--;
  }
  const bands = cols.length < 2 ? [] : rowBands(ctx.bands, lines.slice(top, end + 1), cols[1].x0, cols[cols.length - 1].x1, em);
  const rows = assembleRows(lines, top, end, cols, em, s, (l) => isAligned(l, ctx), bands);
  if (proseBetween(lines.slice(top, end + 1), aligned.length, cols, em, s)) return null;
  return looksLikeTable(rows, aligned, s) ? tableFromRows(rows, ctx.page) : null;
}

export function findStreamTables(lines: TextLine[], page: number, s: TableSettings, rulings: Ruling[] = [], bands: Box[] = []): TableBlock[] {
  if (!lines.length) return [];
  lines = mergeInterleaved(lines, s);
  const extent = boxOf(lines);
  const textWidth = extent.x1 - extent.x0;
  const ctx: Ctx = { s, page, textWidth, verticals: rulings.filter((r) => r.orientation === 'v'), bands };
  return candidateRuns(lines, ctx)
    .flatMap((r) => splitRun(r, lines, ctx))
    .map(([a, b]) => tableInRun(lines, a, b, ctx))
    .filter((t): t is TableBlock => t !== null)
    .flatMap(splitSideBySide);
}
