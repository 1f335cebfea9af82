// PDF reader: the sample pack as printed by Chromium and by LibreOffice, synthetic graphics and text
// items for the low-level steps, and the broken PDFs of shared/badinputs for the typed errors.
import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { OPS } from '../src/readers/pdf/pdfjs.js';
import type { Block, DocModel, Word } from '../src/model.js';
import { bodyBlocks } from '../src/model.js';
import { InputError } from '../src/errors.js';
import { readPdf } from '../src/readers/pdf/index.js';
import { openPdf } from '../src/readers/pdf/open.js';
import { rawPage } from '../src/readers/pdf/raw.js';
import { walkPage } from '../src/readers/pdf/walk.js';
import { itemWords, fontInfo } from '../src/readers/pdf/words.js';
import { wordsToLines, type PdfLine } from '../src/readers/pdf/lines.js';
import { findFurniture } from '../src/readers/pdf/furniture.js';
import { PdfWarnings } from '../src/readers/pdf/warnings.js';
import { listMarker, pageBlocks } from '../src/readers/pdf/blocks.js';
import { FIXTURES, SHARED, hasShared } from './helpers.js';

const CHROMIUM = join(FIXTURES, 'sample', 'pack.pdf');
const LIBREOFFICE = join(FIXTURES, 'sample', 'pack-lo.pdf');
const BAD = join(SHARED, 'badinputs');

function read(path: string, opts: { password?: string; maxPages?: number; ocr?: 'never' } = {}): Promise<DocModel> {
  return readPdf(readFileSync(path), { maxPages: 2000, ...opts });
}

function find(doc: DocModel, pred: (b: Block) => boolean): Block | undefined {
  return doc.pages.flatMap((p) => p.blocks).find(pred);
}

describe('Chromium print of the sample pack', () => {
  let doc: DocModel;
  beforeAll(async () => {
    doc = await read(CHROMIUM);
  }, 60_000);

  it('numbers pages 1..n and every block carries its page', () => {
    expect(doc.pageCount).toBe(55);
    expect(doc.pages.map((p) => p.number)).toEqual(Array.from({ length: 55 }, (_, i) => i + 1));
    for (const p of doc.pages) for (const b of p.blocks) expect(b.page).toBe(p.number);
  });

  it('finds minute headings and report titles, with size-ranked levels', () => {
    const minute = find(doc, (b) => b.text.startsWith('681 NOTICE OF RECORDING'));
    expect(minute?.kind).toBe('heading');
    expect(minute?.page).toBe(3);
    const appendix = find(doc, (b) => b.text === 'Tackling Serious Violence – Appendix 1');
    expect(appendix?.kind).toBe('heading');
    expect(appendix?.level).toBe(1);
    expect(appendix?.page).toBe(14);
    // a smaller heading inside that report ranks below it
    const purpose = doc.pages[13].blocks.find((b) => b.text === 'Purpose of Report');
    expect(purpose?.kind).toBe('heading');
    expect(purpose!.level!).toBeGreaterThan(1);
  });

  it('keeps the browser date/title header and URL/page-count footer out of the body', () => {
    const headers = doc.pages.flatMap((p) => p.blocks).filter((b) => b.kind === 'header');
    const footers = doc.pages.flatMap((p) => p.blocks).filter((b) => b.kind === 'footer');
    expect(headers.length).toBeGreaterThanOrEqual(50);
    expect(footers.length).toBeGreaterThanOrEqual(50);
    expect(footers.some((b) => /\b3\/55$/.test(b.text) && b.page === 3)).toBe(true);
    for (const b of bodyBlocks(doc)) {
      expect(b.text).not.toMatch(/file:\/\//);
      expect(b.text).not.toMatch(/\b\d{1,2}\/55\b/);
      expect(b.text).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2} [AP]M/);
    }
  });

  it('places the capital programme table as a table block on its page', () => {
    const heading = find(doc, (b) => b.kind === 'heading' && b.text === 'Capital Programme');
    expect(heading?.page).toBe(10);
    const table = doc.pages[9].blocks.find((b) => b.kind === 'table' && b.text.startsWith('Capital Programme'));
    expect(table?.table?.nCols).toBe(7);
    // after its heading in reading order
    const blocks = doc.pages[9].blocks;
    expect(blocks.indexOf(table!)).toBeGreaterThan(blocks.indexOf(heading!));
  });

  it('detects bold blocks and bold runs', () => {
    const resolved = find(doc, (b) => b.text.startsWith('That the minutes of the meeting held on 19 October 2022'));
    expect(resolved?.bold).toBe(true);
    const member = find(doc, (b) => b.text === 'Cllr Alex Aitken – Birmingham');
    expect(member?.bold).toBe(false);
    const vetting = find(doc, (b) => b.text.startsWith('• Vetting - '));
    expect(vetting?.kind).toBe('list_item');
    expect(vetting?.spans.find((s) => s.text.includes('Vetting'))?.bold).toBe(true);
    expect(vetting?.spans.find((s) => s.text.includes('assurances'))?.bold).toBe(false);
  });

  it('reads bullets drawn as graphics as list items', () => {
    const items = doc.pages[3].blocks.filter((b) => b.kind === 'list_item');
    expect(items.length).toBeGreaterThanOrEqual(12);
    expect(items.every((b) => b.marker === '•' && b.depth === 0)).toBe(true);
    // hollow circles (stroked) under a numbered paragraph: nested items
    const circles = doc.pages[15].blocks.filter((b) => b.marker === '◦');
    expect(circles.map((b) => b.text.slice(0, 23))).toContain('◦ Analytical investment');
    const numbered = doc.pages[15].blocks.find((b) => b.text.startsWith('18. The aim of Project Guardian'))!;
    expect(circles.every((b) => b.depth! > numbered.depth!)).toBe(true);
  });
});

