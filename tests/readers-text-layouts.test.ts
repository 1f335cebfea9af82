// Text and Markdown as councils and scrapers publish them: each layout on a short made-up excerpt, then
// on the real corpus document that has it (skipped when ../shared is absent).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block } from '../src/model.js';
import { allBlocks } from '../src/model.js';
import { readText } from '../src/readers/text.js';
import { readHtml } from '../src/readers/html.js';
import { continues, rejoinWrapped, splitRunOn, wrapWidth } from '../src/readers/wrapped.js';
import { SHARED, hasShared } from './helpers.js';

const OPTS = { maxPages: 2000 };
const read = (s: string) => allBlocks(readText(s, OPTS));
const texts = (s: string) => read(s).map((b) => `${b.kind}:${b.text}`);
const para = (s: string) => `paragraph:${s}`;

// a made-up report wrapped at 64 characters, every line its own paragraph (text converted from PDF)
const WRAPPED = [
  'MINUTES OF THE MEETING OF THE RIVERSIDE TOWN COUNCIL HELD AT',
  'THE',
  'GUILDHALL,',
  'HIGH STREET,',
  'ON',
  'TUESDAY,',
  '4TH',
  'MARCH, 2031, AT 7.00 P.M.',
  'MEMBERS PRESENT:',
  'Councillors Abbott, Barker, Carver, Dunn, Ellis, Foster, Grant,',
  'Hughes and Irwin.',
  'The Chair welcomed everyone and noted that the lighting survey in',
  'the market square had been completed on time and within budget.',
  'Members thanked the Clerk for the report.',
  '1.',
  'Apologies for Absence',
  'Apologies were received from Councillor Jones who was away on',
  'council business and from Councillor Kerr who was unwell today.',
  'Proposed by Councillor',
  'Abbott, seconded by Councillor Barker, it was resolved that the',
  'apologies be accepted as given by the Clerk at the meeting (Mr. A.',
  'Lowe).',
  '2.',
  'Lighting',
  'The Clerk reported on the lamps replaced in the market square and',
  'on the quotations received for the remaining columns in the park.',
].join('\n\n');

describe('text converted from PDF: paragraph breaks inside sentences', () => {
  const got = texts(WRAPPED);

  it('joins a title broken one word per paragraph, and stops at a label', () => {
    expect(got[0]).toBe(para('MINUTES OF THE MEETING OF THE RIVERSIDE TOWN COUNCIL HELD AT THE GUILDHALL, HIGH STREET, ON TUESDAY, 4TH MARCH, 2031, AT 7.00 P.M.'));
    expect(got[1]).toBe(para('MEMBERS PRESENT:'));
    expect(got[2]).toBe(para('Councillors Abbott, Barker, Carver, Dunn, Ellis, Foster, Grant, Hughes and Irwin.'));
  });

  it('joins wrapped prose up to the end of its sentence, across titles and initials', () => {
    expect(got[3]).toMatch(/^paragraph:The Chair .* within budget\.$/);
    expect(got[4]).toBe(para('Members thanked the Clerk for the report.'));
    expect(got).toContain(para('Proposed by Councillor Abbott, seconded by Councillor Barker, it was resolved that the apologies be accepted as given by the Clerk at the meeting (Mr. A. Lowe).'));
  });

  it('puts a lone item number before its title, as a heading', () => {
    const headings = read(WRAPPED).filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual(['1. Apologies for Absence', '2. Lighting']);
  });

  it('reads a table flattened cell by cell as numbered lines, not headings', () => {
    const table = ['1', '7 Mill Lane', 'DS101', '2', 'Old Forge', 'DS102', '3', 'Corner of Bridge Street', 'DS103'].join('\n\n');
    const blocks = read(`${WRAPPED}\n\n${table}`);
    expect(blocks.filter((b) => b.kind === 'heading')).toHaveLength(2);
    expect(blocks.map((b) => b.text)).toContain('2 Old Forge');
  });

  it('keeps the paragraph breaks of text that is not hard-wrapped', () => {
    const soft = ['Councillor Abbott proposed that the Clerk write to the county council about the lamps in the market square and', 'the park.'].join('\n\n');
    expect(texts(soft)).toEqual([para('Councillor Abbott proposed that the Clerk write to the county council about the lamps in the market square and'), para('the park.')]);
  });

  it('drops a page number printed next to a page-break rule and joins the sentence the break cut', () => {
    const lines = WRAPPED.split('\n\n');
    const k = lines.indexOf('on the quotations received for the remaining columns in the park.');
    const broken = [...lines.slice(0, k), '---', '**2**', ...lines.slice(k)].join('\n\n');
    const got2 = texts(broken);
    expect(got2.some((t) => /:\**2\**$/.test(t))).toBe(false);
    expect(got2[got2.length - 1]).toMatch(/^paragraph:The Clerk reported .* in the park\.$/);
  });
});

