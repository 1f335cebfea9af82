// The parts of OCR that need no OCR engine: judging a text layer, finding rulings on a bitmap, telling
// image formats by their bytes, and the time limit that grows with each page read by OCR.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { judgeText } from '../src/readers/ocr/usable.js';
import { findRulings } from '../src/readers/ocr/rulings.js';
import { downscale, inkThreshold, type Bitmap } from '../src/readers/ocr/bitmap.js';
import { imageKind } from '../src/readers/ocr/kind.js';
import { deskew, skewAngle, turn } from '../src/readers/ocr/orient.js';
import { sniffFormat } from '../src/readers/index.js';
import { WorkerPool } from '../src/run/pool.js';
import { DEFAULT_SIZE_LIMITS } from '../src/readers/limits.js';
import { FIXTURES } from './helpers.js';

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('judgeText: is a text layer language?', () => {
  it('takes English prose, Welsh prose and a table of figures as usable', () => {
    expect(judgeText(words('The Panel noted the report of the Police and Crime Commissioner on his precept proposals for 2023/24.'))).toEqual({ usable: true });
    expect(judgeText(words('Cynigiwyd gan y Cynghorydd a eiliwyd gan y Cadeirydd bod y cyngor yn cymeradwyo’r gyllideb ar gyfer y flwyddyn.'))).toEqual({ usable: true });
    expect(judgeText(words('Staff 198.5 (12.3) 1,204,000 £3.4m 14/037 CV1 5RR 10:30 45% Total 2,345.6 1st 19.01.1a'))).toEqual({ usable: true });
  });

  it('takes every page of the sample pack (its text export) as usable', () => {
    const pages = readFileSync(join(FIXTURES, 'sample/pack.txt'), 'utf8').split(/\f|\n(?=#+ )/);
    for (const page of pages) expect(judgeText(words(page)).usable).toBe(true);
  });

  it('rejects a broken font encoding, glyphs without Unicode and shifted letters', () => {
    // what a CID font with a broken ToUnicode map gives (punctuation and digits where letters were)
    expect(judgeText(words("+/54'30(4*'#34''4+/) 0/ 4* #2%* #44'232+3+/) '%-#2#4+0/30(/4'2'34 5$-+%5'34+0/3 %%05/43 022'310/&'/%'"))).toEqual({
      usable: false, reason: 'text is not words',
    });
    expect(judgeText(['\uE001\uE002\uE003 \uE004\uE005', 'Agenda'])).toEqual({ usable: false, reason: 'glyphs without Unicode' });
    expect(judgeText(['\u0003\u0011\u0012\u0005\u0007 \u0013\u0014'])).toEqual({ usable: false, reason: 'glyphs without Unicode' });
    // "The Council noted the report of the Commissioner..." with every letter moved three places on
    const shifted = 'The Council noted the report of the Commissioner and resolved to support the proposed precept for the coming year'
      .replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 3) % 26) + 97));
    expect(judgeText(words(shifted))).toEqual({ usable: false, reason: 'text is not words' });
    expect(judgeText([])).toEqual({ usable: false, reason: 'no text' });
  });

  it('does not judge a few words by their letters (a page number, a heading)', () => {
    expect(judgeText(['Page', '3', 'of', '12']).usable).toBe(true);
    expect(judgeText(['XJQ', 'ZRTW']).usable).toBe(true);
  });
});

/** A white page with black boxes drawn by `draw(set)`. */
function page(width: number, height: number, draw: (set: (x: number, y: number) => void) => void): Bitmap {
  const grey = new Uint8Array(width * height).fill(255);
  draw((x, y) => {
    if (x >= 0 && y >= 0 && x < width && y < height) grey[Math.round(y) * width + Math.round(x)] = 0;
  });
  return { width, height, grey, dpi: 200 };
}

