// Text that would not show when printed (under a later fill, invisible, same colour as its ground) is
// not read; struck-through text is set apart, marked, and reported. Hand-built one-page PDFs.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block, DocModel, TableCell } from '../src/model.js';
import { bodyBlocks } from '../src/model.js';
import { readPdf } from '../src/readers/pdf/index.js';
import { struckWords } from '../src/readers/pdf/struck.js';
import { helveticaPage } from './pdf-builders.js';
import { SHARED } from './helpers.js';

const page = helveticaPage;

const text = (x: number, y: number, s: string, pre = '') => `BT ${pre} /F1 12 Tf ${x} ${y} Td (${s}) Tj ET`;
/** A visible paragraph above the drawing under test, so that the page has text of its own. */
const INTRO = text(72, 720, 'The panel met in public session.');

const read = (content: string) => readPdf(page(content), { maxPages: 5 });
const allText = (doc: DocModel) => bodyBlocks(doc).map((b) => b.text).join('\n');
const warnings = (doc: DocModel, code: string) => doc.warnings.filter((w) => w.code === code);
const cells = (doc: DocModel): TableCell[] =>
  bodyBlocks(doc).flatMap((b) => b.table?.grid.flat().filter((c): c is TableCell => c !== null) ?? []);

describe('text that would not show', () => {
  it('drops text under a later white box and says so', async () => {
    const doc = await read(`${INTRO} ${text(72, 650, 'Secret words here')} 1 1 1 rg 66 640 200 26 re f`);
    expect(allText(doc)).toContain('The panel met in public session.');
    expect(allText(doc)).not.toContain('Secret');
    expect(warnings(doc, 'hidden_text')).toEqual([{ code: 'hidden_text', message: expect.stringMatching(/^3 words .*Secret words here/), page: 1 }]);
  });

  it('drops text under a later coloured box', async () => {
    const doc = await read(`${INTRO} ${text(72, 650, 'Redacted name')} 0.1 0.1 0.1 rg 66 640 200 26 re f`);
    expect(allText(doc)).not.toContain('Redacted');
    expect(warnings(doc, 'hidden_text')).toHaveLength(1);
  });

  it('keeps text drawn over a box painted before it (cell shading)', async () => {
    const doc = await read(`${INTRO} 0.8 0.8 0.9 rg 66 640 200 26 re f 0 g ${text(72, 650, 'Shaded total 1,234')}`);
    expect(allText(doc)).toContain('Shaded total 1,234');
    expect(warnings(doc, 'hidden_text')).toEqual([]);
  });

  it('keeps text a later box only touches (a thin rule through it is no cover)', async () => {
    const doc = await read(`${INTRO} ${text(72, 650, 'Half covered')} 0 g 66 640 200 4 re f`);
    expect(allText(doc)).toContain('Half covered');
    expect(warnings(doc, 'hidden_text')).toEqual([]);
  });

  it('drops invisible text (render mode 3) on a page with visible text', async () => {
    const doc = await read(`${INTRO} ${text(72, 650, 'Invisible words', '3 Tr')}`);
    expect(allText(doc)).not.toContain('Invisible');
    expect(warnings(doc, 'hidden_text')).toHaveLength(1);
  });

  it('keeps text that clips what is painted next (render mode 7: the fill shows through the glyphs)', async () => {
    const doc = await read(`${INTRO} q ${text(72, 650, 'Painted through', '7 Tr')} 1 0 0 rg 0 0 612 792 re f Q`);
    expect(allText(doc)).toContain('Painted through');
    expect(warnings(doc, 'hidden_text')).toEqual([]);
  });

  it('keeps invisible text that is the only text of the page (an OCR layer)', async () => {
    const doc = await read(text(72, 650, 'Scanned minutes text', '3 Tr'));
    expect(allText(doc)).toContain('Scanned minutes text');
    expect(warnings(doc, 'hidden_text')).toEqual([]);
  });

  it('keeps invisible text that is most of the page (an OCR layer beside a visible page number)', async () => {
    const ocr = [700, 685, 670].map((y) => text(72, y, 'Words read off the scanned page by OCR', '3 Tr')).join(' ');
    const doc = await read(`${ocr} ${text(300, 60, 'Page 4')}`);
    expect(allText(doc)).toContain('Words read off the scanned page by OCR');
    expect(warnings(doc, 'hidden_text')).toEqual([]);
  });

  it('drops text in the colour of the fill under it, keeps white text on a dark fill or on paper', async () => {
    // white on bare paper stays: pdf.js is told to skip images, and one may lie under it
    const doc = await read(
      `${INTRO} 0 0 1 rg 66 640 200 26 re f ${text(72, 650, 'Blue on blue', '0 0 1 rg')} ` +
        `0 0 0.4 rg 66 560 200 26 re f ${text(72, 570, 'White on navy', '1 1 1 rg')} ` +
        `1 1 1 rg 66 520 200 26 re f ${text(72, 530, 'White on white', '1 1 1 rg')} ${text(72, 450, 'White on paper', '1 1 1 rg')}`,
    );
    const all = allText(doc);
    expect(all).not.toContain('Blue on blue');
    expect(all).toContain('White on navy');
    expect(all).not.toContain('White on white');
    expect(all).toContain('White on paper');
    expect(warnings(doc, 'hidden_text')[0].message).toMatch(/^6 words/);
  });
});

