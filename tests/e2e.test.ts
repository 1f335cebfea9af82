// The built CLI as a user runs it: a subprocess, its exit code, stdout (data only) and stderr (messages).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSV_COLUMNS, CSV_NAMES } from '../src/emit/csv.js';
import { packSchema, sectionSchema } from '../src/schema.js';
import { FIXTURES, ROOT } from './helpers.js';
import { parseCsv } from './csv-reader.js';

const BIN = join(ROOT, 'bin/panelpack.js');
const TEXT_PACK = join(FIXTURES, 'sample/pack.txt');
const HTML_PACK = join(FIXTURES, 'sample/pack.html');
const SMALL_TEXT = 'AGENDA\n\n1. Apologies for absence\n\n2. Minutes of the last meeting\n';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function panelpack(args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: 'true' },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

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