describe('findRulings', () => {
  it('finds the grid of a slightly skewed, broken table and paints it out; not halftone, not text', () => {
    const bm = page(1000, 800, (set) => {
      // a 3-row, 3-column grid from (100,100) to (900,400), 2 px lines, skewed 0.3 degrees, with breaks
      const skew = Math.tan((0.3 * Math.PI) / 180);
      for (const y of [100, 200, 300, 400]) {
        for (let x = 100; x <= 900; x++) if (x % 97 !== 0) for (let t = 0; t < 2; t++) set(x, y + t + (x - 100) * skew);
      }
      for (const x of [100, 400, 900]) for (let y = 100; y <= 400; y++) for (let t = 0; t < 2; t++) set(x + t - (y - 100) * skew, y);
      // a halftone band (every other pixel) and a row of letter-like blobs below the table
      for (let y = 500; y < 540; y++) for (let x = 100; x < 900; x++) if ((x + y) % 2 === 0) set(x, y);
      for (let x = 100; x < 900; x += 14) for (let y = 600; y < 625; y++) for (let t = 0; t < 9; t++) set(x + t, y);
    });
    const before = bm.grey.filter((g) => g === 0).length;
    const rulings = findRulings(bm, inkThreshold(bm));
    const h = rulings.filter((r) => r.orientation === 'h').sort((a, b) => a.y0 - b.y0);
    const v = rulings.filter((r) => r.orientation === 'v').sort((a, b) => a.x0 - b.x0);
    expect(h.map((r) => Math.round(((r.y0 + r.y1) / 2) * (200 / 72) / 10) * 10)).toEqual([100, 200, 300, 400]);
    expect(v.map((r) => Math.round(((r.x0 + r.x1) / 2) * (200 / 72) / 10) * 10)).toEqual([100, 400, 900]);
    for (const r of h) expect((r.x1 - r.x0) * (200 / 72)).toBeGreaterThan(780);
    for (const r of v) expect((r.y1 - r.y0) * (200 / 72)).toBeGreaterThan(290);
    // the grid is gone from the image; the halftone and the blobs are still there
    expect(bm.grey.filter((g) => g === 0).length).toBeLessThan(before - 4 * 790 * 2);
    expect(bm.grey[520 * 1000 + 300]).toBe(0);
    expect(bm.grey[610 * 1000 + 100]).toBe(0);
  });

  it('finds nothing on a page of text-like blobs', () => {
    const bm = page(600, 400, (set) => {
      for (let line = 0; line < 8; line++) for (let x = 50; x < 550; x += 12) for (let y = 0; y < 20; y++) for (let t = 0; t < 8; t++) set(x + t, 40 + line * 40 + y);
    });
    expect(findRulings(bm, inkThreshold(bm))).toEqual([]);
  });

  it('keeps the resolution right when a large image is shrunk', () => {
    const big: Bitmap = { width: 5000, height: 4000, grey: new Uint8Array(5000 * 4000).fill(200), dpi: 600 };
    const small = downscale(big);
    expect(small).toMatchObject({ width: 2500, height: 2000, dpi: 300 });
    expect(small.grey[0]).toBe(200);
  });
});

