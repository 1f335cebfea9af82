// Build the table style zoo: for every style of styles.mjs, print the archetypes of archetypes.mjs (one
// table a page, the long list over two) through Word (python-docx -> LibreOffice) or CSS (Chromium), check
// that every table landed on the page expected, and write one case per table in the shape of the shared
// suite's cases (../shared/tables/cases) to bench/tables-zoo/cases. Then the style's negative pages
// (negatives.mjs, where the right answer is no table) into pdfs/<style>-neg.pdf, one case a page.
// Usage: npm run zoo:build [-- --only css-zebra] [-- --part tables|negatives]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedGrid, zooRunning, zooTables } from './archetypes.mjs';
import { styleHtml } from './html.mjs';
import { negativesHtml } from './neghtml.mjs';
import { zooNegatives } from './negatives.mjs';
import { STYLES } from './styles.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const zooDir = path.join(here, '..', '..', 'bench', 'tables-zoo');
const pdfDir = path.join(zooDir, 'pdfs');
const caseDir = path.join(zooDir, 'cases');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const part = args.includes('--part') ? args[args.indexOf('--part') + 1] : null;
const PYTHON = '/usr/bin/python3'; // Debian's, which has python-docx (the pyenv one on PATH has not)
const tmp = mkdtempSync(path.join(os.tmpdir(), 'zoo-'));

function printCss(style, tables, out, page = styleHtml(style, tables, zooRunning(style.seed))) {
  const html = path.join(tmp, `${style.id}.html`);
  const raw = path.join(tmp, `${style.id}.pdf`);
  writeFileSync(html, page);
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--no-pdf-header-footer', `--user-data-dir=${path.join(tmp, 'chromium')}`, `--print-to-pdf=${raw}`, `file://${html}`],
  { stdio: 'pipe' });
  // Chromium writes each of its thousands of small (tagging) objects apart: packed, a quarter of the size
  execFileSync('qpdf', ['--object-streams=generate', '--recompress-flate', '--compression-level=9', raw, out]);
}

