// A page image as OCR sees it: one grey byte per pixel, with its resolution. Made from a canvas (a
// rendered PDF page or a decoded PNG/JPEG) or from decoded TIFF pixels; handed to tesseract as a PGM
// (a header and the bytes: nothing to encode, and tesseract's image library reads it natively).
import type { SKRSContext2D } from '@napi-rs/canvas';

export interface Bitmap {
  width: number;
  height: number;
  /** grey levels, 0 black .. 255 white, row by row */
  grey: Uint8Array;
  /** pixels per inch: page points are pixels * 72 / dpi */
  dpi: number;
}

/** Grey from RGBA (ITU-R 601 weights), transparent pixels as white paper. */
export function greyFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, dpi: number): Bitmap {
  const grey = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < grey.length; i++, j += 4) {
    const a = rgba[j + 3];
    const g = (rgba[j] * 77 + rgba[j + 1] * 150 + rgba[j + 2] * 29) >> 8;
    grey[i] = a === 255 ? g : 255 - (((255 - g) * a) >> 8);
  }
  return { width, height, grey, dpi };
}

export function greyFromCanvas(ctx: SKRSContext2D, width: number, height: number, dpi: number): Bitmap {
  return greyFromRgba(ctx.getImageData(0, 0, width, height).data, width, height, dpi);
}

/** The bitmap as a binary PGM (P5) file. */
export function toPgm(bitmap: Bitmap): Uint8Array {
  const header = Buffer.from(`P5\n${bitmap.width} ${bitmap.height}\n255\n`, 'latin1');
  const out = new Uint8Array(header.length + bitmap.grey.length);
  out.set(header, 0);
  out.set(bitmap.grey, header.length);
  return out;
}

/**
 * The grey level below which a pixel is ink: Otsu's threshold of the histogram, but never above 160, so
 * that a light watermark ("DRAFT" in pale grey) or a tinted background stays paper.
 */
export function inkThreshold(bitmap: Bitmap): number {
  const hist = new Float64Array(256);
  const g = bitmap.grey;
  // every 7th pixel is plenty for a histogram
  for (let i = 0; i < g.length; i += 7) hist[g[i]]++;
  let total = 0;
  let sum = 0;
  for (let v = 0; v < 256; v++) {
    total += hist[v];
    sum += v * hist[v];
  }
  let best = 128;
  let bestVar = -1;
  let w0 = 0;
  let sum0 = 0;
  for (let t = 0; t < 255; t++) {
    w0 += hist[t];
    sum0 += t * hist[t];
    const w1 = total - w0;
    if (w0 === 0 || w1 === 0) continue;
    const m0 = sum0 / w0;
    const m1 = (sum - sum0) / w1;
    const between = w0 * w1 * (m0 - m1) ** 2;
    if (between > bestVar) {
      bestVar = between;
      best = t;
    }
  }
  // Otsu's t is the last level of the dark class: ink is below t + 1 (a two-level scan has t = 0)
  return Math.min(best + 1, 160);
}

/** Share of ink pixels (sampled): a page below MIN_INK is blank paper, not worth reading. */
export function inkShare(bitmap: Bitmap, threshold: number): number {
  const g = bitmap.grey;
  let ink = 0;
  let n = 0;
  for (let i = 0; i < g.length; i += 5) {
    n++;
    if (g[i] < threshold) ink++;
  }
  return n === 0 ? 0 : ink / n;
}

export const MIN_INK = 0.0005;

/**
 * Stroke width (px) of the ink inside a box: twice its area over its outline (a stroke w wide and l long
 * has area w*l and an outline of about 2*l), whatever the strokes' direction. Bold text is wider.
 */
export function strokeWidth(bitmap: Bitmap, threshold: number, x0: number, y0: number, x1: number, y1: number): number {
  const { width, height, grey } = bitmap;
  const ink = (x: number, y: number) => x >= 0 && y >= 0 && x < width && y < height && grey[y * width + x] < threshold;
  let area = 0;
  let edge = 0;
  const xa = Math.max(0, Math.floor(x0));
  const xb = Math.min(width, Math.ceil(x1));
  const ya = Math.max(0, Math.floor(y0));
  const yb = Math.min(height, Math.ceil(y1));
  for (let y = ya; y < yb; y++) {
    for (let x = xa; x < xb; x++) {
      if (!ink(x, y)) continue;
      area++;
      if (!ink(x - 1, y) || !ink(x + 1, y) || !ink(x, y - 1) || !ink(x, y + 1)) edge++;
    }
  }
  return edge === 0 ? 0 : (2 * area) / edge;
}

/** Most pixels read: 300 dpi on an A4 page (more is slower and no more accurate). */
const MAX_PIXELS = 9_000_000;

/** A bitmap larger than MAX_PIXELS shrunk by a whole factor (the mean of each square of pixels). */
export function downscale(bitmap: Bitmap): Bitmap {
  const factor = Math.ceil(Math.sqrt((bitmap.width * bitmap.height) / MAX_PIXELS));
  if (factor <= 1) return bitmap;
  const width = Math.floor(bitmap.width / factor);
  const height = Math.floor(bitmap.height / factor);
  const grey = new Uint8Array(width * height);
  const area = factor * factor;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * bitmap.width + x * factor;
        for (let dx = 0; dx < factor; dx++) sum += bitmap.grey[row + dx];
      }
      grey[y * width + x] = Math.round(sum / area);
    }
  }
  return { width, height, grey, dpi: bitmap.dpi / factor };
}