describe('raw page of the Chromium print', () => {
  it('has table rulings but no link underlines, and words with font facts', async () => {
    const pdf = await openPdf(readFileSync(CHROMIUM), { maxPages: 2000 });
    const raw = await rawPage(await pdf.getPage(1), 1);
    await pdf.destroy();
    const link = raw.words.find((w) => w.text === 'www.westmidlandspcp.co.uk')!;
    expect(link).toBeDefined();
    // the link is underlined on the page; no ruling may lie under it
    expect(raw.rulings.some((r) => r.orientation === 'h' && r.y0 >= link.y0 && r.y1 <= link.y1 + 1)).toBe(false);
    // the agenda table's rules are there
    expect(raw.rulings.filter((r) => r.orientation === 'v').length).toBeGreaterThan(8);
    const agenda = raw.words.find((w) => w.text === 'AGENDA')!;
    expect(agenda).toMatchObject({ bold: true, italic: false });
    expect(agenda.fontName).toMatch(/bold/i);
  });
});

describe('LibreOffice print of the sample pack', () => {
  let doc: DocModel;
  beforeAll(async () => {
    doc = await read(LIBREOFFICE);
  }, 60_000);

  it('reads every page and finds the minutes headings', () => {
    expect(doc.pageCount).toBeGreaterThan(55); // LibreOffice sets the pack in a larger type than Chromium
    expect(doc.pages.map((p) => p.number)).toEqual(Array.from({ length: doc.pageCount! }, (_, i) => i + 1));
    const minute = find(doc, (b) => b.text.startsWith('681 NOTICE OF RECORDING'));
    expect(minute?.kind).toBe('heading');
    expect(minute?.bold).toBe(true);
    const present = find(doc, (b) => b.text.startsWith('Cllr Alex Aitken'));
    expect(present?.kind).toBe('paragraph');
    expect(present?.page).toBe(minute?.page);
  });
});

