#!/usr/bin/env node
// Prints the sample pack (fixtures/sample/pack.html) in other house styles, to measure how the section
// parsers hold up when tables are not printed with a full grid (scored by scripts/bench-sample-styles.mjs):
//   docx-*  the HTML imported by LibreOffice Writer, saved as DOCX, its tables restyled with python-docx as
//           Word table styles would print them, then printed to PDF by LibreOffice
//   css-*   the HTML printed by Chromium with a house style sheet added after the pack's own
// Usage: node scripts/print-sample-styles.mjs [--out DIR] [style...]   (needs soffice, chromium, /usr/bin/python3
// with python-docx). Writes DIR/<style>.pdf, DIR defaults to bench-out/styles (not in git).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = join(ROOT, 'fixtures', 'sample', 'pack.html');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const OUT = outAt >= 0 ? resolve(args[outAt + 1]) : join(ROOT, 'bench-out', 'styles');
const wanted = args.filter((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1));

// Word table styles, applied to every table of the DOCX by python-docx (borders as OOXML <w:tcBorders>):
//   grid          as LibreOffice imported it (every cell ruled)
//   normal        "Normal Table": no borders, no shading
//   light-shading a rule above and below the table and under the header row only; serif body font
//   light-list    a rule under the header row and between body rows, no vertical rules, header shaded
const DOCX_STYLES = {
  'docx-grid': { borders: 'keep' },
  'docx-normal': { borders: 'none' },
  'docx-light-shading': { borders: 'header-and-ends', font: 'Liberation Serif' },
  'docx-light-list': { borders: 'rows' },
};

// CSS house styles, added after the pack's own style sheet
const CSS_STYLES = {
  'css-borderless': 'th, td { border: none !important; } th { background: none !important; }',
  'css-rules': `th, td { border: none !important; border-bottom: 0.75pt solid #555 !important; }
    th { background: none !important; border-bottom: 1.5pt solid #000 !important; }`,
  'css-zebra': `th, td { border: none !important; } th { background: #1f3864 !important; color: #fff; }
    tbody tr:nth-child(even) td { background: #e8edf5; } body { font-family: "DejaVu Serif", serif; }`,
  'css-middle': `th, td { border: none !important; vertical-align: middle !important; padding: 5pt 8pt !important; }
    th { background: none !important; border-bottom: 1pt solid #000 !important; } body { font-size: 10pt; }`,
};

const RESTYLE_PY = String.raw`
import sys, docx
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
src, dst, mode, font = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
d = docx.Document(src)
if font:
    for name in ('Normal', 'Default Paragraph Font'):
        try:
            d.styles[name].font.name = font
        except KeyError:
            pass
    for p in d.paragraphs:
        for r in p.runs:
            r.font.name = font
def rule(parent, side, size='8'):
    el = OxmlElement('w:' + side)
    el.set(qn('w:val'), 'single'); el.set(qn('w:sz'), size); el.set(qn('w:space'), '0'); el.set(qn('w:color'), '000000')
    parent.append(el)
for t in d.tables:
    if mode == 'keep':
        continue
    rows = t._tbl.findall(qn('w:tr'))
    head = sum(1 for r in rows if r.find(qn('w:trPr')) is not None and r.find(qn('w:trPr')).find(qn('w:tblHeader')) is not None)
    for i, tr in enumerate(rows):
        for tc in tr.findall(qn('w:tc')):
            pr = tc.find(qn('w:tcPr'))
            if pr is None:
                pr = OxmlElement('w:tcPr'); tc.insert(0, pr)
            for b in pr.findall(qn('w:tcBorders')):
                pr.remove(b)
            for shd in tc.iter(qn('w:shd')):
                if mode != 'rows':
                    shd.getparent().remove(shd)
            borders = OxmlElement('w:tcBorders')
            for side in ('top', 'left', 'bottom', 'right'):
                el = OxmlElement('w:' + side); el.set(qn('w:val'), 'nil'); borders.append(el)
            last = i == len(rows) - 1
            if mode == 'header-and-ends':
                if i == 0: borders.remove(borders.find(qn('w:top'))); rule(borders, 'top', '12')
                if i == head - 1 or last: borders.remove(borders.find(qn('w:bottom'))); rule(borders, 'bottom', '12' if last else '8')
            elif mode == 'rows':
                if i >= head - 1: borders.remove(borders.find(qn('w:bottom'))); rule(borders, 'bottom', '4')
            pr.append(borders)
d.save(dst)
`;

function soffice(profile, args) {
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', ...args],
    { stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 });
}

mkdirSync(OUT, { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), 'panelpack-styles-'));
try {
  const profile = join(scratch, 'profile');
  const docxStyles = Object.keys(DOCX_STYLES).filter((s) => wanted.length === 0 || wanted.includes(s));
  if (docxStyles.length) {
    copyFileSync(SAMPLE, join(scratch, 'pack.html'));
    soffice(profile, ['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', scratch, join(scratch, 'pack.html')]);
    writeFileSync(join(scratch, 'restyle.py'), RESTYLE_PY);
    for (const style of docxStyles) {
      const { borders, font = '' } = DOCX_STYLES[style];
      const docxFile = join(scratch, `${style}.docx`);
      execFileSync('/usr/bin/python3', [join(scratch, 'restyle.py'), join(scratch, 'pack.docx'), docxFile, borders, font], { stdio: 'inherit' });
      soffice(profile, ['--convert-to', 'pdf:writer_pdf_Export', '--outdir', OUT, docxFile]);
      console.log('wrote', join(OUT, `${style}.pdf`));
    }
  }
  const html = readFileSync(SAMPLE, 'utf8');
  for (const [style, css] of Object.entries(CSS_STYLES)) {
    if (wanted.length && !wanted.includes(style)) continue;
    const file = join(scratch, `${style}.html`);
    writeFileSync(file, html.replace('</style>', `${css}\n</style>`));
    execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
      `--print-to-pdf=${join(OUT, `${style}.pdf`)}`, pathToFileURL(file).href], { stdio: ['ignore', 'ignore', 'ignore'], timeout: 300_000 });
    console.log('wrote', join(OUT, `${style}.pdf`));
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
