// Print a generated document's blocks (compose.mjs) as plain text (unwrapped, or wrapped into form-fed pages
// with running lines, as pdftotext leaves minutes), Markdown, or HTML (read as is, or printed by Chromium).
import { cssString } from '../zoo/html.mjs';

const text = (runs) => runs.map((r) => r.s).join('');
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const TIGHT = new Set(['line', 'clause']);

/** Running lines of a page: `furniture` says which (header with date, footer "Page n of m", bare number). */
export function running(furniture, meta) {
  if (furniture === 'header-footer-page-of') return { header: `${meta.council} \u2013 ${meta.cy ? 'Cofnodion' : 'Minutes'} \u2013 ${meta.printedDate}`, footer: 'page-of' };
  if (furniture === 'footer-page-only') return { header: null, footer: 'page' };
  if (furniture === 'header-only') return { header: `${meta.council} \u2013 ${meta.meetingName}`, footer: null, headerPage: true };
  return { header: null, footer: null };
}

function pad(s, w) {
  return s + ' '.repeat(Math.max(2, w - s.length));
}

/** Lines of plain text; a blank line between paragraphs, none inside a list of names or clauses. */
function textLines(blocks, wrap) {
  const out = [];
  let prev = null;
  const para = (s, role) => {
    if (prev && !(TIGHT.has(role) && TIGHT.has(prev))) out.push('');
    out.push(...(wrap ? wrapLine(s, wrap, role === 'clause' ? '    ' : '') : [role === 'clause' ? `    ${s}` : s]));
    prev = role;
  };
  for (const b of blocks) {
    if (b.t === 'p') para(text(b.runs), b.role);
    else if (b.t === 'table') {
      if (prev) out.push('');
      const w = Math.max(...b.rows.map((row) => row[0].length)) + 4;
      for (const row of b.rows) out.push(pad(row[0], w) + row[1]);
      prev = 'table';
    } else {
      // two columns side by side, as a layout-keeping text export prints them
      if (prev) out.push('');
      const [left, right] = b.cols.map((c) => c.map(text));
      const w = Math.max(...left.map((s) => s.length)) + 8;
      for (let i = 0; i < Math.max(left.length, right.length); i++) out.push(((left[i] ?? '').padEnd(w) + (right[i] ?? '')).trimEnd());
      prev = 'cols';
    }
  }
  return out;
}

function wrapLine(s, width, indent) {
  const lines = [];
  let line = indent;
  for (const word of s.split(' ')) {
    if (line.trim() && (line + ' ' + word).length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line.trim() ? `${line} ${word}` : indent + word;
  }
  lines.push(line);
  return lines;
}

export function toText(blocks) {
  return textLines(blocks, 0).join('\n') + '\n';
}

/** Wrapped at 80 and cut into pages of 54 lines, each page with its running lines, pages split by form feeds. */
export function toPagedText(blocks, run) {
  const lines = textLines(blocks, 80);
  const pages = [];
  for (let i = 0; i < lines.length; i += 54) pages.push(lines.slice(i, i + 54));
  return pages.map((p, k) => {
    const head = run.header ? [`${run.header}${run.headerPage ? `    page ${k + 1}` : ''}`, ''] : [];
    const foot = run.footer === 'page-of' ? ['', `Page ${k + 1} of ${pages.length}`.padStart(48)] : run.footer === 'page' ? ['', String(k + 1).padStart(40)] : [];
    return [...head, ...p, ...foot].join('\n') + '\n';
  }).join('\f');
}

const mdRuns = (runs) => runs.map((r) => (r.b ? `**${r.s.trim()}**${r.s.endsWith(' ') ? ' ' : ''}` : r.s)).join('');

export function toMarkdown(blocks, v) {
  const out = [];
  for (const b of blocks) {
    if (b.t === 'p') {
      if (b.role === 'title') out.push(`# ${text(b.runs)}`);
      else if (b.role === 'item' && v.title === 'caps-own-line') out.push(`### ${text(b.runs)}`);
      else out.push(mdRuns(b.runs));
    } else {
      const rows = b.t === 'table' ? b.rows : zipCols(b.cols.map((c) => c.map(text)));
      out.push([rows[0], rows[0].map(() => '---'), ...rows.slice(1)].map((row) => `| ${row.join(' | ')} |`).join('\n'));
    }
  }
  return out.join('\n\n') + '\n';
}

/** Two columns of lines as table rows, the first line of each (its label) as the header. */
function zipCols([left, right]) {
  const n = Math.max(left.length, right.length);
  return Array.from({ length: n }, (_, i) => [left[i] ?? '', right[i] ?? '']);
}

const htmlRuns = (runs) => runs.map((r) => (r.b ? `<strong>${esc(r.s)}</strong>` : esc(r.s))).join('');

export function toHtml(blocks, v, run, title) {
  const [family, size] = v.font ? [v.font.replace(/ [\d.]+$/, ''), v.font.match(/[\d.]+$/)[0]] : ['Liberation Sans', '11'];
  const body = blocks.map((b) => {
    if (b.t === 'table') {
      return `<table><thead><tr>${b.rows[0].map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>${b.rows.slice(1)
        .map((row) => `<tr>${row.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    }
    if (b.t === 'cols') return `<div class="cols">${b.cols.map((c) => `<div>${c.map((runs) => `<p class="line">${htmlRuns(runs)}</p>`).join('')}</div>`).join('')}</div>`;
    if (b.role === 'title') return `<h1>${htmlRuns(b.runs)}</h1>`;
    if (b.role === 'item' && v.title === 'bold-own-line') return `<h3>${esc(text(b.runs))}</h3>`;
    return `<p class="${b.role}">${htmlRuns(b.runs)}</p>`;
  });
  const box = (where, content) => `@${where} { content: ${content}; font-size: 8pt; color: #444; font-family: '${family}', sans-serif; }`;
  const header = run?.header ? box('top-left', `"${cssString(run.header)}${run.headerPage ? ' \\2013  page " counter(page)' : '"'}`) : '';
  const footer = run?.footer === 'page-of' ? box('bottom-center', '"Page " counter(page) " of " counter(pages)') : run?.footer === 'page' ? box('bottom-right', 'counter(page)') : '';
  return `<!doctype html>
<html lang="${v.lang}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
@page { size: A4; margin: 20mm 18mm; ${header} ${footer} }
body { font-family: '${family}', sans-serif; font-size: ${size}pt; line-height: 1.3; }
h1 { font-size: 1.35em; text-align: center; } h3 { font-size: 1em; margin: 12pt 0 4pt; }
p { margin: 0 0 6pt; } p.sub { text-align: center; font-weight: bold; } p.item { font-weight: bold; margin-top: 12pt; }
p.line { margin: 0; } p.clause { margin: 0 0 2pt 2em; } p.resolution { margin-left: 1.5em; }
table { border-collapse: collapse; margin: 4pt 0 10pt; } th, td { border: 1px solid #777; padding: 2pt 8pt; text-align: left; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 12mm; margin-bottom: 10pt; }
</style></head><body>
${body.join('\n')}
</body></html>
`;
}
