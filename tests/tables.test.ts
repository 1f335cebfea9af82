// The table finder on small hand-built pages (words placed as a PDF would place them), the cross-page
// join, and a floor on a few cases of the shared table suite scored with the suite's own scorer.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, Page, RawPage, Ruling, TableBlock, Word } from '../src/model.js';
import { findTables, gridText, joinTablesAcrossPages, tableSettings } from '../src/tables/index.js';
import { isMarker } from '../src/tables/rows.js';
import { SHARED, hasShared } from './helpers.js';

const SIZE = 10;
const charWidth = 0.5 * SIZE;
const space = 0.25 * SIZE;

/** Words of `text` starting at x (or ending at x when right-aligned) on the line at y. */
function words(text: string, x: number, y: number, opts: { right?: boolean; bold?: boolean } = {}): Word[] {
  const parts = text.split(' ');
  const width = parts.reduce((n, p) => n + p.length * charWidth, 0) + space * (parts.length - 1);
  let cx = opts.right ? x - width : x;
  return parts.map((p) => {
    const w: Word = { text: p, x0: cx, x1: cx + p.length * charWidth, y0: y, y1: y + SIZE, fontSize: SIZE, fontName: 'Arial',
      bold: !!opts.bold, italic: false, spaceAfter: true };
    cx = w.x1 + space;
    return w;
  });
}

function page(ws: Word[], rulings: Ruling[] = [], number = 1): RawPage {
  return { number, width: 595, height: 842, words: ws, rulings, rects: [] };
}

const h = (y: number, x0: number, x1: number): Ruling => ({ orientation: 'h', x0, x1, y0: y - 0.25, y1: y + 0.25 });
const v = (x: number, y0: number, y1: number): Ruling => ({ orientation: 'v', x0: x - 0.25, x1: x + 0.25, y0, y1 });

describe('ruled tables', () => {
  // | Service (2 lines)  | 2023 budget (merged over two columns) |
  // |                    | Q1        | Q2                         |
  // | Policing           | 10        | 12                         |
  const xs = [50, 200, 300, 400];
  const ys = [100, 130, 150, 170];
  const rulings = [
    ...ys.map((y) => h(y, 50, 400)).filter((_, i) => i !== 1).concat([h(130, 200, 400)]),
    v(50, 100, 170), v(200, 100, 170), v(300, 130, 170), v(400, 100, 170),
  ];
  const ws = [
    ...words('Service', 55, 104, { bold: true }), ...words('area', 55, 116, { bold: true }),
    ...words('2023 budget', 220, 110),
    ...words('Q1', 210, 134), ...words('Q2', 310, 134),
    ...words('Policing', 55, 154), ...words('10', 290, 154, { right: true }), ...words('12', 390, 154, { right: true }),
  ];

  it('builds cells from the grid, with merged cells as spans and wrapped text joined', () => {
    const tables = findTables(page(ws, rulings));
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(t.method).toBe('ruled');
    expect(gridText(t)).toEqual([
      ['Service area', '2023 budget', ''],
      ['', 'Q1', 'Q2'],
      ['Policing', '10', '12'],
    ]);
    expect(t.grid[0][0]).toMatchObject({ rowSpan: 2, colSpan: 1, bold: true });
    expect(t.grid[0][1]).toMatchObject({ rowSpan: 1, colSpan: 2 });
    expect(t.grid[0][2]).toBeNull();
    expect(t.grid[1][0]).toBeNull();
    expect(t.grid[0][0]?.spans).toEqual([{ text: 'Service area', bold: true, italic: false }]);
  });
});

describe('ruled tables with an unruled label column', () => {
  it('splits the label column into the rows the value column rules', () => {
    const ys = [100, 114, 128, 142, 156];
    const rulings = [
      h(100, 50, 300), h(156, 50, 300), ...ys.slice(1, -1).map((y) => h(y, 200, 300)),
      v(50, 100, 156), v(200, 100, 156), v(300, 100, 156),
    ];
    const labels = ['Item', 'Salaries', 'Travel', 'Rent'];
    const values = ['Cost', '1,314', '94', '170'];
    const ws = labels.flatMap((t, k) => [...words(t, 55, ys[k] + 2), ...words(values[k], 290, ys[k] + 2, { right: true })]);
    expect(findTables(page(ws, rulings)).map(gridText)).toEqual([[['Item', 'Cost'], ['Salaries', '1,314'], ['Travel', '94'], ['Rent', '170']]]);
  });
});

