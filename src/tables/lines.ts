// Text lines and cell chunks from positioned words. Words are sorted once and swept (no pairwise
// comparison of all words of a page): a word joins the current line when its vertical centre falls
// inside the line's first word's band; within a line a gap wider than cellGapEm starts a new chunk.
// On pages set in two columns, lines beside running text are split at the gutter (pageColumnLines).
import { firstIndexNotBefore } from '../bisect.js';
import type { Box, Span, Word } from '../model.js';
import type { TableSettings } from './settings.js';
import { isFigure } from './figure.js';
import { collapseSpaces } from '../text.js';

export interface TextLine extends Box {
  words: Word[];
  chunks: Chunk[];
  fontSize: number;
}

const centreY = (w: Box) => (w.y0 + w.y1) / 2;

export function boxOf(items: Box[]): Box {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const b of items) {
    if (b.x0 < x0) x0 = b.x0;
    if (b.y0 < y0) y0 = b.y0;
    if (b.x1 > x1) x1 = b.x1;
    if (b.y1 > y1) y1 = b.y1;
  }
  return { x0, y0, x1, y1 };
}

/** What goes between two words of a cell: nothing when the second is printed hard against the first
 * on the same line with no space between (one figure set in several glyph runs: "1," "288,680"). */
function separator(a: Word | undefined, b: Word): string {
  if (!a) return '';
  const em = b.fontSize || 10;
  const gap = b.x0 - a.x1;
  const sameLine = Math.abs(centreY(a) - centreY(b)) < 0.3 * em;
  return a.spaceAfter === false && sameLine && gap <= 0.15 * em && gap >= -0.15 * em ? '' : ' ';
}

export function joinWords(words: Word[]): string {
  let text = '';
  for (let i = 0; i < words.length; i++) text += separator(words[i - 1], words[i]) + words[i].text;
  return collapseSpaces(text);
}

/** Style runs of a word sequence (bold titles inside a cell survive as their own span). */
export function wordSpans(words: Word[]): Span[] {
  const spans: Span[] = [];
  words.forEach((w, i) => {
    const last = spans[spans.length - 1];
    const sep = separator(words[i - 1], w);
    if (last && last.bold === w.bold && last.italic === w.italic) last.text += sep + w.text;
    else spans.push({ text: sep + w.text, bold: w.bold, italic: w.italic });
  });
  return spans;
}

/** Drop words printed twice at (nearly) the same place (fake bold by overprinting). The words kept
 * are the given array itself until a first overprint (most lines have none), then a copy. */
function dropOverprints(sortedByX: Word[]): Word[] {
  let out: Word[] | null = null;
  for (let i = 0; i < sortedByX.length; i++) {
    const w = sortedByX[i], kept = out ?? sortedByX;
    let dup = false;
    // sorted by x: only the last few kept words can start at (nearly) the same x
    for (let k = (out ? out.length : i) - 1; k >= 0 && w.x0 - kept[k].x0 < 1.5 && !dup; k--) {
      dup = kept[k].text === w.text && Math.abs(kept[k].y0 - w.y0) < 1.5;
    }
    if (dup) out ??= sortedByX.slice(0, i);
    else out?.push(w);
  }
  return out ?? sortedByX;
}

/** Words of one line between cell gaps. The text is joined when first read: most chunks (lines of
 * running text) are only measured, never read. */
export class Chunk implements Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  private joined: string | undefined;

  constructor(readonly words: Word[]) {
    const box = boxOf(words);
    this.x0 = box.x0;
    this.y0 = box.y0;
    this.x1 = box.x1;
    this.y1 = box.y1;
  }

  get text(): string {
    return (this.joined ??= joinWords(this.words));
  }
}

function splitChunks(words: Word[], s: TableSettings): Chunk[] {
  if (!words.length) return [];
  const chunks: Chunk[] = [];
  let from = 0;
  for (let i = 1; i < words.length; i++) {
    const prev = words[i - 1], w = words[i];
    const em = Math.min(prev.fontSize || 10, w.fontSize || 10);
    if (w.x0 - prev.x1 > s.cellGapEm * em) {
      chunks.push(new Chunk(words.slice(from, i)));
      from = i;
    }
  }
  // a line of one chunk (running text) shares the line's words: neither is ever modified
  chunks.push(new Chunk(from ? words.slice(from) : words));
  return chunks;
}

/** Median font size of a line's words (their height where the size is unknown); a line is
 * nearly always set in one size, which needs no sort. */
function medianSize(words: Word[]): number {
  const size = (w: Word) => w.fontSize || w.y1 - w.y0;
  const first = size(words[0]);
  for (let i = 1; i < words.length; i++) if (size(words[i]) !== first) return words.map(size).sort((a, b) => a - b)[words.length >> 1];
  return first;
}

/** A line's words left to right, in place (most lines come in order already: then no sort, whose
 * stable result would be the same). */
export function leftToRight(words: Word[]): Word[] {
  for (let i = 1; i < words.length; i++) if (words[i - 1].x0 > words[i].x0) return words.sort((a, b) => a.x0 - b.x0);
  return words;
}

export function lineOfWords(band: Word[], s: TableSettings): TextLine {
  const words = dropOverprints(leftToRight(band));
  const { x0, y0, x1, y1 } = boxOf(words);
  return { x0, y0, x1, y1, words, chunks: splitChunks(words, s), fontSize: medianSize(words) };
}

