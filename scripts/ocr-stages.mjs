#!/usr/bin/env node
// Where OCR time goes, page by page: the sample pack (or --pdf FILE) rasterised as bench:ocr does (pdftoppm
// -r 200 -gray), then for each page the CPU seconds of each stage of the OCR reader (dist/, build first):
// ink threshold, orientation and skew, rulings, tesseract (layout and recognition, every read of the page:
// a page read badly is read again in pieces), and the whole of ocrPage. Drawing a PDF page (pdf.js onto the
// canvas) comes before these and is not counted. CPU time counts every thread of this process, so run it
// on a quiet machine; on a busy one compare runs of the same moment only.
//   node scripts/ocr-stages.mjs [--pdf FILE] [--pages A-B]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const pdf = arg('--pdf', join(ROOT, 'fixtures', 'sample', 'pack.pdf'));
const range = arg('--pages') ? arg('--pages').split('-') : undefined;
const DPI = 200;

const dist = (m) => import(join(ROOT, 'dist', 'readers', 'ocr', m));
const { inkThreshold } = await dist('bitmap.js');
const { OcrEngine } = await dist('engine.js');
const { ocrPage } = await dist('page.js');
const { findRulings } = await dist('rulings.js');
const { onItsSide, skewAngle } = await dist('orient.js');

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const timed = (f) => {
  const start = cpu();
  f();
  return cpu() - start;
};

/** The engine, with the CPU time of its reads and the share of the page they covered. */
class TimedEngine extends OcrEngine {
  seconds = 0;
  pixels = 0;
  async read(bitmap) {
    const start = cpu();
    const lines = await super.read(bitmap);
    this.seconds += cpu() - start;
    this.pixels += bitmap.width * bitmap.height;
    return lines;
  }
}

const work = mkdtempSync(join(tmpdir(), 'panelpack-ocr-stages-'));
const engine = new TimedEngine();
try {
  const pages = range ? ['-f', range[0], '-l', range[1] ?? range[0]] : [];
  const r = spawnSync('pdftoppm', ['-r', String(DPI), '-gray', ...pages, pdf, join(work, 'p')]);
  if (r.status !== 0) throw new Error(`pdftoppm: ${r.error?.message ?? r.stderr}`);
  // the worker and its model are loaded once per document: not a page's cost
  await engine.read({ width: 8, height: 8, grey: new Uint8Array(64).fill(255), dpi: DPI });
  const first = Number(range?.[0] ?? 1);
  const sum = { threshold: 0, orient: 0, rulings: 0, tesseract: 0, page: 0 };
  const files = readdirSync(work).sort();
  console.log('page  threshold  orient+skew  rulings  tesseract (share of the page read)  ocrPage  words');
  for (const [i, file] of files.entries()) {
    const bitmap = readPgm(join(work, file));
    const t = {};
    let threshold = 0;
    t.threshold = timed(() => (threshold = inkThreshold(bitmap)));
    t.orient = timed(() => [onItsSide(bitmap, threshold), skewAngle(bitmap, threshold)]);
    t.rulings = timed(() => findRulings({ ...bitmap, grey: bitmap.grey.slice() }, threshold));
    engine.seconds = engine.pixels = 0;
    const start = cpu();
    const read = await ocrPage(engine, bitmap, first + i);
    t.page = cpu() - start;
    t.tesseract = engine.seconds;
    for (const k of Object.keys(sum)) sum[k] += t[k];
    const share = (engine.pixels / (bitmap.width * bitmap.height)).toFixed(2);
    console.log(
      `${String(first + i).padStart(4)}  ${f(t.threshold)}       ${f(t.orient)}         ${f(t.rulings)}    ${f(t.tesseract)} (${share})` +
        `                     ${f(t.page)}    ${read?.raw.words.length ?? 0}`,
    );
  }
  const n = files.length;
  console.log(
    `mean s/page CPU: threshold ${f(sum.threshold / n)}, orientation+skew ${f(sum.orient / n)}, rulings ${f(sum.rulings / n)}, ` +
      `tesseract ${f(sum.tesseract / n)}, ocrPage ${f(sum.page / n)} (of which not tesseract ${f((sum.page - sum.tesseract) / n)}) over ${n} pages`,
  );
} finally {
  await engine.close();
  rmSync(work, { recursive: true, force: true });
}

function f(s) {
  return s.toFixed(2);
}

function readPgm(path) {
  const buf = readFileSync(path);
  const m = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(buf.toString('latin1', 0, 64));
  if (!m) throw new Error(`${path}: not a binary PGM`);
  return { width: Number(m[1]), height: Number(m[2]), grey: new Uint8Array(buf.subarray(m[0].length)), dpi: DPI };
}
