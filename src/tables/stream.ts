// Unruled (or only partly ruled) tables found from alignment. A region is a run of consecutive lines
// of which several hold two or more cell chunks; short runs of one-chunk lines inside it are kept
// (group labels, wrapped labels). Columns come from whitespace (columns.ts), rows from lines (rows.ts);
// regions that turn out to be running text, lists, numbered headings or label / value forms are dropped.
import type { Box, Ruling, TableBlock } from '../model.js';
import { rowBands } from './bands.js';
import { boxOf, type TextLine } from './lines.js';
import { chunkColumns, findColumns, type Column } from './columns.js';
import { isFigure } from './figure.js';
import { labelledFields } from './fields.js';
import { assembleRows, tableFromRows, type Row } from './rows.js';
import type { TableSettings } from './settings.js';
import { splitSideBySide } from './sidebyside.js';
import { mergeInterleaved } from './rhythm.js';
import { candidateRuns, isAligned, median, splitGap, splitRun, type Ctx } from './runs.js';

/** Running text set in page columns, or a list (with a note beside a few items): not a table. */
function looksLikeTable(rows: Row[], aligned: TextLine[], s: TableSettings): boolean {
  const nCols = rows[0]?.cells.length ?? 0;
  if (nCols < 2 || rows.length < 2) return false;
  const wellFilled = rows[0].cells.filter((_, j) => rows.filter((r) => r.cells[j].length).length * 2 >= rows.length);
  if (wellFilled.length < 2) return false;
  // page columns are about as wide as each other; a label column beside a text column is narrower; and
  // running text starts at the left edge (long text cells right of short ones are a table's)
  const left = Math.min(...aligned.map((l) => l.x0));
  const prose = aligned.filter((l) => {
    const long = l.chunks.filter((c) => c.words.length >= s.longChunkWords).map((c) => c.x1 - c.x0);
    return long.length >= 2 && Math.min(...long) >= 0.5 * Math.max(...long) && l.chunks[0].words.length >= s.longChunkWords && l.x0 <= left + l.fontSize;
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
  return looksLikeTable(rows, aligned, s) && !labelledFields(rows) ? tableFromRows(rows, ctx.page) : null;
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