describe('two-column page (Chromium print of CSS columns, fixtures/pdf/two-column.html)', () => {
  it('reads the left column, then the right one, then what follows the columns', async () => {
    const doc = await read(join(FIXTURES, 'pdf', 'two-column.pdf'));
    const texts = doc.pages[0].blocks.map((b) => `${b.kind}: ${b.text.split(' ').slice(0, 3).join(' ')}`);
    expect(texts).toEqual([
      'heading: Two Column Newsletter',
      'paragraph: The panel met',
      'paragraph: The commissioner explained',
      'paragraph: A member asked',
      'paragraph: It was agreed',
      'paragraph: Turning to the',
      'paragraph: Members noted that',
      'paragraph: The chair thanked',
      'paragraph: The panel resolved',
      'heading: After the columns',
      'paragraph: A closing paragraph',
    ]);
  });
});

describe('sideways page (the two-column fixture with /Rotate 90)', () => {
  it('is turned so that its text reads left to right, with the same blocks', async () => {
    const upright = await read(join(FIXTURES, 'pdf', 'two-column.pdf'));
    const sideways = await read(join(FIXTURES, 'pdf', 'two-column-rotated.pdf'));
    expect(sideways.pages[0].blocks.map((b) => b.text)).toEqual(upright.pages[0].blocks.map((b) => b.text));
    expect(sideways.pages[0].width).toBeCloseTo(upright.pages[0].width!);
  });
});

describe('overprinted text (fixtures/pdf/overprint.pdf: "Shadow Title" drawn twice 0.4pt apart in Helvetica)', () => {
  it('keeps one copy and reads the shifted copy as bold', async () => {
    const doc = await read(join(FIXTURES, 'pdf', 'overprint.pdf'));
    const [title, body] = doc.pages[0].blocks;
    expect(title).toMatchObject({ text: 'Shadow Title', bold: true, kind: 'heading' });
    expect(body).toMatchObject({ text: 'Plain text line here', bold: false });
  });
});

describe('graphics -> rulings and shaded rectangles', () => {
  const view = [1, 0, 0, -1, 0, 800]; // PDF user space -> top-left origin, page 600 x 800
  const path = (op: number, coords: number[], minMax?: number[]) => [op, [Float32Array.from(coords)], minMax ?? null];
  const rect = (x: number, y: number, w: number, h: number) => [0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4];

  it('turns thin fills into rulings, larger fills into rects and ignores white', () => {
    const g = walkPage(
      [OPS.setFillRGBColor, OPS.constructPath, OPS.constructPath, OPS.constructPath, OPS.setFillRGBColor, OPS.constructPath],
      [
        ['#000000'],
        path(OPS.fill, rect(50, 700, 200, 0.75)),
        path(OPS.fill, rect(50, 600, 0.75, 100)),
        path(OPS.fill, rect(50, 500, 200, 20)),
        ['#ffffff'],
        path(OPS.fill, rect(50, 400, 200, 0.5)),
      ],
      view as never,
      600,
      800,
      () => null,
    ).graphics;
    expect(g.rulings).toEqual([
      { orientation: 'h', x0: 50, y0: 99.25, x1: 250, y1: 100 },
      { orientation: 'v', x0: 50, y0: 100, x1: 50.75, y1: 200 },
    ]);
    expect(g.rects).toEqual([{ x0: 50, y0: 280, x1: 250, y1: 300 }]);
  });

  it('turns a stroked rectangle into four rulings, following the CTM', () => {
    const g = walkPage(
      [OPS.save, OPS.transform, OPS.setLineWidth, OPS.constructPath, OPS.restore],
      [[], [2, 0, 0, 2, 10, 0], [0.5], path(OPS.stroke, rect(0, 0, 100, 50)), []],
      view as never,
      600,
      800,
      () => null,
    ).graphics;
    expect(g.rulings.map((r) => r.orientation).sort()).toEqual(['h', 'h', 'v', 'v']);
    const top = g.rulings.find((r) => r.orientation === 'h' && r.y0 < 700)!;
    expect(top).toEqual({ orientation: 'h', x0: 10, x1: 210, y0: 699.5, y1: 700.5 });
  });
});