/** "The committee agreed the old new budget" on one line (Helvetica 12), "old" at x 250..266. */
const SENTENCE = `${text(72, 600, 'The committee agreed the')} ${text(250, 600, 'old')} ${text(272, 600, 'new budget.')}`;

describe('struck-through text', () => {
  it('leaves a struck word out of the paragraph, marks it and reports it', async () => {
    const doc = await read(`${INTRO} ${SENTENCE} 0.6 w 249 603.5 m 267 603.5 l S`);
    const block = bodyBlocks(doc).find((b) => b.text.includes('committee')) as Block;
    expect(block.text).toBe('The committee agreed the new budget.');
    expect(block.struck).toBe('old');
    expect(warnings(doc, 'struck_text')).toEqual([{ code: 'struck_text', message: '1 struck-through word left out: "old"', page: 1 }]);
  });

  it('strikes the part of a word the rule crosses (a renumbered item)', async () => {
    // "17.5.17.6." with the old number struck: "17.5." is the left half of the word
    const doc = await read(`${INTRO} ${text(72, 600, '17.5.17.6. Purpose of the Committee')} 0.6 w 72 603.5 m 98 603.5 l S`);
    const block = bodyBlocks(doc).find((b) => b.text.includes('Purpose')) as Block;
    expect(block.text).toBe('17.6. Purpose of the Committee');
    expect(block.struck).toBe('17.5.');
  });

  it('keeps an underlined word', async () => {
    const doc = await read(`${INTRO} ${SENTENCE} 0.6 w 250 598.5 m 266 598.5 l S`);
    expect(allText(doc)).toContain('The committee agreed the old new budget.');
    expect(warnings(doc, 'struck_text')).toEqual([]);
  });

  it('keeps text crossed by a rule that runs on well past it (not a strike)', async () => {
    const doc = await read(`${INTRO} ${SENTENCE} 0.6 w 60 603.5 m 560 603.5 l S`);
    expect(allText(doc)).toContain('The committee agreed the old new budget.');
    expect(warnings(doc, 'struck_text')).toEqual([]);
  });

  /** A ruled 3x3 table (x 72..432, rows 20 pt from y 700 down), a cell's text per row. */
  const grid = (rows: string[][], extra = '') => {
    let g = '0.5 w ';
    for (let r = 0; r <= rows.length; r++) g += `72 ${700 - 20 * r} m 432 ${700 - 20 * r} l S `;
    for (let c = 0; c <= 3; c++) g += `${72 + 120 * c} 700 m ${72 + 120 * c} ${700 - 20 * rows.length} l S `;
    rows.forEach((row, r) => row.forEach((s, c) => (g += text(76 + 120 * c, 700 - 20 * r - 14, s) + ' ')));
    return g + extra;
  };
  const ROWS = [['Item', 'Owner', 'Due'], ['Budget', 'Treasurer', 'May'], ['Website', 'Clerk', 'June']];

  it('leaves a struck cell out of the table and marks the cell', async () => {
    // "Treasurer" (x 196..~245, baseline 666) struck through
    const doc = await read(grid(ROWS, '0.6 w 196 669.5 m 246 669.5 l S'));
    const all = cells(doc);
    expect(all.map((c) => c.text)).toEqual(['Item', 'Owner', 'Due', 'Budget', '', 'May', 'Website', 'Clerk', 'June']);
    expect(all[4].struck).toBe('Treasurer');
    expect(warnings(doc, 'struck_text')).toEqual([{ code: 'struck_text', message: '1 struck-through word left out: "Treasurer"', page: 1 }]);
  });

  it('keeps a table whose rulings pass between its lines', async () => {
    const doc = await read(grid(ROWS));
    expect(cells(doc).map((c) => c.text)).toEqual(ROWS.flat());
    expect(warnings(doc, 'struck_text')).toEqual([]);
  });
});