describe('ruled tables with rows ruled inside an outer box only', () => {
  // rows ruled across, only the outer box drawn: the columns are the blank gutters through all the rows
  const ys = [100, 114, 142, 156];
  const rulings = [...ys.map((y) => h(y, 50, 400)), v(50, 100, 156), v(400, 100, 156)];
  const ws = [
    ...words('Item', 55, 102), ...words('Topic', 100, 102), ...words('Time', 395, 102, { right: true }),
    ...words('1', 55, 116), ...words('Apologies for absence', 100, 116), ...words('14:00', 395, 116, { right: true }),
    ...words('and substitutes', 100, 128),
    ...words('2', 55, 144), ...words('Minutes', 100, 144), ...words('14:05', 395, 144, { right: true }),
  ];

  it('cuts the columns at the gutters and keeps wrapped lines in their row', () => {
    const tables = findTables(page(ws, rulings));
    expect(tables.map(gridText)).toEqual([[['Item', 'Topic', 'Time'], ['1', 'Apologies for absence and substitutes', '14:00'], ['2', 'Minutes', '14:05']]]);
    expect(tables[0].method).toBe('ruled');
  });

  it('leaves the box to the stream finder when a heading runs across the columns', () => {
    const spanning = [...ws.filter((w) => w.y0 !== 102), ...words('Table 5: Meetings and their times', 55, 102)];
    expect(findTables(page(spanning, rulings)).filter((t) => t.method === 'ruled')).toEqual([]);
  });

  it('leaves a boxed paragraph of running text alone', () => {
    const prose = [...words('The panel noted the report and', 55, 116), ...words('agreed to consider it again later', 55, 128), ...words('in the year.', 55, 144)];
    expect(findTables(page(prose, rulings)).filter((t) => t.method === 'ruled' && t.nCols > 1)).toEqual([]);
  });
});

describe('one ruled row', () => {
  const rulings = [h(60, 50, 300), h(80, 50, 300), v(50, 60, 80), v(200, 60, 80), v(300, 60, 80)];
  const row = [...words('Total budget', 55, 65), ...words('3,591', 295, 65, { right: true })];

  it('is a table where it opens or closes the page (a row the page break cut off), not in between', () => {
    expect(findTables(page(row, rulings)).map(gridText)).toEqual([[['Total budget', '3,591']]]);
    const lower = [h(300, 50, 300), h(320, 50, 300), v(50, 300, 320), v(200, 300, 320), v(300, 300, 320)];
    const below = [...words('Some text above the box on this page.', 55, 200), ...row.map((w) => ({ ...w, y0: w.y0 + 240, y1: w.y1 + 240 })),
      ...words('And more text below it.', 55, 400)];
    expect(findTables(page(below, lower)).filter((t) => t.method === 'ruled')).toEqual([]);
    // the first row of a table the page break cut, closing the page
    const foot = [h(740, 50, 300), h(760, 50, 300), v(50, 740, 760), v(200, 740, 760), v(300, 740, 760)];
    const last = [...words('Some text above the box on this page.', 55, 200), ...row.map((w) => ({ ...w, y0: w.y0 + 680, y1: w.y1 + 680 }))];
    expect(findTables(page(last, foot)).filter((t) => t.method === 'ruled').map(gridText)).toEqual([[['Total budget', '3,591']]]);
  });
});

describe('tables drawn with shaded cells only', () => {
  // 3 x 2 cells, each a filled rect touching its neighbours (no ruling on the page)
  const xs = [50, 200, 300];
  const ys = [100, 120, 140, 160];
  const cells = ys.slice(0, -1).flatMap((y0, i) => xs.slice(0, -1).map((x0, j) => ({ x0, y0, x1: xs[j + 1], y1: ys[i + 1] })));
  const texts = [['Area', 'Cost'], ['Policing', '10'], ['Victims', '12']];
  const ws = texts.flatMap((row, i) => [...words(row[0], 55, ys[i] + 5), ...words(row[1], 290, ys[i] + 5, { right: true })]);

  it('takes the edges of tiled shading as cell borders', () => {
    const tables = findTables({ ...page(ws), rects: cells });
    expect(tables.map((t) => t.method)).toEqual(['ruled']);
    expect(gridText(tables[0])).toEqual(texts);
  });

  it('ignores shading set apart inside cells and shading under rules', () => {
    const inset = cells.map((r) => ({ x0: r.x0 + 4, y0: r.y0 + 4, x1: r.x1 - 4, y1: r.y1 - 4 }));
    expect(findTables({ ...page(ws), rects: inset }).every((t) => t.method !== 'ruled')).toBe(true);
    // rows ruled, columns not: the shading's column edge does not make the rules a grid
    const rows = ys.map((y) => h(y, 50, 300));
    expect(findTables({ ...page(ws, rows), rects: cells }).every((t) => t.method !== 'ruled')).toBe(true);
  });
});