describe('text items -> words', () => {
  const view = [1, 0, 0, -1, 0, 800] as never;
  const font = fontInfo({ name: 'ABCDEF+Arial-BoldMT' }, { ascent: 0.9, descent: -0.2 });

  it('reads bold and italic from the font name', () => {
    expect(font).toMatchObject({ name: 'Arial-BoldMT', bold: true, italic: false });
    expect(fontInfo({ name: 'Calibri-Italic' }, undefined)).toMatchObject({ bold: false, italic: true });
  });

  it('splits an item at spaces and where it crosses a vertical ruling', () => {
    const item = { str: 'Total 1,234Fleet', transform: [10, 0, 0, 10, 100, 700], width: 80, fontName: 'f1' };
    const ruling = { orientation: 'v' as const, x0: 154.5, x1: 155, y0: 80, y1: 120 };
    const noRule = itemWords(item, view, font, [], false).map((w) => w.text);
    expect(noRule).toEqual(['Total', '1,234Fleet']);
    const words = itemWords(item, view, font, [ruling], false);
    expect(words.map((w) => w.text)).toEqual(['Total', '1,234', 'Fleet']);
    expect(words[0].y0).toBeCloseTo(91);
    expect(words[0].y1).toBeCloseTo(102);
    expect(words[1].x1).toBeLessThanOrEqual(words[2].x0);
  });
});

describe('words -> lines', () => {
  const word = (text: string, x0: number, y0: number): Word => ({
    text,
    x0,
    y0,
    x1: x0 + text.length * 5,
    y1: y0 + 11,
    fontSize: 10,
    fontName: 'Arial',
    bold: false,
    italic: false,
    spaceAfter: true,
  });
  const prose = (x: number, y: number, tag: string) =>
    ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', tag].reduce<Word[]>((ws, t) => {
      const x0 = ws.length ? ws[ws.length - 1].x1 + 3 : x;
      return [...ws, word(t, x0, y)];
    }, []);

  it('reads a two-column page column by column', () => {
    const words: Word[] = [];
    for (let i = 0; i < 8; i++) words.push(...prose(50, 100 + i * 14, `L${i}`), ...prose(320, 100 + i * 14, `R${i}`));
    const lines = wordsToLines(words, 1, 600);
    expect(lines.map((l) => l.text.split(' ').pop())).toEqual([
      ...Array.from({ length: 8 }, (_, i) => `L${i}`),
      ...Array.from({ length: 8 }, (_, i) => `R${i}`),
    ]);
  });

  it('keeps a one-column page in row order', () => {
    const words = [word('Name', 50, 100), word('Place', 300, 100), word('Other', 50, 114), word('Town', 300, 114)];
    expect(wordsToLines(words, 1, 600).map((l) => l.text)).toEqual(['Name Place', 'Other Town']);
  });
});