describe('continues / wrapWidth / splitRunOn', () => {
  it('tells a sentence going on from one that ended', () => {
    expect(continues('the report of the', 'Clerk was noted', 70)).toBe(true);
    expect(continues('Councillor Byrne, Deputy Mayor', 'MEMBERS PRESENT:', 70)).toBe(false);
    expect(continues('Apologies for Absence', 'Apologies were received from all.', 70)).toBe(false);
    expect(continues('on 3rd', 'June, 2031 at the Hall', 70)).toBe(true);
    expect(continues('**Present:**', 'Councillor A', 70)).toBe(false);
    expect(continues('raised by', 'Members :', 70)).toBe(true);
  });

  it('finds the wrap width of hard-wrapped text only', () => {
    expect(wrapWidth(WRAPPED.split('\n\n').concat(WRAPPED.split('\n\n')))).toBeGreaterThan(55);
    expect(wrapWidth(['short', 'x'.repeat(400), 'y'.repeat(30), 'z'.repeat(900), ...Array(10).fill('a line of text')])).toBeNull();
  });

  it('cuts a whole document printed as one paragraph at its items and labels', () => {
    const run = `MINUTES OF THE MEETING HELD ON 3RD MAY Present: Cllr A Abbott, Cllr B Barker. 1. Apologies from Cllr C Carver. 2. No declarations were made. 3. The minutes were agreed ${'and signed. '.repeat(80)}4. Planning • 31 Mill Lane: no objection.`;
    const parts = splitRunOn(run);
    expect(parts[0]).toBe('MINUTES OF THE MEETING HELD ON 3RD MAY');
    expect(parts[1]).toBe('Present: Cllr A Abbott, Cllr B Barker.');
    expect(parts.slice(2, 4)).toEqual(['1. Apologies from Cllr C Carver.', '2. No declarations were made.']);
    expect(parts).toContain('• 31 Mill Lane: no objection.');
    expect(splitRunOn('a short line 1. Not cut')).toEqual(['a short line 1. Not cut']);
  });

  it('cuts a line holding several numbered items before each next number printed the same way', () => {
    expect(splitRunOn('40/31 Apologies None were received. 41/31 Declarations None were made, 4/31 noted. 42/31 Planning No applications.'))
      .toEqual(['40/31 Apologies None were received.', '41/31 Declarations None were made, 4/31 noted.', '42/31 Planning No applications.']);
    expect(splitRunOn('3. Lighting The lamps were replaced. 5. Signs Noted.')).toEqual(['3. Lighting The lamps were replaced. 5. Signs Noted.']);
  });

  it('does not run a full last line into a heading in capitals or past a closing bracket', () => {
    const full = 'and Mr J Brown (Interim Corporate Director of Finance and Property)';
    expect(continues(full, 'UNRESTRICTED ITEMS', 70)).toBe(false);
    expect(continues(full, 'The Chair opened the meeting.', 70)).toBe(false);
    expect(continues('The Chair thanked the officers for the reports on the lamps and the', 'Signs were noted.', 70)).toBe(true);
  });

  it('never loses, adds or reorders words (property)', () => {
    const word = fc.constantFrom('the', 'Council', 'and', 'AGREED', 'of', '1.', 'report,', 'Mr.', 'A.', 'MARCH', '4TH', 'held', 'Lane.', ':');
    const line = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
    fc.assert(fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
      const src = lines.flatMap((l) => [l, '']);
      const words = (ls: string[]) => ls.join(' ').replace(/#####/g, ' ').split(/\s+/).filter(Boolean);
      expect(words(rejoinWrapped(src))).toEqual(words(src));
    }), { numRuns: 200 });
  });
});

