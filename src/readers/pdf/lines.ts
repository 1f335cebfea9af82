// Words -> text lines in reading order. Words are grouped into rows by vertical overlap; a page whose
// rows leave a consistent vertical gutter (two columns of prose) is read band by band, left column then
// right column, with lines that span the gutter (titles) cutting the bands.
import type { Box, Line, LineFragment, Span, Word } from '../../model.js';
import { SizeTally } from '../size-tally.js';

/** A line of a PDF page plus where it sits in the reading order. */
export interface PdfLine extends Line {
  box: Box;
  /** reading-order stream: lines of different streams (columns, bands) never join into one block */
  flow: number;
  /** the column's horizontal extent (for "does this line end short?") */
  columnX0: number;
  columnX1: number;
  /** width of the first word (a line ending short before it would have fitted was ended on purpose) */
  firstWordWidth: number;
  /** x of the second word (where an item's text starts after its list marker) */
  textX0: number;
}

interface Row {
  words: Word[];
  y0: number;
  y1: number;
}

/** Words closer than this (em) are one phrase; a wider gap separates fragments (columns, cells). */
const FRAGMENT_GAP_EM = 1.0;
const FRAGMENT_GAP_MIN = 10;
/** least horizontal clearance (pt) of a column gutter */
const GUTTER_CLEARANCE = 5;
const MIN_COLUMN_FRAGMENTS = 6;

export function wordsToLines(words: Word[], page: number, pageWidth: number): PdfLine[] {
  if (words.length === 0) return [];
  const rows = groupRows(words);
  const fragments: Row[] = [];
  for (const r of rows) splitFragments(r, fragments);
  const gutter = findGutter(fragments, pageWidth);
  const out: PdfLine[] = [];
  if (gutter === null) {
    const [x0, x1] = extent(fragments);
    rows.forEach((r) => out.push(toLine(r, page, 0, x0, x1)));
    return out;
  }
  // bands between spanning fragments; in each band the left column, then the right one
  const [left0, right1] = extent(fragments);
  const spans = (f: Row) => f.words[0].x0 < gutter - GUTTER_CLEARANCE && lastWord(f).x1 > gutter + GUTTER_CLEARANCE;
  const ordered = [...fragments].sort((a, b) => a.y0 - b.y0);
  let band: { left: Word[]; right: Word[] } = { left: [], right: [] };
  let flow = 0;
  const flushBand = () => {
    for (const [side, x0, x1] of [['left', left0, gutter], ['right', gutter, right1]] as const) {
      const ws = band[side];
      if (ws.length === 0) continue;
      for (const r of groupRows(ws)) out.push(toLine(r, page, flow, x0, x1));
      flow++;
    }
    band = { left: [], right: [] };
  };
  let rightBottom = -Infinity;
  // consecutive spanning lines (a title over two lines) share one flow
  let spanningFlow: number | null = null;
  for (const f of ordered) {
    if (spans(f)) {
      flushBand();
      rightBottom = -Infinity;
      spanningFlow ??= flow++;
      out.push(toLine(f, page, spanningFlow, left0, right1));
      continue;
    }
    spanningFlow = null;
    if (lastWord(f).x1 <= gutter) {
      // left-side text well below the end of the right column comes after the columns
      if (band.right.length && f.y0 > rightBottom + 1.5 * f.words[0].fontSize) {
        flushBand();
        rightBottom = -Infinity;
      }
      band.left.push(...f.words);
    } else {
      band.right.push(...f.words);
      rightBottom = Math.max(rightBottom, f.y1);
    }
  }
  flushBand();
  return out;
}

/** Group words into rows: a word joins the row it overlaps most (by at least half its height). */
export function groupRows(words: Word[]): Row[] {
  const sorted = [...words].sort((a, b) => a.y0 + a.y1 - (b.y0 + b.y1) || a.x0 - b.x0);
  const rows: Row[] = [];
  for (const w of sorted) {
    let best: Row | null = null;
    let bestOverlap = 0;
    for (let i = rows.length - 1; i >= 0 && i >= rows.length - 4; i--) {
      const r = rows[i];
      const overlap = Math.min(r.y1, w.y1) - Math.max(r.y0, w.y0);
      const ratio = overlap / Math.max(0.1, Math.min(r.y1 - r.y0, w.y1 - w.y0));
      if (ratio >= 0.5 && ratio > bestOverlap) {
        best = r;
        bestOverlap = ratio;
      }
    }
    if (best) {
      best.words.push(w);
      best.y0 = Math.min(best.y0, w.y0);
      best.y1 = Math.max(best.y1, w.y1);
    } else rows.push({ words: [w], y0: w.y0, y1: w.y1 });
  }
  for (const r of rows) r.words.sort((a, b) => a.x0 - b.x0);
  return rows.sort((a, b) => a.y0 - b.y0);
}

/** Words this far apart are separate fragments. */
function wideGap(prev: Word, w: Word): boolean {
  return w.x0 - prev.x1 > Math.max(FRAGMENT_GAP_MIN, FRAGMENT_GAP_EM * Math.max(w.fontSize, prev.fontSize));
}

/** Appends the row's fragments (runs of words without a wide gap) to out. */
function splitFragments(row: Row, out: Row[]): void {
  let cur: Row | null = null;
  for (const w of row.words) {
    const prev = cur ? lastWord(cur) : null;
    if (!cur || wideGap(prev!, w)) {
      cur = { words: [w], y0: w.y0, y1: w.y1 };
      out.push(cur);
    } else {
      cur.words.push(w);
      cur.y0 = Math.min(cur.y0, w.y0);
      cur.y1 = Math.max(cur.y1, w.y1);
    }
  }
}

