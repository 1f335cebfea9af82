// pdf.js text items -> positioned words. pdf.js gives one item per run of text (often a whole line, its
// spaces included) with a start point, a direction and a total width, but no per-glyph positions; glyph
// positions inside an item are spread over its width by the font's own advance widths (from the operator
// list), or by typical glyph widths where those are unknown. Items are cut at spaces and where they cross
// a vertical table ruling (a cell's text run into the next cell's).
import { firstIndexNotBefore } from '../../bisect.js';
import type { Box, Ruling, Word } from '../../model.js';
import type { Matrix } from './matrix.js';
import { multiply } from './matrix.js';
import { collapseSpaces, isBlank, isSpace } from '../../text.js';

export interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
  hasEOL?: boolean;
}

export interface FontInfo {
  name: string;
  bold: boolean;
  italic: boolean;
  ascent: number;
  descent: number;
}

/** glyphWeight of each UTF-16 code unit met so far (0 = not yet known): no regex per character. */
const WEIGHT_OF_CODE = new Float64Array(0x10000);

/** Relative advance widths (em) of common glyph classes, close to Arial/Helvetica/Times. */
export function glyphWeight(ch: string): number {
  if (ch.length !== 1) return weightClass(ch);
  const code = ch.charCodeAt(0);
  return WEIGHT_OF_CODE[code] || (WEIGHT_OF_CODE[code] = weightClass(ch));
}

function weightClass(ch: string): number {
  if (/\s/.test(ch)) return 0.28;
  if (/[il.,:;!|'`j]/.test(ch)) return 0.25;
  if (/[frtI()[\]\-/]/.test(ch)) return 0.34;
  if (/[mwMW@%]/.test(ch)) return 0.86;
  if (/[A-Z&]/.test(ch)) return 0.68;
  if (/[0-9$£€]/.test(ch)) return 0.556;
  return 0.52;
}

/**
 * Glyph weights and offsets of the item being cut into words, reused from item to item (two typed
 * arrays per text item were a large share of the reader's allocations); grown for a longer item.
 */
let weightsScratch = new Float64Array(512);
let offsetsScratch = new Float64Array(512);

function hasSurrogates(str: string): boolean {
  for (let k = 0; k < str.length; k++) if ((str.charCodeAt(k) & 0xf800) === 0xd800) return true;
  return false;
}

/** A vertical ruling must reach this far (pt) into a word on both sides to split it. */
const STRADDLE_MARGIN = 1;

/** The item being cut into words: its placement, shared by wordOf calls (one object for all items,
 * instead of a closure and its context per item). */
const frame = { m: [1, 0, 0, 1, 0, 0] as Matrix, offsets: offsetsScratch, ux: 0, uy: 0, nx: 0, ny: 0, ha: 0, hd: 0, size: 0, font: null as unknown as FontInfo };

/** The word of chars [from, to) of the item in `frame`: the bounds of the four corners of their run from descent to ascent. */
function wordOf(from: number, to: number, text: string, spaceAfter: boolean): Word {
  const { m, offsets, ux, uy, nx, ny, ha, hd, font } = frame;
  const ta = offsets[from];
  const tb = offsets[to];
  const xa = ux * ta + nx * ha, xb = ux * ta + nx * hd, xc = ux * tb + nx * ha, xd = ux * tb + nx * hd;
  const ya = uy * ta + ny * ha, yb = uy * ta + ny * hd, yc = uy * tb + ny * ha, yd = uy * tb + ny * hd;
  return {
    text,
    x0: round(m[4] + Math.min(xa, xb, xc, xd)),
    y0: round(m[5] + Math.min(ya, yb, yc, yd)),
    x1: round(m[4] + Math.max(xa, xb, xc, xd)),
    y1: round(m[5] + Math.max(ya, yb, yc, yd)),
    fontSize: round(frame.size),
    fontName: font.name,
    bold: font.bold,
    italic: font.italic,
    spaceAfter,
  };
}

/** Chars [from, to) of the item as a string. */
function textOf(chars: string | string[], from: number, to: number): string {
  return typeof chars === 'string' ? chars.slice(from, to) : chars.slice(from, to).join('');
}

/** The item's words, cut at spaces and at the page's vertical rulings (sorted by sortByCentreX),
 * appended to `out` (a caller may pass one list for all items) and returned. */
export function itemWords(
  item: TextItemLike,
  view: Matrix,
  font: FontInfo,
  verticalRulings: Ruling[],
  followedBySpace: boolean,
  advance: (ch: string) => number = glyphWeight,
  out: Word[] = [],
): Word[] {
  const str = item.str;
  if (isBlank(str)) return out;
  const m = multiply(view, item.transform);
  const size = Math.hypot(m[2], m[3]);
  const along = Math.hypot(m[0], m[1]);
  if (size <= 0 || along <= 0) return out;
  // unit vectors: u along the baseline, n towards the glyph tops (both in page coordinates)
  const ux = m[0] / along;
  const uy = m[1] / along;
  const nx = m[2] / size;
  const ny = m[3] / size;
  // the item's characters (code points); a string without surrogate pairs is its own list of them
  const chars: string | string[] = hasSurrogates(str) ? Array.from(str) : str;
  const n = chars.length;
  if (offsetsScratch.length < n + 1) {
    weightsScratch = new Float64Array(2 * n + 2);
    offsetsScratch = new Float64Array(2 * n + 2);
  }
  const weights = weightsScratch;
  // offsets[i] = distance along the baseline where char i starts; offsets[n] = item end
  const offsets = offsetsScratch;
  let sum = 0;
  for (let k = 0; k < n; k++) sum += weights[k] = advance(chars[k]);
  const total = sum || 1;
  const width = Math.abs(item.width) > 0 ? Math.abs(item.width) : total * size;
  offsets[0] = 0;
  for (let k = 0; k < n; k++) offsets[k + 1] = offsets[k] + (weights[k] / total) * width;
  const horizontal = Math.abs(uy) < 0.05;
  frame.m = m;
  frame.offsets = offsets;
  frame.ux = ux;
  frame.uy = uy;
  frame.nx = nx;
  frame.ny = ny;
  frame.ha = font.ascent * size;
  frame.hd = font.descent * size;
  frame.size = size;
  frame.font = font;
  if (!horizontal) {
    // rotated text (column headers set sideways, stamps): one word per item, never split
    out.push(wordOf(0, n, collapseSpaces(str), true));
    return out;
  }
  const words = out;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(chars[i].charCodeAt(0))) i++;
    if (i >= n) break;
    let j = i;
    while (j < n && !isSpace(chars[j].charCodeAt(0))) j++;
    const word = wordOf(i, j, textOf(chars, i, j), j < n || followedBySpace);
    const pieces = j - i < 2 || verticalRulings.length === 0 ? null : cutAtRulings(i, j, word, offsets, m, ux, verticalRulings);
    if (pieces === null) words.push(word);
    else for (const [a, b] of pieces) words.push(wordOf(a, b, textOf(chars, a, b), b < n || followedBySpace));
    i = j;
  }
  return words;
}