describe('Markdown as scrapers and site generators write it', () => {
  it('drops YAML front matter, its title the first heading', () => {
    const got = texts('---\ntitle: "Parish Council Minutes - May"\ndate: "2031-06-02"\ncategories:\n  - "parish"\n---\n\nMinutes of the meeting held on 3 May 2031');
    expect(got).toEqual(['heading:Parish Council Minutes - May', para('Minutes of the meeting held on 3 May 2031')]);
  });

  it('reads quotes and callouts as their text, rules as separators', () => {
    const got = texts('> [!abstract]- Present:\n> A. Abbott, B. Barker\n\n---\n\n> Motion made by A. Abbott\n\n> Seconded by B. Barker\n\n***\n\nThat the report BE RECEIVED.');
    expect(got).toEqual([para('Present: A. Abbott, B. Barker'), para('Motion made by A. Abbott'), para('Seconded by B. Barker'), para('That the report BE RECEIVED.')]);
  });

  it('keeps entities and strips closing hashes of headings', () => {
    expect(texts('# 1.&nbsp;&nbsp;&nbsp;Disclosures of Interest ##')).toEqual(['heading:1. Disclosures of Interest']);
  });

  it('reads pipe tables, the row above |-| a header row', () => {
    const [t] = read('|Yeas:|Nays:|\n|-|-|\n|A. Abbott|C. Carver|\n|B. Barker||');
    expect(t.kind).toBe('table');
    expect(t.table!.headerRows).toBe(1);
    expect(t.table!.grid.map((r) => r.map((c) => c?.text ?? ''))).toEqual([['Yeas:', 'Nays:'], ['A. Abbott', 'C. Carver'], ['B. Barker', '']]);
  });

  it('passes raw HTML blocks whole', () => {
    const blocks = read('Intro line\n\n<table><tr><td>1.</td><td>Apologies</td></tr>\n<tr><td>2.</td><td>Minutes</td></tr></table>\n\n<p><strong>Present:</strong></p>\n<p>A Abbott</p>');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'heading', 'paragraph']);
    expect(blocks[1].table!.grid).toHaveLength(2);
  });

  it('keeps bold labels as bold spans and reads bullet glyphs as list items', () => {
    const [p, li] = read('**Present:** Cllr A Abbott, Cllr B Barker\n\n• The lamps in the park were replaced.');
    expect(p.kind).toBe('paragraph');
    expect(p.spans[0]).toMatchObject({ text: 'Present:', bold: true });
    expect(li.kind).toBe('list_item');
  });

  it('reads rows aligned by runs of spaces as a table', () => {
    const blocks = read('**Attendance:**\n\nCllr Ann Abbott\u00a0\u00a0\u00a0\u00a0\u00a0 AA\u00a0\u00a0\u00a0\u00a0 Chair\n\nCllr Ben Barker\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 BB\n\nCarol Carver      CC      Clerk');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'table']);
    expect(blocks[1].table!.grid.map((r) => r[0]?.text)).toEqual(['Cllr Ann Abbott', 'Cllr Ben Barker', 'Carol Carver']);
  });
});

describe('two columns flattened row by row', () => {
  const names = (bs: Block[]) => bs.map((b) => b.text);
  const SRC = '<p><b>Present:</b></p><p><b>Officials:</b></p><p>Ann Abbott</p><p>Olive Owen</p><p>Ben Barker</p><p>Oscar Oakes</p><p>Cat Carver</p><p><b>Guests:</b></p><p>Gail Green</p><p>The meeting opened.</p>';
  const WANT = ['Present:', 'Ann Abbott', 'Ben Barker', 'Cat Carver', 'Officials:', 'Olive Owen', 'Oscar Oakes', 'Guests:', 'Gail Green', 'The meeting opened.'];

  it('puts each label back over its column (text and HTML readers)', () => {
    expect(names(read(SRC))).toEqual(WANT);
    expect(names(allBlocks(readHtml(`<body>${SRC}</body>`, OPTS)))).toEqual(WANT);
  });

  it('leaves one label with its entries alone', () => {
    expect(names(read('<p><b>Present:</b></p><p>Ann Abbott</p><p>Ben Barker</p>'))).toEqual(['Present:', 'Ann Abbott', 'Ben Barker']);
  });
});

