// Inputs as a new user gives them, through the built CLI and the library: Word documents; files of other
// kinds, also disguised by their name or on standard input, refused in one line; and the rough edges of the
// first ten minutes (--section, --format json over several inputs, --excel, stale files in -o DIR, ...).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../src/api.js';
import { InputError } from '../src/errors.js';
import { safeCell } from '../src/emit/csv.js';
import { progressWanted } from '../src/cli/progress.js';
import { FIXTURES, ROOT } from './helpers.js';
import { panelpack } from './cli-run.js';
import { buildDocx, buildZip, para } from './zip-builder.js';

const DOCX = join(FIXTURES, 'sample/pack.docx');
const TEXT_PACK = join(FIXTURES, 'sample/pack.txt');
const SMALL = 'AGENDA\n\n1. Apologies for absence\n\n2. Minutes of the last meeting\n';
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000, 0x41)]);
const ELF = Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01\x00', 'latin1'), Buffer.alloc(2000, 0)]);

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'panelpack-inputs-'));
}

function file(dir: string, name: string, data: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

describe('Word documents', () => {
  it('reads the sample pack as DOCX, with the records of its HTML form', () => {
    const r = panelpack(['extract', DOCX]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.pack).toBe('pack');
    expect(doc.source).toMatchObject({ format: 'docx', pages: null });
    expect(doc.meeting.date).toBe('2023-01-09');
    expect(doc.attendees).toHaveLength(24);
    expect(doc.tables.length).toBeGreaterThan(10);
  });

  it('takes .docx files in a folder walk; a file without records (a readme) keeps its pack, with warning no_records', () => {
    const dir = tmp();
    copyFileSync(DOCX, join(dir, 'minutes.docx'));
    file(dir, 'readme.md', 'Packs downloaded from the council website.\n');
    const r = panelpack(['extract', dir, '--format', 'ndjson']);
    expect(r.code, r.stderr).toBe(0);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.pack)).toEqual(['minutes', 'readme']);
    expect(docs[0].warnings.map((w: { code: string }) => w.code)).not.toContain('no_records');
    expect(docs[1].warnings).toEqual([{ code: 'no_records', message: 'no records found in this document', page: null }]);
  });

  it('holds DOCX to --max-bytes, and a zip bomb to the unpacked limit', () => {
    const r = panelpack(['extract', DOCX, '--max-bytes', '50KB']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/pack\.docx: too big: 0\.1 MB, over the 0\.1 MB limit$|pack\.docx: too big: .* over the .* limit$/);
    const dir = tmp();
    const bomb = file(dir, 'bomb.docx', buildDocx(para(['x']), '', [{ name: 'word/footnotes.xml', data: Buffer.alloc(110_000_000, 0x20) }]));
    const b = panelpack(['extract', bomb]);
    expect(b.code).toBe(1);
    expect(b.stderr.trim()).toBe(`${bomb}: too big: unpacks to over the 100 MB limit of a Word document's text`);
  });
});

