// Tables printed with horizontal rules only (no box, no vertical rules): a stack of rules of equal
// width, each under one row, the header row above the first. Rows come from the rules, columns from
// the whitespace gutters that run through all the rows' lines.
//   Item  Topic                      Time
//   ------------------------------------
//   1     NOTICE OF RECORDING ...    14:00
//   ------------------------------------
import type { Ruling, TableBlock, Word } from '../model.js';
import { boxOf, textLines, type TextLine } from './lines.js';
import { chunkColumns, findColumns, type Column } from './columns.js';
import { isFigure } from './figure.js';
import { tableFromRows, type Row } from './rows.js';
import { median } from './runs.js';
import type { TableSettings } from './settings.js';

/** Fewest rows under rules of a table ruled row by row. */
const MIN_RULED_ROWS = 2;

const midY = (r: Ruling) => (r.y0 + r.y1) / 2;

/** Collinear touching segments (a rule drawn cell by cell) joined into whole rules. */
function joinSegments(rules: Ruling[], tol: number): Ruling[] {
  const out: Ruling[] = [];
  for (const r of [...rules].sort((a, b) => midY(a) - midY(b) || a.x0 - b.x0)) {
    const last = out[out.length - 1];
    if (last && Math.abs(midY(last) - midY(r)) <= 1 && r.x0 <= last.x1 + tol) last.x1 = Math.max(last.x1, r.x1);
    else out.push({ ...r });
  }
  return out;
}

/** Horizontal rules grouped by their x extent, each group top to bottom. */
function equalWidthStacks(rules: Ruling[], tol: number): Ruling[][] {
  const groups: Ruling[][] = [];
  for (const r of joinSegments(rules, tol)) {
    const g = groups.find((g) => Math.abs(g[0].x0 - r.x0) <= tol && Math.abs(g[0].x1 - r.x1) <= tol);
    if (g) g.push(r);
    else groups.push([r]);
  }
  return groups.filter((g) => g.length >= 2);
}

/** Lines just above y (the header row): read upwards while the lines are set as one block. */
function headerAbove(lines: TextLine[], y: number, pad: number, em: number): TextLine[] {
  const above = lines.filter((l) => l.y1 <= y + 1).sort((a, b) => b.y1 - a.y1);
  const out: TextLine[] = [];
  let edge = y;
  for (const l of above) {
    if (edge - l.y1 > (out.length ? 0.5 * em : pad + 0.5 * em)) break;
    out.push(l);
    edge = l.y0;
  }
  return out.reverse();
}

function rowOf(lines: TextLine[], cols: Column[], em: number): Row {
  const cells: Word[][] = cols.map(() => []);
  for (const w of lines.flatMap((l) => l.words)) cells[chunkColumns(w, cols, em)[0]].push(w);
  return { lines, cells, spans: cols.map(() => 1), box: boxOf(lines) };
}

/** Lines that each fill every column the band uses, labels below its top lines or on all of several
 * lines, or figures on several lines of a value column: one row per line, not one wrapped row. */
function severalRows(band: TextLine[], cols: Column[], em: number): boolean {
  if (band.length < 2) return false;
  const cellText = (l: TextLine, j: number) => l.words.filter((w) => chunkColumns(w, cols, em)[0] === j).map((w) => w.text).join(' ');
  const counts = cols.map((_, j) => band.filter((l) => cellText(l, j)).length);
  const used = counts.filter((n) => n > 0);
  if (used.length >= 2 && used.every((n) => n === band.length)) return true;
  // a wrapped label fills the band's top lines; labels further down start rows of their own
  const first = counts.findIndex((n) => n > 0);
  if (band.some((l, i) => cellText(l, first) && i >= counts[first])) return true;
  if (band.length >= 3 && first === 0 && counts[0] === band.length) return true;
  return cols.some((_, j) => j > first && band.filter((l) => isFigure(cellText(l, j))).length >= 2);
}

/** The rows' lines as a table: columns from the gutters through all of them; null when no gutter
 * separates two well-filled columns (rules above and below running text). */
