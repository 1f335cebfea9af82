// One style's negative pages (negatives.mjs) as one HTML page for Chromium to print, in the style's type:
// side-by-side blocks and label / value lines set as a borderless layout table ('grid', as HTML exports of
// word-processed reports do) or as inline blocks ('tabs'), lists as HTML lists, page columns by CSS columns.
import { cssString, esc } from './html.mjs';

const LABEL_WIDTH = '28mm';

const lineDivs = (lines) => lines.map((l) => `<div>${l ? esc(l) : '&nbsp;'}</div>`).join('');

function listHtml(b) {
  if (b.style === 'bullet') return `<ul>${b.items.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;
  if (b.style === 'number') return `<ol>${b.items.map((x) => `<li>${esc(x)}</li>`).join('')}</ol>`;
  if (b.style === 'letter') return `<ol type="a">${b.items.map((x) => `<li>${esc(x)}</li>`).join('')}</ol>`;
  // numbered paragraphs "4.1": the number hanging in a margin of its own
  return b.items.map((x, i) => `<p class="hang"><span>${b.start}.${i + 1}</span>${esc(x)}</p>`).join('');
}

function blockHtml(b) {
  const align = b.align === 'right' ? ' style="text-align:right"' : '';
  switch (b.kind) {
    case 'heading': return `<h2>${esc(b.text)}</h2>`;
    case 'para': return `<p${align}>${esc(b.text)}</p>`;
    case 'lines': return `<div class="lines${b.box ? ' box' : ''}"${align}>${lineDivs(b.lines)}</div>`;
    case 'list': return listHtml(b);
    case 'pairs': return b.layout === 'grid'
      ? `<table class="layout">${b.pairs.map(([k, v]) => `<tr><td class="label">${esc(k)}</td><td>${esc(v)}</td></tr>`).join('')}</table>`
      : `<div class="lines">${b.pairs.map(([k, v]) => `<div><span class="label">${esc(k)}</span>${esc(v)}</div>`).join('')}</div>`;
    case 'side': return b.layout === 'grid'
      ? `<table class="layout"><tr>${b.blocks.map((ls) => `<td style="width:50%">${lineDivs(ls)}</td>`).join('')}</tr></table>`
      : `<div class="side">${b.blocks.map((ls) => `<div class="lines">${lineDivs(ls)}</div>`).join('')}</div>`;
    case 'columns': return `<div class="columns">${b.paras.map((x) => `<p>${esc(x)}</p>`).join('')}</div>`;
    default: throw new Error(`negative block ${b.kind}`);
  }
}

export function negativesHtml(style, neg) {
  const pages = neg.pages.map((p, i) => `<section${i ? ' class="next"' : ''}>${p.blocks.map(blockHtml).join('\n')}</section>`);
  const small = "font-size: 8pt; color: #444; font-family: 'Liberation Sans', sans-serif;";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(style.id)} negatives</title><style>
@page { size: A4 ${style.landscape ? 'landscape' : 'portrait'}; margin: 18mm 16mm;
  @top-left { content: "${cssString(neg.running.left)}"; ${small} }
  @top-right { content: "${cssString(neg.running.right)}"; ${small} }
  @bottom-left { content: "${cssString(neg.running.footer)}"; ${small} }
  @bottom-right { content: "Page " counter(page); ${small} } }
section.next { break-before: page; }
p { margin: 0 0 8pt; }
${style.css}
.lines, .side, table.layout, ol, ul { margin: 0 0 10pt; }
.box { border: 1pt solid #000; padding: 6pt 8pt; width: 60%; }
.side { display: flex; } .side > div { width: 50%; }
span.label { display: inline-block; width: ${LABEL_WIDTH}; }
table.layout { width: 100%; border: none !important; } table.layout td { border: none !important; background: none !important; padding: 0 8pt 0 0 !important; }
table.layout td.label { width: ${LABEL_WIDTH}; }
p.hang { padding-left: 12mm; text-indent: -12mm; } p.hang span { display: inline-block; width: 12mm; text-indent: 0; }
.columns { column-count: 2; column-gap: 8mm; text-align: justify; }
</style></head><body>
${pages.join('\n')}
</body></html>
`;
}
