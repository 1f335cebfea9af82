// `panelpack inspect`: the outline text (reports, tables, blocks per page), --pages parsing, and the
// report segmentation it shows (segment.ts), on hand-built models and on the Chromium sample pack.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import type { DocModel } from '../src/model.js';
import { outline, parsePages } from '../src/cli/inspect.js';
import { segmentReports } from '../src/segment.js';
import { readPdf } from '../src/readers/pdf/index.js';
import { UsageError } from '../src/errors.js';
import { docOf } from './blocks.js';
import { FIXTURES } from './helpers.js';

const plain = new Chalk({ level: 0 });

/** docOf() with heading levels: "# " headings are level 2 at body size, "#1 " makes a larger level-1 heading */
function docWithLevels(specs: string[]): DocModel {
  const doc = docOf(specs.map((s) => s.replace(/^(@\d+ )?#1 /, '$1# ')));
  const blocks = doc.pages.flatMap((p) => p.blocks);
  specs.forEach((s, i) => {
    if (/^(@\d+ )?#1 /.test(s)) Object.assign(blocks[i], { level: 1, fontSize: 16 });
  });
  return doc;
}

describe('segmentReports', () => {
  it('starts a report at a top-level heading, a "Report to" title or a heading led into front matter', () => {
    const doc = docWithLevels([
      '@1 # Agenda',
      '@1 Welcome text',
      '@2 # Police Visibility',
      '@2 Date: 9 January 2023',
      '@2 Body',
      '@3 # Purpose',
      '@3 Text of the purpose',
      '@4 # Report to the Panel',
      '@4 # Key Decisions',
      '@4 Body',
      '@6 #1 Annual Report',
      '@7 Body',
    ]);
    const reports = segmentReports(doc);
    expect(reports.map((r) => [r.title, r.pageStart, r.pageEnd])).toEqual([
      ['', 1, 1],
      ['Police Visibility', 2, 3],
      ['Report to the Panel – Key Decisions', 4, 4],
      ['Annual Report', 6, 7],
    ]);
  });

  it('takes bold body-size headings for items of one document, and a title repeated per page for one report', () => {
    const doc = docWithLevels(['@1 # Minutes of the Cabinet', '@1 Present: ...', '@1 # 84. Apologies', '@1 Text', '@2 # 85. Declarations', '@2 None']);
    doc.pages.flatMap((p) => p.blocks).forEach((b) => (b.level = 1));
    expect(segmentReports(doc).map((r) => [r.title, r.pageStart, r.pageEnd])).toEqual([['', 1, 2]]);
    const appendix = docWithLevels(['@1 #1 Appendix A - Capital', '@1 Row', '@2 #1 Appendix A - Capital', '@2 Row']);
    expect(segmentReports(appendix).map((r) => [r.title, r.pageStart, r.pageEnd])).toEqual([['Appendix A - Capital', 1, 2]]);
  });

  it('opens a report at an "Agenda Item" stamp, titled by the heading after it', () => {
    const doc = docWithLevels(['@1 # Agenda', '@1 Items', '@3 Agenda Item 5', '@3 # Budget Monitoring', '@3 Body', '@6 Agenda Item 6', '@6 # Work Programme', '@7 Body']);
    expect(segmentReports(doc).map((r) => [r.title, r.pageStart, r.pageEnd])).toEqual([
      ['', 1, 1],
      ['Budget Monitoring', 3, 3],
      ['Work Programme', 6, 7],
    ]);
  });

  it('does not take a section heading for a report when front matter only follows later', () => {
    const doc = docWithLevels(['@1 #1 Pack', '@5 # Completed Actions', '@5 Table text', '@5 # Next Report', '@5 Date: 1 May']);
    expect(segmentReports(doc).map((r) => r.title)).toEqual(['Pack', 'Next Report']);
  });
});

describe('parsePages', () => {
  it('reads ranges and single pages', () => {
    expect([...parsePages('3-5,9')]).toEqual([3, 4, 5, 9]);
  });
  it.each(['a', '5-3', '1,,2'])('rejects %s', (spec) => expect(() => parsePages(spec)).toThrow(UsageError));
});

describe('outline', () => {
  const doc = docWithLevels(['@1 #1 Annual Report', '@1 Date: 1 May', '@2 - first point', '@2 Closing text']);

  it('lists reports, then each page with block kinds', () => {
    const text = outline('x.txt', doc, { pages: null, blocks: true }, plain);
    expect(text).toContain('x.txt (text, 2 pages)');
    expect(text).toMatch(/Reports\n {2}p1-2 +Annual Report\n/);
    expect(text).toMatch(/Page 1 {2}\(starts: Annual Report\)\n {2}h1 +Annual Report\n {2}para +Date: 1 May\n/);
    expect(text).toMatch(/Page 2\n {2}item d0 +first point\n {2}para +Closing text\n/);
  });

  it('shows only the requested pages, and no blocks with --no-blocks', () => {
    expect(outline('x', doc, { pages: new Set([2]), blocks: true }, plain)).not.toContain('Page 1');
    expect(outline('x', doc, { pages: null, blocks: false }, plain)).not.toContain('Page ');
  });

  it('sets headings in bold when colour is on, never when off', () => {
    const bold = new Chalk({ level: 1 });
    expect(outline('x', doc, { pages: null, blocks: true }, bold)).toContain(bold.bold('Annual Report'));
    expect(outline('x', doc, { pages: null, blocks: true }, plain)).not.toContain('\u001b[');
  });
});

describe('outline of the Chromium sample pack', () => {
  it('shows the reports with their page ranges and the capital programme table', async () => {
    const doc = await readPdf(readFileSync(join(FIXTURES, 'sample', 'pack.pdf')), { maxPages: 2000 });
    const text = outline('pack.pdf', doc, { pages: null, blocks: false }, plain);
    expect(text).toMatch(/ p3-5 +MINUTES OF THE MEETING OF THE WEST MIDLANDS POLICE AND CRIME PANEL/);
    expect(text).toMatch(/ p12-13 +Tackling Serious Violence\n/);
    expect(text).toMatch(/ p53-55 +Police and Crime Commissioner Annual Report 2020-2022/);
    expect(text).toMatch(/ p10 +17x7 ruled +Capital Programme, £m/);
  }, 60_000);
});
