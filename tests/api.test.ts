import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract, extractTables, check, parsePageList, InputError, UsageError } from '../src/index.js';
import { tablesOnPages } from '../src/api.js';
import type { PackDocument, TableRecord, CheckRecord, Attendee, DocModel } from '../src/index.js';
import { FIXTURES, ROOT } from './helpers.js';

const TEXT_PACK = join(FIXTURES, 'sample/pack.txt');
const HTML_PACK = join(FIXTURES, 'sample/pack.html');
const SMALL_TEXT = 'AGENDA\n\n1. Apologies for absence\n\n2. Minutes of the last meeting\n';

/** The document less what depends on how the input was named. */
function content(doc: PackDocument): Omit<PackDocument, 'pack' | 'source'> & { sha256: string } {
  const { pack: _pack, source, ...rest } = doc;
  return { ...rest, sha256: source.sha256 };
}

describe('extract', () => {
  it('gives the same records for a path, its bytes and its text with a format', async () => {
    const fromPath = await extract(TEXT_PACK);
    const fromBytes = await extract(readFileSync(TEXT_PACK));
    const fromText = await extract(readFileSync(TEXT_PACK, 'utf8'), { format: 'text' });
    expect(fromPath.schema_version).toBe(1);
    expect(fromPath.pack).toBe('pack');
    expect(fromPath.source).toMatchObject({ file: TEXT_PACK, format: 'text' });
    expect(content(fromBytes)).toEqual(content(fromPath));
    expect(content(fromText)).toEqual(content(fromPath));
    expect(fromBytes.source.file).toBe('input');
  });

  it('reads HTML given as a string with format html', async () => {
    const doc = await extract(readFileSync(HTML_PACK, 'utf8'), { format: 'html', fileName: 'agenda.html' });
    expect(doc.source).toMatchObject({ file: 'agenda.html', format: 'html' });
    expect(doc.pack).toBe('agenda');
  });

  it('sniffs the format of bytes and takes a pack id', async () => {
    const doc = await extract(new TextEncoder().encode(SMALL_TEXT), { packId: 'p1' });
    expect(doc.source.format).toBe('text');
    expect(doc.pack).toBe('p1');
    const attendees: Attendee[] = doc.attendees;
    expect(Array.isArray(attendees)).toBe(true);
  });

  it('refuses a missing file, an empty input and PDF text given as a string, with typed errors', async () => {
    await expect(extract(join(FIXTURES, 'no-such-pack.pdf'))).rejects.toThrow(InputError);
    await expect(extract(join(FIXTURES, 'no-such-pack.pdf'))).rejects.toThrow(/no such file/);
    await expect(extract(new Uint8Array(0))).rejects.toMatchObject({ reason: 'empty' });
    await expect(extract('%PDF-1.7', { format: 'pdf' })).rejects.toThrow(UsageError);
  });

  it('rejects a file named .pdf that is not a PDF, like the CLI', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'panelpack-api-')), 'minutes.pdf');
    writeFileSync(path, SMALL_TEXT);
    await expect(extract(path)).rejects.toMatchObject({ reason: 'not_pdf' });
  });

  it('refuses input over the size limit', async () => {
    const limits = { pdf: 10, html: 10, text: 10 };
    await expect(extract(SMALL_TEXT, { format: 'text', sizeLimits: limits })).rejects.toMatchObject({ reason: 'too_big' });
  });
});

describe('extractTables and check', () => {
  it('return the tables and checks of the full extraction', async () => {
    const full = await extract(TEXT_PACK);
    const { tables }: { tables: TableRecord[] } = await extractTables(TEXT_PACK);
    const checks: CheckRecord[] = await check(TEXT_PACK);
    expect(tables).toEqual(full.tables);
    expect(checks).toEqual(full.checks);
  });
});

describe('tablesOnPages', () => {
  const table = (table_id: string, page_start: number | null, page_end: number | null): TableRecord => ({
    table_id, title: null, kind: 'other', unit: null, section: null, page_start, page_end, n_rows: 0, n_cols: 0, ocr: false,
    header: [], rows: [], cells: [],
  });
  const tables = [table('a', 3, 3), table('b', 4, 6), table('c', 9, null), table('d', null, null)];

  it.each<[number[], string[]]>([
    [[3], ['a']],
    [[5], ['b']],
    [[3, 4, 5, 9], ['a', 'b', 'c']],
    [[7, 8], []],
  ])('pages %j -> tables %j', (pages, ids) => {
    expect(tablesOnPages(tables, pages).map((t) => t.table_id)).toEqual(ids);
  });
});

describe('parsePageList', () => {
  it.each<[string, number[]]>([
    ['3', [3]],
    ['3-5,9', [3, 4, 5, 9]],
    [' 1 - 2 , 7 ', [1, 2, 7]],
  ])('%j -> %j', (spec, pages) => {
    expect(parsePageList(spec)).toEqual(pages);
  });

  it.each(['', '0', '5-3', 'a', '1,,2', '3-'])('rejects %j', (spec) => {
    expect(() => parsePageList(spec)).toThrow(UsageError);
  });
});

describe('package entry', () => {
  it('is importable by name from the built package, with the model types exported', () => {
    const script = "import('panelpack').then((m) => console.log([typeof m.extract, typeof m.extractTables, typeof m.check, typeof m.packSchema].join()))";
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(out.trim()).toBe('function,function,function,function');
    const model: Pick<DocModel, 'format'> = { format: 'pdf' };
    expect(model.format).toBe('pdf');
  });
});
