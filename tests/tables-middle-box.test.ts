// A box ruled only around it and under its header, its cells set against the middle of their rows
// (CSS vertical-align: middle, Word's centred cells): the rows come from the cells' middles.
import { describe, expect, it } from 'vitest';
import type { Ruling, Word } from '../src/model.js';
import { findTables, gridText } from '../src/tables/index.js';

const SIZE = 9;
const LEAD = 11;
const PAD = 10;
const XS = [60, 130, 200, 420, 540];

/** Rows of cells (each a list of wrapped lines), every cell centred on its row; the rules of the box. */
function middleBox(rows: string[][][]) {
  const words: Word[] = [];
  const ys = [100];
  for (const row of rows) {
    const top = ys[ys.length - 1] + PAD / 2, tall = Math.max(...row.map((c) => c.length));
    row.forEach((c, j) => c.forEach((line, k) => {
      let x = XS[j] + 4;
      const y = top + ((tall - c.length) * LEAD) / 2 + k * LEAD;
      for (const t of line.split(' ')) {
        words.push({ text: t, x0: x, x1: x + 4.5 * t.length, y0: y, y1: y + SIZE, fontSize: SIZE, fontName: 'Arial', bold: false, italic: false, spaceAfter: true });
        x += 4.5 * t.length + 2.5;
      }
    }));
    ys.push(top + (tall - 1) * LEAD + SIZE + PAD / 2);
  }
  const h = (y: number): Ruling => ({ orientation: 'h', x0: XS[0], x1: XS[4], y0: y, y1: y + 0.5 });
  const v = (x: number): Ruling => ({ orientation: 'v', x0: x, x1: x + 0.5, y0: ys[0], y1: ys[ys.length - 1] });
  const rulings = [h(ys[0]), h(ys[1]), h(ys[ys.length - 1]), v(XS[0]), v(XS[4])];
  return findTables({ number: 1, width: 595, height: 842, words, rulings, rects: [] });
}

const joined = (rows: string[][][]) => rows.map((r) => r.map((c) => c.join(' ')));

describe('a ruled box of middle-aligned cells', () => {
  it('puts each cell in the row of its middle, and keeps a two-line heading beside one-line ones in one row', () => {
    const rows: string[][][] = [
      [['Minute/', 'Ref'], ['Meeting', 'date'], ['Action'], ['Update']],
      [['A1'], ['May 2025'], ['Arrange a briefing for', 'members on the victims', 'services contract'], ['Programmed', 'June 2025']],
      [['A2'], ['June 2025'], ['Confirm the timetable', 'of the review'], []],
      [['A3'], ['June 2025'], ['Circulate the plan to the', 'panel before it meets in', 'the spring and report', 'back on the responses'], ['Done']],
      [['A4'], ['July 2025'], ['Report on the estates', 'strategy'], ['Programmed', 'for the', 'autumn']],
    ];
    const tables = middleBox(rows);
    expect(tables.map(gridText)).toEqual([joined(rows)]);
    expect(tables[0].method).toBe('ruled');
  });
});
