// The table finder on spreadsheet prints (Excel/Aspose budget tables): figures set in several glyph
// runs, long labels beside the first figure, sub-headings over columns the body leaves empty.
import { describe, expect, it } from 'vitest';
import type { Block, Page, RawPage, TableBlock, Word } from '../src/model.js';
import { findTables, gridText, groupHeadingSpans, joinTablesAcrossPages, tableSettings } from '../src/tables/index.js';
import { textLines } from '../src/tables/lines.js';
import { assembleRows, tableFromRows } from '../src/tables/rows.js';

const SIZE = 10;

/** Words of `text` starting at x (or ending at x when right-aligned) on the line at y. */
function words(text: string, x: number, y: number, opts: { right?: boolean } = {}): Word[] {
  const parts = text.split(' ');
  const width = parts.reduce((n, p) => n + p.length * 5, 0) + 2.5 * (parts.length - 1);
  let cx = opts.right ? x - width : x;
  return parts.map((p) => {
    const w: Word = { text: p, x0: cx, x1: cx + p.length * 5, y0: y, y1: y + SIZE, fontSize: SIZE, fontName: 'Arial',
      bold: false, italic: false, spaceAfter: true };
    cx = w.x1 + 2.5;
    return w;
  });
}

const page = (ws: Word[]): RawPage => ({ number: 1, width: 842, height: 595, words: ws, rulings: [], rects: [] });

