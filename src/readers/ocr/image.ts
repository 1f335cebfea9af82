// Image inputs (a scanned or photographed page; a multi-page TIFF is several pages) -> the document
// model, every page read by OCR into the same words and rulings as a PDF page and laid out by the PDF
// reader's own layout. PNG and JPEG are decoded by @napi-rs/canvas, TIFF (uncompressed, LZW, PackBits,
// Deflate, CCITT G3/G4 fax, JPEG) by UTIF.js.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import UTIF from 'utif';
import type { DocModel, Warning } from '../../model.js';
import { InputError } from '../../errors.js';
import { layoutPages, pageWork, type PageWork } from '../pdf/index.js';
import { downscale, greyFromRgba, type Bitmap } from './bitmap.js';
import { OcrEngine } from './engine.js';
import { ocrPage, ocrWarning } from './page.js';
import type { OcrHooks } from './options.js';
import type { ImageKind } from './kind.js';
import { assertIntact } from './intact.js';

/** Resolution assumed when the file gives none: a page of A4 or Letter width (8.3-8.5 in). */
const PAGE_WIDTH_INCH = 8.5;

export interface ImageReadOptions extends OcrHooks {
  maxPages: number;
  onPage?: (done: number, total: number) => void;
}

export async function readImage(bytes: Uint8Array, kind: ImageKind, opts: ImageReadOptions): Promise<DocModel> {
  if (opts.ocr === 'never') throw new InputError('unsupported', `unsupported format (${kind.toUpperCase()} image: needs OCR, not --ocr never)`);
  const pages = kind === 'tiff' ? tiffPages(bytes) : [() => canvasImage(bytes, kind)];
  if (pages.length > opts.maxPages) {
    throw new InputError('too_many_pages', `too many pages: ${pages.length.toLocaleString('en-GB')} pages, over the ${opts.maxPages.toLocaleString('en-GB')}-page limit`);
  }
  const engine = new OcrEngine();
  const warnings: Warning[] = [];
  const work: PageWork[] = [];
  const ocrPages: number[] = [];
  try {
    for (let i = 0; i < pages.length; i++) {
      const n = i + 1;
      opts.onOcrPage?.(n);
      const read = await ocrPage(engine, downscale(await pages[i]()), n);
      if (read) {
        ocrPages.push(n);
        warnings.push(ocrWarning(read));
        work.push(pageWork(read.raw, n, warnings));
      } else work.push({ number: n, width: null, height: 0, lines: [], tables: [], wordCount: 0 });
      opts.onPage?.(n, pages.length);
    }
  } finally {
    await engine.close();
  }
  return { format: 'image', pages: layoutPages(work), pageCount: pages.length, title: null, warnings, ocrPages };
}

async function canvasImage(bytes: Uint8Array, kind: ImageKind): Promise<Bitmap> {
  assertIntact(bytes, kind);
  let image: Awaited<ReturnType<typeof loadImage>>;
  try {
    image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
  } catch (err) {
    throw new InputError('corrupt', `corrupt: ${kind.toUpperCase()} image could not be decoded`);
  }
  const { width, height } = image;
  if (!(width > 0 && height > 0)) throw new InputError('corrupt', `corrupt: ${kind.toUpperCase()} image has no pixels`);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(image, 0, 0);
  const dpi = (kind === 'png' ? pngDpi(bytes) : jpegDpi(bytes)) ?? width / PAGE_WIDTH_INCH;
  return greyFromRgba(ctx.getImageData(0, 0, width, height).data, width, height, dpi);
}

/** One loader per page of a TIFF (each decoded only when its turn comes). */
function tiffPages(bytes: Uint8Array): (() => Promise<Bitmap>)[] {
  let ifds: UTIF.Ifd[];
  try {
    ifds = UTIF.decode(bytes).filter((ifd) => ifd.t256 && ifd.t257);
  } catch {
    throw new InputError('corrupt', 'corrupt: TIFF image could not be decoded');
  }
  if (ifds.length === 0) throw new InputError('corrupt', 'corrupt: TIFF file holds no image');
  return ifds.map((ifd) => async () => {
    try {
      UTIF.decodeImage(bytes, ifd, ifds);
      const rgba = UTIF.toRGBA8(ifd);
      const { width, height } = ifd;
      ifd.data = undefined;
      return greyFromRgba(rgba, width, height, tiffDpi(ifd) ?? width / PAGE_WIDTH_INCH);
    } catch {
      throw new InputError('corrupt', 'corrupt: TIFF image could not be decoded');
    }
  });
}

/** Pixels per inch from a PNG's pHYs chunk (unit 1: per metre). */
function pngDpi(b: Uint8Array): number | null {
  const view = new DataView(b.buffer, b.byteOffset, b.length);
  for (let off = 8; off + 12 <= b.length; ) {
    const len = view.getUint32(off);
    const type = String.fromCharCode(b[off + 4], b[off + 5], b[off + 6], b[off + 7]);
    if (type === 'pHYs' && len >= 9 && b[off + 16] === 1) return plausibleDpi(view.getUint32(off + 8) * 0.0254);
    if (type === 'IDAT' || type === 'IEND') return null;
    off += 12 + len;
  }
  return null;
}

/** Pixels per inch from a JPEG's JFIF header (units 1: per inch, 2: per cm). */
function jpegDpi(b: Uint8Array): number | null {
  if (b[6] !== 0x4a || b[7] !== 0x46 || b[8] !== 0x49 || b[9] !== 0x46) return null;
  const units = b[13];
  const x = (b[14] << 8) | b[15];
  return units === 1 ? plausibleDpi(x) : units === 2 ? plausibleDpi(x * 2.54) : null;
}

/** XResolution (a rational) with ResolutionUnit 2 (inch, the default) or 3 (cm). */
function tiffDpi(ifd: UTIF.Ifd): number | null {
  const res = ifd.t282;
  if (!res || !res[0]) return null;
  const unit = ifd.t296?.[0] ?? 2;
  const value = res.length > 1 && res[1] ? res[0] / res[1] : res[0];
  return unit === 2 ? plausibleDpi(value) : unit === 3 ? plausibleDpi(value * 2.54) : null;
}

/** A resolution a scan or photo of a page may have; 72 or 96 are screen defaults that say nothing. */
function plausibleDpi(dpi: number): number | null {
  return dpi >= 100 && dpi <= 1200 ? dpi : null;
}
