// Table rulings of a page image: long, thin runs of ink, horizontal or vertical. A scanned line is
// seldom straight or whole: runs on neighbouring rows that touch end to end (a slightly skewed line) or
// lie on top of each other (a thick one) are chained, and small breaks are bridged. A chain long and thin
// enough is a ruling. Found rulings are painted out before OCR reads the page: a cell border read as
// "|" or "l" would stick to the words beside it.
import type { Ruling } from '../../model.js';
import type { Bitmap } from './bitmap.js';

/** Least length of a ruling (inches): shorter runs are letters, dashes, underlines of a word. */
const MIN_H_INCH = 0.4;
const MIN_V_INCH = 0.3;
/** Thickest ruling (points): thicker runs are filled bands (shaded header rows, black boxes). */
const MAX_THICK_PT = 3;
/** Least share of ink in a run: a drawn line is solid, the dots of a halftone shading are not. */
const MIN_RUN_FILL = 0.85;
/** Most ink alongside a ruling, on either side: bold letters touching along their tops make a long run too. */
const MAX_SIDE_INK = 0.3;

interface Chain {
  x0: number;
  x1: number;
  lastPos: number;
  lastX0: number;
  lastX1: number;
  ink: number;
  posSum: number;
  /** runs as [pos, x0, x1] (x along the line, pos across it) */
  runs: number[];
}

/** Rulings of the page in points, top-left origin; `bitmap` comes back with them painted white. */
export function findRulings(bitmap: Bitmap, threshold: number): Ruling[] {
  const { width, height, grey, dpi } = bitmap;
  const toPt = 72 / dpi;
  const maxThick = (MAX_THICK_PT / 72) * dpi;
  const gap = Math.max(1, Math.round(dpi / 100));
  const ink = new Uint8Array(width * height);
  // and column by column: the vertical search walks down columns, which is slow across rows in memory
  const inkDown = new Uint8Array(width * height);
  for (let y = 0, i = 0; y < height; y++) {
    for (let x = 0; x < width; x++, i++) if (grey[i] < threshold) ink[i] = inkDown[x * height + y] = 1;
  }
  const out: Ruling[] = [];
  // horizontal: rows of the image; vertical: the same on its columns
  const horizontal = chains(ink, width, height, gap, MIN_H_INCH * dpi, maxThick);
  const vertical = chains(inkDown, height, width, gap, MIN_V_INCH * dpi, maxThick);
  for (const c of horizontal) {
    const y = c.posSum / (c.runs.length / 3);
    const half = Math.max(0.5, c.ink / (c.x1 - c.x0 + 1) / 2);
    out.push({ orientation: 'h', x0: c.x0 * toPt, x1: (c.x1 + 1) * toPt, y0: (y - half + 0.5) * toPt, y1: (y + half + 0.5) * toPt });
  }
  for (const c of vertical) {
    const x = c.posSum / (c.runs.length / 3);
    const half = Math.max(0.5, c.ink / (c.x1 - c.x0 + 1) / 2);
    out.push({ orientation: 'v', y0: c.x0 * toPt, y1: (c.x1 + 1) * toPt, x0: (x - half + 0.5) * toPt, x1: (x + half + 0.5) * toPt });
  }
  for (const c of horizontal) erase(c, grey, (p, x) => p * width + x, height);
  for (const c of vertical) erase(c, grey, (p, y) => y * width + p, width);
  return out;
}

/**
 * Chains of ink runs along `length` (x) on each of `lines` (pos) positions, `ink` being line after line;
 * those at least `minLength` long and at most `maxThick` thick on average.
 */
function chains(
  ink: Uint8Array,
  length: number,
  lines: number,
  gap: number,
  minLength: number,
  maxThick: number,
): Chain[] {
  const done: Chain[] = [];
  let active: Chain[] = [];
  const minRun = Math.max(8, minLength / 8);
  for (let pos = 0; pos < lines; pos++) {
    const still: Chain[] = [];
    for (const c of active) (c.lastPos >= pos - 2 ? still : done).push(c);
    active = still;
    const row = pos * length;
    let x = 0;
    while (x < length) {
      if (!ink[row + x]) {
        x++;
        continue;
      }
      // a run, bridging breaks of up to `gap` pixels
      const start = x;
      let end = x;
      let count = 0;
      while (x < length) {
        if (ink[row + x]) {
          end = x;
          count++;
        } else if (x - end > gap) break;
        x++;
      }
      if (end - start + 1 < minRun || count < MIN_RUN_FILL * (end - start + 1)) continue;
      const bridge = 2 * gap;
      const chain = active.find((c) => start <= c.lastX1 + bridge && end >= c.lastX0 - bridge);
      if (chain) {
        if (chain.lastPos !== pos) {
          chain.lastX0 = start;
          chain.lastX1 = end;
        } else {
          chain.lastX0 = Math.min(chain.lastX0, start);
          chain.lastX1 = Math.max(chain.lastX1, end);
        }
        chain.lastPos = pos;
        chain.x0 = Math.min(chain.x0, start);
        chain.x1 = Math.max(chain.x1, end);
        chain.ink += count;
        chain.posSum += pos;
        chain.runs.push(pos, start, end);
      } else {
        active.push({ x0: start, x1: end, lastPos: pos, lastX0: start, lastX1: end, ink: count, posSum: pos, runs: [pos, start, end] });
      }
    }
  }
  done.push(...active);
  return done.filter((c) => c.x1 - c.x0 + 1 >= minLength && c.ink / (c.x1 - c.x0 + 1) <= maxThick && clearAlongside(c, ink, length, lines));
}

/** Is there paper on both sides of the chain (just beyond its thickness) along most of its length? */
function clearAlongside(c: Chain, ink: Uint8Array, length: number, lines: number): boolean {
  const k = Math.ceil(c.ink / (c.x1 - c.x0 + 1)) + 2;
  let before = 0;
  let after = 0;
  let n = 0;
  for (let i = 0; i < c.runs.length; i += 3) {
    const pos = c.runs[i];
    for (let x = c.runs[i + 1]; x <= c.runs[i + 2]; x++) {
      n++;
      if (pos - k >= 0 && ink[(pos - k) * length + x]) before++;
      if (pos + k < lines && ink[(pos + k) * length + x]) after++;
    }
  }
  return Math.max(before, after) <= MAX_SIDE_INK * n;
}

/** Paint a chain's runs white, a pixel either side across the line included. */
function erase(c: Chain, grey: Uint8Array, at: (pos: number, x: number) => number, lines: number): void {
  for (let i = 0; i < c.runs.length; i += 3) {
    const pos = c.runs[i];
    for (let p = Math.max(0, pos - 1); p <= Math.min(lines - 1, pos + 1); p++) {
      for (let x = c.runs[i + 1]; x <= c.runs[i + 2]; x++) grey[at(p, x)] = 255;
    }
  }
}
