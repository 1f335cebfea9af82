// Text lines and cell chunks from positioned words. Words are sorted once and swept (no pairwise
// comparison of all words of a page): a word joins the current line when its vertical centre falls
// inside the line's first word's band; within a line a gap wider than cellGapEm starts a new chunk.
// On pages set in two columns, lines beside running text are split at the gutter (pageColumnLines).
import type { Box, Span, Word } from '../model.js';
import type { TableSettings } from './settings.js';
import { isFigure } from './figure.js';
import { collapseSpaces } from '../text.js';

export interface Chunk extends Box {
  words: Word[];
  text: string;
}

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

/** Drop words printed twice at (nearly) the same place (fake bold by overprinting). */
function dropOverprints(sortedByX: Word[]): Word[] {
  const out: Word[] = [];
  for (const w of sortedByX) {
    let dup = false;
    // sorted by x: only the last few kept words can start at (nearly) the same x
    for (let k = out.length - 1; k >= 0 && w.x0 - out[k].x0 < 1.5 && !dup; k--) {
      dup = out[k].text === w.text && Math.abs(out[k].y0 - w.y0) < 1.5;
    }
    if (!dup) out.push(w);
  }
  return out;
}

export function makeChunk(words: Word[]): Chunk {
  const { x0, y0, x1, y1 } = boxOf(words);
  return { x0, y0, x1, y1, words, text: joinWords(words) };
}

function splitChunks(words: Word[], s: TableSettings): Chunk[] {
  const chunks: Chunk[] = [];
  let cur: Word[] = [];
  for (const w of words) {
    const prev = cur[cur.length - 1];
    if (prev) {
      const em = Math.min(prev.fontSize || 10, w.fontSize || 10);
      if (w.x0 - prev.x1 > s.cellGapEm * em) {
        chunks.push(makeChunk(cur));
        cur = [];
      }
    }
    cur.push(w);
  }
  if (cur.length) chunks.push(makeChunk(cur));
  return chunks;
}

export function textLines(words: Word[], s: TableSettings): TextLine[] {
  // sort keys computed once per word, not twice per comparison
  const kept = words.filter((w) => w.text.trim());
  const ys = kept.map(centreY);
  const order = kept.map((_, i) => i).sort((a, b) => ys[a] - ys[b] || kept[a].x0 - kept[b].x0);
  const sorted = order.map((i) => kept[i]);
  const groups: Word[][] = [];
  let band: { y0: number; y1: number } | null = null;
  for (const w of sorted) {
    const c = centreY(w);
    if (band && c <= band.y1 && c >= band.y0) groups[groups.length - 1].push(w);
    else {
      groups.push([w]);
      band = { y0: w.y0, y1: w.y1 };
    }
  }
  return groups.map((g) => {
    const ws = dropOverprints(g.sort((a, b) => a.x0 - b.x0));
    const sizes = ws.map((w) => w.fontSize || w.y1 - w.y0).sort((a, b) => a - b);
    const { x0, y0, x1, y1 } = boxOf(ws);
    return { x0, y0, x1, y1, words: ws, chunks: splitChunks(ws, s), fontSize: sizes[sizes.length >> 1] };
  });
}

function lineOf(chunks: Chunk[]): TextLine {
  const words = chunks.flatMap((c) => c.words);
  const sizes = words.map((w) => w.fontSize || w.y1 - w.y0).sort((a, b) => a - b);
  return { ...boxOf(words), words, chunks, fontSize: sizes[sizes.length >> 1] };
}

/** The x of a gutter between two page columns of running text, if the page has one: the left edge
 * shared by several prose chunks that no more than a few prose chunks cross, with prose on its left. */
function gutterOf(lines: TextLine[], s: TableSettings): number | null {
  const { x0, x1 } = boxOf(lines);
  const prose = lines.flatMap((l) => l.chunks).filter((c) => c.words.length >= s.proseWords && c.x1 - c.x0 > 0.25 * (x1 - x0));
  const counts = new Map<number, number>();
  for (const c of prose) if (c.x0 > x0 + 0.3 * (x1 - x0)) counts.set(Math.round(c.x0), (counts.get(Math.round(c.x0)) ?? 0) + 1);
  for (const [x] of [...counts].filter(([, n]) => n >= 3).sort((a, b) => a[0] - b[0])) {
    const crossing = prose.filter((c) => c.x0 < x - 2 && c.x1 > x + 2).length;
    const left = prose.filter((c) => c.x1 <= x).length;
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