describe('spreadsheet prints', () => {
  it('joins the glyph runs of one figure printed without a space between them', () => {
    // "1," and "288,680" are two text runs set hard against each other (no space character)
    const split = (y: number, head: string, tail: string): Word[] => {
      const [a] = words(head, 250 - 5 * (head.length + tail.length), y);
      const [b] = words(tail, a.x1, y);
      return [{ ...a, spaceAfter: false }, b];
    };
    const ws = [
      ...words('Growth', 60, 100), ...split(100, '1,', '288,680'), ...words('376,243', 350, 100, { right: true }),
      ...words('Total', 60, 114), ...split(114, '5', '88,479'), ...words('588,479', 350, 114, { right: true }),
      ...words('Grants', 60, 128), ...words('1,117', 250, 128, { right: true }), ...words('351,956', 350, 128, { right: true }),
    ];
    expect(gridText(findTables(page(ws))[0])).toEqual([
      ['Growth', '1,288,680', '376,243'],
      ['Total', '588,479', '588,479'],
      ['Grants', '1,117', '351,956'],
    ]);
  });

  it('never hides a figure under a label spanning a column that no cell of its own fills', () => {
    const s = tableSettings();
    const lines = textLines([
      ...words('Pay', 60, 100), ...words('12.0', 250, 100, { right: true }), ...words('4.0', 330, 100, { right: true }),
      ...words('Future Cost Increase', 60, 114), ...words('-30,834.5', 250, 114, { right: true }),
      ...words('0.0', 330, 114, { right: true }),
      // a label running up to the figure right-aligned in the next column
      ...words('Removal of undelivered savings', 60, 128), ...words('34,555.7', 250, 128, { right: true }),
      ...words('30.8', 330, 128, { right: true }),
    ], s);
    // a column core between the labels and the figures that only the long label reaches into
    const cols = [{ x0: 60, x1: 150 }, { x0: 155, x1: 200 }, { x0: 205, x1: 250 }, { x0: 310, x1: 330 }];
    const table = tableFromRows(assembleRows(lines, 0, 2, cols, SIZE, s, () => true), 1);
    expect(gridText(table)).toEqual([
      ['Pay', '12.0', '4.0'],
      ['Future Cost Increase', '-30,834.5', '0.0'],
      ['Removal of undelivered savings', '34,555.7', '30.8'],
    ]);
    expect(table.grid[1][0]?.colSpan).toBe(1);
  });

  it('keeps sub-headings apart over columns the body leaves empty at the edge of the table', () => {
    // 2024-25: Core | External | Total, but the body only fills Total (then the label, then 2025-26)
    const ws = [
      ...words('2024-25', 100, 86), ...words('2025-26', 300, 86),
      ...words('Core', 80, 98, { right: true }), ...words('External', 140, 98, { right: true }),
      ...words('Total', 200, 98, { right: true }), ...words('Total', 330, 98, { right: true }),
      ...words('£000s', 80, 110, { right: true }), ...words('£000s', 140, 110, { right: true }),
      ...words('£000s', 200, 110, { right: true }), ...words('£000s', 330, 110, { right: true }),
      ...[1, 2, 3, 4].flatMap((k) => [
        ...words(`${k},806.0`, 200, 110 + 14 * k, { right: true }), ...words(`Grant ${k}`, 210, 110 + 14 * k),
        ...words(`${k}5,680.3`, 330, 110 + 14 * k, { right: true }),
      ]),
    ];
    const grid = gridText(findTables(page(ws))[0]);
    expect(grid[1]).toEqual(['Core', 'External', 'Total', '', 'Total']);
    expect(grid[2]).toEqual(['£000s', '£000s', '£000s', '', '£000s']);
    expect(grid[3]).toEqual(['', '', '1,806.0', 'Grant 1', '15,680.3']);
  });

  it('lets a heading centred over a run of sub-headings span them, as far as halfway to the next heading', () => {
    // label | 2024-25: Core External Total | 2025-26: Core External Total | NAC: Core
    const xs = [150, 200, 250, 300, 350, 400, 450];
    const ws = [
      ...words('PLANNING FIGURES ONLY', 310, 74),
      ...words('2024-25', 182, 86), ...words('2025-26', 332, 86), ...words('NAC', 438, 86),
      ...['Core', 'External', 'Total', 'Core', 'External', 'Total', 'Core'].flatMap((t, j) => words(t, xs[j], 98, { right: true })),
      ...[1, 2, 3].flatMap((k) => [
        ...words(`Service ${k}`, 40, 98 + 14 * k),
        ...xs.flatMap((x, j) => words(`${k}${j}.5`, x, 98 + 14 * k, { right: true })),
      ]),
    ];
    const t = findTables(page(ws))[0];
    const spanned = groupHeadingSpans(t.grid, t.headerRows + 1);
    expect(spanned[1].map((c) => (c ? `${c.text}/${c.colSpan}` : null))).toEqual(['/1', '2024-25/3', null, null, '2025-26/3', null, null, 'NAC/1']);
    // a heading over headings takes in the whole runs it reaches into
    expect(spanned[0].map((c) => (c ? `${c.text}/${c.colSpan}` : null)).slice(4)).toEqual(['PLANNING FIGURES ONLY/3', null, null, '/1']);
    // the grid itself keeps the headings where their words are
    expect(gridText(t)[1]).toEqual(['', '', '2024-25', '', '', '2025-26', '', 'NAC']);
  });

  it('drops the header repeated at the top of a page and joins the rows below it across a note', () => {
    const cellOf = (text: string) => ({ text, spans: [], rowSpan: 1, colSpan: 1, bold: false, box: null, page: null });
    const tableOf = (rows: string[][], headerRows: number): TableBlock => ({
      grid: rows.map((r) => r.map(cellOf)), headerRows, nCols: rows[0].length, pageStart: null, pageEnd: null,
      box: { x0: 30, y0: 50, x1: 900, y1: 500 }, method: 'stream',
    });
    const block = (kind: Block['kind'], table?: TableBlock): Block => ({
      kind, text: kind, spans: [], lines: [], page: null, box: null, fontSize: 10, bold: false, italic: false, table,
    });
    const first = tableOf([['', '2024-25', ''], ['', 'Core', 'Total'], ['Pay', '1.0', '2.0']], 2);
    // the repeated header leaves the empty label column out; a note stands between it and the rows
    const header = tableOf([['2024-25', ''], ['Core', 'Total']], 2);
    const rest = tableOf([['RESERVES', '', ''], ['Drawdowns', '3.0', '4.0']], 1);
    const note = block('list_item');
    const pages: Page[] = [
      { number: 1, width: 1000, height: 700, blocks: [block('table', first)] },
      { number: 2, width: 1000, height: 700, blocks: [block('table', header), note, block('table', rest)] },
    ];
    joinTablesAcrossPages(pages);
    expect(gridText(first)).toEqual([['', '2024-25', ''], ['', 'Core', 'Total'], ['Pay', '1.0', '2.0'], ['RESERVES', '', ''], ['Drawdowns', '3.0', '4.0']]);
    expect(pages[1].blocks).toEqual([note]);
  });

  it('keeps rows going on in the same grid below a note as a group of the table above; the note stays text', () => {
    const cellOf = (text: string) => ({ text, spans: [], rowSpan: 1, colSpan: 1, bold: false, box: null, page: 1 });
    const tableOf = (rows: string[][], headerRows: number, y0: number): TableBlock => ({
      grid: rows.map((r) => r.map(cellOf)), headerRows, nCols: rows[0].length, pageStart: 1, pageEnd: 1,
      box: { x0: 30, y0, x1: 900, y1: y0 + 100 }, method: 'stream',
    });
    const text = (kind: Block['kind'], t: string): Block => ({
      kind, text: t, spans: [{ text: t, bold: true, italic: false }], lines: [], page: 1, box: null, fontSize: 10, bold: true, italic: false,
    });
    const tableBlock = (table: TableBlock): Block => ({ ...text('table', ''), table });
    const first = tableOf([['', 'Core', 'Total'], ['Pay', '1.0', '2.0'], ['TOTAL', '1.0', '2.0']], 1, 50);
    const reserves = tableOf([['Drawdowns', '3.0', '4.0'], ['TOTAL RESERVES', '3.0', '4.0']], 0, 300);
    const note = text('list_item', '* the prior year savings will be updated as part of the outturn report');
    const pages: Page[] = [{ number: 1, width: 1000, height: 700,
      blocks: [tableBlock(first), note, text('heading', 'RESERVES'), tableBlock(reserves)] }];
    joinTablesAcrossPages(pages);
    expect(gridText(first).map((r) => r[0])).toEqual(['', 'Pay', 'TOTAL', 'RESERVES', 'Drawdowns', 'TOTAL RESERVES']);
    expect(pages[0].blocks.map((b) => b.kind)).toEqual(['table', 'list_item']);
    // a table with a header of its own below the note stays apart
    const other = tableOf([['Month', 'Calls', 'Rate'], ['May', '10', '1.0']], 1, 300);
    const apart: Page[] = [{ number: 1, width: 1000, height: 700, blocks: [tableBlock(first), note, tableBlock(other)] }];
    joinTablesAcrossPages(apart);
    expect(apart[0].blocks).toHaveLength(3);
  });
});
