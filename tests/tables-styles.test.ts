// The table finder on the print styles councils use: one evidence rule per test, on hand-placed words
// (no rules, rules under rows only, shading bands, middle-aligned cells).
import { describe, expect, it } from 'vitest';
import type { FilledRect, RawPage, Ruling, Word } from '../src/model.js';
import { findTables, gridText } from '../src/tables/index.js';

const SIZE = 10;
const LEADING = 12;

/** Words of `text` from x on the line whose top is y (5 pt a character, 2.5 pt a space). */
function words(text: string, x: number, y: number): Word[] {
  let cx = x;
  return text.split(' ').map((p) => {
    const w: Word = { text: p, x0: cx, x1: cx + p.length * 5, y0: y, y1: y + SIZE, fontSize: SIZE, fontName: 'Arial',
      bold: false, italic: false, spaceAfter: true };
    cx = w.x1 + 2.5;
    return w;
  });
}

/** A cell's lines (already wrapped) from (x, y), one line every LEADING points. */
const cell = (lines: string[], x: number, y: number) => lines.flatMap((l, i) => words(l, x, y + i * LEADING));

const page = (ws: Word[], rulings: Ruling[] = [], rects: FilledRect[] = []): RawPage => ({ number: 1, width: 595, height: 842, words: ws, rulings, rects });

/** Rows of cells, each cell a list of wrapped lines, at the column x's, `gap` points between rows;
 * `middle` centres short cells against the row's tallest. Returns the words and each row's top and bottom. */
function layout(rows: string[][][], xs: number[], top: number, gap: number, middle = false) {
  const ws: Word[] = [];
  const bands: [number, number][] = [];
  let y = top;
  for (const row of rows) {
    const tall = Math.max(...row.map((c) => c.length));
    row.forEach((c, j) => ws.push(...cell(c, xs[j], y + (middle ? ((tall - c.length) * LEADING) / 2 : 0))));
    bands.push([y - gap / 2, y + (tall - 1) * LEADING + SIZE + gap / 2]);
    y += (tall - 1) * LEADING + SIZE + gap;
  }
  return { ws, bands };
}

const AGENDA: string[][][] = [
  [['Item'], ['Business'], ['Lead'], ['Time']],
  [['1.'], ['Apologies for', 'absence'], ['Chair'], ['10:00']],
  [['2.'], ['Declarations of', 'interest by', 'members in', 'items on the', 'agenda for this', 'meeting'], ['Monitoring', 'Officer'], ['10:05']],
  [['3.'], ['Minutes of the', 'previous meeting'], ['Chair'], ['10:10']],
  [['4.'], ['Public questions'], ['Chair'], ['10:15']],
  [['5.'], ['Performance report', 'for the third', 'quarter, with the', 'response to the', 'working group'], ['Chief', 'Executive'], ['10:30']],
];
const joined = (rows: string[][][]) => rows.map((r) => r.map((c) => c.join(' ')));

