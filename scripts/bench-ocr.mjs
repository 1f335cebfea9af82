#!/usr/bin/env node
// `npm run bench:ocr` (and the OCR line of `npm run bench`): the sample pack rasterised as a scan would
// be (pdftoppm -r 200 in grey, then img2pdf: an image-only PDF, built in a temp dir, never committed),
// extracted by the CLI with its default --ocr auto. Reports seconds per page (wall and CPU), peak RSS, and
// the F1 of agenda items, attendees and the revenue budget table (page 9) against the born-digital
// golden (fixtures/golden/wmpcp-2023-01-09-chromium, the same pack as printed by Chromium).
//   --pages A-B   rasterise only these pages (default: all); the F1 counts only records of those pages
//   --show        also list the records missed and those given but not in the born-digital pack
// Goal (issue 15): F1 >= 0.95 on each, and <= 3 s per page per core.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACK = join(ROOT, 'fixtures', 'sample', 'pack.pdf');
const GOLDEN = join(ROOT, 'fixtures', 'golden', 'wmpcp-2023-01-09-chromium', 'expected.json');
const CLI = join(ROOT, 'bin', 'panelpack.js');
const GNU_TIME = '/usr/bin/time';
const DPI = 200;

function fail(message) {
  process.stderr.write(`bench-ocr: ${message}\n`);
  process.exit(1);
}

function sh(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error) fail(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) fail(`${cmd} exited ${r.status}: ${r.stderr.slice(-1000)}`);
  return r;
}

for (const tool of ['pdftoppm', 'img2pdf']) {
  if (spawnSync(tool, ['-v']).error) fail(`${tool} is needed: apt-get install poppler-utils img2pdf`);
}
if (!existsSync(join(ROOT, 'dist', 'run', 'worker.js'))) fail('build first: npx tsc -p tsconfig.json');
const pagesArg = process.argv.indexOf('--pages') >= 0 ? process.argv[process.argv.indexOf('--pages') + 1] : undefined;
const [first, last] = pagesArg ? pagesArg.split('-').map(Number) : [undefined, undefined];

// --- the rasterised pack ----------------------------------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'panelpack-bench-ocr-'));
try {
  const range = first ? ['-f', String(first), '-l', String(last ?? first)] : [];
  sh('pdftoppm', ['-r', String(DPI), '-gray', '-png', ...range, PACK, join(work, 'page')]);
  const images = readdirSync(work).filter((f) => f.endsWith('.png')).sort().map((f) => join(work, f));
  const scan = join(work, 'sample-scan.pdf');
  sh('img2pdf', [...images, '-o', scan]);
  const offset = (first ?? 1) - 1;

  // --- extraction, timed -----------------------------------------------------------------------------------
  const out = join(work, 'out.json');
  const start = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', `"${GNU_TIME}" -f 'MAXRSS_KB=%M CPU_S=%U+%S' "$@" > "${out}"`, 'bench', process.execPath, CLI, 'extract', scan, '--quiet', '--timeout', '3600'], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) fail(`extract exited ${r.status}: ${r.stderr.slice(-1000)}`);
  const kb = /MAXRSS_KB=(\d+)/.exec(r.stderr);
  const cpu = /CPU_S=([\d.]+)\+([\d.]+)/.exec(r.stderr);
  const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN;
  const doc = JSON.parse(readFileSync(out, 'utf8'));
  const pages = doc.source.pages;

  // --- F1 against the born-digital golden, on the pages rasterised -----------------------------------------
  const golden = JSON.parse(readFileSync(GOLDEN, 'utf8'));
  const inRange = (page) => page !== null && page > offset && page <= offset + pages;
  const key = (s) => String(s ?? '').toUpperCase().replace(/[^A-Z0-9£%]+/g, ' ').trim();
  const agenda = f1(
    golden.agenda_items.filter((i) => inRange(i.page)).map((i) => `${i.number}|${key(i.title)}`),
    doc.agenda_items.map((i) => `${i.number}|${key(i.title)}`),
  );
  const attendees = f1(
    golden.attendees.filter((a) => inRange(a.page)).map((a) => `${a.status}|${key(a.name)}`),
    doc.attendees.map((a) => `${a.status}|${key(a.name)}`),
  );
  const budget = golden.tables.find((t) => /^Revenue Budget/i.test(t.title ?? '') && inRange(t.page_start));
  let table = null;
  if (budget) {
    const cells = (t) => [...t.header, ...t.rows].flatMap((row, i) => row.map((c, j) => `${i}|${j}|${key(c)}`).filter((c) => !c.endsWith('|')));
    // the scan's table on the same page that shares most cells with the golden one
    const candidates = doc.tables.filter((t) => t.page_start === budget.page_start - offset);
    const scored = candidates.map((t) => f1(cells(budget), cells(t))).sort((a, b) => b.f1 - a.f1);
    table = scored[0] ?? f1(cells(budget), []);
  }

  if (process.argv.includes('--show')) {
    for (const [name, s] of [['agenda items', agenda], ['attendees', attendees], ['revenue budget table', table]]) {
      if (!s) continue;
      for (const k of s.missed) process.stdout.write(`    ${name}: missed ${k}\n`);
      for (const k of s.extra) process.stdout.write(`    ${name}: given  ${k}\n`);
    }
  }
  const fmt = (s) => (s === null ? 'n/a' : `${s.f1.toFixed(3)} (${s.hits}/${s.expected} found, ${s.found} given)`);
  const perPage = seconds / pages;
  const lines = [
    `(g) OCR                ${pages} pages rasterised at ${DPI} dpi (image-only PDF): ${seconds.toFixed(1)} s, ${perPage.toFixed(2)} s/page (cpu ${(cpuSeconds / pages).toFixed(2)} s/page)  peak ${kb ? (Number(kb[1]) / 1024).toFixed(1) : 'n/a'} MB  ocr_pages ${doc.source.ocr_pages}`,
    `    F1 against the born-digital pack: agenda items ${fmt(agenda)}, attendees ${fmt(attendees)}, revenue budget table cells ${fmt(table)}`,
    `    load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} CPUs`,
  ];
  const ok = [agenda, attendees, table].every((s) => s === null || s.f1 >= 0.95);
  lines.push(`${ok ? 'ok ' : 'MISS'} OCR F1 >= 0.95 on agenda items, attendees, revenue budget table; ${(cpuSeconds / pages) <= 3 ? 'ok ' : 'MISS'} cpu ${(cpuSeconds / pages).toFixed(2)} s/page (goal <= 3)`);
  process.stdout.write(lines.join('\n') + '\n');
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** F1 of two multisets of keys. */
function f1(expected, found) {
  const left = new Map();
  for (const k of expected) left.set(k, (left.get(k) ?? 0) + 1);
  let hits = 0;
  const extra = [];
  for (const k of found) {
    const n = left.get(k) ?? 0;
    if (n > 0) {
      hits++;
      left.set(k, n - 1);
    } else extra.push(k);
  }
  const missed = [...left].flatMap(([k, n]) => Array(n).fill(k));
  const p = found.length ? hits / found.length : expected.length ? 0 : 1;
  const r = expected.length ? hits / expected.length : 1;
  return { f1: p + r ? (2 * p * r) / (p + r) : 0, hits, expected: expected.length, found: found.length, missed, extra };
}