describe('wrapped lines in cells', () => {
  it('joins a word broken after a hyphen without a space and keeps the hyphen', () => {
    const rulings = [h(80, 50, 300), h(100, 50, 300), h(130, 50, 300), v(50, 80, 130), v(150, 80, 130), v(300, 80, 130)];
    const ws = [...words('Item', 55, 84), ...words('Notes', 155, 84),
      ...words('Budget Sub-', 55, 104), ...words('Group', 55, 116), ...words('six- monthly', 155, 104), ...words('pre- and post-', 155, 116)];
    const [t] = findTables(page(ws, rulings));
    expect(gridText(t)).toEqual([['Item', 'Notes'], ['Budget Sub-Group', 'six- monthly pre- and post-']]);
  });
});

describe('stream tables', () => {
  // Revenue budget          2022/23     2023/24
  // Pay costs                 656.8       672.5
  // Supplies and services       4.1         5.0
  //   including transport
  // Funded by:
  // Grant                      50.0        51.0
  const lines: Word[] = [
    ...words('Revenue budget', 60, 100, { bold: true }), ...words('2022/23', 300, 100, { right: true, bold: true }),
    ...words('2023/24', 400, 100, { right: true, bold: true }),
    ...words('Pay costs', 60, 114), ...words('656.8', 300, 114, { right: true }), ...words('672.5', 400, 114, { right: true }),
    ...words('Supplies and services', 60, 128), ...words('4.1', 300, 128, { right: true }), ...words('5.0', 400, 128, { right: true }),
    ...words('including transport', 66, 140),
    ...words('Funded by:', 60, 154, { bold: true }),
    ...words('Grant', 60, 168), ...words('50.0', 300, 168, { right: true }), ...words('51.0', 400, 168, { right: true }),
  ];

  it('finds columns of right-aligned figures, keeps a wrapped label in one cell and a group label as a row', () => {
    const tables = findTables(page(lines));
    expect(tables).toHaveLength(1);
    expect(tables[0].method).toBe('stream');
    expect(gridText(tables[0])).toEqual([
      ['Revenue budget', '2022/23', '2023/24'],
      ['Pay costs', '656.8', '672.5'],
      ['Supplies and services including transport', '4.1', '5.0'],
      ['Funded by:', '', ''],
      ['Grant', '50.0', '51.0'],
    ]);
    expect(tables[0].headerRows).toBe(1);
  });

  it('joins heading lines set to the bottom line, but keeps a year centred over its sub-headings apart', () => {
    const ws = [
      ...words('Number', 300, 86, { right: true }), ...words('Percent', 400, 86, { right: true }),
      ...words('Format', 60, 98), ...words('of items', 300, 98, { right: true }), ...words('of items', 400, 98, { right: true }),
      ...['Multiple choice', 'Constructed', 'Total'].flatMap((label, k) => [
        ...words(label, 60, 112 + 12 * k), ...words(String(70 + k), 300, 112 + 12 * k, { right: true }),
        ...words(String(50 + k), 400, 112 + 12 * k, { right: true }),
      ]),
    ];
    expect(gridText(findTables(page(ws))[0]).slice(0, 1)).toEqual([['Format', 'Number of items', 'Percent of items']]);
    const years = [
      ...words('2024-25', 235, 86),
      ...words('Core', 180, 98), ...words('External', 230, 98), ...words('Total', 300, 98),
      ...[1, 2, 3].flatMap((k) => [
        ...words(`Service ${k}`, 60, 98 + 12 * k), ...words(`${k}.0`, 200, 98 + 12 * k, { right: true }),
        ...words(`${k}.5`, 270, 98 + 12 * k, { right: true }), ...words(`${k}.9`, 325, 98 + 12 * k, { right: true }),
      ]),
    ];
    expect(gridText(findTables(page(years))[0]).slice(0, 2)).toEqual([['', '', '2024-25', ''], ['', 'Core', 'External', 'Total']]);
  });

  it('finds no table in running text and a bulleted list', () => {
    const text = [
      'The panel considered the report of the Commissioner on the budget for the coming year and',
      'the precept proposal. Members asked about the reserves and the savings plan for next year',
      'and the Commissioner answered each question in turn before the vote was taken by the panel.',
    ];
    const ws = text.flatMap((t, i) => words(t, 60, 100 + 14 * i));
    const bullets = ['first point made', 'second point made', 'third point made'].flatMap((t, i) => [
      ...words('•', 66, 160 + 14 * i), ...words(t, 84, 160 + 14 * i),
    ]);
    expect(findTables(page([...ws, ...bullets]))).toEqual([]);
    // Word's Symbol-font bullet comes through as a private-use character
    const symbolBullets = bullets.map((w) => (w.text === '•' ? { ...w, text: '\uF0B7' } : w));
    expect(findTables(page([...ws, ...symbolBullets]))).toEqual([]);
    // two bullets in one cell (a row merged from a wrapped line) are still bullets, a bullet and words are not
    expect(['•', '• •', '\uF0B7 \uF0B7', '1.', '(a)', '• text', '', '2023'].map(isMarker)).toEqual([true, true, true, true, true, false, false, false]);
  });

  it('finds no table in bulleted lists with headings between them starting where the bullets stand', () => {
    const lines = [['•', 'The report sets out the progress made this year.'], ['2 Recommendations', ''],
      ['•', 'The panel is asked to note the progress made.'], ['3 Finance', ''], ['•', 'There are no financial implications.']];
    const ws = lines.flatMap(([a, b], i) => [...words(a, 66, 100 + 16 * i), ...(b ? words(b, 84, 100 + 16 * i) : [])]);
    expect(findTables(page(ws)).filter((t) => t.nCols > 1)).toEqual([]);
  });

  it('finds no table in numbered paragraphs whose wrapped lines run back under the numbers', () => {
    const paras = [
      ['83.', 'During the year most of the calls were answered within the time set', 'for them and the rest soon after.'],
      ['84.', 'The mean time to answer fell over the year as more staff were', 'taken on and trained.'],
      ['85.', 'Demand changes between weekdays and weekends, and between the', 'hours of the day, as the report shows.'],
    ];
    const ws = paras.flatMap(([n, first, wrapped], k) => [
      ...words(n, 72, 100 + 28 * k), ...words(first, 108, 100 + 28 * k), ...words(wrapped, 72, 114 + 28 * k),
    ]);
    expect(findTables(page(ws)).filter((t) => t.nCols > 1)).toEqual([]);
    // a table of numbered labels beside figures stays a table
    const labelled = ['1. Police pay', '2. Premises costs', '3. Transport'].flatMap((t, k) => [
      ...words(t, 72, 100 + 14 * k), ...words(`${k + 1}0.5`, 300, 100 + 14 * k, { right: true }), ...words(`${k + 2}1.0`, 380, 100 + 14 * k, { right: true }),
    ]);
    expect(findTables(page(labelled)).map(gridText)[0]?.[0]).toEqual(['1. Police pay', '10.5', '21.0']);
  });

  it('finds no table in numbered headings with paragraphs under them', () => {
    const ws = [84, 85, 86].flatMap((n, k) => {
      const y = 100 + 56 * k;
      return [
        ...words(`${n}.`, 60, y, { bold: true }), ...words('Declarations of Interest', 100, y, { bold: true }),
        ...words(`(Item ${k + 1})`, 60, y + 14), ...words('No declarations of interest were received at the meeting', 60, y + 28),
      ];
    });
    expect(findTables(page(ws))).toEqual([]);
  });

  it('finds no table in label / value lines: a notice, contact blocks side by side', () => {
    const notice = [['Date:', 'Tuesday 4 March 2025'], ['Time:', '10.00 am'], ['Venue:', 'Council Chamber, County Hall'],
      ['Contact:', 'Jane Ahmed, Scrutiny Officer']].flatMap(([k, val], i) => [...words(k, 60, 100 + 14 * i), ...words(val, 150, 100 + 14 * i)]);
    expect(findTables(page(notice))).toEqual([]);
    const block = (who: string) => [`Report author: ${who}`, 'Head of Policy', 'Civic Centre', 'Tel: 01234 567890', `Email: ${who.toLowerCase()}@example.gov.uk`];
    const [a, b] = [block('Jane'), block('Rhys')];
    const contacts = a.flatMap((t, i) => [...words(t, 60, 100 + 14 * i), ...words(b[i], 320, 100 + 14 * i)]);
    expect(findTables(page(contacts))).toEqual([]);
    // a table of members and their roles names no field in its cells: still a table
    const roles = [['Member', 'Role'], ['Cllr A. Khan', 'Chair'], ['Cllr B. Owen', 'Vice-Chair'], ['Cllr C. Shah', 'Member']]
      .flatMap(([k, val], i) => [...words(k, 60, 100 + 14 * i), ...words(val, 250, 100 + 14 * i)]);
    expect(findTables(page(roles)).map(gridText)).toEqual([[['Member', 'Role'], ['Cllr A. Khan', 'Chair'], ['Cllr B. Owen', 'Vice-Chair'], ['Cllr C. Shah', 'Member']]]);
  });

  it('leaves out of a table a running header in small type above it and a heading in large type', () => {
    const small = (text: string, x: number, y: number) => words(text, x, y).map((w) => ({ ...w, fontSize: 8, y1: y + 8 }));
    const large = (text: string, x: number, y: number) => words(text, x, y).map((w) => ({ ...w, fontSize: 12, y1: y + 12 }));
    const rows = [['Cllr A. Khan', 'Chair', '12'], ['Cllr B. Owen', 'Vice-Chair', '9'], ['Cllr C. Shah', 'Member', '11']];
    const ws = [...small('Police and Crime Panel', 60, 80), ...small('Agenda Item 6', 420, 80), ...large('Membership', 60, 94),
      ...rows.flatMap(([a, b, c], i) => [...words(a, 60, 110 + 14 * i), ...words(b, 250, 110 + 14 * i), ...words(c, 420, 110 + 14 * i, { right: true })])];
    expect(findTables(page(ws)).map(gridText)).toEqual([rows]);
  });

  it('finds no table in paragraphs numbered 4.1, 4.2, 4.3 under a bulleted list of symbol-font bullets', () => {
    const bullets = ['Work programme', 'Annual report of the Commissioner', 'Treasury management review']
      .flatMap((t, i) => [{ ...words('x', 66, 100 + 14 * i)[0], text: '' }, ...words(t, 84, 100 + 14 * i)]);
    const paras = [['4.1', 'The panel has a statutory duty to review the decisions', 'of the Commissioner.'],
      ['4.2', 'Members will recall that the previous report set out the', 'timetable agreed with partners.'],
      ['4.3', 'Since then the working group has met three times and heard', 'evidence from officers.']]
      .flatMap(([n, first, wrapped], k) => [...words(n, 60, 150 + 28 * k), ...words(first, 96, 150 + 28 * k), ...words(wrapped, 96, 164 + 28 * k)]);
    expect(findTables(page([...bullets, ...paras])).filter((t) => t.nCols > 1)).toEqual([]);
  });

  it('keeps a date wrapped over two lines in its row when the text beside it goes on with its sentence', () => {
    // rows padded apart, the lines of a row at the leading: "20 April" / "2026" beside wrapped text
    const rows = [
      [['Meeting', 'Item', 'Purpose', 'Lead']],
      [['20 April', 'Police and crime', 'To scrutinise delivery against the', 'Chair'], ['2026', 'plan performance', 'plan, with the quarterly data', '']],
      [['', 'Annual report', 'To review the annual report', 'Clerk']],
      [['24 July', 'Estates strategy', 'To receive an update on the', 'Chair'], ['2026', '', 'disposal of surplus buildings', '']],
    ];
    let y = 100;
    const ws = rows.flatMap((lines) => {
      const out = lines.flatMap((cells) => {
        const line = cells.flatMap((t, j) => (t ? words(t, [60, 140, 260][j] ?? 440, y) : []));
        y += 12;
        return line;
      });
      y += 8;
      return out;
    });
    expect(findTables(page(ws)).map(gridText)).toEqual([[
      ['Meeting', 'Item', 'Purpose', 'Lead'],
      ['20 April 2026', 'Police and crime plan performance', 'To scrutinise delivery against the plan, with the quarterly data', 'Chair'],
      ['', 'Annual report', 'To review the annual report', 'Clerk'],
      ['24 July 2026', 'Estates strategy', 'To receive an update on the disposal of surplus buildings', 'Chair'],
    ]]);
  });

  it('splits tables printed side by side under repeated headings', () => {
    const ws = [0, 220].flatMap((dx, half) => [
      ...words('Age', 60 + dx, 100, { bold: true }), ...words('Total', 200 + dx, 100, { right: true, bold: true }),
      ...[1, 2, 3].flatMap((k) => [
        ...words(`${k + 3 * half} years`, 60 + dx, 100 + 14 * k), ...words(`${100 * k + half}`, 200 + dx, 100 + 14 * k, { right: true }),
      ]),
    ]);
    expect(findTables(page(ws)).map(gridText)).toEqual([
      [['Age', 'Total'], ['1 years', '100'], ['2 years', '200'], ['3 years', '300']],
      [['Age', 'Total'], ['4 years', '101'], ['5 years', '201'], ['6 years', '301']],
    ]);
  });

  it('keeps two tables apart when a heading stands between them', () => {
    const table = (y: number, label: string) => [
      ...words('Area', 60, y, { bold: true }), ...words('Count', 300, y, { right: true, bold: true }), ...words('Rate', 400, y, { right: true, bold: true }),
      ...[1, 2, 3].flatMap((k) => [
        ...words(`${label} ${k}`, 60, y + 14 * k), ...words(String(10 * k), 300, y + 14 * k, { right: true }),
        ...words(`${k}.5`, 400, y + 14 * k, { right: true }),
      ]),
    ];
    const ws = [...table(100, 'North'), ...words('Table 2 Southern areas', 60, 180, { bold: true }), ...table(204, 'South')];
    const tables = findTables(page(ws));
    expect(tables.map(gridText)).toEqual([
      [['Area', 'Count', 'Rate'], ['North 1', '10', '1.5'], ['North 2', '20', '2.5'], ['North 3', '30', '3.5']],
      [['Area', 'Count', 'Rate'], ['South 1', '10', '1.5'], ['South 2', '20', '2.5'], ['South 3', '30', '3.5']],
    ]);
  });
});