describe('pages from "Page N" lines', () => {
  it('a "Page 1" footer ends its page', () => {
    const doc = readText('First page text.\n\nPage 1 of 2\n\nSecond page text.\n\nPage 2 of 2\n', OPTS);
    expect(doc.pages.map((p) => [p.number, p.blocks.map((b) => b.text)])).toEqual([[1, ['First page text.']], [2, ['Second page text.']]]);
    expect(doc.pageCount).toBe(2);
  });

  it('a "Page 2" header starts its page', () => {
    const doc = readText('Cover text.\n\nPage 2\n\nMinutes text.\n\nPage 3\n\nMore text.', OPTS);
    expect(doc.pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(doc.pages[1].blocks[0].text).toBe('Minutes text.');
  });

  it('numbers out of order are not page marks', () => {
    expect(readText('A.\n\nPage 4\n\nB.\n\nPage 2\n\nC.', OPTS).pages).toHaveLength(1);
  });
});

describe.skipIf(!hasShared)('corpus Markdown layouts', () => {
  const corpus = (rel: string) => allBlocks(readText(readFileSync(join(SHARED, 'corpus', rel), 'utf8'), OPTS));
  const headingTexts = (bs: Block[]) => bs.filter((b) => b.kind === 'heading').map((b) => b.text);

  it('hard-wrapped minutes from PDF, title one word per paragraph (limerick-metro-district)', () => {
    const bs = corpus('limerick-metro-district/limerick-metro-district-2014-12-15-minutes.md');
    expect(bs[1].text).toMatch(/^MINUTES OF PROCEEDINGS .* MERCHANT’S QUAY, LIMERICK, ON MONDAY, 15TH DECEMBER, 2014, AT 9\.45 A\.M\.$/);
    expect(bs[2].text).toBe('PRESENT IN THE CHAIR:');
    expect(bs.find((b) => b.text.startsWith('Councillors Butler'))!.text).toMatch(/Lynch, McCreesh, .* and Sheahan\.$/);
    expect(headingTexts(bs).slice(0, 4)).toEqual(['1. Adoption of Minutes', '2. Community, Leisure and Emergency Services', '3. Disposal of Land', '4. Travel and Transportation']);
    expect(headingTexts(bs).filter((t) => /^\d/.test(t))).toHaveLength(10);
  });

  it('page numbers after page-break rules dropped, the officials list one paragraph (limerick-ccc)', () => {
    const bs = corpus('limerick-ccc/limerick-ccc-2015-01-12-minutes-budget.md');
    const k = bs.findIndex((b) => b.text.startsWith('Today I present the first Budget'));
    expect(bs[k - 1].text).not.toBe('2');
    expect(bs.find((b) => b.text.startsWith('Chief Executive (Mr. C. Murray)'))!.text).toMatch(/\(Messrs\. L\. Conneally and G\. Sheeran\)/);
  });

  it('front matter, callouts, entities and vote tables (london-ontario)', () => {
    const bs = corpus('london-ontario/london-ontario-2025-06-24-minutes-council.md');
    expect(bs[0]).toMatchObject({ kind: 'heading', text: '11th Council Meeting' });
    expect(bs.find((b) => b.text.startsWith('Present:'))!.text).toMatch(/^Present: J\. Morgan, H\. McAlister/);
    expect(headingTexts(bs)).toContain('1. Disclosures of Pecuniary Interest');
    expect(bs.some((b) => /&nbsp;|\[!abstract\]|^>/.test(b.text))).toBe(false);
  });

  it('a two-column table flattened into paragraphs (transparency-board)', () => {
    const bs = corpus('transparency-board/transparency-board-2011-05-19-minutes.html.md').map((b) => b.text);
    const at = bs.indexOf('Officials:');
    expect(bs.slice(bs.indexOf('Present:') + 1, at)).toContain('Andrew Stott');
    expect(bs.slice(at + 1, bs.indexOf('Guests:'))).toContain('Katie Davis (Cabinet Office)');
  });

  it('attendance aligned by spaces (wereham-pc)', () => {
    const bs = corpus('wereham-pc/wereham-pc-2016-04-12-minutes-extraordinary.md');
    const k = bs.findIndex((b) => b.text === 'Attendance:');
    expect(bs[k + 1].kind).toBe('table');
    expect(bs[k + 1].table!.grid[0].map((c) => c?.text)).toEqual(['Cllr Jo Bruce', 'JB', 'Chairperson']);
  });

  it('minutes printed as one paragraph (wretton-pc)', () => {
    const bs = corpus('wretton-pc/wretton-pc-2020-08-24-minutes.md').map((b) => b.text);
    expect(bs.some((t) => t.startsWith('Present: Cllr David Llewellyn'))).toBe(true);
    expect(bs.filter((t) => /^[1-7]\. /.test(t)).length).toBeGreaterThanOrEqual(7);
  });

  it('front matter with a posting date left out of the text (stoke-ferry-pc)', () => {
    const bs = corpus('stoke-ferry-pc/stoke-ferry-pc-2012-12-19-minutes.md').map((b) => b.text);
    expect(bs.some((t) => t.includes('2012-12-23'))).toBe(false);
    expect(bs).toContain('Apologies: Cllr Mrs Buckley-Stevens');
  });

  it('raw HTML tables inside Markdown (boughton-pc)', () => {
    const bs = corpus('boughton-pc/boughton-pc-2013-05-03-minutes-agm.md');
    expect(bs.filter((b) => b.kind === 'table').length).toBeGreaterThan(5);
    expect(bs.some((b) => /<\/?t[dr]\b/.test(b.text))).toBe(false);
  });

  it('the meeting date only in the front-matter title (local-public-data-panel)', () => {
    const bs = corpus('local-public-data-panel/local-public-data-panel-2010-10-21-minutes.html.md');
    expect(bs[0].kind).toBe('heading');
    expect(bs[0].text).toMatch(/21 October 2010/);
  });
});
