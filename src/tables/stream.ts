// Unruled (or only partly ruled) tables found from alignment. A region is a run of consecutive lines
// of which several hold two or more cell chunks; short runs of one-chunk lines inside it are kept
// (group labels, wrapped labels). Columns come from whitespace (columns.ts); each line is a row
// unless it continues the cell text of the row above (see continues()).
import type { Box, TableBlock, Word } from '../model.js';
import { boxOf, type Chunk, type TextLine } from './lines.js';
import { chunkColumns, findColumns, type Column } from './columns.js';
import { countHeaderRows, isFigure, makeCell } from './cells.js';
import type { TableSettings } from './settings.js';

interface Row {
  lines: TextLine[];
  /** words per column; a spanning chunk sits in its first column */
  cells: Word[][];
  spans: number[];
  box: Box;
}

const isMulti = (l: TextLine) => l.chunks.length >= 2;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

/** Index ranges [start, end] of line runs that may hold a table. */
function candidateRuns(lines: TextLine[], s: TableSettings): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1, lastMulti = -1, multis = 0;
  const close = () => {
    if (start >= 0 && multis >= s.minMultiLines) runs.push([start, lastMulti]);
    start = -1;
    multis = 0;
  };
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (start >= 0 && prev && line.y0 - prev.y1 > s.maxRowGapEm * Math.max(prev.fontSize, line.fontSize)) close();
    if (start >= 0 && i - lastMulti > s.maxSingleRun + 1) close();
    if (!isMulti(line)) return;
    if (start < 0) start = i;
    lastMulti = i;
    multis++;
  });
  close();
  return runs;
}

function buildRow(line: TextLine, cols: Column[], em: number): Row {
  const cells: Word[][] = cols.map(() => []);
  const spans = cols.map(() => 1);
  const placed = line.chunks.map((c) => ({ c, range: chunkColumns(c, cols, em) }));
  placed.forEach(({ c, range: [first, last] }, k) => {
    const nextFirst = placed[k + 1]?.range[0] ?? cols.length;
    cells[first].push(...c.words);
    spans[first] = Math.max(spans[first], Math.min(last, nextFirst - 1) - first + 1);
  });
  return { lines: [line], cells, spans, box: { x0: line.x0, y0: line.y0, x1: line.x1, y1: line.y1 } };
}

