// Unruled (or only partly ruled) tables found from alignment. A region is a run of consecutive lines
// of which several hold two or more cell chunks; short runs of one-chunk lines inside it are kept
// (group labels, wrapped labels). Columns come from whitespace (columns.ts); each line is a row
// unless it continues the cell text of the row above (see continues()).
import type { Box, Ruling, TableBlock, Word } from '../model.js';
import { boxOf, type TextLine } from './lines.js';
import { chunkColumns, findColumns, type Column } from './columns.js';
import { countHeaderRows, isFigure, makeCell } from './cells.js';
import type { TableSettings } from './settings.js';
import { splitSideBySide } from './sidebyside.js';

interface Row {
  lines: TextLine[];
  /** words per column; a spanning chunk sits in its first column */
  cells: Word[][];
  spans: number[];
  box: Box;
}

interface Ctx {
  s: TableSettings;
  page: number;
  /** vertical rulings of the page (partly ruled tables) */
  verticals: Ruling[];
  /** width of the page's text area: prose chunks are measured against it */
  textWidth: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

/** Two or more cell chunks, none of them a line of running text (unless a figure stands beside it:
 * a long label with its value). */
function isAligned(l: TextLine, ctx: Ctx): boolean {
  if (l.chunks.length < 2) return false;
  const prose = l.chunks.some((c) => c.words.length >= ctx.s.proseChunkWords && c.x1 - c.x0 > ctx.s.proseWidthShare * ctx.textWidth);
  return !prose || l.chunks.some((c) => isFigure(c.text));
}

/** Index ranges [start, end] of line runs that may hold a table. */
function candidateRuns(lines: TextLine[], ctx: Ctx): [number, number][] {
  const { s } = ctx;
  const runs: [number, number][] = [];
  let start = -1, lastAligned = -1, aligned = 0, minChunks = Infinity;
  const close = () => {
    if (start >= 0 && (aligned >= s.minMultiLines || (aligned >= 2 && minChunks >= 3))) runs.push([start, lastAligned]);
    start = -1;
    aligned = 0;
    minChunks = Infinity;
  };
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (start >= 0 && prev && line.y0 - prev.y1 > s.maxRowGapEm * Math.max(prev.fontSize, line.fontSize)) close();
    if (start >= 0 && i - lastAligned > s.maxSingleRun + 1) close();
    if (!isAligned(line, ctx)) return;
    if (start < 0) start = i;
    lastAligned = i;
    aligned++;
    minChunks = Math.min(minChunks, line.chunks.length);
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

/** Words of a line grouped into cells: a word gap at a column gap splits (even a narrow one, when
 * wider than a space); a chunk crossing a column gap without such a split spans the columns. */
function buildRow(line: TextLine, cols: Column[], em: number): Row {
  const cells: Word[][] = cols.map(() => []);
  const spans = cols.map(() => 1);
  const groups: { words: Word[]; range: [number, number] }[] = [];
  for (const c of line.chunks) {
    let cur: { words: Word[]; range: [number, number] } | null = null;
    for (const w of c.words) {
      const range = chunkColumns(w, cols, em);
      const prev = cur?.words[cur.words.length - 1];
      const ruledApart = cur !== null && cols.slice(cur.range[1] + 1, range[0] + 1).some((c) => c.ruledLeft);
      if (cur && prev && !ruledApart && (range[0] === cur.range[1] || w.x0 - prev.x1 < 0.45 * em)) {
        cur.words.push(w);
        cur.range[1] = Math.max(cur.range[1], range[1]);
      } else {
        cur = { words: [w], range: [...range] };
        groups.push(cur);
      }
    }
  }
  groups.forEach(({ words, range: [first, last] }, k) => {
    const nextFirst = groups[k + 1]?.range[0] ?? cols.length;
    cells[first].push(...words);
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
  // values set against the middle or last line of a wrapped label: the label's first line stands alone
  if (hasFigure(r)) return !r.cells[0].length && pcols.length === 1 && pcols[0] === 0 && !allBold(p.cells[0]) && !/:$/.test(textOf(p.cells[0]));
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

const isMarker = (text: string) => /^([•·▪■●○◦\-–*>]|\(?[0-9a-z]{1,3}[.)]|\(?[ivx]+[.)])$/i.test(text.trim());

/** A column of bullets or list numbers belongs to the text to its right. */
function mergeMarkerColumns(rows: Row[]): void {
  for (let j = rows[0].cells.length - 2; j >= 0; j--) {
    const used = rows.filter((r) => r.cells[j].length);
    if (!used.length || !used.every((r) => isMarker(textOf(r.cells[j])))) continue;
    for (const r of rows) {
      r.cells[j + 1] = [...r.cells[j], ...r.cells[j + 1]];
      r.cells.splice(j, 1);
      r.spans.splice(j, 1);
    }
  }
}

/** Running text set in page columns, or a list (with a note beside a few items): not a table. */
function looksLikeTable(rows: Row[], aligned: TextLine[], s: TableSettings): boolean {
  const nCols = rows[0]?.cells.length ?? 0;
  if (nCols < 2 || rows.length < 2) return false;
  const wellFilled = rows[0].cells.filter((_, j) => rows.filter((r) => r.cells[j].length).length * 2 >= rows.length);
  if (wellFilled.length < 2) return false;
  const prose = aligned.filter((l) => l.chunks.filter((c) => c.words.length >= s.longChunkWords).length >= 2);
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

function tableFromRows(rows: Row[], page: number): TableBlock {
  const grid = rows.map((r) =>
    r.cells.map((ws, j) => {
      const covered = r.cells.some((_, k) => k < j && k + r.spans[k] > j && r.cells[k].length);
      return covered ? null : makeCell(ws, page, null, 1, ws.length ? r.spans[j] : 1);
    }),
  );
  return {
    grid,
    headerRows: countHeaderRows(grid),
    nCols: rows[0].cells.length,
    pageStart: page,
    pageEnd: page,
    box: boxOf(rows.map((r) => r.box)),
    method: 'stream',
  };
}

/** Drop columns no row fills (their cores came from lines that turned out not to belong). */
function dropEmptyColumns(rows: Row[]): void {
  const keep = rows[0].cells.map((_, j) => rows.some((r) => r.cells[j].length));
  for (const r of rows) {
    r.cells = r.cells.filter((_, j) => keep[j]);
    r.spans = r.spans.filter((_, j) => keep[j]);
  }
}

/** The lines that define the columns: rows holding figures when there are a few (headings spanning
 * several columns would hide the gaps between them), else all aligned lines. */
function defining(aligned: TextLine[]): TextLine[] {
  const body = aligned.filter((l) => l.chunks.slice(1).some((c) => isFigure(c.text)));
  return body.length >= 3 ? body : aligned;
}

/** x of the vertical rulings running through most of the lines. */
function rulesThrough(lines: TextLine[], verticals: Ruling[]): number[] {
  if (!verticals.length || !lines.length) return [];
  const y0 = lines[0].y0, y1 = lines[lines.length - 1].y1;
  return verticals
    .filter((v) => Math.min(v.y1, y1) - Math.max(v.y0, y0) >= 0.6 * (y1 - y0))
    .map((v) => (v.x0 + v.x1) / 2);
}

/** An aligned line whose chunks share a column does not follow the table's columns. */
function misfit(l: TextLine, cols: Column[], em: number): boolean {
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
    const top = misfit(aligned[0], cols, em), bottom = misfit(aligned[aligned.length - 1], cols, em);
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
  const all = lines.slice(top, end + 1).map((l) => buildRow(l, cols, em));
  const firstData = all.findIndex(hasFigure);
  const rows: Row[] = [];
  all.forEach((r, i) => {
    const p = rows[rows.length - 1];
    if (p && continues(p, r, i < firstData, em, s)) mergeInto(p, r);
    else rows.push(r);
  });
  // cell text wrapping below the last row (a wrapped email address, a long last label)
  for (let i = end + 1; i < lines.length && i <= end + s.maxSingleRun && !isAligned(lines[i], ctx); i++) {
    const r = buildRow(lines[i], cols, em);
    if (lines[i].x0 < cols[0].x0 - em) break;
    if (!continues(rows[rows.length - 1], r, false, em, s)) break;
    mergeInto(rows[rows.length - 1], r);
  }
  dropEmptyColumns(rows);
  mergeMarkerColumns(rows);
  if (proseBetween(lines.slice(top, end + 1), aligned.length, cols, em, s)) return null;
  return looksLikeTable(rows, aligned, s) ? tableFromRows(rows, ctx.page) : null;
}

export function findStreamTables(lines: TextLine[], page: number, s: TableSettings, rulings: Ruling[] = []): TableBlock[] {
  if (!lines.length) return [];
  const textWidth = Math.max(...lines.map((l) => l.x1)) - Math.min(...lines.map((l) => l.x0));
  const ctx: Ctx = { s, page, textWidth, verticals: rulings.filter((r) => r.orientation === 'v') };
  return candidateRuns(lines, ctx)
    .flatMap((r) => splitRun(r, lines, ctx))
    .map(([a, b]) => tableInRun(lines, a, b, ctx))
    .filter((t): t is TableBlock => t !== null)
    .flatMap(splitSideBySide);
}
