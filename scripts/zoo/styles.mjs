// The zoo's print styles. Word styles are applied by name to a DOCX (scripts/zoo/word.py) printed by
// LibreOffice; CSS styles are appended to the page (scripts/zoo/html.mjs) printed by Chromium.
// `seed` (from the style's id, so adding a style changes no other) gives each style its own tables: the
// same archetypes, other cells.

/** cells top-aligned, header bold, numbers right-aligned: what every CSS style starts from */
const BASE_CSS = `
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
h2 { font-size: 12pt; margin: 0 0 8pt; }
table { border-collapse: collapse; width: 100%; }
th, td { vertical-align: top; text-align: left; padding: 3pt 5pt; }
th { font-weight: bold; }
td.num, th.num { text-align: right; }
`;

export const STYLES = [
  // Word table styles (DOCX -> LibreOffice)
  { id: 'word-table-grid', engine: 'word', word: 'Table Grid', note: 'every cell boxed' },
  { id: 'word-light-grid', engine: 'word', word: 'Light Grid', note: 'grid, header rule doubled, bold first column' },
  { id: 'word-light-list', engine: 'word', word: 'Light List', font: 'Times New Roman', size: 11,
    note: 'outer box, filled header, no inner rules; Times 11pt' },
  { id: 'word-light-shading', engine: 'word', word: 'Light Shading', note: 'a rule under the header and at the end only, zebra bands' },
  { id: 'word-medium-list-2', engine: 'word', word: 'Medium List 2', note: 'rules under header, banded rows' },
  { id: 'word-normal-table', engine: 'word', word: 'Normal Table', size: 10.5, note: 'no borders at all; Arial 10.5pt' },
  { id: 'word-normal-middle', engine: 'word', word: 'Normal Table', valign: 'center', note: 'no borders, cells middle-aligned' },
  { id: 'word-medium-shading-1', engine: 'word', word: 'Medium Shading 1', note: 'dark header fill, banded rows, outer rules' },
  { id: 'word-medium-grid-1', engine: 'word', word: 'Medium Grid 1', note: 'tinted grid, banded rows' },
  { id: 'word-colorful-list', engine: 'word', word: 'Colorful List', note: 'coloured header fill, banded rows, no rules' },
  // CSS (HTML -> Chromium)
  { id: 'css-borderless', engine: 'css', note: 'no rules, everything left-aligned',
    css: 'td.num, th.num { text-align: left; }' },
  { id: 'css-header-rule', engine: 'css', note: 'one rule under the header',
    css: 'thead tr:last-child th { border-bottom: 1pt solid #000; }' },
  { id: 'css-row-rules', engine: 'css', note: 'a thin rule between rows',
    css: 'th { border-bottom: 1pt solid #000; } td { border-bottom: 0.5pt solid #888; }' },
  { id: 'css-zebra', engine: 'css', note: 'alternate rows shaded, no rules',
    css: 'tbody tr:nth-child(even) td { background: #e6ecf4; } thead th { background: #c9d6e8; }' },
  { id: 'css-middle', engine: 'css', note: 'cells middle-aligned, no rules',
    css: 'th, td { vertical-align: middle; }' },
  { id: 'css-banded-header', engine: 'css', note: 'header filled dark with white text, no rules',
    css: 'thead th { background: #1f3b64; color: #fff; } tbody td { padding: 4pt 5pt; }' },
  { id: 'css-dense-grid', engine: 'css', note: 'every cell boxed, small type, tight padding',
    css: 'body { font-size: 8pt; } th, td { border: 0.75pt solid #000; padding: 1pt 2pt; }' },
  { id: 'css-booktabs', engine: 'css', note: 'top, header and bottom rules only; serif type',
    css: `body { font-family: 'Liberation Serif', serif; font-size: 10.5pt; }
      table { border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000; }
      thead tr:last-child th { border-bottom: 0.75pt solid #000; }` },
  { id: 'css-financial', engine: 'css', note: 'figures right-aligned, totals ruled above and double-ruled below; DejaVu Sans 9pt',
    css: `body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }
      thead tr:last-child th { border-bottom: 0.75pt solid #000; } th.num { vertical-align: bottom; }
      tr.total td { font-weight: bold; } tr.total td.num { border-top: 0.75pt solid #000; border-bottom: 2.5pt double #000; }` },
  { id: 'css-column-rules', engine: 'css', note: 'rules between columns only',
    css: 'th, td { border-left: 0.75pt solid #666; } th:first-child, td:first-child { border-left: none; }' },
  { id: 'css-box', engine: 'css', note: 'an outer box and a rule under the header, nothing inside',
    css: 'table { border: 1pt solid #000; } thead tr:last-child th { border-bottom: 1pt solid #000; }' },
  { id: 'css-centred', engine: 'css', note: 'every cell centred, headings underlined, no rules',
    css: 'th, td, td.num, th.num { text-align: center; } th { text-decoration: underline; }' },
  { id: 'css-landscape', engine: 'css', note: 'landscape pages, grey header, rules between rows', landscape: true,
    css: 'thead th { background: #ddd; } td { border-bottom: 0.5pt solid #aaa; }' },
].map((s) => ({ ...s, seed: [...s.id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 100_003, 17), css: s.engine === 'css' ? BASE_CSS + (s.css ?? '') : undefined }));