/** Split the char range [from, to) (in `box`) where a vertical ruling crosses it: sub-ranges, or null. */
function cutAtRulings(
  from: number,
  to: number,
  box: Box,
  offsets: Float64Array,
  m: Matrix,
  ux: number,
  verticals: Ruling[],
): [number, number][] | null {
  const midY = (box.y0 + box.y1) / 2;
  let cuts: number[] | null = null; // most words are not cut: no array for them
  // the rulings whose x lies inside the word, found by bisection (they are sorted by x)
  const lo = firstIndexNotBefore(verticals.length, (k) => centreX(verticals[k]) < box.x0 + STRADDLE_MARGIN);
  for (let v = lo; v < verticals.length; v++) {
    const r = verticals[v];
    const x = centreX(r);
    if (x > box.x1 - STRADDLE_MARGIN) break;
    if (r.y0 > midY || r.y1 < midY) continue;
    // nearest char boundary to the ruling
    let best = -1;
    let bestDist = Infinity;
    for (let k = from + 1; k < to; k++) {
      const d = Math.abs(m[4] + ux * offsets[k] - x);
      if (d < bestDist) {
        bestDist = d;
        best = k;
      }
    }
    if (best > 0) (cuts ??= []).push(best);
  }
  if (cuts === null) return null;
  const bounds = [from, ...new Set(cuts.sort((a, b) => a - b)), to];
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < bounds.length; k++) if (bounds[k + 1] > bounds[k]) out.push([bounds[k], bounds[k + 1]]);
  return out;
}

function centreX(r: Ruling): number {
  return (r.x0 + r.x1) / 2;
}

/** Sorts vertical rulings (in place) into the order itemWords wants them: by their centre's x. */
export function sortByCentreX(verticals: Ruling[]): Ruling[] {
  return verticals.sort((a, b) => centreX(a) - centreX(b));
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

const BOLD_NAME = /bold|black|heavy|semibold|demi|extrab|ultrab|-bd\b|,bd\b/i;
const ITALIC_NAME = /italic|oblique|-it\b|,it\b/i;

/** Font facts from pdf.js's loaded font object (page.commonObjs) and the text-content style. */
export function fontInfo(
  loaded: { name?: string; bold?: boolean; black?: boolean; italic?: boolean } | null,
  style: { fontFamily?: string; ascent?: number; descent?: number } | undefined,
): FontInfo {
  const name = (loaded?.name ?? style?.fontFamily ?? '').replace(/^[A-Z]{6}\+/, '');
  const ascent = style?.ascent && style.ascent >= 0.6 && style.ascent <= 1.1 ? style.ascent : 0.8;
  const descent = style?.descent && style.descent <= 0 && style.descent >= -0.4 ? style.descent : -0.2;
  return {
    name,
    bold: Boolean(loaded?.bold || loaded?.black) || BOLD_NAME.test(name),
    italic: Boolean(loaded?.italic) || ITALIC_NAME.test(name),
    ascent,
    descent,
  };
}
