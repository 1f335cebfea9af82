#!/usr/bin/env node
// `npm run bench`: speed and memory of `panelpack extract` against the pdf.js floor.
//   (a) floor: pdf.js getTextContent + getOperatorList of every page, same getDocument options as the reader
//   (b) `panelpack extract` of a ~1,000-page pack (qpdf concatenation of the fixture PDFs), via the CLI
//   (c) `panelpack extract` of a directory of 20 packs with --jobs 1 and --jobs 2
//   (d) `panelpack --help` start-up time
//   (e) peak RSS of `panelpack extract` of a quarter of the pack against the whole (memory per page)
//   (f) time of one dense page against a page four times as dense (linear in the page, not quadratic)
//   (g) OCR: the sample pack rasterised at 200 dpi as an image-only PDF (scripts/bench-ocr.mjs): seconds per
//       page, peak RSS, and F1 of agenda items, attendees and the revenue budget table against the born-digital pack
// (a) and (b) alternate, and so do the two runs of (c) (--rounds, default 3); the best round of each is reported.
// Goals: (b)/(a) <= 1.25, peak RSS < 300 MB, jobs-2 speed-up >= 1.7x, --help < 150 ms.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = join(ROOT, 'fixtures', 'sample');
const SOURCES = ['pack.pdf', 'pack-lo.pdf'].map((f) => join(SAMPLE, f));
const WORK = join(tmpdir(), 'panelpack-bench');
const CLI = join(ROOT, 'bin', 'panelpack.js');
const GNU_TIME = '/usr/bin/time';
const TARGET_PAGES = 1000;
const BATCH_PACKS = 20;
const rounds = Number(argValue('--rounds') ?? 3);

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
}

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  if (r.error) fail(`${cmd}: ${r.error.message}`);
  return r;
}

function pageCount(pdf) {
  return Number(sh('qpdf', ['--show-npages', pdf]).stdout.trim());
}

/**
 * Wall time (s), CPU time (user+sys of the whole process tree, s) and peak RSS (MB, largest process of
 * the tree) of one command, output discarded. CPU time is the steadier figure on a busy machine.
 */