function printWord(style, tables, out, negatives = null) {
  const spec = path.join(tmp, `${style.id}.json`);
  const docx = path.join(tmp, `${style.id}.docx`);
  const content = negatives ? { negatives } : { tables, running: zooRunning(style.seed) };
  writeFileSync(spec, JSON.stringify({ word: style.word, font: style.font, size: style.size, valign: style.valign, equal: style.equal, ...content }));
  execFileSync(PYTHON, [path.join(here, 'word.py'), spec, docx], { stdio: 'pipe' });
  // a profile of our own: a LibreOffice another process has open would take the job and drop it
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(tmp, 'lo')}`, '--headless', '--convert-to', 'pdf',
    '--outdir', tmp, docx], { stdio: 'pipe' });
  renameSync(path.join(tmp, `${style.id}.pdf`), out);
}

const pageTexts = (pdf) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
const squash = (s) => s.replace(/\s+/g, '');

/** Where each table landed: its title on its first page; the long list's last row and header on the page after. */
function placement(pdf, tables) {
  const pages = pageTexts(pdf);
  const placed = [];
  let p = 0;
  for (const t of tables) {
    if (t.samePage) p--;
    if (!squash(pages[p] ?? '').includes(squash(t.title))) return { ok: false, why: `"${t.title}" not on page ${p + 1}`, pages };
    placed.push(t.longList ? [p + 1, p + 2] : [p + 1]);
    p += t.longList ? 2 : 1;
  }
  const last = tables.at(-1);
  if (p !== pages.length) return { ok: false, why: `${pages.length} pages, expected ${p}`, pages };
  if (last.longList && !pages[p - 1].includes(last.body.at(-1)[0])) return { ok: false, why: 'long list does not end on its second page', pages };
  if (last.longList && !squash(pages[p - 1]).includes(squash(last.header[0].join(' ')))) return { ok: false, why: 'header not repeated on page 2', pages };
  return { ok: true, placed, pages };
}

/** The style's negative pages: each on the page expected (its first text there), one case a page. */
function buildNegatives(style) {
  const neg = zooNegatives(style.seed);
  const out = path.join(pdfDir, `${style.id}-neg.pdf`);
  if (style.engine === 'word') printWord(style, [], out, neg);
  else printCss(style, [], out, negativesHtml(style, neg));
  const pages = pageTexts(out);
  const first = (b) => b.text ?? b.lines?.[0] ?? b.pairs?.[0].join(' ') ?? b.items?.[0];
  neg.pages.forEach((p, i) => {
    if (!squash(pages[i] ?? '').includes(squash(first(p.blocks[0])))) throw new Error(`${style.id}: negative "${p.id}" not on page ${i + 1}`);
  });
  if (pages.length !== neg.pages.length) throw new Error(`${style.id}: ${pages.length} negative pages, expected ${neg.pages.length}`);
  for (const f of readdirSync(caseDir).filter((f) => f.startsWith(`zoo-${style.id}-neg-`))) rmSync(path.join(caseDir, f));
  neg.pages.forEach((p, i) => {
    const c = { id: `zoo-${style.id}-neg-${p.id}`, style: style.id, engine: style.engine, archetype: `neg-${p.id}`, negative: true,
      pdf_file: `pdfs/${style.id}-neg.pdf`, page: i + 1, expected: [], notes: 'a page with no table: every table found on it is a false one' };
    writeFileSync(path.join(caseDir, `${c.id}.json`), JSON.stringify(c) + '\n');
  });
  console.log(`${style.id}: ${neg.pages.length} negative pages`);
}

function buildTables(style) {
  const out = path.join(pdfDir, `${style.id}.pdf`);
  let longRows = 60;
  let result;
  // the long list must fill one page and run onto the next: fit its length to the style's row height
  for (let attempt = 0; attempt < 3; attempt++) {
    const tables = zooTables(style.seed, longRows);
    (style.engine === 'word' ? printWord : printCss)(style, tables, out);
    result = { tables, ...placement(out, tables) };
    if (result.ok) break;
    const first = result.pages[tables.slice(0, -1).filter((t) => !t.samePage).length] ?? '';
    const onFirst = tables.at(-1).body.filter((row) => first.includes(row[0])).length;
    if (!onFirst) break;
    longRows = Math.round(onFirst * 1.5);
  }
  if (!result.ok) throw new Error(`${style.id}: ${result.why}`);
  for (const f of readdirSync(caseDir).filter((f) => f.startsWith(`zoo-${style.id}-`) && !f.includes('-neg-'))) rmSync(path.join(caseDir, f));
  result.tables.forEach((t, i) => {
    const pages = result.placed[i];
    const c = {
      id: `zoo-${style.id}-${t.id}`, style: style.id, engine: style.engine, archetype: t.id, title: t.title,
      pdf_file: `pdfs/${style.id}.pdf`, page: pages[0], ...(pages.length > 1 ? { pages } : {}),
      expected: expectedGrid(t), ...(t.spans.length ? { spans: t.spans } : {}),
      notes: pages.length > 1
        ? 'one table over two pages, header repeated on the second: scored as the table the document reader joins'
        : 'generated by scripts/zoo; spanning cells hold their text at the top-left position',
    };
    writeFileSync(path.join(caseDir, `${c.id}.json`), JSON.stringify(c) + '\n');
  });
  console.log(`${style.id}: ${result.tables.length} tables, ${result.pages.length} pages (long list ${longRows} rows)`);
}

mkdirSync(pdfDir, { recursive: true });
mkdirSync(caseDir, { recursive: true });
const styles = STYLES.filter((s) => !only || s.id === only);
if (!styles.length) throw new Error(`no style ${only}`);
for (const style of styles) {
  if (part !== 'negatives') buildTables(style);
  if (part !== 'tables') buildNegatives(style);
}
rmSync(tmp, { recursive: true, force: true });
