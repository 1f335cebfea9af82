// Upright pages for OCR. A scan may be skewed a few degrees (a sheet fed askew) or lie on its side or upside
// down (a page scanned at 90, 180 or 270 degrees). Skew: text lines are dark rows, so the ink projected
// along the right angle gives the sharpest profile (the angle with the largest sum of squared row counts,
// tried on a coarse copy of the page); the page is turned back by it. Orientation: the eng model carries no
// orientation data, so when a page reads badly a piece of it is read in each of the four turns and the
// turn that gives the most confident words wins.
import type { Bitmap } from './bitmap.js';
import type { OcrLine } from './engine.js';

/** Coarse copy for the skew search: about this many pixels per inch (lines of 9 pt text stay apart). */
const SKEW_DPI = 50;
/** Angles tried (degrees): scanners feed a sheet at most a few degrees askew. */
const MAX_SKEW = 5;
const SKEW_STEP = 0.1;
/** Below this the page is left as it is (tesseract follows a slight slant itself). */
const MIN_SKEW = 0.3;
/** The skewed profile must be this much sharper than the unturned one (text, not noise). */
const MIN_SKEW_GAIN = 1.1;

interface CoarseInk {
  /** ink cells of a coarse copy of the page: x from its middle, y from its top */
  xs: number[];
  ys: number[];
  w: number;
  h: number;
}

/** Ink cells of a copy of the page at about SKEW_DPI: a cell is ink when any pixel of its square is. */
function coarseInk(bitmap: Bitmap, threshold: number): CoarseInk {
  const f = Math.max(1, Math.round(bitmap.dpi / SKEW_DPI));
  const w = Math.floor(bitmap.width / f);
  const h = Math.floor(bitmap.height / f);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let ink = false;
      for (let dy = 0; dy < f && !ink; dy++) {
        const row = (y * f + dy) * bitmap.width + x * f;
        for (let dx = 0; dx < f; dx++) if (bitmap.grey[row + dx] < threshold) { ink = true; break; }
      }
      if (ink) { xs.push(x - w / 2); ys.push(y); }
    }
  }
  return { xs, ys, w, h };
}

/** Column profile this much sharper than the row profile (each against an even spread): lines run down. */
const ON_SIDE_RATIO = 1.5;

/** Do the page's lines of text run down it (a page scanned on its side)? */
export function onItsSide(bitmap: Bitmap, threshold: number): boolean {
  const { xs, ys, w, h } = coarseInk(bitmap, threshold);
  if (xs.length < 50) return false;
  const sharpness = (at: number[], bins: number, shift: number) => {
    const counts = new Float64Array(bins + 1);
    for (const v of at) counts[Math.min(bins, Math.max(0, Math.round(v + shift)))]++;
    let sum = 0;
    for (const c of counts) sum += c * c;
    return (sum * bins) / (at.length * at.length);
  };
  return sharpness(xs, w, w / 2) > ON_SIDE_RATIO * sharpness(ys, h, 0);
}

/** The page's skew (degrees, clockwise as seen), or 0 when it is straight or has no lines of text. */
export function skewAngle(bitmap: Bitmap, threshold: number): number {
  const { xs, ys, w, h } = coarseInk(bitmap, threshold);
  if (xs.length < 50) return 0;
  const pad = Math.ceil(w * Math.tan((MAX_SKEW * Math.PI) / 180)) + 1;
  const rows = new Float64Array(h + 2 * pad);
  const sharpness = (deg: number) => {
    rows.fill(0);
    const t = Math.tan((deg * Math.PI) / 180);
    for (let i = 0; i < xs.length; i++) rows[Math.round(ys[i] - xs[i] * t) + pad]++;
    let sum = 0;
    for (const r of rows) sum += r * r;
    return sum;
  };
  const straight = sharpness(0);
  let best = 0;
  let bestScore = straight;
  for (let deg = -MAX_SKEW; deg <= MAX_SKEW + 1e-9; deg += SKEW_STEP) {
    const s = sharpness(deg);
    if (s > bestScore) { bestScore = s; best = deg; }
  }
  return Math.abs(best) >= MIN_SKEW && bestScore >= MIN_SKEW_GAIN * straight ? Math.round(best * 10) / 10 : 0;
}

/** The bitmap turned by -deg (bilinear, white paper outside): skewed lines come out level. */
export function deskew(bitmap: Bitmap, deg: number): Bitmap {
  const { width, height, grey } = bitmap;
  const a = (deg * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = width / 2;
  const cy = height / 2;
  const out = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = cx + (x - cx) * cos - (y - cy) * sin;
      const sy = cy + (x - cx) * sin + (y - cy) * cos;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      const top = grey[i] + (grey[i + 1] - grey[i]) * fx;
      const bottom = grey[i + width] + (grey[i + width + 1] - grey[i + width]) * fx;
      out[y * width + x] = Math.round(top + (bottom - top) * fy);
    }
  }
  return { ...bitmap, grey: out };
}

/** The bitmap turned clockwise by `quarters` quarter turns. */
export function turn(bitmap: Bitmap, quarters: number): Bitmap {
  const q = ((quarters % 4) + 4) % 4;
  if (q === 0) return bitmap;
  const { width: w, height: h, grey } = bitmap;
  const [W, H] = q === 2 ? [w, h] : [h, w];
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      // where (x, y) lands once turned
      const [X, Y] = q === 1 ? [h - 1 - y, x] : q === 2 ? [w - 1 - x, h - 1 - y] : [y, w - 1 - x];
      out[Y * W + X] = grey[y * w + x];
    }
  }
  return { width: W, height: H, grey: out, dpi: bitmap.dpi };
}

/** The middle of the page, half its width and height: enough lines to judge a turn by, a quarter of the work. */
export function middle(bitmap: Bitmap): Bitmap {
  const x0 = Math.floor(bitmap.width / 4);
  const y0 = Math.floor(bitmap.height / 4);
  const width = Math.max(1, Math.floor(bitmap.width / 2));
  const height = Math.max(1, Math.floor(bitmap.height / 2));
  const grey = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) grey.set(bitmap.grey.subarray((y0 + y) * bitmap.width + x0, (y0 + y) * bitmap.width + x0 + width), y * width);
  return { width, height, grey, dpi: bitmap.dpi };
}

/** How well a turn reads: confident words of three or more letters (garbage reads as short, unsure bits). */
export function readability(lines: OcrLine[]): number {
  let score = 0;
  for (const line of lines) for (const w of line.words) if (w.confidence >= 60 && /\p{L}{3}/u.test(w.text)) score++;
  return score;
}
