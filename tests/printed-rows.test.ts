import { describe, expect, it } from 'vitest';
import type { Block, TableBlock, TableCell } from '../src/model.js';
import { printedRows } from '../src/sections/from-tables/printed-rows.js';
import { workProgrammeParser } from '../src/sections/work-programme.js';
import { context } from './build-doc.js';

/** A stream table as the finder reads a borderless print: each row [top, texts], a text's lines after "|" */
function streamTable(rows: [number, string[]][], page = 9, headerRows = 1): Block {
  const LINE = 12, GAP = 3;
  const grid = rows.map(([y0, texts]) => texts.map((t, c): TableCell | null => {
    const lines = t.split('|').length;
    const text = t.replace(/\|/g, ' ');
    return { text, spans: [{ text, bold: false, italic: false }], rowSpan: 1, colSpan: 1, bold: false, page,
      box: text ? { x0: 50 + 100 * c, y0, x1: 140 + 100 * c, y1: y0 + lines * LINE + (lines - 1) * GAP } : null };
  }));
  const table: TableBlock = { grid, headerRows, nCols: grid[0].length, pageStart: page, pageEnd: page, box: null, method: 'stream' };
  return { kind: 'table', text: '', spans: [], lines: [], page, box: null, fontSize: 11, bold: false, italic: false, table };
}

const texts = (t: TableBlock) => t.grid.map((row) => row.map((c) => c?.text ?? ''));

describe('printed rows of a borderless table', () => {
  // the first lines of each tall row read as rows of their own, 3 pt apart; 14 pt of padding between rows
  const tall = streamTable([
    [100, ['Date of Meeting', 'Item', 'Aims', 'Presenting']],
    [126, ['31', 'Budget Sub-', 'To consider the', 'Chief Finance']],
    [141, ['January', 'Group', 'budget and precept', 'Officer']],
    [156, ['2023', '', 'and lines of|questioning.', '']],
    [197, ['6 February', 'Community', 'To understand', 'Commissioner']],
    [212, ['2023', 'Policing', 'the plan', '']],
  ]);

  it('reads lines a line gap apart as one printed row, cells joined as wrapped lines', () => {
    expect(texts(printedRows(tall.table!))).toEqual([
      ['Date of Meeting', 'Item', 'Aims', 'Presenting'],
      ['31 January 2023', 'Budget Sub-Group', 'To consider the budget and precept and lines of questioning.', 'Chief Finance Officer'],
      ['6 February 2023', 'Community Policing', 'To understand the plan', 'Commissioner'],
    ]);
  });

  it('gives the work programme its items whole, with their dates', () => {
    const rows = workProgrammeParser.parse(context([tall])).work_programme!;
    expect(rows.map((r) => [r.meeting_date, r.item])).toEqual([['2023-01-31', 'Budget Sub-Group'], ['2023-02-06', 'Community Policing']]);
  });

  it('leaves a table of one-line rows as read, even with wider gaps between groups', () => {
    const list = streamTable([
      [100, ['Date', 'Venue']], [126, ['6 February 2023', 'Room 1']], [141, ['20 March 2023', 'Room 2']],
      [170, ['3 April 2023', 'Room 3']], [185, ['5 June 2023', 'Room 4']],
    ]);
    expect(printedRows(list.table!)).toBe(list.table);
  });

  it('drops the header printed again down the table over two lines', () => {
    const again = streamTable([
      [100, ['Date of Meeting', 'Item', 'Aims', 'Presenting']],
      [126, ['6 February 2023', 'Community', 'To understand|the plan', 'Commissioner']],
      [141, ['', 'Policing', '', '']],
      [200, ['Date of', 'Item', 'Aims', '']],
      [230, ['Meeting', '', '', 'Presenting']],
      [260, ['20 March 2023', 'Estates', 'To note', 'Chief Executive']],
    ]);
    const rows = workProgrammeParser.parse(context([again])).work_programme!;
    expect(rows.map((r) => [r.meeting_date, r.item])).toEqual([['2023-02-06', 'Community Policing'], ['2023-03-20', 'Estates']]);
  });
});