/**
 * The x of a gutter between two columns of prose, or null. Many fragments must lie wholly on each
 * side, few may cross it, and each side's fragments must fill most of their column (prose, not a
 * label-value list or a table).
 */
function findGutter(fragments: Row[], pageWidth: number): number | null {
  if (fragments.length < MIN_COLUMN_FRAGMENTS * 2) return null;
  const [minX, maxX] = extent(fragments);
  let best: { x: number; score: number } | null = null;
  // the fragments' left and right edges, looked up once for all candidate gutters
  const x0s = new Float64Array(fragments.length);
  const x1s = new Float64Array(fragments.length);
  fragments.forEach((f, i) => {
    x0s[i] = f.words[0].x0;
    x1s[i] = lastWord(f).x1;
  });
  // widths of the fragments left and right of each candidate x, reused from candidate to candidate
  const lw: number[] = [];
  const rw: number[] = [];
  for (let x = Math.round(pageWidth * 0.3); x <= pageWidth * 0.7; x += 2) {
    let crossing = 0;
    lw.length = 0;
    rw.length = 0;
    for (let i = 0; i < fragments.length; i++) {
      const fx0 = x0s[i];
      const fx1 = x1s[i];
      if (fx1 <= x - GUTTER_CLEARANCE) lw.push(fx1 - fx0);
      else if (fx0 >= x + GUTTER_CLEARANCE) rw.push(fx1 - fx0);
      else crossing++;
    }
    if (lw.length < MIN_COLUMN_FRAGMENTS || rw.length < MIN_COLUMN_FRAGMENTS) continue;
    if (crossing > 0.15 * (lw.length + rw.length)) continue;
    if (sortedMedian(lw) < 0.6 * (x - minX) || sortedMedian(rw) < 0.6 * (maxX - x)) continue;
    const score = Math.min(lw.length, rw.length) - crossing * 3;
    if (!best || score > best.score) best = { x, score };
  }
  return best?.x ?? null;
}

function toLine(row: Row, page: number, flow: number, columnX0: number, columnX1: number): PdfLine {
  const words = row.words;
  // texts are gathered as pieces and joined once: flat strings, not ropes of every word (memory)
  const textPieces: string[] = [];
  // spans: their styles and first words; their texts are cut from textPieces at the end
  const spans: Span[] = [];
  const spanStarts: number[] = [];
  let boldChars = 0;
  let italicChars = 0;
  let chars = 0;
  const sizeChars = new SizeTally();
  let x0 = Infinity;
  let x1 = -Infinity;
  // first words of the line's fragments after the first
  const cuts: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const prev = i > 0 ? words[i - 1] : undefined;
    if (prev && wideGap(prev, w)) cuts.push(i);
    const sep = prev && (prev.spaceAfter || w.x0 - prev.x1 > 0.15 * w.fontSize) ? ' ' : '';
    textPieces.push(sep, w.text);
    const last = spans.length > 0 ? spans[spans.length - 1] : undefined;
    if (!last || last.bold !== w.bold || last.italic !== w.italic) {
      spans.push({ text: '', bold: w.bold, italic: w.italic });
      spanStarts.push(i);
    }
    const n = w.text.length;
    chars += n;
    if (w.bold) boldChars += n;
    if (w.italic) italicChars += n;
    const size = Math.round(w.fontSize * 2) / 2;
    sizeChars.add(size, n);
    x0 = Math.min(x0, w.x0);
    x1 = Math.max(x1, w.x1);
  }
  const fontSize = sizeChars.most('larger') ?? 0;
  const text = textPieces.join('');
  // a span runs from its first word's text to the separator before the next span (the space goes to
  // the earlier span); a line of one style is one span holding the line's own text (no second copy)
  if (spans.length === 1) spans[0].text = text;
  else {
    for (let k = 0; k < spans.length; k++) {
      spans[k].text = textPieces.slice(2 * spanStarts[k] + 1, k + 1 < spans.length ? 2 * spanStarts[k + 1] + 1 : textPieces.length).join('');
    }
  }
  const first = words[0];
  const second = words.length > 1 ? words[1] : undefined;
  const box: Box = { x0, y0: row.y0, x1, y1: row.y1 };
  const line: PdfLine = {
    text,
    spans,
    box,
    fontSize,
    bold: boldChars >= 0.8 * chars,
    italic: italicChars >= 0.8 * chars,
    page,
    flow,
    columnX0,
    columnX1,
    firstWordWidth: first.x1 - first.x0,
    textX0: second ? second.x0 : first.x0,
  };
  if (cuts.length) line.fragments = fragmentsOf(words, textPieces, cuts);
  return line;
}

/** The fragments of a line's words, cut before each word of `cuts`; their texts are cut from the line's pieces. */
function fragmentsOf(words: Word[], textPieces: string[], cuts: number[]): LineFragment[] {
  return [0, ...cuts].map((from, k) => {
    const to = k < cuts.length ? cuts[k] : words.length;
    return { text: textPieces.slice(2 * from + 1, 2 * to).join(''), x0: words[from].x0, x1: words[to - 1].x1 };
  });
}

function lastWord(r: Row): Word {
  return r.words[r.words.length - 1];
}

function extent(rows: Row[]): [number, number] {
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const r of rows) {
    x0 = Math.min(x0, r.words[0].x0);
    x1 = Math.max(x1, lastWord(r).x1);
  }
  return [x0, x1];
}

/** The median of xs, which it sorts in place. */
function sortedMedian(xs: number[]): number {
  xs.sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)];
}
