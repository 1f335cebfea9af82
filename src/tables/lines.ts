// Text lines and cell chunks from positioned words. Words are sorted once and swept (no pairwise
// comparison of all words of a page): a word joins the current line when its vertical centre falls
// inside the line's first word's band; within a line a gap wider than cellGapEm starts a new chunk.
import type { Box, Span, Word } from '../model.js';
import type { TableSettings } from './settings.js';

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

export function joinWords(words: Word[]): string {
  return words.map((w) => w.text).join(' ').replace(/\s+/g, ' ').trim();
}

/** Style runs of a word sequence (bold titles inside a cell survive as their own span). */
export function wordSpans(words: Word[]): Span[] {
  const spans: Span[] = [];
  for (const w of words) {
    const last = spans[spans.length - 1];
    if (last && last.bold === w.bold && last.italic === w.italic) last.text += ' ' + w.text;
    else spans.push({ text: (last ? ' ' : '') + w.text, bold: w.bold, italic: w.italic });
  }
  return spans;
}

/** Drop words printed twice at (nearly) the same place (fake bold by overprinting). */
function dropOverprints(sortedByX: Word[]): Word[] {
  const out: Word[] = [];
  for (const w of sortedByX) {
    const dup = out.some(
      (o) => o.text === w.text && Math.abs(o.x0 - w.x0) < 1.5 && Math.abs(o.y0 - w.y0) < 1.5,
    );
    if (!dup) out.push(w);
  }
  return out;
}

export function makeChunk(words: Word[]): Chunk {
  return { ...boxOf(words), words, text: joinWords(words) };
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
  const sorted = words.filter((w) => w.text.trim()).sort((a, b) => centreY(a) - centreY(b) || a.x0 - b.x0);
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
    return { ...boxOf(ws), words: ws, chunks: splitChunks(ws, s), fontSize: sizes[sizes.length >> 1] };
  });
}