describe('lines -> blocks', () => {
  const style = { bodySize: 10, lineGapEm: 0.1 };
  const line = (text: string, x0: number, y0: number, bold = false): Word[] => {
    let x = x0;
    return text.split(' ').map((t) => {
      const w: Word = { text: t, x0: x, y0, x1: x + t.length * 5, y1: y0 + 11, fontSize: 10, fontName: 'Arial', bold, italic: false, spaceAfter: true };
      x = w.x1 + 3;
      return w;
    });
  };
  const blocksOf = (words: Word[]) => pageBlocks(wordsToLines(words, 1, 600), [], style);

  it('joins wrapped lines, a hyphen at a line end without a space, and breaks at a wide gap', () => {
    const words = [
      ...line('Apologies were received from Mr Paul Barrington-', 50, 100),
      ...line('King and from the Chair of the panel today.', 50, 112),
      ...line('A new paragraph after a wide gap.', 50, 140),
    ];
    expect(blocksOf(words).map((b) => b.text)).toEqual([
      'Apologies were received from Mr Paul Barrington-King and from the Chair of the panel today.',
      'A new paragraph after a wide gap.',
    ]);
  });

  it('keeps a bold lead-in that fills its line with the sentence it runs into', () => {
    const words = [
      ...line('RESOLVED that the revised budget be approved in full,', 50, 100, true),
      ...line('subject to the conditions set out.', 50, 112),
      ...line('Short bold title', 50, 140, true),
      ...line('Text under the title.', 50, 152),
    ];
    expect(blocksOf(words).map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'RESOLVED that the revised budget be approved in full, subject to the conditions set out.'],
      ['heading', 'Short bold title'],
      ['paragraph', 'Text under the title.'],
    ]);
  });

  it('continues a list item on lines under its text and makes short bold lines headings', () => {
    const words = [
      ...line('Minutes of the last meeting', 50, 80, true),
      ...line('1. The panel noted the report on the budget and', 50, 100),
      ...line('asked for more detail on reserves next time.', 65, 112),
      ...line('2. Second item', 50, 126),
    ];
    const blocks = blocksOf(words);
    expect(blocks.map((b) => [b.kind, b.marker ?? null, b.text])).toEqual([
      ['heading', null, 'Minutes of the last meeting'],
      ['list_item', '1.', '1. The panel noted the report on the budget and asked for more detail on reserves next time.'],
      ['list_item', '2.', '2. Second item'],
    ]);
    expect(blocks[0].bold).toBe(true);
  });

  it('splits a paragraph number printed in one run with its text ("88.91% of ...") when the next line hangs under the text', () => {
    const words = [
      ...line('88.91% of all incidents were attended and most of them within the', 50, 100),
      ...line('target time set for the year.', 65, 112),
      ...line('89.The second paragraph runs on for a while as well and', 50, 124),
      ...line('ends here.', 65, 136),
      ...line('90.One line at the same place.', 50, 150),
      ...line('2.5 million calls were taken over the whole year and of them most', 50, 180),
      ...line('were answered in time.', 50, 192),
    ];
    expect(blocksOf(words).map((b) => [b.kind, b.marker ?? null, b.text])).toEqual([
      ['list_item', '88.', '88. 91% of all incidents were attended and most of them within the target time set for the year.'],
      ['list_item', '89.', '89. The second paragraph runs on for a while as well and ends here.'],
      ['list_item', '90.', '90. One line at the same place.'],
      ['paragraph', null, '2.5 million calls were taken over the whole year and of them most were answered in time.'],
    ]);
  });
});

describe('running headers and footers', () => {
  const at = (text: string, page: number, y0: number): PdfLine => ({
    text, spans: [{ text, bold: false, italic: false }], box: { x0: 72, y0, x1: 300, y1: y0 + 10 }, fontSize: 10,
    bold: false, italic: false, page, flow: 0, columnX0: 72, columnX1: 520, firstWordWidth: 20, textX0: 90,
  });
  const pages = Array.from({ length: 12 }, (_, i) => {
    const n = i + 1;
    const lines = [at(`Body text of page ${n}`, n, 300), at(`Page ${n} of 12`, n, 810)];
    if (n >= 4 && n <= 6) lines.unshift(at('Budget Report 2023/24', n, 30)); // one report's header
    if (n === 1) lines.unshift(at('Minutes of the meeting', n, 40));
    if (n === 2) lines.push(at('12', n, 780), at('Signed by the chair', n, 795)); // a number above a body line
    return { number: n, height: 842, lines };
  });
  const kinds = findFurniture(pages);
  const kindOf = (page: number, text: string) => kinds.get(pages[page - 1].lines.find((l) => l.text === text)!) ?? 'body';

  it('finds page-number footers and a header repeated over a run of pages', () => {
    expect(kindOf(3, 'Page 3 of 12')).toBe('footer');
    expect(kindOf(5, 'Budget Report 2023/24')).toBe('header');
  });
  it('leaves body lines, one-off top lines and a number that is not outermost alone', () => {
    expect(kindOf(1, 'Minutes of the meeting')).toBe('body');
    expect(kindOf(7, 'Body text of page 7')).toBe('body');
    expect(kindOf(2, '12')).toBe('body');
  });
});

