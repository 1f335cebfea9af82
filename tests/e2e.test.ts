// The built CLI as a user runs it: a subprocess, its exit code, stdout (data only) and stderr (messages).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSV_COLUMNS, CSV_NAMES } from '../src/emit/csv.js';
import { packSchema, sectionSchema } from '../src/schema.js';
import { FIXTURES, ROOT, SHARED, hasShared } from './helpers.js';
import { parseCsv } from './csv-reader.js';
import { BIN, panelpack } from './cli-run.js';

const TEXT_PACK = join(FIXTURES, 'sample/pack.txt');
const HTML_PACK = join(FIXTURES, 'sample/pack.html');
const SMALL_TEXT = 'AGENDA\n\n1. Apologies for absence\n\n2. Minutes of the last meeting\n';


function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'panelpack-e2e-'));
}

function smallFile(name = 'minutes.txt', text = SMALL_TEXT): string {
  const path = join(tmp(), name);
  writeFileSync(path, text);
  return path;
}

it('the CLI is built (npm ci runs prepare)', () => {
  expect(existsSync(join(ROOT, 'dist/cli/main.js'))).toBe(true);
});

describe('help and usage errors', () => {
  it.each([[['--help']], [['extract', '--help']], [['schema', '--help']]])('%j shows worked examples, exit 0', (args) => {
    const r = panelpack(args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Examples:\n\s+\$ panelpack /);
  });

  it.each([
    [['extract', '--no-such-flag', 'x.txt']],
    [['extract', '--format', 'xml', TEXT_PACK]],
    [['extract', '--format', 'csv', TEXT_PACK]],
    [['extract', '--format', 'csv', '--section', 'people', TEXT_PACK]],
    [['extract']],
    [['schema', '--section', 'people']],
    [['no-such-command']],
  ])('%j exits 2 with a message on stderr and nothing on stdout', (args) => {
    const r = panelpack(args);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).not.toBe('');
  });
});

describe('extract', () => {
  it('prints one JSON document for one input, nothing else on stdout', () => {
    const r = panelpack(['extract', TEXT_PACK]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ schema_version: 1, pack: 'pack', source: { format: 'text' } });
    expect(doc.meeting).toBeTypeOf('object');
  });

  it('gives byte-identical output for the same input', () => {
    const first = panelpack(['extract', HTML_PACK]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout.length).toBeGreaterThan(0);
    expect(panelpack(['extract', HTML_PACK]).stdout).toBe(first.stdout);
  });

  it('reads standard input with -', () => {
    const r = panelpack(['extract', '-'], readFileSync(HTML_PACK));
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).source).toMatchObject({ file: 'stdin', format: 'html' });
  });

  it('reads a shell pipe on stdin (cat pack.txt | panelpack extract -), every time', () => {
    for (let i = 0; i < 3; i++) {
      const r = spawnSync('sh', ['-c', `cat "${TEXT_PACK}" | "${process.execPath}" "${BIN}" extract -`], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', CI: 'true' },
      });
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).source.file).toBe('stdin');
    }
  });

  it('reads small text from stdin', () => {
    const r = panelpack(['extract', '-', '--pack-id', 'inline'], SMALL_TEXT);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ pack: 'inline', source: { format: 'text' } });
  });

  it('prints NDJSON for several inputs, one pack per line', () => {
    const r = panelpack(['extract', TEXT_PACK, smallFile()]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).pack)).toEqual(['pack', 'minutes']);
  });

  it('exits 1 on a bad input, naming it on stderr, and still prints the good ones', () => {
    const bad = smallFile('broken.pdf', 'this is not a PDF');
    const r = panelpack(['extract', bad, smallFile()]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/broken\.pdf: not a PDF/);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).pack)).toEqual(['minutes']);
  });

  it('exits 1 on an empty file with one line on stderr and no stdout', () => {
    const r = panelpack(['extract', smallFile('empty.txt', '')]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/empty\.txt: /);
  });

  it('prints one CSV with --format csv --section attendees', () => {
    const r = panelpack(['extract', TEXT_PACK, '--format', 'csv', '--section', 'attendees']);
    expect(r.code, r.stderr).toBe(0);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header).toEqual(['pack', ...CSV_COLUMNS.attendees]);
    for (const row of rows) expect(row[0]).toBe('pack');
  });

  it('writes <pack>.json, every CSV and datapackage.json with -o, nothing on stdout', () => {
    const out = join(tmp(), 'out');
    const r = panelpack(['extract', TEXT_PACK, smallFile(), '-o', out, '--excel']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const files = readdirSync(out).sort();
    expect(files).toEqual(['datapackage.json', 'minutes.json', 'pack.json', ...CSV_NAMES.map((n) => `${n}.csv`)].sort());
    expect(JSON.parse(readFileSync(join(out, 'pack.json'), 'utf8')).pack).toBe('pack');
    const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    expect(pkg.resources.map((res: { path: string }) => res.path)).toEqual(CSV_NAMES.map((n) => `${n}.csv`));
    const agenda = readFileSync(join(out, 'agenda_items.csv'), 'utf8');
    expect(agenda.startsWith('\uFEFFpack,number,')).toBe(true);
    const packs = new Set(parseCsv(agenda.slice(1)).slice(1).map((row) => row[0]));
    expect([...packs].every((p) => p === 'pack' || p === 'minutes')).toBe(true);
  });
});

