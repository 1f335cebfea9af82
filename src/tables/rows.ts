// Rows of an unruled table: each line's words go to the columns they sit in (a chunk crossing a
// column gap spans columns), then a line that only continues the cell text of the row above (a
// wrapped label, wrapped text cells, a wrapped header) joins that row.
import type { Box, TableBlock, Word } from '../model.js';
import { boxOf, type TextLine } from './lines.js';
import { chunkColumns, type Column } from './columns.js';
import { countHeaderRows, makeCell } from './cells.js';
import { isFigure } from './figure.js';
import type { TableSettings } from './settings.js';
import { rhythmBlocks, severalRows } from './rhythm.js';
import { continues, figureEndsText, hasFigure, textOf } from './continues.js';
import { edgeBetween, sameBand } from './bands.js';
import { middleRows } from './middle.js';

export interface Row {
  lines: TextLine[];
  /** words per column; a spanning chunk sits in its first column */
  cells: Word[][];
  spans: number[];
  box: Box;
  /** the columns its last line fills (a cell's lines follow each other: a column filled again after
   * a line without it starts the next row) */
  last?: boolean[];
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
      // two figures in different columns are two cells however close they are printed
      const figuresApart = cur !== null && range[0] > cur.range[1] && prev !== undefined && isFigure(prev.text) && isFigure(w.text);
      // a figure right-aligned in a column past the cell so far is that column's value, however close a
      // long label runs up to it
      const alignedFigure = cur !== null && range[0] > cur.range[1] && isFigure(w.text) && Math.abs(w.x1 - cols[range[0]].x1) <= 0.5 * em;
      if (cur && prev && !ruledApart && !figuresApart && !alignedFigure && (range[0] === cur.range[1] || w.x0 - prev.x1 < 0.45 * em)) {
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
  return { lines: [line], cells, spans, box: { x0: line.x0, y0: line.y0, x1: line.x1, y1: line.y1 }, last: cells.map((ws) => ws.length > 0) };
}

function mergeInto(p: Row, r: Row): void {
  p.lines.push(...r.lines);
  p.last = r.last;
  r.cells.forEach((ws, j) => p.cells[j].push(...ws));
  p.box = boxOf([p.box, r.box]);
}

// symbol-font bullets (Word's Symbol/Wingdings) come through as private-use characters
const MARKER = /^([•·▪■●○◦►▸➢➤✓✔→\-–*>\uE000-\uF8FF]|\(?[0-9a-z]{1,3}[.)]|\(?[ivx]+[.)])$/i;
// rows merged from wrapped lines may hold several bullets ("• •")
export const isMarker = (text: string) => { const parts = text.trim().split(/\s+/); return parts.length > 0 && parts.every((p) => MARKER.test(p)); };
// a bullet of a symbol font with no Unicode mapping comes through as a word with no text
const markerCell = (ws: Word[]) => { const t = textOf(ws); return t.trim() === '' || isMarker(t); };

/** Paragraph numbers counting on by one under one section number: 4.1, 4.2, 4.3 (or 2.3.1, 2.3.2); a
 * zero-padded one (11.22.01) is a reference, as minutes number their items, not a paragraph's number. */
function paragraphNumbers(texts: string[]): boolean {
  const parts = texts.map((t) => /^([1-9]\d?(?:\.[1-9]\d?)*)\.([1-9]\d?)\.?$/.exec(t));
  return parts.length >= 2 && parts.every((m, i) => m && (i === 0 || (m[1] === parts[0]![1] && Number(m[2]) === Number(parts[i - 1]![2]) + 1)));
}

/** Numbered paragraphs with a hanging indent, the numbers and their text two columns: every number
 * cell opens with its number (the text's wrapped lines run back under it) and no text cell is a figure. */
function numberedParagraphs(rows: Row[], used: Row[], j: number): boolean {
  const numbers = used.filter((r) => !markerCell(r.cells[0].slice(0, 1))).map((r) => r.cells[0][0].text);
  return j === 0 && rows[0].cells.length === 2 && (!numbers.length || paragraphNumbers(numbers)) &&
    rows.every((r) => r.cells[1].length && !isFigure(textOf(r.cells[1])));
}

/** A column of bullets or list numbers belongs to the text to its right; lines with nothing else on them
 * (headings between the lists, starting where the bullets stand) do not make it a column of labels. */
function mergeMarkerColumns(rows: Row[]): void {
  for (let j = rows[0].cells.length - 2; j >= 0; j--) {
    const used = rows.filter((r) => r.cells[j].length);
    const markers = used.filter((r) => markerCell(r.cells[j])).length;
    const alone = (r: Row) => r.cells.every((ws, k) => k === j || !ws.length);
    const markerColumn = markers === used.length || (markers >= 2 && used.every((r) => markerCell(r.cells[j]) || alone(r)));
    if (!used.length || !(markerColumn || numberedParagraphs(rows, used, j))) continue;
    for (const r of rows) {
      r.cells[j + 1] = [...r.cells[j], ...r.cells[j + 1]];
      r.cells.splice(j, 1);
      r.spans.splice(j, 1);
    }
  }
}

/** A header is at most this many blocks of tight lines (more above the first figures are body rows). */
const MAX_HEADER_BLOCKS = 3;

/** Rows of the lines top..end; cell text wrapping below the last row (a wrapped email address, a
 * long last label) is taken in too. Shading bands (bands.ts) are rows: an edge between two lines starts a
 * row, lines in one band are one row. */
export function assembleRows(
  lines: TextLine[], top: number, end: number, cols: Column[], em: number, s: TableSettings, isAligned: (l: TextLine) => boolean,
  bands: Box[] = [],
): Row[] {
  const all = lines.slice(top, end + 1).map((l) => buildRow(l, cols, em));
  // the first row of figures (above it the header), but not a figure ending a wrapped text cell
  const firstData = all.findIndex((r, i) => hasFigure(r) && !(i > 0 && figureEndsText(all[i - 1], r)));
  const rhythm = rhythmBlocks(lines.slice(top, end + 1), em);
  // per block of tight lines: whether it holds several rows (then its lines go by their text)
  const several = new Map<number, boolean>();
  if (rhythm) {
    // the first block of body rows: the first whose first line holds figures (a figure further down a
    // block is the end of a wrapped cell, "Committee Room" / "2", or a unit under the headings)
    const bodyAt = all.findIndex((r, i) => (i === 0 || rhythm.block[i] !== rhythm.block[i - 1]) && hasFigure(r));
    // blocks are runs of consecutive lines
    for (let from = 0, i = 1; i <= all.length; i++) {
      if (i < all.length && rhythm.block[i] === rhythm.block[from]) continue;
      // the header's lines (the first few blocks, down to the body) go by their text: a heading over
      // sub-headings is set as tight as the lines of one heading
      const header = bodyAt >= 0 && rhythm.block[from] <= rhythm.block[bodyAt] && rhythm.block[bodyAt] <= MAX_HEADER_BLOCKS;
      several.set(rhythm.block[from], header || severalRows(all.slice(from, i)));
      from = i;
    }
  }
  // cells set against the middle of their rows (no shading bands to say where the rows are), with the
  // wrapped lines of a tall last cell running on below the last aligned line
  const middle = bands.length ? null : middleRows([...all, ...wrappedBelow(lines, end, cols, em, s, isAligned)], em);
  if (middle) return finish(middle);
  const rows: Row[] = [];
  all.forEach((r, i) => {
    const p = rows[rows.length - 1];
    if (p && bands.length) {
      const a = lines[top + i - 1], b = lines[top + i];
      if (edgeBetween(bands, a, b)) { rows.push(r); return; }
      if (sameBand(bands, a, b)) { mergeInto(p, r); return; }
    }
    if (rhythm && p) {
      // the block a line sits in says which row it belongs to
      const b = rhythm.block[i];
      if (b === rhythm.block[i - 1] && (!several.get(b) || continues(p, r, i < firstData, em, s))) mergeInto(p, r);
      else rows.push(r);
      return;
    }
    if (p && continues(p, r, i < firstData, em, s)) mergeInto(p, r);
    else rows.push(r);
  });
  // cell text wrapping on below the last aligned line: at the row's own leading (when the rows show one),
  // else as far as a continued cell goes
  const tail = (i: number) => (rhythm ? lines[i].y0 - lines[i - 1].y1 <= rhythm.limit : i <= end + s.maxSingleRun);
  for (let i = end + 1; i < lines.length && tail(i) && !isAligned(lines[i]); i++) {
    const r = buildRow(lines[i], cols, em);
    if (lines[i].x0 < cols[0].x0 - em) break;
    // at the row's leading, text inside the columns; else a continued cell
    if (rhythm ? lines[i].x1 > cols[cols.length - 1].x1 + em : !continues(rows[rows.length - 1], r, false, em, s)) break;
    mergeInto(rows[rows.length - 1], r);
  }
  return finish(rows);
}

function finish(rows: Row[]): Row[] {
  dropEmptyColumns(rows);
  mergeMarkerColumns(rows);
  return rows;
}

/** Lines just below the last aligned line, each within the columns and at a wrapped line's gap. */
function wrappedBelow(lines: TextLine[], end: number, cols: Column[], em: number, s: TableSettings, isAligned: (l: TextLine) => boolean): Row[] {
  const out: Row[] = [];
  for (let i = end + 1; i < lines.length && !isAligned(lines[i]) && lines[i].y0 - lines[i - 1].y1 <= s.maxWrapGapEm * em; i++) {
    if (lines[i].x0 < cols[0].x0 - em || lines[i].x1 > cols[cols.length - 1].x1 + em) break;
    out.push(buildRow(lines[i], cols, em));
  }
  return out;
}

export function tableFromRows(rows: Row[], page: number): TableBlock {
  const grid = rows.map((r) => {
    // a span stops at the next filled cell: words are never hidden under a spanning label
    const spans = r.cells.map((ws, j) => {
      const next = r.cells.findIndex((c, k) => k > j && c.length);
      return ws.length ? Math.min(r.spans[j], (next < 0 ? r.cells.length : next) - j) : 1;
    });
    return r.cells.map((ws, j) => {
      const covered = r.cells.some((_, k) => k < j && k + spans[k] > j && r.cells[k].length);
      return covered ? null : makeCell(ws, page, null, 1, spans[j]);
    });
  });
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

/** Drop columns no row fills (their cores came from lines that turned out not to belong); a span
 * counts only the columns kept, so that it never reaches over the cell beside it. */
function dropEmptyColumns(rows: Row[]): void {
  const keep = rows[0].cells.map((_, j) => rows.some((r) => r.cells[j].length));
  for (const r of rows) {
    const spans = r.spans.map((n, j) => keep.slice(j, j + n).filter(Boolean).length || 1);
    r.cells = r.cells.filter((_, j) => keep[j]);
    r.spans = spans.filter((_, j) => keep[j]);
  }
}
