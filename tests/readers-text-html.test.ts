// Text and HTML readers: the sample pack as text (pack.txt) and as HTML (pack.html) gives the same blocks
// (headings, list items, tables with their header rows, bold runs); small inputs for the details
// (merged cells, list numbering, CSS bold, entities, form-feed pages, deep nesting).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block, DocModel } from '../src/model.js';
import { allBlocks } from '../src/model.js';
import { readText } from '../src/readers/text.js';
import { readHtml } from '../src/readers/html.js';
import { guessHeaderRows, isHeadingLike, leadingEnumerator, mergeSpans } from '../src/readers/inline.js';
import { inlineToHtml } from '../src/readers/markdown.js';
import { FIXTURES } from './helpers.js';

const OPTS = { maxPages: 2000 };
const text = (s: string) => readText(s, OPTS);
const html = (s: string) => readHtml(s, OPTS);
const blocks = (d: DocModel) => allBlocks(d);

const TXT = text(readFileSync(join(FIXTURES, 'sample', 'pack.txt'), 'utf8'));
const HTML = html(readFileSync(join(FIXTURES, 'sample', 'pack.html'), 'utf8'));

describe.each([
  ['text', TXT],
  ['html', HTML],
])('sample pack read as %s', (_name, doc) => {
  const all = blocks(doc);
  const find = (pred: (b: Block) => boolean) => all.find(pred);

  it('has one unnumbered page and no geometry', () => {
    expect(doc.pages).toHaveLength(1);
    expect(doc.pages[0].number).toBeNull();
    expect(doc.pageCount).toBeNull();
    expect(all.every((b) => b.page === null && b.box === null)).toBe(true);
    expect(all.some((b) => b.kind === 'header' || b.kind === 'footer')).toBe(false);
  });

  it('finds headings from markup with their level and nominal size', () => {
    const h = find((b) => b.text === 'West Midlands Police and Crime Panel – Action Tracker January 2023')!;
    expect(h).toMatchObject({ kind: 'heading', level: 2, fontSize: 18 });
    expect(find((b) => b.text === 'Tackling Serious Violence – Appendix 1')).toMatchObject({ kind: 'heading', level: 1, fontSize: 24 });
    expect(find((b) => b.text === 'Capital Programme')).toMatchObject({ kind: 'heading', level: 4, fontSize: 12 });
  });

  it('makes short standalone bold lines headings (level 5) but keeps bold sentences as paragraphs', () => {
    expect(find((b) => b.text === '681 NOTICE OF RECORDING')).toMatchObject({ kind: 'heading', level: 5, bold: true, fontSize: 11 });
    expect(find((b) => b.text === 'RESOLVED: -')?.kind).toBe('heading');
    const resolution = find((b) => b.text.startsWith('That the minutes of the meeting held on 19 October 2022'))!;
    expect(resolution.kind).toBe('paragraph');
    expect(resolution.bold).toBe(true);
    expect(find((b) => b.text === 'Date: 9 January 2023')?.kind).toBe('paragraph');
  });

  it('reads the capital programme as a 7-column table with one header row', () => {
    const t = find((b) => b.kind === 'table' && b.text.startsWith('Capital Programme, £m'))!.table!;
    expect(t.nCols).toBe(7);
    expect(t.headerRows).toBe(1);
    expect(t.grid[0].map((c) => c!.text)).toEqual(['Capital Programme, £m', '2022/23', '2023/24', '2024/25', '2025/26', '2026/27', 'Total']);
    const total = t.grid.find((r) => r[0]!.text === 'Total Capital Programme')!;
    expect(total.map((c) => c!.text)).toEqual(['Total Capital Programme', '22.4', '52.3', '50.2', '44.7', '46.5', '193.8']);
    expect(total.every((c) => c!.bold)).toBe(true);
    expect(t.grid.find((r) => r[0]!.text === 'Borrowing')![2]!.bold).toBe(false);
  });

  it('keeps the bold title and the plain description of an agenda cell as separate spans', () => {
    const t = find((b) => b.kind === 'table' && b.text.startsWith('Supporting Document'))!.table!;
    expect(t.headerRows).toBe(1);
    expect(t.nCols).toBe(4);
    const topic = t.grid[1][2]!;
    expect(topic.spans[0]).toEqual({ text: 'NOTICE OF RECORDING', bold: true, italic: false });
    expect(topic.spans[1].bold).toBe(false);
    expect(topic.spans[1].text).toMatch(/^ This meeting will be webcast/);
    expect(topic.text).toBe(topic.spans.map((s) => s.text).join(''));
  });

  it('reads italic header rows of the action tracker', () => {
    const t = find((b) => b.kind === 'table' && b.text.startsWith('Minute/ Action No.'))!.table!;
    expect(t.headerRows).toBe(1);
    expect(t.grid[0][0]!.spans).toHaveLength(1);
    expect(t.grid[0][0]!.spans[0]).toMatchObject({ text: 'Minute/ Action No.', italic: true });
  });

  it('reads nested list items with depth and marker, and enumerated items with their number', () => {
    const items = all.filter((b) => b.kind === 'list_item');
    expect(items.length).toBeGreaterThan(150);
    const resolved = find((b) => b.kind === 'list_item' && b.text.includes('i. That following the conclusion of the meeting'))!;
    expect(resolved.depth).toBe(0);
    const sub = find((b) => b.kind === 'list_item' && b.text.includes('The package of support provided to student police officers.'))!;
    expect(sub.depth).toBe(1);
    expect(sub.text.startsWith(`${sub.marker} `)).toBe(true);
    const numbered = find((b) => b.kind === 'list_item' && b.text.includes('The Home Office monitor three primary metrics'))!;
    expect(numbered).toMatchObject({ marker: '5.', depth: 0 });
    expect(numbered.text.startsWith('5. The Home Office')).toBe(true);
  });

  it('keeps bold runs inside paragraphs and list items', () => {
    const vetting = find((b) => b.kind === 'list_item' && b.text.includes('Vetting - The PCC had obtained'))!;
    expect(vetting.spans.find((s) => s.bold)?.text).toBe('Vetting');
    const date = find((b) => b.text === 'Date: 9 January 2023')!;
    expect(date.spans[0]).toEqual({ text: 'Date:', bold: true, italic: false });
  });

  it('leaves no markup, markdown or entities in any text', () => {
    const texts = all.flatMap((b) => [b.text, ...(b.table?.grid.flat().map((c) => c?.text ?? '') ?? [])]);
    for (const t of texts) {
      expect(t).not.toMatch(/<\/?[a-z][^>]*>|\*\*|&(amp|lt|gt|nbsp|#\d+);|\t|\s{2}/);
      expect(t).toBe(t.trim());
    }
  });

  it('keeps curly quotes as printed', () => {
    expect(all.some((b) => b.text.includes('PCC’s Annual Report'))).toBe(true);
  });

  it('joins soft line breaks into one block with one line each', () => {
    const present = find((b) => b.text.startsWith('Cllr Alex Aitken – Birmingham'))!;
    expect(present.lines.length).toBe(12);
    expect(present.lines[1].text).toBe('Cllr Paul Bradley – Dudley');
  });
});

describe('text and HTML readings of the sample pack agree', () => {
  it('give the same sequence of block kinds, levels and texts', () => {
    const key = (b: Block) => `${b.kind}|${b.level ?? ''}|${b.depth ?? ''}|${b.kind === 'list_item' ? b.text.replace(/^\S+ /, '') : b.text}`;
    const a = blocks(TXT).map(key);
    const b = blocks(HTML).map(key);
    expect(a.length).toBeGreaterThan(800);
    expect(a).toEqual(b);
  });

  it('mark list bullets as printed: "-" in text, a browser\'s disc then circle for an HTML <ul>', () => {
    expect(blocks(TXT).find((b) => b.kind === 'list_item' && !/^\d/.test(b.marker ?? ''))!.marker).toBe('-');
    expect(blocks(HTML).find((b) => b.kind === 'list_item' && !/^\d/.test(b.marker ?? ''))!.marker).toBe('•');
    expect(blocks(HTML).find((b) => b.kind === 'list_item' && b.text.includes('The package of support provided to student'))!.marker).toBe('◦');
  });

  it('record how tables were found', () => {
    expect(blocks(TXT).filter((b) => b.table).every((b) => b.table!.method === 'text')).toBe(true);
    expect(blocks(HTML).filter((b) => b.table).every((b) => b.table!.method === 'html')).toBe(true);
    expect(HTML.title).toBe('West Midlands Police and Crime Panel – Monday 9 January 2023');
  });
});

describe('HTML reader details', () => {
  it('expands rowspan and colspan into a grid with null for covered positions', () => {
    const d = html(`<table><tr><th rowspan="2">Area</th><th colspan="2">Budget</th></tr><tr><th>2022</th><th>2023</th></tr>
      <tr><td>North</td><td>1.0</td><td>2.0</td></tr></table>`);
    const t = blocks(d)[0].table!;
    expect(t.nCols).toBe(3);
    expect(t.headerRows).toBe(2);
    expect(t.grid[0].map((c) => c?.text ?? null)).toEqual(['Area', 'Budget', null]);
    expect(t.grid[1].map((c) => c?.text ?? null)).toEqual([null, '2022', '2023']);
    expect(t.grid[0][0]).toMatchObject({ rowSpan: 2, colSpan: 1 });
    expect(t.grid[0][1]).toMatchObject({ rowSpan: 1, colSpan: 2 });
    expect(t.grid[2].map((c) => c?.text)).toEqual(['North', '1.0', '2.0']);
  });

  it('takes bold and italic from CSS, numbers ordered lists by start/type, decodes entities', () => {
    const d = html(`<p><span style="font-weight:700">Cllr A</span> &amp; <span style="font-style: italic">B</span>&nbsp;&nbsp;said &#8220;yes&#8221;</p>
      <ol start="3" type="i"><li>third</li><li>fourth<ol type="a"><li>sub</li></ol></li></ol>
      <ul style="list-style-type: none"><li>1.1 numbered paragraph</li></ul>`);
    const [p, a, b, sub, para] = blocks(d);
    expect(p.spans).toEqual([
      { text: 'Cllr A', bold: true, italic: false },
      { text: ' & ', bold: false, italic: false },
      { text: 'B', bold: false, italic: true },
      { text: ' said “yes”', bold: false, italic: false },
    ]);
    expect([a.marker, a.text, b.marker, b.depth]).toEqual(['iii.', 'iii. third', 'iv.', 0]);
    expect([sub.marker, sub.depth, sub.text]).toEqual(['a.', 1, 'a. sub']);
    expect(para).toMatchObject({ kind: 'list_item', text: '1.1 numbered paragraph', marker: '1.1' });
  });

  it('reads Word HTML: list paragraphs with their printed bullet and level, mso-bidi weights ignored', () => {
    const d = html(`<div class=WordSection1>
      <p class=MsoNormal><b style='mso-bidi-font-weight:normal'>Budget Proposals<o:p></o:p></b></p>
      <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
        style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>First point</p>
      <p class=MsoListParagraphCxSpLast style='margin-left:72.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span
        style='font-family:"Courier New"'>o<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span><![endif]>Sub point</p>
      <p class=MsoNormal>2. A numbered paragraph</p></div>`);
    expect(blocks(d).map((b) => [b.kind, b.text, b.marker, b.depth])).toEqual([
      ['heading', 'Budget Proposals', undefined, undefined],
      ['list_item', '· First point', '·', 0],
      ['list_item', 'o Sub point', 'o', 1],
      ['list_item', '2. A numbered paragraph', '2.', 0],
    ]);
  });

  it('takes a short line set larger than the body text (inline CSS sizes) for a heading, and inherits styles', () => {
    const d = html(`<div style="font-size:12pt">
      <p><span style='font-size:16.0pt'>Financial Implications</span></p>
      <p>There are no financial implications arising from this report, as the costs are met from existing budgets.</p>
      <p>The body text is set at the same size throughout.</p></div>
      <div style="font-weight:bold"><p>Inherited bold line</p></div>`);
    expect(blocks(d).map((b) => [b.kind, b.fontSize, b.bold])).toEqual([
      ['heading', 16, false], ['paragraph', 12, false], ['paragraph', 12, false], ['heading', 11, true],
    ]);
  });

  it('reads a layout table (headings or a nested table inside, or one column) as content', () => {
    const d = html(`<table><tr><td><h2>Cabinet</h2><p>Date: 1 May 2025</p></td>
      <td><table><tr><th>Band</th><th>£</th></tr><tr><td>A</td><td>135.03</td></tr></table></td></tr></table>
      <table><tr><td>A note in a box</td></tr></table>`);
    expect(blocks(d).map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Cabinet'], ['paragraph', 'Date: 1 May 2025'], ['table', 'Band | £\nA | 135.03'], ['paragraph', 'A note in a box'],
    ]);
  });

  it('breaks lines at <br> only, not at newlines of the markup', () => {
    const [b] = blocks(html('<p>This is a long\nparagraph<br>\nsecond line</p>'));
    expect(b.lines.map((l) => l.text)).toEqual(['This is a long paragraph', 'second line']);
    expect(b.text).toBe('This is a long paragraph second line');
  });

  it('does not treat a page-break rule as a page number', () => {
    const d = html('<p>one</p><hr class="page" style="page-break-before:always"><p>two</p>');
    expect(d.pages).toHaveLength(1);
    expect(blocks(d).map((b) => [b.text, b.page])).toEqual([['one', null], ['two', null]]);
  });

  it('skips scripts, styles, navigation and hidden elements, and survives deep nesting without recursion', () => {
    const deep = '<div><b>'.repeat(3000) + 'deep text' + '</b></div>'.repeat(3000);
    const d = html(`<head><style>p{}</style><script>var x = "<p>no</p>";</script></head><body><nav><a>Home</a></nav>
      <div style="display: none">hidden</div><p hidden>also hidden</p>${deep}</body>`);
    expect(blocks(d).map((b) => b.text)).toEqual(['deep text']);
  });
});

describe('text reader details', () => {
  it('numbers pages from form feeds', () => {
    const d = text('# First\n\nbody\f## Second\n\nmore');
    expect(d.pageCount).toBe(2);
    expect(blocks(d).map((b) => [b.kind, b.text, b.page])).toEqual([
      ['heading', 'First', 1], ['paragraph', 'body', 1], ['heading', 'Second', 2], ['paragraph', 'more', 2],
    ]);
  });

  it('keeps each source line of a paragraph as a printed line', () => {
    const [b] = blocks(text('CABINET\nThursday, 30th January, 2025\nCouncil Chamber'));
    expect(b.text).toBe('CABINET Thursday, 30th January, 2025 Council Chamber');
    expect(b.lines.map((l) => l.text)).toEqual(['CABINET', 'Thursday, 30th January, 2025', 'Council Chamber']);
  });

  it('ends a table at a blank line and drops unpaired emphasis markers', () => {
    const d = text('A\tB\n1\t2\n\nC\tD\n3\t4\n\n- item text.**\n');
    const [t1, t2, li] = blocks(d);
    expect(t1.table!.grid.length).toBe(2);
    expect(t2.table!.grid[0][0]!.text).toBe('C');
    expect(li).toMatchObject({ kind: 'list_item', text: '- item text.', marker: '-', depth: 0 });
  });

  it('converts inline markdown and passes HTML fragments through', () => {
    expect(inlineToHtml('**Bold** and *it* [x](http://a?b&c) <b>kept</b> 5 < 6')).toBe(
      '<strong>Bold</strong> and <em>it</em> <a href="http://a?b&amp;c">x</a> <b>kept</b> 5 &lt; 6');
  });
});

describe('shared inline helpers', () => {
  it('merges runs of one style and collapses whitespace across runs', () => {
    expect(mergeSpans([
      { text: '  A ', bold: true, italic: false }, { text: ' ', bold: false, italic: false },
      { text: 'B', bold: true, italic: false }, { text: '\n c  ', bold: false, italic: false },
    ])).toEqual([{ text: 'A B', bold: true, italic: false }, { text: ' c', bold: false, italic: false }]);
  });

  it('applies the heading rule to spans', () => {
    const bold = (t: string) => [{ text: t, bold: true, italic: false }];
    expect(isHeadingLike(bold('682 APOLOGIES'), 1, 11, 11)).toBe(true);
    expect(isHeadingLike(bold('That the report be noted and the actions agreed by the panel be published.'), 1, 11, 11)).toBe(false);
    expect(isHeadingLike([{ text: 'Plain line', bold: false, italic: false }], 1, 11, 11)).toBe(false);
    expect(isHeadingLike([{ text: 'Large line', bold: false, italic: false }], 1, 16, 11)).toBe(true);
    expect(isHeadingLike(bold('x '.repeat(120)), 3, 11, 11)).toBe(false);
  });

  it('finds leading enumerators', () => {
    expect(['i. That', '1.1 This', '(a) x', 'b) y', '12. z', 'Item'].map(leadingEnumerator)).toEqual(['i.', '1.1', '(a)', 'b)', '12.', null]);
  });

  it('guesses a header row over figures but not over a key/value table', () => {
    const cell = (text: string) => ({ text, spans: [{ text, bold: false, italic: false }], rowSpan: 1, colSpan: 1, bold: false, box: null, page: null });
    expect(guessHeaderRows([[cell('Band'), cell('Precept')], [cell('A'), cell('135.03')]])).toBe(1);
    expect(guessHeaderRows([[cell('Principle 1'), cell('Local offices')], [cell('Principle 2'), cell('Teams')]])).toBe(0);
  });
});

describe('readers on arbitrary input', () => {
  const piece = fc.constantFrom('a', 'B', ' ', '  ', '\n', '\n\n', '\t', '*', '**', '<b>', '</b>', '<i>', '<', '>', '&amp;', '[x](y)',
    '# ', '- ', '1. ', '\\*', '<ul><li>', '</li></ul>', '<td>', '“', '\f');
  const doc = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));

  it('text reader: never throws; texts are collapsed, trimmed and free of emphasis tags', () => {
    fc.assert(fc.property(doc, (src) => {
      for (const b of blocks(text(src))) {
        for (const t of [b.text, ...b.lines.map((l) => l.text)]) {
          expect(t).toBe(t.trim());
          expect(t).not.toMatch(/\s{2}|<\/?(b|i|ul|li)>/);
        }
      }
    }), { numRuns: 300 });
  });

  it('HTML reader: never throws; a table grid is rectangular', () => {
    fc.assert(fc.property(doc, (src) => {
      for (const b of blocks(html(src))) {
        expect(b.text).toBe(b.text.trim());
        if (b.table) expect(b.table.grid.every((r) => r.length === b.table!.nCols)).toBe(true);
      }
    }), { numRuns: 300 });
  });
});