describe('upright pages', () => {
  // lines of word-like blobs, 40 px apart, slanting down to the right by `deg`
  const lines = (deg: number) =>
    page(1600, 1000, (set) => {
      const t = Math.tan((deg * Math.PI) / 180);
      for (let line = 0; line < 20; line++) {
        for (let x = 100; x < 1500; x += 30) for (let dx = 0; dx < 22; dx++) for (let y = 0; y < 14; y++) set(x + dx, 100 + line * 40 + y + (x + dx - 800) * t);
      }
    });

  it('measures the skew of lines of text, either way, and none on a straight page', () => {
    expect(skewAngle(lines(0), 128)).toBe(0);
    expect(skewAngle(lines(0.2), 128)).toBe(0);
    expect(Math.abs(skewAngle(lines(3), 128) - 3)).toBeLessThanOrEqual(0.2);
    expect(Math.abs(skewAngle(lines(-2), 128) + 2)).toBeLessThanOrEqual(0.2);
    expect(skewAngle(page(400, 400, () => undefined), 128)).toBe(0);
  });

  it('levels a skewed page', () => {
    const level = deskew(lines(3), 3);
    expect(skewAngle(level, 128)).toBe(0);
    expect(level).toMatchObject({ width: 1600, height: 1000, dpi: 200 });
  });

  it('turns a page by quarter turns, clockwise', () => {
    // a 3 x 2 image: pixel values 0..5 row by row
    const bm: Bitmap = { width: 3, height: 2, grey: Uint8Array.from([0, 1, 2, 3, 4, 5]), dpi: 100 };
    expect(turn(bm, 1)).toMatchObject({ width: 2, height: 3, grey: Uint8Array.from([3, 0, 4, 1, 5, 2]) });
    expect(turn(bm, 2).grey).toEqual(Uint8Array.from([5, 4, 3, 2, 1, 0]));
    expect(turn(bm, 3)).toMatchObject({ width: 2, height: 3, grey: Uint8Array.from([2, 5, 1, 4, 0, 3]) });
    expect(turn(turn(bm, 1), 3)).toEqual(bm);
  });
});

describe('image formats', () => {
  it('tells PNG, JPEG and TIFF by their bytes, and routes them to the image reader', () => {
    const png = readFileSync(join(FIXTURES, 'ocr/sample-p3-top.png'));
    const tif = readFileSync(join(FIXTURES, 'ocr/sample-crops.tif'));
    expect(imageKind(png)).toBe('png');
    expect(imageKind(tif)).toBe('tiff');
    expect(imageKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpeg');
    expect(imageKind(new Uint8Array([0x4d, 0x4d, 0, 0x2a]))).toBe('tiff');
    expect(imageKind(Buffer.from('%PDF-1.7'))).toBeNull();
    expect(sniffFormat(png)).toBe('image');
    expect(sniffFormat(tif)).toBe('image');
    expect(sniffFormat(Buffer.from('Agenda\n1. Apologies'))).toBe('text');
  });
});

describe('time limit with OCR', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'panelpack-ocr-pool-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  // reports `n` pages read by OCR at once, then answers after `ms` (or never)
  const stub = join(tmp, 'ocr-worker.mjs');
  writeFileSync(
    stub,
    `process.on('message', (msg) => {
  const [pages, ms] = msg.input.path.split(':').map(Number);
  for (let p = 1; p <= pages; p++) process.send({ type: 'ocr', id: msg.id, page: p });
  if (ms >= 0) setTimeout(() => process.send({ type: 'done', id: msg.id, doc: { ok: true } }), ms);
});
`,
  );
  const opts = { maxPages: 10, sizeLimits: DEFAULT_SIZE_LIMITS };
  /** a pool whose worker has started (a job done), so that its start-up does not eat into the limits */
  async function pool(): Promise<WorkerPool> {
    const p = new WorkerPool({ size: 1, timeoutMs: 1000, heapMb: 64, rssMb: 1400, workerPath: stub, ocrPageMs: 1000 });
    await p.run({ path: '0:0', display: 'warm' }, opts);
    return p;
  }

  it('gives each page read by OCR its allowance on top of --timeout', async () => {
    const p = await pool();
    const r = await p.run({ path: '2:2000', display: 'scan.pdf' }, opts);
    p.close();
    expect(r.ok).toBe(true);
  });

  it('says which limit was hit, the OCR allowance included', async () => {
    const [a, b] = [await pool(), await pool()];
    const [plain, scanned] = await Promise.all([a.run({ path: '0:2000', display: 'a.pdf' }, opts), b.run({ path: '3:-1', display: 'b.pdf' }, opts)]);
    a.close();
    b.close();
    expect(plain).toEqual({ ok: false, reason: 'timeout', message: 'timeout: over the 1 s limit' });
    expect(scanned).toEqual({ ok: false, reason: 'timeout', message: 'timeout: over the 1 s limit (+1 s for each of the 3 pages read by OCR)' });
  });
});
