#!/usr/bin/env node
// Builds the sample pack fixtures from the seed text export (run by hand, not by CI):
//   fixtures/sample/pack.txt     copy of the seed (markdown-like text export with tab tables and HTML fragments)
//   fixtures/sample/pack.html    the same pack as a Word-like HTML document (ruled tables, print CSS)
//   fixtures/sample/pack.pdf     Chromium print of pack.html, WITH its running header/footer (date, title, URL, page x of y)
//   fixtures/sample/pack-lo.pdf  LibreOffice print of pack.html (other fonts, other page breaks)
// Usage: npx tsc && node scripts/make-fixtures.mjs [seed.txt]   (needs dist/, chromium and soffice on PATH)
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, rmSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEED = process.argv[2] ?? join(ROOT, '..', 'shared', 'seed', '000_97ffb4c5714ee640.txt');
const OUT = join(ROOT, 'fixtures', 'sample');

// The markdown-like text is converted by the text reader's own converter (src/readers/markdown.ts, built to
// dist/ by `npx tsc`), so the HTML fixture and the text reader read the seed the same way.
const { parseMarkdownBlocks, blockToHtml, escapeHtml } = await import(pathToFileURL(join(ROOT, 'dist', 'readers', 'markdown.js')).href);

// Every table of the seed starts with a header row except these continuations and key/value tables.
const NO_HEADER_FIRST_CELL = new Set(['<b>Walsall</b>', 'Principle 1']);
const TABLE_ATTRS = 'border="1" cellspacing="0" cellpadding="4"';

// A report starts where a heading or bold line is followed closely by its "Date:" line, at each h1, and at the minutes.
const DATE_LINE = /^\**(Date:)?\**\s*(Monday|Tuesday|Wednesday|Thursday|Friday)?\s*\d{1,2} [A-Z][a-z]+ \d{4}\**\s*$/;
function startsReport(blocks, k) {
  const b = blocks[k];
  if (b.type === 'heading' && b.level === 1) return true;
  if (b.type === 'para' && /^\*\*MINUTES OF/.test(b.raw)) return true;
  if (!(b.type === 'heading' || (b.type === 'para' && /^\*\*[^*]+\*\*$/.test(b.raw.trim())))) return false;
  return blocks.slice(k + 1, k + 4).some((n) => n.type === 'para' && DATE_LINE.test(n.raw.replace(/\*\*\s*/g, '**').trim()));
}

function renderHtml(text, title) {
  const blocks = parseMarkdownBlocks(text);
  let lastBreak = -10;
  const body = blocks.map((b, k) => {
    const brk = k > 0 && k - lastBreak > 3 && startsReport(blocks, k);
    if (brk) lastBreak = k;
    const headerRow = b.type === 'table' && !NO_HEADER_FIRST_CELL.has(b.rows[0][0].trim());
    return blockToHtml(b, { headerRow, attributes: TABLE_ATTRS }, brk ? ' class="report-start"' : '');
  }).join('');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
@page { size: A4; margin: 2cm 1.8cm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.25; color: #000; }
h1 { font-size: 18pt; margin: 12pt 0 6pt; }
h2 { font-size: 15pt; margin: 12pt 0 6pt; }
h3 { font-size: 13pt; margin: 10pt 0 4pt; }
h4 { font-size: 12pt; margin: 10pt 0 4pt; }
p { margin: 0 0 8pt; }
ul, ol { margin: 0 0 8pt; padding-left: 24pt; }
li { margin-bottom: 4pt; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; font-size: 10pt; }
th, td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { background: #d9d9d9; font-weight: bold; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
td p { margin: 0 0 4pt; }
.report-start { page-break-before: always; break-before: page; }
a { color: #0563c1; }
</style>
</head>
<body>
${body}</body>
</html>
`;
}

// ---- main ----

mkdirSync(OUT, { recursive: true });
const seed = readFileSync(SEED, 'utf8');
writeFileSync(join(OUT, 'pack.txt'), seed);

const firstLines = seed.split('\n').map((l) => l.replace(/\*\*/g, '').trim()).filter(Boolean);
const title = `${firstLines[0]} – ${firstLines[1].replace(/ at .*$/, '')}`;
const htmlPath = join(OUT, 'pack.html');
writeFileSync(htmlPath, renderHtml(seed, title));
console.log('wrote', htmlPath);

execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${join(OUT, 'pack.pdf')}`,
  pathToFileURL(htmlPath).href], { stdio: 'inherit', timeout: 180_000 });
console.log('wrote', join(OUT, 'pack.pdf'));

// LibreOffice names its output after the input: convert a copy called pack-lo.html in a scratch directory.
// Writer's HTML import (not Writer/Web) keeps the table rulings.
const scratch = mkdtempSync(join(tmpdir(), 'panelpack-lo-'));
try {
  copyFileSync(htmlPath, join(scratch, 'pack-lo.html'));
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(scratch, 'profile')).href}`, '--headless',
    '--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', scratch, join(scratch, 'pack-lo.html')],
  { stdio: 'inherit', timeout: 180_000 });
  copyFileSync(join(scratch, 'pack-lo.pdf'), join(OUT, 'pack-lo.pdf'));
  console.log('wrote', join(OUT, 'pack-lo.pdf'));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