describe('tables without rules or fills', () => {
  it('keeps one table across a cell wrapping over many lines with nothing beside it', () => {
    const { ws } = layout(AGENDA, [60, 150, 260, 360], 100, 6);
    const tables = findTables(page(ws));
    expect(tables).toHaveLength(1);
    expect(gridText(tables[0])).toEqual(joined(AGENDA));
  });

  it('finds every column of a text table whose only figures are wrapped cell text', () => {
    const rows: string[][][] = [[['Date'], ['Meeting'], ['Venue'], ['Start']]];
    for (let i = 0; i < 12; i++) {
      rows.push([[`${i + 1} May`], i % 3 ? ['Police and Crime Panel'] : ['Budget', 'Sub-Group'], i % 2 ? ['Committee Room', '2'] : ['Civic Centre'], ['14:00']]);
    }
    const { ws } = layout(rows, [60, 150, 290, 400], 100, 6);
    const tables = findTables(page(ws));
    expect(tables).toHaveLength(1);
    expect(gridText(tables[0])).toEqual(joined(rows));
  });

  it('puts a short cell set against the middle of a tall row into that row (middle-aligned cells)', () => {
    const { ws } = layout(AGENDA, [60, 150, 260, 360], 100, 8, true);
    const tables = findTables(page(ws));
    expect(tables).toHaveLength(1);
    expect(gridText(tables[0])).toEqual(joined(AGENDA));
  });

  it('keeps rows set tight apart when a wider gap parts groups of them', () => {
    const rows: string[][][] = [[['Service'], ['2023'], ['2024']]];
    for (let i = 0; i < 9; i++) rows.push([[`Service ${String.fromCharCode(65 + i)}`], [`${i + 1},250`], [`${i + 2},100`]]);
    const ws: Word[] = [];
    rows.forEach((r, i) => {
      // a blank line after the header and after every third row
      const y = 100 + i * LEADING + (i > 0 ? 10 : 0) + Math.floor((i - 1) / 3) * 10 * (i > 0 ? 1 : 0);
      r.forEach((c, j) => ws.push(...cell(c, [60, 200, 300][j], y)));
    });
    expect(gridText(findTables(page(ws))[0])).toEqual(joined(rows));
  });

  it('starts a row where a column ended fills again, rows set as tight as the lines of a cell', () => {
    // a work programme: each meeting date printed once for its items, no space between rows
    const rows: string[][][] = [
      [['Meeting'], ['Item'], ['Purpose'], ['Lead']],
      [['17 May'], ['Road safety'], ['To receive the update', 'on casualty reduction'], ['Head of', 'Roads']],
      [[], ['Precept'], ['To review the precept', 'and make a report'], ['Treasurer']],
      [['1 March'], ['Rural crime'], ['To hear from the team'], ['Deputy', 'Chief']],
      [[], ['Annual report'], ['To review the report', 'before it is published'], ['Clerk']],
    ];
    const { ws } = layout(rows, [60, 130, 220, 360], 100, 2);
    expect(gridText(findTables(page(ws))[0])).toEqual(joined(rows));
  });

  it('reads a year ending a wrapped date as the rest of that date', () => {
    const rows: string[][][] = [
      [['Ref'], ['Date'], ['Action'], ['Owner']],
      [['A1'], ['24 August', '2025'], ['Arrange a briefing', 'for members on the', 'victims contract'], ['Clerk']],
      [['A2'], ['3 May', '2025'], ['Confirm the timetable', 'of the review'], ['Head of', 'Estates']],
      [['A3'], ['4 June', '2025'], ['Circulate the plan'], ['Treasurer']],
    ];
    const { ws } = layout(rows, [60, 100, 180, 320], 100, 2);
    expect(gridText(findTables(page(ws))[0])).toEqual(joined(rows));
  });

  it('reads the rows of a box ruled only around it and under its header from the lines inside', () => {
    const rows: string[][][] = [
      [['Item'], ['Title'], ['Time']],
      [['1.'], ['Apologies'], ['10:00']],
      [['2.'], ['Declarations of', 'interest'], ['10:05']],
      [['3.'], ['Minutes'], ['10:10']],
      [['4.'], ['Public questions'], ['10:15']],
    ];
    const { ws, bands } = layout(rows, [60, 150, 300], 100, 4);
    const h = (y: number): Ruling => ({ orientation: 'h', x0: 50, x1: 350, y0: y, y1: y + 0.5 });
    const v = (x: number): Ruling => ({ orientation: 'v', x0: x, x1: x + 0.5, y0: bands[0][0], y1: bands[4][1] });
    const tables = findTables(page(ws, [h(bands[0][0]), h(bands[0][1]), h(bands[4][1]), v(50), v(350)]));
    expect(tables).toHaveLength(1);
    expect(gridText(tables[0])).toEqual(joined(rows));
  });
});

describe('ruled tables cut by the page break', () => {
  it('closes the last row at the ends of the side rules when the page break leaves it without a rule under it', () => {
    const rows: string[][][] = [[['Ref'], ['Organisation'], ['Amount']], [['G01'], ['Food bank'], ['£700']], [['G02'], ['Youth club'], ['£1,200']]];
    const { ws, bands } = layout(rows, [60, 150, 300], 700, 4);
    const h = (y: number): Ruling => ({ orientation: 'h', x0: 50, x1: 350, y0: y, y1: y + 0.5 });
    const v = (x: number): Ruling => ({ orientation: 'v', x0: x, x1: x + 0.5, y0: bands[0][0], y1: bands[2][1] });
    // rules over and under the first two rows only; the side rules run on to the bottom of the third
    const tables = findTables(page(ws, [h(bands[0][0]), h(bands[0][1]), h(bands[1][1]), v(50), v(350)]));
    expect(tables.map(gridText)).toEqual([joined(rows)]);
    expect(tables[0].method).toBe('ruled');
  });
});

