// DOCX reader: Word documents read into the same model as HTML (headings by style, lists, bold runs,
// tables with merged cells); the sample pack as DOCX gives the blocks of its HTML form (its records are
// the golden case wmpcp-2023-01-09-docx); zip bombs, truncated and damaged files fail with one reason.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block, DocModel } from '../src/model.js';
import { allBlocks } from '../src/model.js';
import { readDocument } from '../src/readers/index.js';
import { headingLevels } from '../src/readers/docx.js';
import { extract } from '../src/api.js';
import { InputError } from '../src/errors.js';
import { FIXTURES } from './helpers.js';
import { buildDocx, buildZip, cell, para, paragraphStyle, table } from './zip-builder.js';

const OPTS = { maxPages: 2000 };
const docx = (bytes: Uint8Array, maxUnpacked?: number) => readDocument(bytes, 'docx', { ...OPTS, maxUnpacked });
const kinds = (d: DocModel) => allBlocks(d).map((b) => `${b.kind}${b.level ? b.level : ''}:${b.text.slice(0, 30)}`);

async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return `${(err as InputError).reason}: ${(err as Error).message}`;
  }
  throw new Error('no error');
}

describe('DOCX reader', () => {
  it('reads headings by style (also styles based on a heading style), paragraphs, bold runs and lists', async () => {
    const styles = paragraphStyle('Heading1', 'heading 1') + paragraphStyle('Heading2', 'Heading 2') +
      paragraphStyle('ReportStart', 'Report start', 'Heading1') + paragraphStyle('Outline3', 'Council Sub', undefined, 2) +
      paragraphStyle('BodyText', 'Body Text', undefined, 9);
    const body = para(['Police and Crime Panel'], 'Heading1') + para(['Purpose'], 'Heading2') +
      para(['Minutes of the meeting'], 'ReportStart') + para(['Attendance'], 'Outline3') +
      para([{ b: 'Present:' }, ' Cllr A Smith'], 'BodyText');
    const d = await docx(buildDocx(body, styles));
    expect(d.format).toBe('docx');
    expect(d.pageCount).toBeNull();
    expect(kinds(d)).toEqual(['heading1:Police and Crime Panel', 'heading2:Purpose', 'heading1:Minutes of the meeting',
      'heading3:Attendance', 'paragraph:Present: Cllr A Smith']);
    const present = allBlocks(d).at(-1)!;
    expect(present.spans.map((s) => [s.text.trim(), s.bold])).toEqual([['Present:', true], ['Cllr A Smith', false]]);
    expect(present.page).toBeNull();
  });

  it('keeps merged cells: a column span and a row span', async () => {
    const grid = table([
      [cell('Budget', 2), cell('2023/24')],
      [cell('Policing', 1, 'restart'), cell('Pay'), cell('656.8')],
      [cell('', 1, 'continue'), cell('Non-pay'), cell('120.1')],
    ]);
    const d = await docx(buildDocx(grid));
    const t = allBlocks(d).find((b: Block) => b.kind === 'table')!.table!;
    expect(t.nCols).toBe(3);
    expect(t.grid[0][0]).toMatchObject({ text: 'Budget', colSpan: 2, rowSpan: 1 });
    expect(t.grid[0][1]).toBeNull();
    expect(t.grid[1][0]).toMatchObject({ text: 'Policing', rowSpan: 2 });
    expect(t.grid[2][0]).toBeNull();
    expect(t.grid[2].slice(1).map((c) => c?.text)).toEqual(['Non-pay', '120.1']);
  });

  it('headingLevels follows basedOn chains and outline levels, not body text (level 9)', () => {
    const levels = headingLevels(paragraphStyle('T', 'Title') + paragraphStyle('H3', 'heading 3') +
      paragraphStyle('X', 'Heading 3.report-start', 'H3', 9) + paragraphStyle('B', 'Body', undefined, 9) +
      paragraphStyle('Loop1', 'a', 'Loop2') + paragraphStyle('Loop2', 'b', 'Loop1'));
    expect(Object.fromEntries(levels)).toEqual({ T: 1, H3: 3, X: 3 });
  });

  it('the sample pack as DOCX (LibreOffice from pack.html) gives the blocks of the HTML form', async () => {
    const fromDocx = await docx(readFileSync(join(FIXTURES, 'sample/pack.docx')));
    const fromHtml = await readDocument(readFileSync(join(FIXTURES, 'sample/pack.html')), 'html', OPTS);
    const tables = (d: DocModel) => allBlocks(d).filter((b) => b.kind === 'table').map((b) => b.table!.grid.map((r) => r.map((c) => c?.text ?? null)));
    expect(tables(fromDocx)).toEqual(tables(fromHtml));
    const headings = (d: DocModel) => allBlocks(d).filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings(fromDocx)).toEqual(headings(fromHtml));
    expect(fromDocx.title).toBe(fromHtml.title); // the document's properties, as <title>
  });

  it('refuses a zip bomb at the unpacked limit, before mammoth reads it', async () => {
    const bomb = buildDocx(para(['x']), '', [{ name: 'word/footnotes.xml', data: Buffer.alloc(5_000_000, 0x20) }]);
    expect(bomb.length).toBeLessThan(20_000);
    expect(await reason(docx(bomb, 1_000_000))).toBe("too_big: too big: unpacks to over the 1 MB limit of a Word document's text");
    // pictures are not unpacked, so they do not count
    const picture = buildDocx(para(['x']), '', [{ name: 'word/media/image1.png', data: Buffer.alloc(5_000_000) }]);
    expect(allBlocks(await docx(picture, 1_000_000)).map((b) => b.text)).toEqual(['x']);
    // the library's limit
    await expect(extract(bomb, { sizeLimits: { docxUnpacked: 1_000_000 } })).rejects.toMatchObject({ reason: 'too_big' });
  });

  it('a truncated or damaged DOCX is one reason', async () => {
    const sample = readFileSync(join(FIXTURES, 'sample/pack.docx'));
    expect(await reason(docx(sample.subarray(0, Math.floor(sample.length * 0.6))))).toBe(
      'corrupt: corrupt Word document: truncated or damaged (no zip directory)');
    const damaged = Buffer.from(buildDocx(para(['Minutes of the meeting '.repeat(200)])));
    const at = damaged.indexOf('word/document.xml') + 'word/document.xml'.length + 5;
    damaged.fill(0xff, at, at + 40);
    expect(await reason(docx(damaged))).toMatch(/^corrupt: corrupt Word document: /);
    const noDocument = buildZip([{ name: 'word/other.xml', data: '<x/>' }]);
    expect(await reason(docx(noDocument))).toMatch(/^corrupt: corrupt Word document: .+/);
  });
});
