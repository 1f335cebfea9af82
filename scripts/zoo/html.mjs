// One style's tables as one HTML page for Chromium to print: each table on a page of its own (the long
// list on two, its <thead> repeated by the browser), the wide table on a landscape page.

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Positions covered by a spanning cell other than its top-left one. */
export function coveredBy(spans) {
  const covered = new Set();
  for (const s of spans)
    for (let r = s.row; r < s.row + s.rowspan; r++)
      for (let c = s.col; c < s.col + s.colspan; c++) if (r !== s.row || c !== s.col) covered.add(`${r},${c}`);
  return covered;
}

export function tableHtml(t) {
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
  const cols = t.widths.map((w) => `<col style="width:${w}%">`).join('');
  return `<table><colgroup>${cols}</colgroup><thead>${head.join('')}</thead><tbody>${body.join('\n')}</tbody></table>`;
}

export function styleHtml(style, tables) {
  const sections = tables.map((t, i) => {
    const page = t.landscape && !style.landscape ? ' style="page: wide"' : '';
    return `<section${page}${i ? ' class="next"' : ''}><h2>${esc(t.title)}</h2>\n${tableHtml(t)}</section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(style.id)}</title><style>
@page { size: A4 ${style.landscape ? 'landscape' : 'portrait'}; margin: 18mm 16mm; }
@page wide { size: A4 landscape; }
section.next { break-before: page; }
${style.css}
</style></head><body>
${sections.join('\n')}
</body></html>
`;
}