describe('settings', () => {
  it('rejects nonsense up front', () => {
    expect(() => tableSettings({ cellGapEm: -1 })).toThrow(/cellGapEm/);
    expect(() => tableSettings({ gapCrossShare: 1.5 })).toThrow(/gapCrossShare/);
    expect(tableSettings({ cellGapEm: 1 }).cellGapEm).toBe(1);
  });
});

describe('joinTablesAcrossPages', () => {
  const cellOf = (text: string) => ({ text, spans: [], rowSpan: 1, colSpan: 1, bold: false, box: null, page: null });
  const tableOf = (rows: string[][], pageNo: number): TableBlock => ({
    grid: rows.map((r) => r.map(cellOf)), headerRows: 1, nCols: rows[0].length, pageStart: pageNo, pageEnd: pageNo,
    box: { x0: 50, y0: 100, x1: 400, y1: 300 }, method: 'stream',
  });
  const block = (kind: Block['kind'], table?: TableBlock): Block => ({
    kind, text: kind, spans: [], lines: [], page: null, box: null, fontSize: 10, bold: false, italic: false, table,
  });

  it('appends the continuation, drops the repeated header, skips running headers and footers', () => {
    const first = tableOf([['Item', 'Cost'], ['A', '1']], 3);
    const second = tableOf([['Item', 'Cost'], ['B', '2']], 4);
    const pages: Page[] = [
      { number: 3, width: 595, height: 842, blocks: [block('paragraph'), block('table', first), block('footer')] },
      { number: 4, width: 595, height: 842, blocks: [block('header'), block('table', second), block('paragraph')] },
    ];
    joinTablesAcrossPages(pages);
    expect(first.grid.map((r) => r.map((c) => c?.text))).toEqual([['Item', 'Cost'], ['A', '1'], ['B', '2']]);
    expect([first.pageStart, first.pageEnd]).toEqual([3, 4]);
    expect(pages[1].blocks.map((b) => b.kind)).toEqual(['header', 'paragraph']);
  });

  it('drops a header repeated on the next page as a line of text apart from the grid, and joins the rows below it', () => {
    const first = tableOf([['Date of Meeting', 'Item', 'Aims'], ['6 May', 'Budget', 'Review']], 3);
    const second = { ...tableOf([['9 June', 'Plan', 'Outline']], 4), headerRows: 0 };
    const repeated = { ...block('heading'), text: 'Date of Item Aims Meeting' };
    const pages: Page[] = [
      { number: 3, width: 595, height: 842, blocks: [block('table', first)] },
      { number: 4, width: 595, height: 842, blocks: [repeated, block('table', second), block('paragraph')] },
    ];
    joinTablesAcrossPages(pages);
    expect(first.grid.map((r) => r.map((c) => c?.text))).toEqual([['Date of Meeting', 'Item', 'Aims'], ['6 May', 'Budget', 'Review'], ['9 June', 'Plan', 'Outline']]);
    expect(pages[1].blocks.map((b) => b.kind)).toEqual(['paragraph']);
    // other words above the rows: a heading of their own, not the header again
    const third = tableOf([['Date of Meeting', 'Item', 'Aims'], ['6 May', 'Budget', 'Review']], 3);
    const fourth = { ...tableOf([['9 June', 'Plan', 'Outline']], 4), headerRows: 0 };
    const other = { ...block('heading'), text: 'Appendix B Meetings' };
    joinTablesAcrossPages([
      { number: 3, width: 595, height: 842, blocks: [block('table', third)] },
      { number: 4, width: 595, height: 842, blocks: [other, block('table', fourth)] },
    ]);
    expect(third.grid).toHaveLength(2);
  });

  it('keeps apart a table on the next page with the same column headings under another label', () => {
    const may = tableOf([['May-22', 'WMP', 'Highest', 'Rank'], ['Calls', '58,563', '176,035', '3rd']], 3);
    const june = tableOf([['Jun-22', 'WMP', 'Highest', 'Rank'], ['Calls', '59,347', '165,617', '3rd']], 4);
    joinTablesAcrossPages([
      { number: 3, width: 595, height: 842, blocks: [block('table', may)] },
      { number: 4, width: 595, height: 842, blocks: [block('table', june)] },
    ]);
    expect(may.grid).toHaveLength(2);
  });

  it('joins the last row carried over to the next page at its own widths, from the same left edge', () => {
    const first = tableOf([['Item', 'Cost', 'Total'], ['A', '1', ''], ['B', '2', '']], 3);
    const last = { ...tableOf([['Total', '', '3']], 4), headerRows: 0, box: { x0: 50, y0: 40, x1: 250, y1: 60 } };
    joinTablesAcrossPages([
      { number: 3, width: 595, height: 842, blocks: [block('table', first)] },
      { number: 4, width: 595, height: 842, blocks: [block('table', last)] },
    ]);
    expect(first.grid.map((r) => r[0]?.text)).toEqual(['Item', 'A', 'B', 'Total']);
    // two rows at other widths are another table
    const other = tableOf([['Item', 'Cost', 'Total'], ['A', '1', '']], 3);
    const next = { ...tableOf([['X', '', '3'], ['Y', '', '4']], 4), headerRows: 0, box: { x0: 50, y0: 40, x1: 250, y1: 60 } };
    joinTablesAcrossPages([
      { number: 3, width: 595, height: 842, blocks: [block('table', other)] },
      { number: 4, width: 595, height: 842, blocks: [block('table', next)] },
    ]);
    expect(other.grid).toHaveLength(2);
  });

  it('joins a table the exporter split under a repeated header, and one going on without a header', () => {
    const first = tableOf([['Item', 'Cost'], ['A', '1']], 3);
    const second = tableOf([['Item', 'Cost'], ['B', '2']], 3);
    const third = tableOf([['C', '3', ''], ['Total', '', '6']], 3);
    const other = tableOf([['Month', 'Calls'], ['May', '10']], 3);
    const pages: Page[] = [{ number: null, width: null, height: null,
      blocks: [block('table', first), block('table', second), block('table', third), block('table', other)] }];
    joinTablesAcrossPages(pages);
    expect(first.grid.map((r) => r.map((c) => c?.text ?? ''))).toEqual([['Item', 'Cost', ''], ['A', '1', ''], ['B', '2', ''], ['C', '3', ''], ['Total', '', '6']]);
    expect(first.continuedAt).toEqual([2, 3]);
    // a table under a header of its own stays apart
    expect(pages[0].blocks.map((b) => b.table)).toEqual([first, other]);
  });

  it('leaves tables with different columns alone', () => {
    const first = tableOf([['Item', 'Cost'], ['A', '1']], 3);
    const second = tableOf([['Name', 'Role', 'Body'], ['B', 'C', 'D']], 4);
    const pages: Page[] = [
      { number: 3, width: 595, height: 842, blocks: [block('table', first)] },
      { number: 4, width: 595, height: 842, blocks: [block('table', second)] },
    ];
    joinTablesAcrossPages(pages);
    expect(first.pageEnd).toBe(3);
    expect(pages[1].blocks).toHaveLength(1);
  });
});

