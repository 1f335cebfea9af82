// One style's tables as one HTML page for Chromium to print: each table on a page of its own (the long
// list on two, its <thead> repeated by the browser; a samePage table under the one before), the wide table
// on a landscape page.

export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Positions covered by a spanning cell other than its top-left one. */
export function coveredBy(spans) {
  const covered = new Set();
  for (const s of spans)
    for (let r = s.row; r < s.row + s.rowspan; r++)
      for (let c = s.col; c < s.col + s.colspan; c++) if (r !== s.row || c !== s.col) covered.add(`${r},${c}`);
  return covered;
}

/** A string for CSS `content`: non-ASCII as escapes, so the page's encoding cannot garble it. */
export const cssString = (s) => [...s].map((ch) => (ch.charCodeAt(0) < 128 ? ch.replace(/["\\]/g, '\\$&') : `\\${ch.codePointAt(0).toString(16)} `)).join('');

export function tableHtml(t, autoWidths = false) {
  const covered = coveredBy(t.spans);
  const num = (c) => (t.numeric.includes(c) ? ' class="num"' : '');
  const head = t.header.map((row, r) => {
    const cells = row.map((text, c) => {
      if (covered.has(`${r},${c}`)) return '';
      const s = t.spans.find((x) => x.row === r && x.col === c);
      const span = s ? `${s.rowspan > 1 ? ` rowspan="${s.rowspan}"` : ''}${s.colspan > 1 ? ` colspan="${s.colspan}"` : ''}` : '';
      return `<th${num(c)}${span}>${esc(text)}</th>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  const body = t.body.map((row, r) =>
    `<tr${t.totals.includes(r) ? ' class="total"' : ''}>${row.map((text, c) => `<td${num(c)}>${esc(text)}</td>`).join('')}</tr>`);
  // without widths the browser sizes the columns by their content, as most HTML exports leave it
  const cols = autoWidths ? '' : `<colgroup>${t.widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`;
  return `<table>${cols}<thead>${head.join('')}</thead><tbody>${body.join('\n')}</tbody></table>`;
}

export function styleHtml(style, tables, running) {
  const sections = tables.map((t, i) => {
    const page = t.landscape && !style.landscape ? ' style="page: wide"' : '';
    const note = t.note ? `\n<p class="note">${esc(t.note)}</p>` : '';
    return `<section${page}${i && !t.samePage ? ' class="next"' : ''}><h2>${esc(t.title)}</h2>\n<p>${esc(t.intro)}</p>\n${tableHtml(t, style.autoWidths)}${note}</section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(style.id)}</title><style>
@page { size: A4 ${style.landscape ? 'landscape' : 'portrait'}; margin: 18mm 16mm;
  @top-left { content: "${cssString(running.header)}"; font-size: 8pt; color: #444; font-family: 'Liberation Sans', sans-serif; }
  @bottom-center { content: "${cssString(running.footer)} \\2013  page " counter(page); font-size: 8pt; color: #444; font-family: 'Liberation Sans', sans-serif; } }
@page wide { size: A4 landscape; }
section.next { break-before: page; }
section + section:not(.next) { margin-top: 18pt; }
p { margin: 0 0 8pt; }
p.note { margin-top: 6pt; font-size: 8.5pt; }

${style.css}
</style></head><body>
${sections.join('\n')}
</body></html>
`;
}