describe('struckWords (properties)', () => {
  const word = (text: string, x0: number, x1: number) => ({ text, x0, x1, y0: 100, y1: 112, fontSize: 10, fontName: 'F', bold: false, italic: false, spaceAfter: true });
  const rule = (x0: number, x1: number, y: number) => ({ orientation: 'h' as const, x0, x1, y0: y - 0.3, y1: y + 0.3 });
  const arbitrary = fc.record({
    text: fc.string({ minLength: 1, maxLength: 12 }).filter((t) => t.trim() === t && t !== ''),
    width: fc.double({ min: 5, max: 120, noNaN: true }),
    from: fc.double({ min: -0.2, max: 1.2, noNaN: true }),
    to: fc.double({ min: -0.2, max: 1.2, noNaN: true }),
    y: fc.double({ min: 96, max: 116, noNaN: true }),
  });

  it('loses and invents no character: the pieces of a word spell it, side by side', () => {
    fc.assert(fc.property(arbitrary, ({ text, width, from, to, y }) => {
      const w = word(text, 50, 50 + width);
      const [a, b] = [Math.min(from, to), Math.max(from, to)];
      const out = struckWords([w], [rule(50 + a * width, 50 + Math.max(b * width, a * width + 3), y)]);
      const pieces = [...out.words, ...out.struck].sort((p, q) => p.x0 - q.x0);
      expect(pieces.map((p) => p.text).join('')).toBe(text);
      for (let i = 1; i < pieces.length; i++) expect(pieces[i].x0).toBeCloseTo(pieces[i - 1].x1, 1);
      expect(out.struck.every((p) => p.struck === true)).toBe(true);
      expect(out.words.every((p) => p.struck === undefined)).toBe(true);
    }));
  });

  it('never strikes through a rule outside the middle third of the word (an underline, a rule between lines)', () => {
    const outside = fc.oneof(fc.double({ min: 90, max: 103.6, noNaN: true }), fc.double({ min: 108.4, max: 120, noNaN: true }));
    fc.assert(fc.property(arbitrary, outside, ({ text, width }, y) => {
      const out = struckWords([word(text, 50, 50 + width)], [rule(50, 50 + width, y)]);
      expect(out.struck).toEqual([]);
      expect(out.strikes.size).toBe(0);
    }));
  });
});

const TRACKED = join(SHARED, 'corpus/kent/2025-03-13-report-tor-tracked-changes.pdf');

describe.skipIf(!existsSync(TRACKED))('a document printed with tracked changes', () => {
  it('reads the text as amended: deletions out, insertions (underlined) in', async () => {
    const doc = await readPdf(new Uint8Array(readFileSync(TRACKED)), { maxPages: 10 });
    const all = allText(doc);
    // page 1, item c): "any other formal Committee ... sub-committees." is struck, the insertion stays
    expect(all).toContain('They are the Chair of the Scrutiny Committee.');
    expect(all).not.toContain('any other formal');
    expect(all).toContain('Senior Manager level are not required');
    // "17.5.17.6." printed with the old number struck
    expect(all).toMatch(/17\.6\. The purpose of this Committee/);
    expect(all).not.toContain('17.5.17.6.');
    // page 2, the deleted item e)
    expect(all).not.toContain('reviewing the annual audit plan');
    expect(warnings(doc, 'struck_text').map((w) => w.page)).toEqual([1, 2, 3]);
    expect(warnings(doc, 'hidden_text')).toEqual([]);
    expect(bodyBlocks(doc).some((b) => b.struck?.includes('any other formal Committee'))).toBe(true);
  });
});