describe('tables ruled by horizontal rules only', () => {
  // Item  Topic                                     Approx
  //                                                 time
  // ------------------------------------------------------   (one rule under each row, no vertical rules)
  // 1     NOTICE OF RECORDING the meeting will be    14:00
  //       webcast for live or subsequent broadcast
  // ------------------------------------------------------
  const rows: [string, string[], string][] = [
    ['1', ['NOTICE OF RECORDING the meeting will be', 'webcast for live or subsequent broadcast', 'and may be recorded by the public'], '14:00'],
    ['2', ['APOLOGIES'], ''],
    ['3', ['DECLARATIONS OF INTEREST members must', 'declare all relevant interests arising', 'from any business to be discussed at', 'this meeting'], '14:05'],
  ];
  const ws = [...words('Item', 50, 88, { bold: true }), ...words('Topic', 90, 88, { bold: true }),
    ...words('Approx', 330, 88, { bold: true }), ...words('time', 330, 100, { bold: true })];
  const rulings = [h(114, 50, 400)];
  let y = 117;
  for (const [item, topic, time] of rows) {
    ws.push(...words(item, 50, y));
    topic.forEach((line, i) => ws.push(...words(line, 90, y + 12 * i)));
    if (time) ws.push(...words(time, 330, y));
    y += 12 * topic.length + 2;
    rulings.push(h(y, 50, 400));
    y += 3;
  }

  it('takes the header above the first rule, one row per rule and columns from the gutters', () => {
    const tables = findTables(page(ws, rulings));
    expect(tables).toHaveLength(1);
    expect(gridText(tables[0])).toEqual([
      ['Item', 'Topic', 'Approx time'],
      ['1', rows[0][1].join(' '), '14:00'],
      ['2', 'APOLOGIES', ''],
      ['3', rows[2][1].join(' '), '14:05'],
    ]);
    expect(tables[0].headerRows).toBe(1);
  });

  it('leaves rules around a header and a total, with unruled figure rows between, to the stream finder', () => {
    const body = ['North 10 12', 'South 11 13', 'East 12 14', 'West 13 15'].map((l, i) => {
      const [name, a, b] = l.split(' ');
      return [...words(name, 50, 120 + 12 * i), ...words(a, 250, 120 + 12 * i, { right: true }), ...words(b, 350, 120 + 12 * i, { right: true })];
    });
    const head = [...words('Area', 50, 100), ...words('2022', 250, 100, { right: true }), ...words('2023', 350, 100, { right: true })];
    const total = [...words('Total', 50, 175), ...words('46', 250, 175, { right: true }), ...words('54', 350, 175, { right: true })];
    const tables = findTables(page([...head, ...body.flat(), ...total], [h(97, 50, 350), h(114, 50, 350), h(170, 50, 350), h(188, 50, 350)]));
    expect(tables).toHaveLength(1);
    expect(gridText(tables[0]).map((r) => r[0])).toEqual(['Area', 'North', 'South', 'East', 'West', 'Total']);
  });
});

describe.skipIf(!hasShared)('shared table suite (a floor well under the goal)', () => {
  it('scores a handful of ICDAR 2013 cases with the suite scorer', async () => {
    const suite = join(SHARED, 'tables');
    const { scoreCase, aggregate } = await import(join(suite, 'score.mjs'));
    const { openPdf } = await import('../src/readers/pdf/open.js');
    const { rawPage } = await import('../src/readers/pdf/raw.js');
    const ids = readdirSync(join(suite, 'cases')).filter((f) => f.startsWith('icdar13-')).sort().filter((_, i) => i % 10 === 0);
    const scores = [];
    for (const f of ids) {
      const c = JSON.parse(readFileSync(join(suite, 'cases', f), 'utf8'));
      const doc = await openPdf(readFileSync(join(suite, c.pdf_file)), { maxPages: 2000 });
      const tables = findTables(await rawPage(await doc.getPage(c.page), c.page));
      await doc.destroy();
      scores.push(scoreCase(tables.map(gridText), c.expected));
    }
    const total = aggregate(scores);
    expect(total.n).toBeGreaterThanOrEqual(8);
    expect(total.adj_micro_f1).toBeGreaterThanOrEqual(0.6);
  }, 60_000);
});
