// OCR end to end, on small scans of the sample pack (fixtures/ocr, made by scripts/make-ocr-fixtures.sh):
// an image-only PDF gives the agenda items and attendees the born-digital pack gives; a multi-page TIFF
// and a PNG are read as documents; --ocr never refuses them; and OCR never touches the network.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extract } from '../src/api.js';
import type { PackDocument } from '../src/records.js';
import { FIXTURES, ROOT } from './helpers.js';

const BIN = join(ROOT, 'bin/panelpack.js');
const SCAN = join(FIXTURES, 'ocr/sample-p1-p3-scan.pdf');
const TIFF = join(FIXTURES, 'ocr/sample-crops.tif');
const PNG = join(FIXTURES, 'ocr/sample-p3-top.png');
const TURNED = join(FIXTURES, 'ocr/sample-p1-turned.pdf');
const SKEWED = join(FIXTURES, 'ocr/sample-p3-skewed.png');

const tmp = mkdtempSync(join(tmpdir(), 'panelpack-ocr-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function panelpack(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true' }, timeout: 300_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('an image-only PDF (pages 1 and 3 of the sample pack, scanned at 200 dpi)', () => {
  let doc: PackDocument;
  const scanned = async () => (doc ??= await extract(SCAN));

  it('gives the agenda items of page 1, numbered and titled as printed', async () => {
    const items = (await scanned()).agenda_items;
    expect(items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(items[0]).toMatchObject({ title: 'NOTICE OF RECORDING', time: '14:00', page: 1 });
    expect(items[6].title).toMatch(/^POLICE AND CRIME COMMISSIONER.S PRELIMINARY REVENUE BUDGET/);
    expect(items.filter((i) => i.supporting_document).map((i) => i.number)).toEqual(['4', '5', '7', '8', '9', '10']);
  });

  it('gives the attendance of page 3: members present, officers, apologies', async () => {
    const people = (await scanned()).attendees;
    const by = (status: string) => people.filter((p) => p.status === status).map((p) => p.name);
    expect(by('present')).toEqual(expect.arrayContaining(['Alex Aitken', 'Paul Bradley', 'Jasbir Jaspal', 'Richard McVittie', 'Pat Seaman']));
    expect(by('present')).toHaveLength(12);
    expect(by('also_present')).toEqual(expect.arrayContaining(['Simon Foster', 'Sarah Fradgley']));
    expect(by('apologies')).toEqual(expect.arrayContaining(['Lionel Walker']));
    expect(people.every((p) => p.page === 2)).toBe(true);
  });

  it('says which pages were read by OCR and how sure it was; its table is marked and keeps its rulings', async () => {
    const d = await scanned();
    expect(d.source).toMatchObject({ format: 'pdf', pages: 2, ocr_pages: 2 });
    const ocr = d.warnings.filter((w) => w.code === 'ocr');
    expect(ocr.map((w) => w.page)).toEqual([1, 2]);
    for (const w of ocr) {
      expect(w.message).toMatch(/^page read by OCR, mean confidence \d+$/);
      expect(Number(w.message.split(' ').pop())).toBeGreaterThan(80);
    }
    const agenda = d.tables.find((t) => t.title === 'AGENDA');
    expect(agenda).toMatchObject({ ocr: true, n_cols: 4, header: [['Supporting Document', 'Item', 'Topic', 'Approximate time']] });
  });

  it('is refused with --ocr never, with a hint', () => {
    const r = panelpack(['extract', '--ocr', 'never', SCAN]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${SCAN}: no text layer (scanned? --ocr auto reads it)\n`);
  });
});

describe('pages not upright', () => {
  it('reads a page scanned on its side once turned upright: the agenda of page 1', async () => {
    const d = await extract(TURNED);
    expect(d.agenda_items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(d.agenda_items[0]).toMatchObject({ title: 'NOTICE OF RECORDING', page: 1 });
    expect(d.warnings.find((w) => w.code === 'ocr')?.message).toMatch(/mean confidence (8|9)\d$/);
  }, 300_000);

  it('reads a page fed 3 degrees askew: the attendance of page 3', async () => {
    const people = (await extract(SKEWED)).attendees;
    const by = (status: string) => people.filter((p) => p.status === status).map((p) => p.name);
    expect(by('present')).toHaveLength(12);
    expect(by('present')).toEqual(expect.arrayContaining(['Alex Aitken', 'Paul Bradley', 'Jasbir Jaspal', 'Richard McVittie', 'Pat Seaman']));
    expect(by('also_present')).toEqual(expect.arrayContaining(['Simon Foster', 'Sarah Fradgley']));
  }, 300_000);
});

describe('image inputs', () => {
  it('reads a two-page CCITT G4 TIFF as a two-page document', () => {
    const r = panelpack(['extract', TIFF]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as PackDocument;
    expect(d.pack).toBe('sample-crops');
    expect(d.source).toMatchObject({ format: 'image', pages: 2, ocr_pages: 2 });
    expect(d.agenda_items.slice(0, 2).map((i) => [i.number, i.title, i.page])).toEqual([['1', 'NOTICE OF RECORDING', 1], ['2', 'APOLOGIES', 1]]);
    expect(d.warnings.filter((w) => w.code === 'ocr').map((w) => w.page)).toEqual([1, 2]);
  });

  it('refuses an image with --ocr never, in one line', () => {
    const r = panelpack(['extract', '--ocr', 'never', PNG]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${PNG}: unsupported format (PNG image: needs OCR, not --ocr never)\n`);
  });

  it('rejects an unknown --ocr mode as a usage error', () => {
    const r = panelpack(['extract', '--ocr', 'sometimes', PNG]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--ocr sometimes: expected auto, always, never/);
  });
});

describe('OCR offline', () => {
  it('reads a PNG with every way out to the network blocked, and writes no model cache', () => {
    // loaded before anything else, on the main thread and on every worker thread (tesseract's too):
    // fetch, http(s) and sockets throw and are logged
    const log = join(tmp, 'net.log');
    const stub = join(tmp, 'no-network.mjs');
    writeFileSync(
      stub,
      `import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import net from 'node:net'; import http from 'node:http'; import https from 'node:https'; import tls from 'node:tls';
const log = process.env.NET_LOG;
appendFileSync(log, 'loaded ' + (isMainThread ? 'main' : 'worker') + '\\n');
const deny = (what) => () => { appendFileSync(log, 'network ' + what + '\\n'); throw new Error('network used: ' + what); };
globalThis.fetch = deny('fetch');
net.connect = net.createConnection = deny('net'); tls.connect = deny('tls');
http.request = http.get = deny('http'); https.request = https.get = deny('https');
`,
    );
    const script = join(tmp, 'read.mjs');
    writeFileSync(
      script,
      `import { readFileSync } from 'node:fs';
const { readImage } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/readers/ocr/image.js')).href)});
const doc = await readImage(readFileSync(process.argv[2]), 'png', { maxPages: 10 });
console.log(JSON.stringify(doc.pages.flatMap((p) => p.blocks.map((b) => b.text))));
`,
    );
    const cwd = mkdtempSync(join(tmp, 'cwd-'));
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(stub).href, script, PNG], {
      cwd, encoding: 'utf8', env: { ...process.env, NET_LOG: log }, timeout: 300_000,
    });
    expect(r.stderr).toBe('');
    const texts = JSON.parse(r.stdout) as string[];
    expect(texts.join('\n')).toMatch(/PRESENT[\s\S]*Alex Aitken/);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    // the stub was in force where tesseract runs, and nothing tried the network
    expect(lines).toContain('loaded main');
    expect(lines).toContain('loaded worker');
    expect(lines.filter((l) => l.startsWith('network'))).toEqual([]);
    // no traineddata cached to the working directory (cacheMethod 'none')
    expect(readdirSync(cwd)).toEqual([]);
  });
});