function measure(args, label) {
  const out = join(WORK, 'out.tmp');
  const hasTime = existsSync(GNU_TIME);
  const start = process.hrtime.bigint();
  const r = hasTime
    ? sh('bash', ['-c', `"${GNU_TIME}" -f 'MAXRSS_KB=%M CPU_S=%U+%S' "$@" > "${out}"`, 'bench', process.execPath, ...args])
    : sh(process.execPath, args);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) fail(`${label} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const kb = /MAXRSS_KB=(\d+)/.exec(r.stderr);
  const rssMb = kb ? Number(kb[1]) / 1024 : NaN;
  const cpu = /CPU_S=([\d.]+)\+([\d.]+)/.exec(r.stderr);
  const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN;
  return { seconds, cpuSeconds, rssMb };
}

/** One-page PDFs of a given density (Helvetica, no compression). */
const densePage = {
  /** n lines of prose at a regular spacing: one paragraph */
  prose(n) {
    const height = n * 12 + 100;
    let s = 'BT /F1 9 Tf\n';
    for (let i = 0; i < n; i++) s += `1 0 0 1 40 ${height - 50 - i * 12} Tm (the panel was told that line ${i} of the report is here and continues) Tj\n`;
    return onePagePdf(s + 'ET', 595, height);
  },
  /** a ruled table of n rows and 8 columns of figures */
  table(n) {
    const cols = 8;
    const [cw, rh] = [60, 14];
    const [width, height] = [cols * cw + 80, n * rh + 120];
    const top = height - 60;
    let s = '0.5 w\n';
    for (let i = 0; i <= n; i++) s += `40 ${top - i * rh} m ${40 + cols * cw} ${top - i * rh} l S\n`;
    for (let j = 0; j <= cols; j++) s += `${40 + j * cw} ${top} m ${40 + j * cw} ${top - n * rh} l S\n`;
    s += 'BT /F1 8 Tf\n';
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < cols; j++) s += `1 0 0 1 ${44 + j * cw} ${top - i * rh - 10} Tm (${j === 0 ? `Row ${i}` : (i * 7 + j * 13) % 1000}) Tj\n`;
    }
    return onePagePdf(s + 'ET', width, height);
  },
};

function onePagePdf(content, width, height) {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

// --- inputs ---------------------------------------------------------------------------------------------
if (spawnSync('qpdf', ['--version']).status !== 0) {
  fail('qpdf is needed to build the benchmark pack: apt-get install qpdf (Debian/Ubuntu) or brew install qpdf');
}
for (const s of SOURCES) if (!existsSync(s)) fail(`missing fixture ${s} (run scripts/make-fixtures.sh)`);
if (!existsSync(join(ROOT, 'dist', 'run', 'worker.js'))) fail('build first: npx tsc -p tsconfig.json');
mkdirSync(WORK, { recursive: true });

const sourcePages = SOURCES.map(pageCount);
// Distinct copies of the fixtures, concatenated: qpdf shares the objects (fonts) of a file named twice,
// which would make a pack whose fonts pdf.js parses only once.
const PARTS = join(WORK, 'parts');
mkdirSync(PARTS, { recursive: true });
const parts = [];
for (let pages = 0, i = 0; pages < TARGET_PAGES; i++) {
  const part = join(PARTS, `part-${String(i + 1).padStart(2, '0')}.pdf`);
  copyFileSync(SOURCES[i % SOURCES.length], part);
  parts.push(part);
  pages += sourcePages[i % SOURCES.length];
}
const BIG = join(WORK, 'pack-big.pdf');
const built = sh('qpdf', ['--empty', '--pages', ...parts, '--', BIG]);
if (built.status !== 0 && built.status !== 3) fail(`qpdf: ${built.stderr}`);
const bigPages = pageCount(BIG);
// a quarter of it, to show how memory grows with pages
const QUARTER = join(WORK, 'pack-quarter.pdf');
const quarterBuilt = sh('qpdf', ['--empty', '--pages', ...parts.slice(0, Math.ceil(parts.length / 4)), '--', QUARTER]);
if (quarterBuilt.status !== 0 && quarterBuilt.status !== 3) fail(`qpdf: ${quarterBuilt.stderr}`);
const quarterPages = pageCount(QUARTER);

const BATCH = join(WORK, 'batch');
mkdirSync(BATCH, { recursive: true });
let batchPages = 0;
for (let i = 0; i < BATCH_PACKS; i++) {
  const src = SOURCES[i % SOURCES.length];
  copyFileSync(src, join(BATCH, `pack-${String(i + 1).padStart(2, '0')}.pdf`));
  batchPages += sourcePages[i % SOURCES.length];
}

// The floor: what pdf.js alone needs for the text and graphics of every page, opened exactly as the reader
// opens one document (openPdf from the build; on pdf.js's own thread where a core is spare), so that
// (b)/(a) measures our own cost.
const FLOOR = join(WORK, 'floor.mjs');
const dist = (path) => JSON.stringify(join(ROOT, 'dist', ...path.split('/')));
writeFileSync(
  FLOOR,
  `import { readFileSync } from 'node:fs';
import { openPdf } from ${dist('readers/pdf/open.js')};
import { startPdfThread } from ${dist('readers/pdf/pdfjs.js')};
import { hasSpareCore } from ${dist('run/batch.js')};
const thread = hasSpareCore(Infinity, 1) ? startPdfThread() : undefined;
const doc = await openPdf(new Uint8Array(readFileSync(process.argv[2])), { maxPages: 100000, thread });
let items = 0, ops = 0;
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  ops += (await page.getOperatorList({ annotationMode: 0 /* AnnotationMode.DISABLE, as the reader */ })).fnArray.length;
  items += (await page.getTextContent()).items.length;
  page.cleanup();
}
await doc.destroy();
await thread?.stop();
process.stdout.write(items + ' ' + ops + '\\n');
`,
);

// --- runs -----------------------------------------------------------------------------------------------
const env = { ...process.env, CI: '1' };
process.stderr.write(`bench: ${bigPages}-page pack at ${BIG}; ${rounds} alternating rounds\n`);
const floorRuns = [];
const extractRuns = [];
for (let r = 0; r < rounds; r++) {
  floorRuns.push(measure([FLOOR, BIG], 'floor'));
  extractRuns.push(measure([CLI, 'extract', BIG, '--quiet', '--timeout', '900'], 'extract'));
}
const best = (runs) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
const floor = best(floorRuns);
const extract = best(extractRuns);

const quarter = measure([CLI, 'extract', QUARTER, '--quiet', '--timeout', '900'], 'extract (quarter)');
const jobs1Runs = [];
const jobs2Runs = [];
for (let r = 0; r < rounds; r++) {
  jobs1Runs.push(measure([CLI, 'extract', BATCH, '--jobs', '1', '--quiet', '--timeout', '900'], 'batch --jobs 1'));
  jobs2Runs.push(measure([CLI, 'extract', BATCH, '--jobs', '2', '--quiet', '--timeout', '900'], 'batch --jobs 2'));
}
const jobs1 = best(jobs1Runs);
const jobs2 = best(jobs2Runs);

const helpTimes = [];
for (let i = 0; i < 7; i++) {
  const start = process.hrtime.bigint();
  sh(process.execPath, [CLI, '--help'], { env });
  helpTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
}
helpTimes.sort((a, b) => a - b);
const helpMs = helpTimes[Math.floor(helpTimes.length / 2)];

// (f) one dense page, and the same page four times as dense, read in this process after a warm-up: the
// time should grow four times (linear in the page), not sixteen (quadratic in its text items).
const { extractBytes } = await import(pathToFileURL(join(ROOT, 'dist', 'extract.js')).href);
const DENSE = [
  ['a paragraph of N lines', 2000, densePage.prose],
  ['a ruled table of N rows', 800, densePage.table],
];
const scaling = [];
for (const [label, n, make] of DENSE) {
  const time = async (bytes) => {
    const start = process.hrtime.bigint();
    await extractBytes(bytes, { fileName: 'dense.pdf', maxPages: 10 });
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const small = make(n);
  const large = make(4 * n);
  await time(small);
  await time(large);
  const best = async (bytes) => Math.min(await time(bytes), await time(bytes), await time(bytes));
  const [a, b] = [await best(small), await best(large)];
  scaling.push({ label, n, a, b });
}

// --- report ---------------------------------------------------------------------------------------------
const ratio = extract.seconds / floor.seconds;
const cpuRatio = Math.min(...extractRuns.map((r) => r.cpuSeconds)) / Math.min(...floorRuns.map((r) => r.cpuSeconds));
const speedup = jobs1.seconds / jobs2.seconds;
const peak = Math.max(extract.rssMb, jobs1.rssMb, jobs2.rssMb);
const mark = (ok) => (ok ? 'ok ' : 'MISS');
const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
const lines = [
  `(a) pdf.js floor       ${bigPages} pages  ${f1(floor.seconds)} s (cpu ${f1(floor.cpuSeconds)} s)  ${f1(bigPages / floor.seconds)} pages/s  peak ${f1(floor.rssMb)} MB`,
  `(b) panelpack extract  ${bigPages} pages  ${f1(extract.seconds)} s (cpu ${f1(extract.cpuSeconds)} s)  ${f1(bigPages / extract.seconds)} pages/s  peak ${f1(extract.rssMb)} MB`,
  `(c) batch of ${BATCH_PACKS} packs   ${batchPages} pages  --jobs 1 ${f1(jobs1.seconds)} s (${f1(batchPages / jobs1.seconds)} pages/s, ${(jobs1.cpuSeconds / jobs1.seconds).toFixed(2)} cores busy), --jobs 2 ${f1(jobs2.seconds)} s (${f1(batchPages / jobs2.seconds)} pages/s, ${(jobs2.cpuSeconds / jobs2.seconds).toFixed(2)} cores busy)`,
  `(d) panelpack --help   median ${helpMs.toFixed(0)} ms`,
  `(e) memory             peak ${f1(quarter.rssMb)} MB at ${quarterPages} pages, ${f1(extract.rssMb)} MB at ${bigPages} pages (${f1(((extract.rssMb - quarter.rssMb) * 1024) / (bigPages - quarterPages))} KB per extra page)`,
  ...scaling.map(({ label, n, a, b }) => `(f) one page, ${label}: N=${n} ${a.toFixed(0)} ms, N=${4 * n} ${b.toFixed(0)} ms (x${(b / a).toFixed(1)}; linear is x4)`),
  `load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} CPUs (speed-up needs idle CPUs)`,
  '',
  `${mark(ratio <= 1.25)} (b)/(a) = ${ratio.toFixed(2)} wall, ${cpuRatio.toFixed(2)} cpu  (goal <= 1.25)`,
  `${mark(peak < 300)} peak RSS of extract = ${f1(peak)} MB  (goal < 300 MB)`,
  `${mark(speedup >= 1.7)} --jobs 2 speed-up = ${speedup.toFixed(2)}x  (goal >= 1.7x)`,
  `${mark(helpMs < 150)} --help = ${helpMs.toFixed(0)} ms  (goal < 150 ms)`,
];
// (g) last: it runs long (OCR of every page) and reports its own lines
const ocr = sh(process.execPath, [join(ROOT, 'scripts', 'bench-ocr.mjs')]);
if (ocr.status !== 0) fail(`bench-ocr: ${ocr.stderr.slice(-2000)}`);
const ocrLines = ocr.stdout.trim().split('\n');
const ocrGoals = ocrLines.filter((l) => /^(ok |MISS)/.test(l));
lines.splice(lines.indexOf(''), 0, ...ocrLines.filter((l) => !ocrGoals.includes(l)));
lines.push(...ocrGoals);
process.stdout.write(lines.join('\n') + '\n');