function build(header: TextLine[], bands: TextLine[][], page: number, em: number, s: TableSettings): TableBlock | null {
  const body = bands.filter((b) => b.length);
  const all = [...header, ...body.flat()];
  if (body.length < MIN_RULED_ROWS) return null;
  const cols = findColumns(all, all, em, s);
  if (cols.length < 2) return null;
  // one rule per row: a band holding several unruled rows (rules only around a header and a total)
  // leaves the table to the stream finder
  if (body.some((b) => severalRows(b, cols, em))) return null;
  const rows = [...(header.length ? [header] : []), ...body].map((ls) => rowOf(ls, cols, em));
  const filled = cols.filter((_, j) => rows.filter((r) => r.cells[j].length).length * 2 >= rows.length);
  if (filled.length < 2) return null;
  const keep = cols.map((_, j) => rows.some((r) => r.cells[j].length));
  for (const r of rows) {
    r.cells = r.cells.filter((_, j) => keep[j]);
    r.spans = r.spans.filter((_, j) => keep[j]);
  }
  return tableFromRows(rows, page);
}

/** Rules under some columns of a wider table (totals ruled under the figures only, their labels left
 * of the rules): most rows between the rules go on left of them, on the same lines. */
function rulesPartOfRow(stack: Ruling[], stacks: Ruling[][], words: Word[], s: TableSettings): boolean {
  const x0 = stack[0].x0, x1 = stack[0].x1;
  const top = midY(stack[0]), bottom = midY(stack[stack.length - 1]);
  // words under other stacks beside it are another table's (tables side by side)
  const beside = stacks.filter((g) => g !== stack && midY(g[0]) < bottom && midY(g[g.length - 1]) > top);
  const own = (w: Word) => !beside.some((g) => (w.x0 + w.x1) / 2 >= g[0].x0 && (w.x0 + w.x1) / 2 <= g[0].x1);
  const lines = textLines(words.filter((w) => w.y0 >= top && w.y1 <= bottom && own(w)), s);
  const inside = lines.filter((l) => l.words.some((w) => w.x0 >= x0 && w.x1 <= x1));
  // labels clear of the rules' start by a gap (not text running out past a rule's end)
  const across = inside.filter((l) => l.words.some((w) => w.x1 < x0 - 0.5 * w.fontSize));
  return inside.length > 0 && across.length * 2 > inside.length;
}

/** One stack of rules as tables: a row whose text starts well below its rule (a table margin, then
 * the next table's header) ends one table; the next starts at the following rule. */
function tablesOfStack(stack: Ruling[], stacks: Ruling[][], words: Word[], page: number, s: TableSettings): TableBlock[] {
  const x0 = stack[0].x0, x1 = stack[0].x1;
  if (rulesPartOfRow(stack, stacks, words, s)) return [];
  const lines = textLines(words.filter((w) => (w.x0 + w.x1) / 2 >= x0 && (w.x0 + w.x1) / 2 <= x1), s);
  const em = median(lines.map((l) => l.fontSize)) || 10;
  const bands = stack.slice(1).map((r, i) => lines.filter((l) => l.y0 >= midY(stack[i]) && l.y1 <= midY(r)));
  const topGap = (i: number) => bands[i][0].y0 - midY(stack[i]);
  const pad = median(bands.flatMap((b, i) => (b.length ? [topGap(i)] : [])));
  const tables: TableBlock[] = [];
  let start = 0;
  const close = (end: number) => {
    const table = build(headerAbove(lines, midY(stack[start]), pad, em), bands.slice(start, end), page, em, s);
    if (table) tables.push(table);
  };
  bands.forEach((b, i) => {
    if (i <= start || !b.length || topGap(i) <= pad + 0.5 * em) return;
    close(i);
    start = i + 1;
  });
  if (start < bands.length) close(bands.length);
  return tables;
}

/** Tables ruled by stacks of equal-width horizontal rules that no vertical ruling crosses. */
export function findRuleStackTables(rulings: Ruling[], words: Word[], page: number, s: TableSettings, tol = 2): TableBlock[] {
  const verticals = rulings.filter((r) => r.orientation === 'v');
  const stacks = equalWidthStacks(rulings.filter((r) => r.orientation === 'h'), tol)
    .filter((g) => !verticals.some((v) => v.x0 >= g[0].x0 - tol && v.x1 <= g[0].x1 + tol && v.y1 > midY(g[0]) && v.y0 < midY(g[g.length - 1])));
  return stacks.flatMap((g) => tablesOfStack(g, stacks, words, page, s));
}