describe('schema', () => {
  it('prints the JSON Schema of the pack document', () => {
    const r = panelpack(['schema']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(packSchema());
  });

  it('prints one record schema with --section', () => {
    const r = panelpack(['schema', '--section', 'attendees']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(sectionSchema('attendees'));
  });
});

describe('inputs that cannot be read are failed inputs, not usage errors', () => {
  const missing = join(tmpdir(), 'panelpack-no-such-dir', 'nope.pdf');

  it('extract: a missing file is one stderr line, exit 1, and the other inputs are still extracted', () => {
    const r = panelpack(['extract', missing, smallFile()]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`${missing}: no such file or directory`, '1 ok, 1 failed']);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).pack)).toEqual(['minutes']);
  });

  it('extract: a folder holding no inputs is one clear line, exit 1', () => {
    const empty = tmp();
    writeFileSync(join(empty, 'notes.xlsx'), 'x');
    const r = panelpack(['extract', empty, smallFile()]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${empty}: no PDF, Word, HTML or text files in this folder\n`);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).pack)).toEqual(['minutes']);
  });

  it.each([['tables'], ['inspect'], ['check']])('%s: a missing file is one stderr line naming it, exit 1', (command) => {
    const r = panelpack([command, missing]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${missing}: no such file or directory\n`);
  });

  it('check: a missing file does not stop the others', () => {
    const r = panelpack(['check', missing, smallFile()]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe(`${missing}: no such file or directory\n`);
    expect(r.stdout).toMatch(/^minutes: 0 totals checked/m);
  });

  // as root every file is readable: then run as 'nobody' where runuser exists, nobody can read the
  // checkout (not so under a private temporary folder) and run this Node (not so for one under root's home)
  const asRoot = process.getuid?.() === 0;
  const asNobody = (...test: string[]) => spawnSync('runuser', ['-u', 'nobody', '--', 'test', ...test]).status === 0;
  const canDropRoot = asRoot && asNobody('-r', BIN) && asNobody('-x', process.execPath);
  it.skipIf(process.platform === 'win32' || (asRoot && !canDropRoot))('extract: an unreadable file is one line, "permission denied"', () => {
    const dir = tmp();
    chmodSync(dir, 0o755);
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, SMALL_TEXT);
    chmodSync(secret, 0o000);
    const ok = join(dir, 'minutes.txt');
    writeFileSync(ok, SMALL_TEXT);
    chmodSync(ok, 0o644);
    const argv = [process.execPath, BIN, 'extract', secret, ok];
    const r = spawnSync(canDropRoot ? 'runuser' : argv[0], canDropRoot ? ['-u', 'nobody', '--', ...argv] : argv.slice(1), {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', CI: 'true' },
    });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`${secret}: permission denied`, '1 ok, 1 failed']);
    expect(JSON.parse(r.stdout).pack).toBe('minutes');
  });

  it('no input argument at all stays a usage error', () => {
    for (const command of ['extract', 'tables', 'inspect', 'check']) expect(panelpack([command]).code).toBe(2);
  });
});

describe('pack ids within a batch', () => {
  it('-o gives two files of the same name in different folders their own <pack>.json and pack tag', () => {
    const a = smallFile('pack.txt', 'AGENDA\n\n1. Apologies for absence\n');
    const b = smallFile('pack.txt', 'AGENDA\n\n1. Minutes of the last meeting\n2. Public questions\n');
    const out = join(tmp(), 'out');
    const r = panelpack(['extract', a, b, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const first = JSON.parse(readFileSync(join(out, 'pack.json'), 'utf8'));
    const second = JSON.parse(readFileSync(join(out, 'pack-2.json'), 'utf8'));
    expect([first.pack, first.source.file]).toEqual(['pack', a]);
    expect([second.pack, second.source.file]).toEqual(['pack-2', b]);
    expect(r.stderr).toMatch(/^wrote .*out: pack\.json, pack-2\.json, \d+ CSV files, datapackage\.json$/m);
  });

  it('names packs alike whether the batch runs whole or in shards', () => {
    const a = smallFile('pack.txt');
    const b = smallFile('pack.txt');
    const packs = (...flags: string[]) =>
      panelpack(['extract', a, b, '--format', 'ndjson', ...flags]).stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).pack);
    expect(packs()).toEqual(['pack', 'pack-2']);
    expect([...packs('--shard', '1/2'), ...packs('--shard', '2/2')].sort()).toEqual(['pack', 'pack-2']);
  });

  it('--pack-id with several inputs is a usage error', () => {
    const r = panelpack(['extract', smallFile(), smallFile(), '--pack-id', 'x']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--pack-id names one pack/);
  });
});

describe('tables, inspect and check run under the limits of extract', () => {
  const PDF_PACK = join(FIXTURES, 'sample/pack.pdf');

  it.each([['tables'], ['inspect']])('%s: a document over --timeout is killed: one line, exit 1', (command) => {
    const r = panelpack([command, PDF_PACK, '--timeout', '0.1']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${PDF_PACK}: timeout: over the 0.1 s limit\n`);
  });

  it.each([['tables'], ['inspect'], ['check']])('%s: --max-pages and --max-bytes refuse a document', (command) => {
    expect(panelpack([command, PDF_PACK, '--max-pages', '5']).stderr).toMatch(/: too many pages: .*over the 5-page limit/);
    expect(panelpack([command, TEXT_PACK, '--max-bytes', '1KB']).stderr).toMatch(/: too big: /);
  });
});

describe.skipIf(!hasShared)('a partly read document', () => {
  const damaged = join(SHARED, 'badinputs', 'pdfjs__Pages-tree-refs.pdf');

  it('is kept (exit 0) with one stderr line saying which page is missing; --quiet keeps it silent', () => {
    const r = panelpack(['extract', damaged]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).warnings.map((w: { code: string }) => w.code)).toContain('page_failed');
    expect(r.stderr.startsWith(`${damaged}: partly read: page 2 could not be read: `)).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(panelpack(['extract', damaged, '--quiet']).stderr).toBe('');
  });
});
