// A PDF page as an image for OCR: drawn by pdf.js onto an @napi-rs/canvas canvas (the 0.1 line, which
// pdf.js 5.6 is built against) at OCR_DPI, on white paper, in the same upright orientation and scale
// (points * dpi / 72) as the page's viewport. The PDF reader keeps pdf.js away from the canvas library
// (preload.ts: reading text needs none); it is loaded here, the first time a page is drawn, and gives
// pdf.js the drawing globals it expects in Node.
import type { PDFPageProxy } from '../pdf/pdfjs.js';
import { greyFromCanvas, type Bitmap } from './bitmap.js';

/** 200 dpi: body text of 9-12 pt has letters 20-30 px high, what tesseract reads best; faster than 300. */
export const OCR_DPI = 200;
/** Largest page image (pixels): a poster-sized page is read at a lower resolution instead. */
const MAX_PIXELS = 40_000_000;

let canvasLibrary: Promise<typeof import('@napi-rs/canvas')> | undefined;

async function loadCanvas(): Promise<typeof import('@napi-rs/canvas')> {
  const lib = await import('@napi-rs/canvas');
  const g = globalThis as Record<string, unknown>;
  // what pdf.js's own Node set-up takes from the library (the affine stand-in of preload.ts cannot draw)
  g.DOMMatrix = lib.DOMMatrix;
  g.Path2D = lib.Path2D;
  g.ImageData = lib.ImageData;
  return lib;
}

export async function renderPage(page: PDFPageProxy, dpi = OCR_DPI): Promise<Bitmap> {
  const { createCanvas } = await (canvasLibrary ??= loadCanvas());
  const unit = page.getViewport({ scale: 1 });
  const scale = Math.min(dpi / 72, Math.sqrt(MAX_PIXELS / Math.max(1, unit.width * unit.height)));
  const viewport = page.getViewport({ scale });
  const width = Math.max(1, Math.ceil(viewport.width));
  const height = Math.max(1, Math.ceil(viewport.height));
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  // pdf.js's own types name the DOM canvas; the node canvas is what it draws on in Node
  type RenderParams = Parameters<PDFPageProxy['render']>[0];
  const params = { canvasContext: ctx, canvas, viewport } as unknown as RenderParams;
  await page.render(params).promise;
  return greyFromCanvas(ctx, width, height, scale * 72);
}
