// The table style zoo (scripts/zoo, bench/tables-zoo): the expected grids of its cases are what the
// generated HTML and DOCX hold, and one committed case runs end to end through the finder and the scorer.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { ARCHETYPES, expectedGrid, rng, zooRunning, zooTables } from '../scripts/zoo/archetypes.mjs';
import { coveredBy, styleHtml } from '../scripts/zoo/html.mjs';
import { STYLES } from '../scripts/zoo/styles.mjs';
import { zooNegatives } from '../scripts/zoo/negatives.mjs';
import { loadZooCases } from '../scripts/zoo/bench.mjs';
import { openPdf } from '../src/readers/pdf/open.js';
import { rawPage } from '../src/readers/pdf/raw.js';
import { readDocument } from '../src/readers/index.js';
import { findTables, gridText } from '../src/tables/index.js';
import { ROOT, SHARED } from './helpers.js';

type Grid = string[][];
interface ZooTable { id: string; intro: string; header: Grid; body: Grid; spans: { row: number; col: number; rowspan: number; colspan: number }[]; widths: number[] }
interface ZooCase { id: string; style: string; archetype: string; pdf_file: string; page: number; pages?: number[]; expected: Grid; negative?: boolean }

const ZOO = path.join(ROOT, 'bench', 'tables-zoo');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A printed HTML table back as a grid: a spanning cell's text at its top-left position, '' where it covers. */
function htmlGrid($: cheerio.CheerioAPI, table: cheerio.Cheerio<any>): Grid {
  const grid: Grid = [];
  table.find('tr').each((r, tr) => {
    grid[r] ??= [];
    let c = 0;
    $(tr).children('th,td').each((_, cell) => {
      while (grid[r][c] !== undefined) c++;
      const rs = Number($(cell).attr('rowspan') ?? 1), cs = Number($(cell).attr('colspan') ?? 1);
      for (let i = 0; i < rs; i++) for (let j = 0; j < cs; j++) (grid[r + i] ??= [])[c + j] = i || j ? '' : squash($(cell).text());
      c += cs;
    });
  });
  return grid;
}

