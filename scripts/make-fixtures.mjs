#!/usr/bin/env node
// Builds the sample pack fixtures from the seed text export (run by hand, not by CI):
//   fixtures/sample/pack.txt     copy of the seed (markdown-like text export with tab tables and HTML fragments)
//   fixtures/sample/pack.html    the same pack as a Word-like HTML document (ruled tables, print CSS)
//   fixtures/sample/pack.pdf     Chromium print of pack.html, WITH its running header/footer (date, title, URL, page x of y)
//   fixtures/sample/pack-lo.pdf  LibreOffice print of pack.html (other fonts, other page breaks)
// Usage: node scripts/make-fixtures.mjs [seed.txt]   (needs chromium and soffice on PATH)
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, rmSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEED = process.argv[2] ?? join(ROOT, '..', 'shared', 'seed', '000_97ffb4c5714ee640.txt');
const OUT = join(ROOT, 'fixtures', 'sample');

// ---- inline markup: markdown emphasis/links -> HTML; embedded HTML fragments pass through ----

const PASS_TAG = /^<\/?(b|i|u|strong|em|p|ul|ol|li|a|sup|sub|br|span)\b[^>]*>/i;
const AUTOLINK = /^<(https?:\/\/[^>\s]+)>/;
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Markdown inline -> HTML. Unpaired ** / * (export artefacts) are dropped, as the text reader does. */
function inline(src) {
  // tokenise: tags, autolinks, links, emphasis runs, escapes, text
  const tokens = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    let m;
    if ((m = AUTOLINK.exec(rest))) tokens.push({ html: `<a href="${escapeHtml(m[1])}">${escapeHtml(m[1])}</a>` });
    else if ((m = PASS_TAG.exec(rest))) tokens.push({ html: m[0] });
    else if ((m = /^\[([^\]]*)\]\(([^)\s]*)\)/.exec(rest))) tokens.push({ link: m[2], label: m[1] });
    else if ((m = /^\\([*_\\[\]#-])/.exec(rest))) tokens.push({ html: escapeHtml(m[1]) });
    else if ((m = /^\*{1,3}/.exec(rest))) tokens.push({ stars: m[0].length });
    else {
      m = /^[^<\[\\*]+|^./.exec(rest);
      tokens.push({ html: escapeHtml(m[0]) });
    }
    i += m[0].length;
  }
  // pair emphasis runs: a run closes the most recent open run of the same length
  const open = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.stars) continue;
    const j = open.findLastIndex((o) => tokens[o].stars === t.stars);
    if (j >= 0) {
      const o = open[j];
      open.splice(j);
      const [a, b] = t.stars === 1 ? ['<em>', '</em>'] : t.stars === 2 ? ['<strong>', '</strong>'] : ['<strong><em>', '</em></strong>'];
      tokens[o] = { html: a };
      tokens[k] = { html: b };
    } else open.push(k);
  }
  return tokens
    .map((t) => (t.stars ? '' : t.link !== undefined ? `<a href="${escapeHtml(t.link)}">${inline(t.label)}</a>` : t.html))
    .join('');
}

// ---- blocks ----

const isBlank = (l) => l.trim() === '';
const isTableLine = (l) => l.includes('\t');
const HEADING = /^(#{1,6})\s+(.*)$/;
const BULLET = /^( *)[-*+]\s+(.*)$/;
const ORDERED = /^( *)(\d{1,3})\.\s+(.*)$/;

/** Lines ending in two spaces are soft breaks. */
function joinLines(lines) {
  return lines
    .map((l, k) => inline(l.trimEnd()) + (k < lines.length - 1 ? (/ {2,}$/.test(l) ? '<br>\n' : '\n') : ''))
    .join('');
}

function parseBlocks(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) { i++; continue; }
    let m;
    if ((m = HEADING.exec(line))) {
      blocks.push({ type: 'heading', level: m[1].length, html: inline(m[2].trim()), raw: m[2] });
      i++;
    } else if (isTableLine(line)) {
      const rows = [];
      while (i < lines.length && isTableLine(lines[i])) rows.push(lines[i++].split('\t'));
      blocks.push({ type: 'table', rows });
    } else if (BULLET.test(line) || ORDERED.test(line)) {
      const items = [];
      while (i < lines.length && !isBlank(lines[i]) && !isTableLine(lines[i]) && !HEADING.test(lines[i])) {
        const b = BULLET.exec(lines[i]);
        const o = b ? null : ORDERED.exec(lines[i]);
        if (b || o) {
          const indent = (b ?? o)[1].length;
          items.push({ depth: Math.floor(indent / 2), ordered: !!o, number: o ? Number(o[2]) : null, lines: [b ? b[2] : o[3]] });
        } else items[items.length - 1].lines.push(lines[i]); // lazy continuation
        i++;
      }
      blocks.push({ type: 'list', items });
    } else {
      const para = [];
      while (i < lines.length && !isBlank(lines[i]) && !isTableLine(lines[i]) && !HEADING.test(lines[i])
        && !(para.length && (BULLET.test(lines[i]) || ORDERED.test(lines[i])))) para.push(lines[i++]);
      blocks.push({ type: 'para', html: joinLines(para), raw: para.join(' ') });
    }
  }
  return blocks;
}

/** Nested <ul>/<ol> from items with depths; consecutive numbered items share one <ol>. */
function renderList(items) {
  let html = '';
  const stack = []; // open list tags
  const openList = (it) => {
    const tag = it.ordered ? 'ol' : 'ul';
    stack.push(tag);
    html += it.ordered ? `<ol start="${it.number}">` : '<ul>';
  };
  for (const it of items) {
    while (stack.length > it.depth + 1) html += `</li></${stack.pop()}>`;
    if (stack.length === it.depth + 1) {
      const want = it.ordered ? 'ol' : 'ul';
      if (stack[stack.length - 1] !== want) { html += `</li></${stack.pop()}>`; openList(it); }
      else html += '</li>';
    } else while (stack.length < it.depth + 1) openList(it);
    html += it.ordered ? `<li value="${it.number}">` : '<li>';
    html += joinLines(it.lines);
  }
  while (stack.length) html += `</li></${stack.pop()}>`;
  return html + '\n';
}

function renderTable(rows) {
  const nCols = Math.max(...rows.map((r) => r.length));
  const cells = (r, tag) => Array.from({ length: nCols }, (_, k) => `<${tag} valign="top">${inline((r[k] ?? '').trim())}</${tag}>`).join('');
  const [head, ...body] = rows;
  return `<table border="1" cellspacing="0" cellpadding="4">\n<thead><tr>${cells(head, 'th')}</tr></thead>\n<tbody>\n${body.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('\n')}\n</tbody>\n</table>\n`;
}

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
  const blocks = parseBlocks(text);
  let lastBreak = -10;
  const body = blocks.map((b, k) => {
    const brk = k > 0 && k - lastBreak > 3 && startsReport(blocks, k);
    if (brk) lastBreak = k;
    const cls = brk ? ' class="report-start"' : '';
    switch (b.type) {
      case 'heading': return `<h${b.level}${cls}>${b.html}</h${b.level}>\n`;
      case 'para': return `<p${cls}>${b.html}</p>\n`;
      case 'list': return renderList(b.items);
      case 'table': return renderTable(b.rows);
    }
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