const textOf = (ws: Word[]) => ws.map((w) => w.text).join(' ');
const filled = (r: Row) => r.cells.map((ws, j) => (ws.length ? j : -1)).filter((j) => j >= 0);
const hasFigure = (r: Row) => r.cells.some((ws, j) => j > 0 && ws.length && isFigure(textOf(ws)));
const allBold = (ws: Word[]) => ws.length > 0 && ws.every((w) => w.bold);
const WRAP_END = /([,\-–&/(]|\b(and|or|of|the|for|in|to|with|by|on|a|an))$/i;

/** Does row r continue the cell text of row p (a wrapped label or wrapped text cells)? */
function continues(p: Row, r: Row, inHeader: boolean, em: number, s: TableSettings): boolean {
  if (r.box.y0 - p.box.y1 > s.maxWrapGapEm * em) return false;
  const cols = filled(r);
  const pcols = filled(p);
  if (!cols.length) return true;
  if (inHeader) return cols.every((j) => pcols.includes(j)) && r.spans.every((n, j) => n === 1 || p.spans[j] === n);
  if (hasFigure(r)) return false;
  if (cols.length === 1 && cols[0] === 0) {
    const label = textOf(r.cells[0]);
    const plabel = textOf(p.cells[0]);
    if (!plabel || /:$/.test(label) || (allBold(r.cells[0]) && !allBold(p.cells[0]))) return false;
    const indented = r.box.x0 > p.cells[0][0].x0 + 0.5 * em;
    return /^[^A-Z0-9]/.test(label) || WRAP_END.test(plabel) || indented;
  }
  // text cells wrapping in other columns: the label column is empty and every filled cell continues one above
  return !r.cells[0].length && cols.every((j) => p.cells[j].length && !isFigure(textOf(p.cells[j])));
}

function mergeInto(p: Row, r: Row): void {
  p.lines.push(...r.lines);
  r.cells.forEach((ws, j) => p.cells[j].push(...ws));
  p.box = boxOf([p.box, r.box]);
}

function isMarker(text: string): boolean {
  return /^([•·▪■●○◦\-–*>]|\(?[0-9a-z]{1,3}[.)]|\(?[ivx]+[.)])$/i.test(text.trim());
}

/** Prose set in columns, a bulleted or numbered list, or a lone column: not a table. */
function looksLikeTable(rows: Row[], nCols: number, s: TableSettings): boolean {
  if (nCols < 2 || rows.length < 2) return false;
  const cells = rows.flatMap((r) => r.cells.filter((ws) => ws.length));
  const words = cells.reduce((n, ws) => n + ws.length, 0);
  if (words / cells.length > s.maxWordsPerCell) return false;
  const first = rows.map((r) => r.cells[0]).filter((ws) => ws.length);
  if (nCols === 2 && first.length && first.every((ws) => isMarker(textOf(ws)))) return false;
  return true;
}

function tableFromRows(rows: Row[], nCols: number, page: number): TableBlock {
  const grid = rows.map((r) =>
    r.cells.map((ws, j) => {
      const covered = r.cells.some((_, k) => k < j && k + r.spans[k] > j && r.cells[k].length);
      return covered ? null : makeCell(ws, page, null, 1, ws.length ? r.spans[j] : 1);
    }),
  );
  return {
    grid,
    headerRows: countHeaderRows(grid),
    nCols,
    pageStart: page,
    pageEnd: page,
    box: boxOf(rows.map((r) => r.box)),
    method: 'stream',
  };
}

/** Drop columns no row fills (their cores came from lines that turned out not to belong). */
function dropEmptyColumns(rows: Row[]): number {
  const keep = rows[0].cells.map((_, j) => rows.some((r) => r.cells[j].length));
  for (const r of rows) {
    r.cells = r.cells.filter((_, j) => keep[j]);
    r.spans = r.spans.filter((_, j) => keep[j]);
  }
  return keep.filter(Boolean).length;
}

function tableInRun(lines: TextLine[], start: number, end: number, page: number, s: TableSettings): TableBlock | null {
  const run = lines.slice(start, end + 1);
  const em = median(run.map((l) => l.fontSize)) || 10;
  const cols = findColumns(run.filter(isMulti), em, s);
  if (cols.length < 2) return null;
  // one-chunk lines just above that sit over the value columns are spanning column headers
  let top = start;
  while (top > 0 && start - top < 2) {
    const l = lines[top - 1];
    const gap = lines[top].y0 - l.y1;
    if (isMulti(l) || gap > s.maxWrapGapEm * 2 * em || l.x0 <= cols[0].x1 || l.x1 > cols[cols.length - 1].x1 + em) break;
    top--;
  }
  const all = lines.slice(top, end + 1).map((l) => buildRow(l, cols, em));
  const firstData = all.findIndex(hasFigure);
  const rows: Row[] = [];
  all.forEach((r, i) => {
    const p = rows[rows.length - 1];
    if (p && continues(p, r, i < firstData, em, s)) mergeInto(p, r);
    else rows.push(r);
  });
  const nCols = dropEmptyColumns(rows);
  return looksLikeTable(rows, nCols, s) ? tableFromRows(rows, nCols, page) : null;
}

export function findStreamTables(lines: TextLine[], page: number, s: TableSettings): TableBlock[] {
  return candidateRuns(lines, s)
    .map(([a, b]) => tableInRun(lines, a, b, page, s))
    .filter((t): t is TableBlock => t !== null);
}

export type { Chunk };
