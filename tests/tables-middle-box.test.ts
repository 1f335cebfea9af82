// A box ruled only around it and under its header, its cells set against the middle of their rows
// (CSS vertical-align: middle, Word's centred cells): the rows come from the cells' middles.
import { describe, expect, it } from 'vitest';
import type { Ruling, Word } from '../src/model.js';
import { findTables, gridText } from '../src/tables/index.js';

const SIZE = 9;
const LEAD = 11;
const PAD = 10;
const XS = [60, 130, 200, 420, 540];

/** Height of a cell's lines: '' between two lines is a paragraph break, 4 pt more than the leading. */
const height = (c: string[]) => (c.length ? c.filter(Boolean).length * LEAD - (LEAD - SIZE) + 4 * c.filter((l) => !l).length : 0);

/** Rows of cells (each a list of wrapped lines), every cell centred on its row; the rules of the box
 * (`open`: the page break leaves it without a bottom rule, its side rules running on). */
function middleBox(rows: string[][][], open = false) {
  const words: Word[] = [];
  const ys = [100];
  for (const row of rows) {
    const top = ys[ys.length - 1] + PAD / 2, tall = Math.max(...row.map(height));
    row.forEach((c, j) => {
      let y = top + (tall - height(c)) / 2;
      for (const line of c) {
        if (!line) { y += 4; continue; }
        let x = XS[j] + 4;
        for (const t of line.split(' ')) {
          words.push({ text: t, x0: x, x1: x + 4.5 * t.length, y0: y, y1: y + SIZE, fontSize: SIZE, fontName: 'Arial', bold: false, italic: false, spaceAfter: true });
          x += 4.5 * t.length + 2.5;
        }
        y += LEAD;
      }
    });
    ys.push(top + tall + PAD / 2);
  }
  const h = (y: number): Ruling => ({ orientation: 'h', x0: XS[0], x1: XS[4], y0: y, y1: y + 0.5 });
  const v = (x: number): Ruling => ({ orientation: 'v', x0: x, x1: x + 0.5, y0: ys[0], y1: ys[ys.length - 1] });
  const rulings = [h(ys[0]), h(ys[1]), ...(open ? [] : [h(ys[ys.length - 1])]), v(XS[0]), v(XS[4])];
  return findTables({ number: 1, width: 595, height: 842, words, rulings, rects: [] });
}

const joined = (rows: string[][][]) => rows.map((r) => r.map((c) => c.filter(Boolean).join(' ')));

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

  it('keeps the paragraphs of one cell together, and closes a box the page break leaves open', () => {
    const rows: string[][][] = [
      [['Date'], ['Item'], ['Aims'], ['Lead']],
      [[], ['Victims'], ['To understand how', 'victims are kept', 'informed', '', 'To hear about the', 'projects supporting', 'them'], ['Head of', 'Commissioning']],
      [['6 May', '2025'], ['Plan and', 'performance'], ['To outline progress', 'on the plan'], ['Chief Executive']],
      [['20 May', '2025'], ['Budget'], ['To review the budget', '', 'To make a report', 'to the Commissioner', '', 'To agree the', 'precept'], ['Treasurer']],
    ];
    for (const open of [false, true]) {
      const tables = middleBox(rows, open);
      expect(tables.map(gridText)).toEqual([joined(rows)]);
      expect(tables[0].method).toBe('ruled');
    }
  });
});