describe('list markers', () => {
  const line = (text: string) => ({ text, textX0: 0, box: { x0: 0, y0: 0, x1: 0, y1: 0 }, firstWordWidth: 5, fontSize: 10 });
  it.each([
    ['• Vetting', '•'],
    ['1. Apologies', '1.'],
    ['(a) At the meeting', '(a)'],
    ['iv) Fourth', 'iv)'],
    ['\uf0b7 Word bullet', '•'],
    ['- dash item', '-'],
  ])('%s -> %s', (text, marker) => expect(listMarker(line(text))).toBe(marker));
  it.each(['2023 was a year', 'Mr. Smith said', '1.5 The Commissioner', '-42 degrees'])('no marker in %s', (text) =>
    expect(listMarker(line(text))).toBeNull(),
  );
});

describe('pdf.js repair messages -> document warnings', () => {
  it('classifies, attributes to the page, and says each thing once', () => {
    const w = new PdfWarnings();
    w.add('Indexing all PDF objects', null);
    w.add('Indexing all PDF objects', 3);
    w.add('getTextContent - ignoring errors during "GetTextContent: page 2" task: "ParserEOFException"', 2);
    w.add('getOperatorList - ignoring errors during "GetOperatorList: page 2" task', 2);
    w.add('Image exceeded maximum allowed size and was removed.', 2);
    expect(w.warnings.map((x) => [x.code, x.page])).toEqual([
      ['pdf_repaired', null],
      ['page_damaged', 2],
    ]);
  });
});

describe.skipIf(!hasShared)('broken and hostile PDFs give typed errors', () => {
  const reason = async (file: string, opts: { password?: string; maxPages?: number; ocr?: 'never' } = {}) => {
    try {
      await read(join(BAD, file), opts);
      return 'ok';
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      return `${(err as InputError).reason}: ${(err as InputError).message}`;
    }
  };
  it('encrypted without / with a wrong password', async () => {
    expect(await reason('pdfjs__pr6531_2.pdf')).toBe('encrypted: encrypted: a password is needed');
    expect(await reason('pdfjs__pr6531_2.pdf', { password: 'wrong' })).toMatch(/^bad_password: /);
  });
  it('corrupt structure', async () => {
    expect(await reason('pdfjs__bug1020226.pdf')).toMatch(/^corrupt: corrupt: /);
  });
  it('nesting too deep', async () => {
    expect(await reason('qpdf__issue-146.pdf')).toBe('too_complex: too complex: objects nested too deeply');
  });
  it('page limit', async () => {
    expect(await reason('synth__5000_pages.pdf')).toMatch(/^too_many_pages: .*over the 2,000-page limit/);
  });
  it('a page tree that claims 2^31-1 pages but holds one is read as one page', async () => {
    const doc = await read(join(BAD, 'synth__count_claims_2147483647_pages.pdf'));
    expect(doc.pageCount).toBe(1);
  });
  it('a file with a broken cross-reference table is read, with a warning', async () => {
    const doc = await read(join(BAD, 'qpdf__bad2.pdf'));
    expect(doc.warnings.map((w) => w.code)).toContain('pdf_repaired');
  });
  it('no text layer', async () => {
    expect(existsSync(join(BAD, 'synth__image_only_no_text.pdf'))).toBe(true);
    expect(await reason('synth__image_only_no_text.pdf', { ocr: 'never' })).toBe('no_text: no text layer (scanned? --ocr auto reads it)');
    // OCR reads the pattern as a few letters, with a mean confidence too low for text
    expect(await reason('synth__image_only_no_text.pdf')).toBe('no_text: no text layer, and OCR found none');
  });
});