describe('disguised and unsupported inputs: one line each, exit 1, the others still read', () => {
  it.each([
    ['scan.pdf', PNG, 'corrupt: PNG image truncated'],
    ['minutes.docx', buildZip([{ name: 'minutes.pdf', data: '%PDF-1.4' }]), 'unsupported format (zip archive)'],
    ['agenda.html', ELF, 'unsupported format (ELF executable)'],
    ['budget.xlsx.pdf', buildZip([{ name: 'xl/workbook.xml', data: '<x/>' }]), 'unsupported format (Excel workbook (xlsx))'],
    ['truncated.docx', readFileSync(DOCX).subarray(0, 60_000), 'corrupt Word document: truncated or damaged (no zip directory)'],
  ])('%s', (name, bytes, reason) => {
    const dir = tmp();
    const bad = file(dir, name, bytes);
    const good = file(dir, 'good.txt', SMALL);
    const r = panelpack(['extract', bad, good, '--format', 'ndjson']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${bad}: ${reason}\n1 ok, 1 failed\n`);
    expect(JSON.parse(r.stdout).pack).toBe('good');
  });

  it('a damaged image on standard input', () => {
    const r = panelpack(['extract', '-'], PNG);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('stdin: corrupt: PNG image truncated\n');
  });

  it('the library throws a typed InputError, in words without CLI flags', async () => {
    await expect(extract(PNG)).rejects.toMatchObject({ name: 'InputError', reason: 'corrupt', message: 'corrupt: PNG image truncated' });
    await expect(extract(ELF)).rejects.toBeInstanceOf(InputError);
    const encrypted = join(FIXTURES, '..', '..', 'shared', 'badinputs', 'pdfjs__pr6531_2.pdf');
    const err = await extract(readFileSync(encrypted)).catch((e: unknown) => e as InputError);
    expect(err).toMatchObject({ reason: 'encrypted', message: 'encrypted: a password is needed' });
  });
});

describe('the CLI rough edges', () => {
  it('--section: a typo says what was meant; without --format it prints the CSV; with another output it is a usage error', () => {
    const typo = panelpack(['extract', TEXT_PACK, '--section', 'attendee']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^panelpack: --section attendee: unknown record type; did you mean attendees\? \(one of /);
    const implied = panelpack(['extract', TEXT_PACK, '--section', 'attendees']);
    expect(implied.code, implied.stderr).toBe(0);
    expect(implied.stdout.split('\n')[0]).toMatch(/^pack,meeting_date,body,status,name,/);
    const json = panelpack(['extract', TEXT_PACK, '--section', 'attendees', '--format', 'json']);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('use --only attendees');
    expect(panelpack(['extract', TEXT_PACK, '--section', 'attendees', '-o', tmp()]).code).toBe(2);
  });

  it('--format json with several inputs prints one JSON array, in input order', () => {
    const dir = tmp();
    const a = file(dir, 'a.txt', SMALL);
    const b = file(dir, 'b.txt', SMALL);
    const r = panelpack(['extract', a, b, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).map((d: { pack: string }) => d.pack)).toEqual(['a', 'b']);
    // each shard of the run is an array too, also of one pack
    const shard = panelpack(['extract', a, b, '--format', 'json', '--shard', '1/2']);
    expect(JSON.parse(shard.stdout).map((d: { pack: string }) => d.pack)).toEqual(['a']);
    // one input: one pack document, as before
    expect(JSON.parse(panelpack(['extract', a, '--format', 'json']).stdout).pack).toBe('a');
  });

  it('tables and check take --excel (a byte order mark)', () => {
    const tables = panelpack(['tables', TEXT_PACK, '--format', 'csv', '--excel']);
    expect(tables.code, tables.stderr).toBe(0);
    expect(tables.stdout.startsWith('\uFEFFpack,table_id,')).toBe(true);
    const check = panelpack(['check', TEXT_PACK, '--format', 'csv', '--excel']);
    expect([0, 3]).toContain(check.code);
    expect(check.stdout.startsWith('\uFEFFpack,table_id,')).toBe(true);
    const dir = tmp();
    expect(panelpack(['tables', TEXT_PACK, '-o', dir, '--excel']).code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'tables.json'), 'utf8'));
    expect(readFileSync(join(dir, `pack-${json.tables[0].table_id}.csv`), 'utf8').startsWith('\uFEFF')).toBe(true);
  });

  it('-o DIR: datapackage.json says utf-8-sig for --excel files; pack files of an earlier run are reported', () => {
    const dir = tmp();
    const inputs = tmp();
    const a = file(inputs, 'a.txt', SMALL);
    const b = file(inputs, 'b.txt', SMALL);
    expect(panelpack(['extract', a, b, '-o', dir]).code).toBe(0);
    const r = panelpack(['extract', a, '-o', dir, '--excel']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${dir}: 1 pack file of an earlier run is not part of this output (not in its CSVs): b.json\n`);
    const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
    expect(new Set(pkg.resources.map((res: { encoding: string }) => res.encoding))).toEqual(new Set(['utf-8-sig']));
    expect(readFileSync(join(dir, 'attendees.csv'), 'utf8').startsWith('\uFEFF')).toBe(true);
    // other JSON files in the folder are not pack files
    writeFileSync(join(dir, 'notes.json'), '{"mine": true}');
    expect(panelpack(['extract', a, b, '-o', dir]).stderr).not.toContain('earlier run');
  });

  it('spreadsheet-safe CSV leaves numbers with thousands separators alone', () => {
    expect(safeCell('-1,655')).toBe('-1,655');
    expect(safeCell('-1,655.25')).toBe('-1,655.25');
    expect(safeCell('+12,345,678')).toBe('+12,345,678');
    expect(safeCell('-1,65')).toBe("'-1,65");
    expect(safeCell('-1,655+2')).toBe("'-1,655+2");
    expect(safeCell('=SUM(A1)')).toBe("'=SUM(A1)");
  });

  it("the README's npm link puts panelpack on the PATH without npm's allowScripts warning", () => {
    const setUp = /^```sh\n([\s\S]*?)^```$/m.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))![1];
    const link = setUp.split('\n').find((l) => l.startsWith('npm link'))!.replace(/\s+#.*$/, '');
    const prefix = tmp();
    const r = spawnSync('sh', ['-c', link], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NPM_CONFIG_PREFIX: prefix }, timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/allowScripts|install-scripts/);
    const linked = spawnSync(join(prefix, 'bin', 'panelpack'), ['--version'], { encoding: 'utf8' });
    expect(linked.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('TERM=dumb gets no progress bar (it cannot erase a line)', () => {
    expect(progressWanted({}, { TERM: 'xterm-256color' }, true)).toBe(true);
    expect(progressWanted({}, { TERM: 'dumb' }, true)).toBe(false);
  });
});