/** Indices 0..n-1 by ys, then xs (stable). */
function orderByYX(ys: Float64Array, xs: Float64Array, n: number): number[] {
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  return order.sort((i, j) => ys[i] - ys[j] || xs[i] - xs[j]);
}

export function textLines(words: Word[], s: TableSettings): TextLine[] {
  // sort keys taken in the one pass over the words, so that the sort reads no word object
  const kept: Word[] = [];
  const ys = new Float64Array(words.length), xs = new Float64Array(words.length);
  for (const w of words) {
    if (!w.text.trim()) continue;
    ys[kept.length] = centreY(w);
    xs[kept.length] = w.x0;
    kept.push(w);
  }
  const order = orderByYX(ys, xs, kept.length);
  const lines: TextLine[] = [];
  let band: Word[] = [];
  let bandY0 = 0, bandY1 = 0;
  for (const i of order) {
    const w = kept[i], c = ys[i];
    if (band.length && c <= bandY1 && c >= bandY0) band.push(w);
    else {
      if (band.length) lines.push(lineOfWords(band, s));
      band = [w];
      bandY0 = w.y0;
      bandY1 = w.y1;
    }
  }
  if (band.length) lines.push(lineOfWords(band, s));
  return lines;
}

function lineOf(chunks: Chunk[]): TextLine {
  const words = chunks.flatMap((c) => c.words);
  return { ...boxOf(words), words, chunks, fontSize: medianSize(words) };
}

/** How many of the ascending values are below v (or equal to it, when `orEqual`). */
function countBelow(sorted: Float64Array, v: number, orEqual: boolean): number {
  return firstIndexNotBefore(sorted.length, (k) => sorted[k] < v || (orEqual && sorted[k] === v));
}

/** The x of a gutter between two page columns of running text, if the page has one: the left edge
 * shared by several prose chunks that no more than a few prose chunks cross, with prose on its left. */
function gutterOf(lines: TextLine[], s: TableSettings): number | null {
  const { x0, x1 } = boxOf(lines);
  const prose: Chunk[] = [];
  for (const l of lines) for (const c of l.chunks) if (c.words.length >= s.proseWords && c.x1 - c.x0 > 0.25 * (x1 - x0)) prose.push(c);
  const counts = new Map<number, number>();
  for (const c of prose) {
    const x = Math.round(c.x0);
    if (c.x0 > x0 + 0.3 * (x1 - x0)) counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  const candidates = [...counts.keys()].filter((x) => counts.get(x)! >= 3).sort((a, b) => a - b);
  if (!candidates.length) return null;
  // chunks counted by binary search on their sorted edges, not by a pass over all chunks per candidate
  const starts = Float64Array.from(prose, (c) => c.x0).sort(), ends = Float64Array.from(prose, (c) => c.x1).sort();
  const byStart = [...prose].sort((a, b) => a.x0 - b.x0);
  for (const x of candidates) {
    // crossing x (starting before x - 2, ending after x + 2): those starting before x - 2, less those of
    // them ending by x + 2 = all ending by x + 2 but those lying within x - 2 .. x + 2 (a chunk ends
    // at or after its start)
    const before = countBelow(starts, x - 2, false);
    let inside = 0;
    for (let k = before; k < byStart.length && byStart[k].x0 <= x + 2; k++) if (byStart[k].x1 <= x + 2) inside++;
    const crossing = before - countBelow(ends, x + 2, true) + inside;
    const left = countBelow(ends, x, true);
    if (left >= 3 && crossing <= 0.2 * prose.length) return x - 1;
  }
  return null;
}

/** Lines of a page split at a gutter between page columns where running text sits beside them, so
 * that a table in one page column is read apart from the text of the other. Running text fills most
 * of its page column's width (a long table label does not); lines near it are split. Returns the
 * line lists to read separately: whole-width lines, then the left and right page columns. */
export function pageColumnLines(lines: TextLine[], s: TableSettings): TextLine[][] {
  const gutter = lines.length ? gutterOf(lines, s) : null;
  if (gutter === null) return [lines];
  const { x0, x1 } = boxOf(lines);
  const isProse = (c: Chunk) =>
    c.words.length >= s.proseWords &&
    ((c.x1 <= gutter + 2 && c.x1 - c.x0 >= 0.6 * (gutter - x0)) || (c.x0 >= gutter - 2 && c.x1 - c.x0 >= 0.6 * (x1 - gutter)));
  // a long label with its figures beside it is a table row, not running text
  const labelRow = (l: TextLine) => {
    const other = l.chunks.filter((c) => !isProse(c));
    return other.length > 0 && other.every((c) => isFigure(c.text));
  };
  const proseYs = lines.filter((l) => l.chunks.some(isProse) && !labelRow(l)).map((l) => (l.y0 + l.y1) / 2);
  const full: TextLine[] = [], left: TextLine[] = [], right: TextLine[] = [];
  for (const l of lines) {
    const crosses = l.chunks.some((c) => c.x0 < gutter - 2 && c.x1 > gutter + 2);
    const y = (l.y0 + l.y1) / 2;
    const near = proseYs.some((py) => Math.abs(py - y) <= 2.5 * l.fontSize);
    if (crosses || !near) {
      full.push(l);
      continue;
    }
    const l0 = l.chunks.filter((c) => c.x1 <= gutter + 2), r0 = l.chunks.filter((c) => c.x1 > gutter + 2);
    if (l0.length) left.push(lineOf(l0));
    if (r0.length) right.push(lineOf(r0));
  }
  return [full, left, right].filter((ls) => ls.length);
}
