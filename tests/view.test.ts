// `panelpack view` in a real browser: the sample's report (PDF and HTML) opened from a file URL. Pages are
// drawn, every record of the pack is listed, choosing a table shows its page and outlines it, checks that
// fail are marked, and the page asks no host for anything. Screenshots go to test-artifacts/ (and the
// README's picture to docs/view-sample.png).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { FIXTURES, ROOT } from './helpers.js';
import type { PackDocument, RecordName } from '../src/records.js';

const BIN = join(ROOT, 'bin/panelpack.js');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const LISTED: RecordName[] = ['agenda_items', 'attendees', 'members', 'minute_items', 'resolutions', 'motions', 'votes', 'actions',
  'decisions', 'work_programme', 'future_meetings', 'tables', 'performance', 'checks', 'warnings'];

function cli(...args: string[]): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(r.stderr).not.toMatch(/error/i);
  expect(r.status).toBe(0);
  return r.stdout;
}

let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'panelpack-view-'));
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Open a report, recording every request that is not to the file itself or its own blobs. */
async function open(file: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!/^(file|blob|data):/.test(r.url())) requests.push(r.url());
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('body[data-ready]');
  expect(await page.getAttribute('body', 'data-ready')).toBe('1');
  return { page, requests };
}

const inView = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight && r.width > 0;
  });

describe('view: the sample PDF', () => {
  const source = join(FIXTURES, 'sample/pack.pdf');
  const report = join(dir, 'pack.html');
  let pack: PackDocument;
  beforeAll(() => {
    cli('view', source, '-o', report, '--quiet');
    pack = JSON.parse(cli('extract', source));
  });

  it('is one file no bigger than the source plus 4 MB', () => {
    expect(statSync(report).size).toBeLessThan(statSync(source).size + 4e6);
    expect(readFileSync(report, 'utf8')).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
  });

  it('draws its pages, lists every record and asks no host for anything', async () => {
    const { page, requests } = await open(report);
    await page.waitForSelector('.page[data-page="1"].drawn');
    // a drawn page has ink: well over 1% of its pixels are not white
    const inked = await page.$eval('.page[data-page="1"] canvas', (c) => {
      const canvas = c as HTMLCanvasElement;
      const px = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let dark = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i] + px[i + 1] + px[i + 2] < 600) dark++;
      return dark / (px.length / 4);
    });
    expect(inked).toBeGreaterThan(0.01);
    const embedded = await page.$eval('#pp-data', (el) => JSON.parse(el.textContent!).pack);
    expect(embedded).toEqual(pack);
    for (const type of LISTED) {
      expect(await page.$$eval(`button[data-key^="${type}:"]`, (b) => b.length), type).toBe(pack[type].length);
    }
    expect(await page.$$eval('.page', (p) => p.length)).toBe(pack.source.pages);
    await page.screenshot({ path: join(ARTIFACTS, 'view-pdf.png') });
    // the README's picture, remade on request (UPDATE_DOCS=1 npm test) so a test run leaves the checkout clean
    if (process.env.UPDATE_DOCS) await page.screenshot({ path: join(ROOT, 'docs/view-sample.png') });
    expect(requests).toEqual([]);
    await page.close();
  });

  it('choosing a table scrolls to its page, outlines it and shows its grid and checks', async () => {
    const { page, requests } = await open(report);
    const mismatch = pack.checks.findIndex((c) => c.status === 'mismatch');
    expect(mismatch).toBeGreaterThanOrEqual(0);
    const table = pack.tables.find((t) => t.table_id === pack.checks[mismatch].table_id)!;
    await page.click(`button[data-key="tables:${pack.tables.indexOf(table)}"]`);
    const outline = `.page[data-page="${table.page_start}"] .tbl.on[data-table="${table.table_id}"]`;
    await page.waitForSelector(outline);
    await page.waitForSelector(`.page[data-page="${table.page_start}"].drawn`);
    expect(await inView(page, outline)).toBe(true);
    expect(await page.$$eval('#detail .grid tr', (r) => r.length)).toBe(table.header.length + table.rows.length);
    expect(await page.$$eval('#detail .checks .mismatch', (r) => r.length)).toBe(
      pack.checks.filter((c) => c.table_id === table.table_id && c.status === 'mismatch').length,
    );
    expect(await page.$$eval('#detail .grid td.bad', (r) => r.length)).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'view-pdf-check-mismatch.png') });
    expect(requests).toEqual([]);
    await page.close();
  });

  it('choosing a record marks where it was printed', async () => {
    const { page } = await open(report);
    const i = pack.attendees.length - 1;
    await page.click(`button[data-key="attendees:${i}"]`);
    await page.waitForSelector(`.page[data-page="${pack.attendees[i].page}"] .hit`);
    expect(await inView(page, '.hit')).toBe(true);
    await page.close();
  });
});

describe('view: the sample as HTML (no pages to draw: its blocks)', () => {
  it('shows the blocks, lists the records and marks a chosen one', async () => {
    const source = join(FIXTURES, 'sample/pack.html');
    const report = join(dir, 'pack-html.html');
    cli('view', source, '-o', report, '--quiet');
    const pack: PackDocument = JSON.parse(cli('extract', source));
    const { page, requests } = await open(report);
    expect(await page.$$eval('.blk', (b) => b.length)).toBeGreaterThan(50);
    expect(await page.$$eval('button[data-key^="attendees:"]', (b) => b.length)).toBe(pack.attendees.length);
    await page.click('button[data-key="attendees:0"]');
    await page.waitForSelector('.blk.on');
    expect(await inView(page, '.blk.on')).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'view-html.png') });
    expect(requests).toEqual([]);
    await page.close();
  });
});

describe('view: a scanned document (pages read by OCR)', () => {
  it('draws the scan, marks its OCR pages with their confidence and anchors records on them', async () => {
    const source = join(FIXTURES, 'ocr/sample-p1-p3-scan.pdf');
    const report = join(dir, 'scan.html');
    cli('view', source, '-o', report, '--quiet');
    const { page, requests } = await open(report);
    const pack = await page.$eval('#pp-data', (el) => JSON.parse(el.textContent!).pack as PackDocument);
    expect(pack.source.ocr_pages).toBeGreaterThan(0);
    const labels = await page.$$eval('.plabel', (l) => l.map((x) => x.textContent));
    expect(labels.filter((l) => /read by OCR, confidence \d+/.test(l ?? '')).length).toBe(pack.source.ocr_pages);
    const i = pack.attendees.length - 1;
    await page.click(`button[data-key="attendees:${i}"]`);
    await page.waitForSelector(`.page[data-page="${pack.attendees[i].page}"] .hit`);
    await page.waitForSelector(`.page[data-page="${pack.attendees[i].page}"].drawn`);
    await page.screenshot({ path: join(ARTIFACTS, 'view-scan.png') });
    expect(requests).toEqual([]);
    await page.close();
  });
});