describe('table zoo generator', () => {
  it('makes rectangular grids with no empty row or column, the same for the same seed', () => {
    for (const seed of [1, 2, 3, 17]) {
      const tables = zooTables(seed) as ZooTable[];
      expect(tables.map((t) => t.id)).toEqual(Object.keys(ARCHETYPES));
      expect(zooTables(seed)).toEqual(tables);
      for (const t of tables) {
        const grid = expectedGrid(t);
        expect(grid.every((row: string[]) => row.length === t.widths.length), t.id).toBe(true);
        expect(grid.every((row: string[]) => row.some(Boolean)), t.id).toBe(true);
        expect(t.widths.every((_, c) => grid.some((row: string[]) => row[c])), t.id).toBe(true);
        // positions a spanning cell covers hold no text of their own
        for (const key of coveredBy(t.spans)) {
          const [r, c] = key.split(',').map(Number);
          expect(grid[r][c]).toBe('');
        }
      }
    }
    expect(rng(5).next()).not.toBe(rng(6).next());
  });

  it('gives the archetypes their shapes: 12 months, wrapping cells, two header rows, 14 columns', () => {
    const t = Object.fromEntries((zooTables(4) as ZooTable[]).map((x) => [x.id, x]));
    expect(t.performance.body).toHaveLength(12);
    expect(t.performance.body.flat().some((s) => /^\d+ mins \d+ secs$/.test(s))).toBe(true);
    expect(t.budget.body.flat().some((s) => /^\(\d+\.\d\)$/.test(s))).toBe(true);
    expect(t.actions.body.every((row) => row[2].length > 120)).toBe(true);
    expect(t.grouped.header).toHaveLength(2);
    expect(t.grouped.spans.length).toBeGreaterThan(0);
    expect(t.empties.body.flat().filter((s) => s === '')).toHaveLength(2);
    expect(t.wide.header[0]).toHaveLength(14);
    expect(t.longlist.body).toHaveLength(60);
    // group labels alone on their row; a heading-less corner; a date printed once for its group
    expect(t.capital.body.filter((row) => row.slice(1).every((s) => s === '')).map((row) => row[0])).toEqual(['Expenditure', 'Funded by:']);
    expect(t.complaints.header[0][0]).toBe('');
    expect(t.workprog.body.filter((row) => row[0] === '').length).toBeGreaterThan(2);
    expect(t.agendapages.body.some((row) => /^\d+ - \d+$/.test(row[2]))).toBe(true);
    // the prose around a table is never part of it
    for (const x of Object.values(t)) expect(expectedGrid(x).flat()).not.toContain(x.intro);
  });

  it('prints in HTML exactly the cells of the expected grids', () => {
    for (const style of STYLES.filter((s) => s.engine === 'css')) {
      const tables = zooTables(style.seed) as ZooTable[];
      const $ = cheerio.load(styleHtml(style, tables, zooRunning(style.seed)));
      const printed = $('table').toArray().map((el) => htmlGrid($, $(el)));
      expect(printed, style.id).toEqual(tables.map((t) => expectedGrid(t).map((row: string[]) => row.map(squash))));
      // header rows in <thead>: Chromium repeats them on every page the table runs over
      expect($('table').toArray().map((el) => $(el).find('thead tr').length)).toEqual(tables.map((t) => t.header.length));
    }
  });

  const python = '/usr/bin/python3';
  const hasDocx = existsSync(python) && (() => {
    try {
      execFileSync(python, ['-c', 'import docx'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  it.skipIf(!hasDocx)('writes in the DOCX exactly the cells of the expected grids', () => {
    const style = STYLES.find((s) => s.id === 'word-light-shading')!;
    const tables = zooTables(style.seed) as ZooTable[];
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'zoo-test-'));
    try {
      writeFileSync(path.join(tmp, 'spec.json'), JSON.stringify({ word: style.word, tables, running: zooRunning(style.seed) }));
      const script = path.join(ROOT, 'scripts', 'zoo', 'word.py');
      execFileSync(python, [script, path.join(tmp, 'spec.json'), path.join(tmp, 'out.docx')]);
      const read: Grid[] = JSON.parse(execFileSync(python, [script, '--read', path.join(tmp, 'out.docx')], { encoding: 'utf8' }));
      expect(read).toEqual(tables.map((t) => expectedGrid(t)));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('table zoo cases', () => {
  const cases: ZooCase[] = readdirSync(path.join(ZOO, 'cases')).sort()
    .map((f) => JSON.parse(readFileSync(path.join(ZOO, 'cases', f), 'utf8')));

  it('hold the generator\'s grids, every style and archetype, each PDF present', () => {
    expect(new Set(cases.map((c) => c.style))).toEqual(new Set(STYLES.map((s) => s.id)));
    for (const c of cases.filter((x) => !x.negative)) {
      const style = STYLES.find((s) => s.id === c.style)!;
      const longRows = c.archetype === 'longlist' ? c.expected.length - 1 : undefined;
      const table = (zooTables(style.seed, longRows) as ZooTable[]).find((t) => t.id === c.archetype)!;
      expect(c.expected, c.id).toEqual(expectedGrid(table));
      expect(existsSync(path.join(ZOO, c.pdf_file)), c.pdf_file).toBe(true);
    }
  });

  it('hold for every style its pages with no table, each a case of its own with nothing expected', () => {
    for (const style of STYLES) {
      const neg = cases.filter((c) => c.style === style.id && c.negative).sort((a, b) => a.page - b.page);
      expect(neg.map((c) => c.archetype), style.id).toEqual(zooNegatives(style.seed).pages.map((p: { id: string }) => `neg-${p.id}`));
      expect(neg.map((c) => c.page)).toEqual(neg.map((_, i) => i + 1));
      expect(neg.every((c) => c.expected.length === 0 && existsSync(path.join(ZOO, c.pdf_file)))).toBe(true);
    }
  });

  it('find no table on a Word page of contact blocks side by side and one of "Date: ... Time: ..." lines', async () => {
    for (const id of ['zoo-word-table-grid-neg-contact', 'zoo-word-table-grid-neg-notice']) {
      const c = cases.find((x) => x.id === id)!;
      const doc = await openPdf(new Uint8Array(readFileSync(path.join(ZOO, c.pdf_file))), { maxPages: 100 });
      try {
        expect(findTables(await rawPage(await doc.getPage(c.page), c.page)), id).toEqual([]);
      } finally {
        await doc.destroy();
      }
    }
  });

  it('fail the bench, saying how to build them, when a PDF or every case is missing', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'zoo-test-'));
    try {
      expect(() => loadZooCases(null, tmp)).toThrow(/no cases.*npm run zoo:build/);
      mkdirSync(path.join(tmp, 'cases'));
      writeFileSync(path.join(tmp, 'cases', 'a.json'), JSON.stringify({ ...cases[0], pdf_file: 'pdfs/gone.pdf' }));
      expect(() => loadZooCases(null, tmp)).toThrow(/missing pdfs\/gone\.pdf.*npm run zoo:build/);
      expect(loadZooCases('css-zebra').map((c) => c.style)).toEqual(Array(cases.filter((c) => c.style === 'css-zebra').length).fill('css-zebra'));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('scores a Word "Table Grid" budget in full, found on its page by the finder', async () => {
    const { scoreCase } = await import(path.join(SHARED, 'tables', 'score.mjs'));
    const c = cases.find((x) => x.id === 'zoo-word-table-grid-budget')!;
    const doc = await openPdf(new Uint8Array(readFileSync(path.join(ZOO, c.pdf_file))), { maxPages: 100 });
    try {
      const tables = findTables(await rawPage(await doc.getPage(c.page), c.page)).map(gridText);
      expect(scoreCase(tables, c.expected).adj_f1).toBeGreaterThan(0.95);
    } finally {
      await doc.destroy();
    }
  });

  it('reads banded budgets row by row: Word Medium List 2 (header above the only rule) and Medium Shading 1', async () => {
    for (const id of ['zoo-word-medium-list-2-budget', 'zoo-word-medium-shading-1-budget']) {
      const c = cases.find((x) => x.id === id)!;
      const doc = await openPdf(new Uint8Array(readFileSync(path.join(ZOO, c.pdf_file))), { maxPages: 100 });
      try {
        const tables = findTables(await rawPage(await doc.getPage(c.page), c.page)).map(gridText);
        expect(tables).toContainEqual(c.expected);
      } finally {
        await doc.destroy();
      }
    }
  });

  it('scores the long list over two pages as the one table the reader joins, its header once', async () => {
    const c = cases.find((x) => x.id === 'zoo-word-table-grid-longlist')!;
    const model = await readDocument(new Uint8Array(readFileSync(path.join(ZOO, c.pdf_file))), 'pdf', { maxPages: 100 });
    const grids = model.pages.flatMap((p) => p.blocks).filter((b) => b.table && b.page === c.page).map((b) => gridText(b.table!));
    expect(grids).toHaveLength(1);
    expect(c.pages).toEqual([c.page, c.page + 1]);
    expect(grids[0].map((row) => row.map(squash))).toEqual(c.expected);
  });
});