describe('middle-aligned cells', () => {
  it('cuts text cells that touch from row to row where each part is centred on its row', () => {
    // no space between rows (Word's table with no cell padding): the tall columns run on without a gap
    const rows: string[][][] = [
      [['Ref'], ['Action'], ['Owner'], ['Status']],
      [['A1'], ['Arrange a briefing', 'for members on the', 'victims services', 'contract'], ['Deputy Chief', 'Constable'], ['Open']],
      [['A2'], ['Confirm the', 'timetable of the', 'review'], ['Head of', 'Estates'], ['Closed']],
      [['A3'], ['Circulate the plan', 'to the panel', 'before it meets', 'in the spring', 'and report back'], ['Treasurer'], ['In', 'progress']],
    ];
    const { ws } = layout(rows, [60, 110, 240, 340], 100, 0, true);
    expect(findTables(page(ws)).map(gridText)).toEqual([joined(rows)]);
  });

  it('puts each cell in the row of its middle when a column prints a value once for several rows', () => {
    const rows: string[][][] = [
      [['Meeting'], ['Item'], ['Purpose'], ['Lead']],
      [['4 April', '2026'], ['Victims services'], ['To consider the', 'recommissioning of', 'support services'], ['Head of', 'Commissioning']],
      [[], ['Complaints update'], ['To note the', 'complaints received'], ['Head of', 'Commissioning']],
      [['19 September', '2026'], ['Road safety'], ['To receive the', 'update on casualty', 'reduction'], ['Scrutiny Officer']],
      [[], ['Rural crime'], ['To hear from the', 'rural crime team'], ['Head of Estates']],
    ];
    const { ws } = layout(rows, [60, 140, 240, 360], 100, 8, true);
    expect(findTables(page(ws)).map(gridText)).toEqual([joined(rows)]);
  });
});

describe('totals ruled under the figures only', () => {
  it('keeps the ruled total rows in the table with their labels, left of the rules', () => {
    const rows: string[][][] = [[['Service'], ['Budget'], ['Forecast']]];
    for (const [k, label] of ['Policing', 'Estates', 'Victims', 'Premises'].entries()) rows.push([[label], [`${k + 2}.4`], [`${k + 3}.1`]]);
    rows.push([['Gross expenditure'], ['14.6'], ['18.4']], [['Income'], ['(2.0)'], ['(1.5)']], [['Net expenditure'], ['12.6'], ['16.9']]);
    const { ws, bands } = layout(rows, [60, 200, 300], 100, 6);
    const h = (y: number): Ruling => ({ orientation: 'h', x0: 190, x1: 350, y0: y, y1: y + 0.5 });
    // a rule over the gross total, a double rule under it, and the same round the net total
    const rules = [h(bands[5][0]), h(bands[5][1] - 1), h(bands[5][1] + 1), h(bands[7][0]), h(bands[7][1] - 1), h(bands[7][1] + 1)];
    const tables = findTables(page(ws, rules));
    expect(tables.map(gridText)).toEqual([joined(rows)]);
  });
});

describe('two long text columns', () => {
  it('is a table when the long text stands right of short cells, running text when it starts at the left edge', () => {
    const text = (n: number) => ['The officer to report on the plan', 'and the risks to its delivery by', 'the end of the year with costs', 'and the views of the residents'].slice(0, n);
    const rows: string[][][] = [[['Ref'], ['Action'], ['Update'], ['Status']]];
    const update = ['A briefing note was sent', 'to members by email and', 'a further update will follow'];
    for (let i = 1; i <= 4; i++) rows.push([[`A0${i}`], text(4), update, [i % 2 ? 'Open' : 'Closed']]);
    const { ws } = layout(rows, [60, 100, 310, 500], 100, 6);
    expect(findTables(page(ws)).map(gridText)).toEqual([joined(rows)]);
    // the same text in two page columns from the left edge: no table
    const prose = [...Array(12).keys()].flatMap((i) => [...words(text(4)[i % 4], 60, 100 + i * LEADING), ...words(text(4)[(i + 1) % 4], 300, 100 + i * LEADING)]);
    expect(findTables(page(prose))).toEqual([]);
  });
});
