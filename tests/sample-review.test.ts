// Defects found reviewing the sample pack's golden outputs record by record, one focused test each.
import { describe, expect, it } from 'vitest';
import type { Block, Word } from '../src/model.js';
import { makeCell } from '../src/tables/cells.js';
import { performanceParser } from '../src/sections/performance.js';
import { tablesParser } from '../src/sections/tables.js';
import { checkTable } from '../src/sections/checks.js';
import { contextOf, paragraph, tableBlock } from './table-builders.js';
import { parseTables } from './sample-tables.js';
import { minutesParser } from '../src/sections/minutes.js';
import { ctxOf } from './blocks.js';

function word(text: string, x0: number, y0: number, bold = false): Word {
  return { text, x0, x1: x0 + 5 * text.length, y0, y1: y0 + 10, fontSize: 10, fontName: 'Arial', bold, italic: false, spaceAfter: true };
}

describe('table cells over several lines', () => {
  it('a word broken after a hyphen at the line end runs on into the next line ("Sub-" + "Group")', () => {
    const cell = makeCell([word('Budget', 0, 0, true), word('Sub-', 35, 0, true), word('Group', 0, 12, true), word('meets', 30, 12)], 1);
    expect(cell.text).toBe('Budget Sub-Group meets');
    expect(cell.spans.map((s) => s.text).join('')).toBe('Budget Sub-Group meets');
  });

  it('a spaced dash at the line end still separates two words', () => {
    expect(makeCell([word('Inquiry', 0, 0), word('–', 40, 0), word('Programming', 0, 12)], 1).text).toBe('Inquiry – Programming');
    expect(makeCell([word('2021-', 0, 0), word('2022', 0, 12)], 1).text).toBe('2021- 2022');
  });
});

function performanceOf(blocks: Block[]) {
  const ctx = contextOf(blocks);
  ctx.records.tables = tablesParser.parse(ctx).tables;
  return performanceParser.parse(ctx).performance!;
}

describe('performance figures in sentences', () => {
  const period = paragraph('73. All data will be rolling 12 month totals Aug 21 – July 22.');

  it('a figure in a sentence without any reporting period is not a performance record', () => {
    const records = performanceOf([paragraph(
      '26. With the rise in overall call demand (nationally there has been a 20% rise in 999 demand, across ABC that rise has been 40%), gains have been less noticeable.',
    )]);
    expect(records).toEqual([]);
  });

  it('the same change under a stated reporting period is kept', () => {
    const records = performanceOf([period, paragraph('87. During 12 months there were 180,334 P1\'s an increase of 6% vs previous 12 months.')]);
    expect(records.map((r) => [r.period, r.channel, r.metric, r.value])).toEqual([
      ['2021-08/2022-07', 'p1', 'incidents', 180334], ['2021-08/2022-07', 'p1', 'change_percent', 6],
    ]);
  });

  it('"answered between 10 and 60 seconds" is the 10-60 seconds band, and "60 seconds" there is no figure', () => {
    const records = performanceOf([period, paragraph(
      '77. % of calls answered between 10 and 60 seconds is also not measured internally by ABC but the nationally produced data shows 20.1% of all calls to the emergency number were answered between 10 and 60 seconds.',
    )]);
    expect(records.map((r) => [r.channel, r.metric, r.value, r.unit])).toEqual([['999', 'answered_10_60_seconds_percent', 20.1, 'percent']]);
  });
});

describe('checks', () => {
  it('a total that its row and its column both add up to the same figure is checked once', () => {
    const checks = parseTables(`Programme, £m\t2023/24\t2024/25\tTotal
Fleet\t5.1\t5.7\t10.8
Estates\t36.8\t33.0\t69.8
<b>Total</b>\t<b>41.9</b>\t<b>38.7</b>\t<b>80.6</b>`).flatMap(checkTable);
    const corner = checks.filter((c) => c.row_label === 'Total' && c.column_label === 'Total');
    expect(corner).toHaveLength(1);
    expect(corner[0]).toMatchObject({ stated: 80.6, computed: 80.6, status: 'ok' });
  });

  it('a row and a column check of one cell that disagree are both kept', () => {
    const checks = parseTables(`Programme, £m\t2023/24\t2024/25\tTotal
Fleet\t5.1\t5.7\t10.9
Estates\t36.8\t33.0\t69.8
<b>Total</b>\t<b>41.9</b>\t<b>38.7</b>\t<b>80.7</b>`).flatMap(checkTable);
    const corner = checks.filter((c) => c.row_label === 'Total' && c.column_label === 'Total');
    expect(corner.map((c) => [c.computed, c.status]).sort()).toEqual([[80.6, 'rounding'], [80.7, 'ok']]);
  });
});

describe('table titles', () => {
  const titleOf = (intro: string, tsv: string) => tablesParser.parse(contextOf([paragraph(intro), tableBlock(tsv)])).tables![0].title;

  it('the sentence introducing a table beats a corner cell that merely has a comma', () => {
    expect(titleOf('18. The table below details percentage of demand of incidents attended:', 'ABC, P7-9\tJan\tFeb\n2021\t73.63%\t72.94%'))
      .toBe('The table below details percentage of demand of incidents attended:');
  });

  it('the paragraph number is no part of the title, spaced or not', () => {
    expect(titleOf('19.The table below details % of demand resolved at initial contact:', 'Year\tResolved\n2021\t72.69%'))
      .toBe('The table below details % of demand resolved at initial contact:');
    expect(titleOf('1.12 The following table sets out the Council Tax Bands:', 'Band\tPrecept\nBand A\t135.03'))
      .toBe('The following table sets out the Council Tax Bands:');
  });

  it('a corner cell with a unit still names the table', () => {
    expect(titleOf('1.7 The table below compares the budgets.', 'Revenue Budget, £m\t2023/24\nPay Costs\t672.5')).toBe('Revenue Budget, £m');
  });
});

describe('a figure wrapped in a narrow cell', () => {
  it('keeps its per cent sign when the sign falls on the next line', () => {
    expect(makeCell([word('69.92', 0, 0), word('%', 0, 12)], 1).text).toBe('69.92%');
    expect(makeCell([word('rate', 0, 0), word('%', 0, 12)], 1).text).toBe('rate %');
  });

  it('keeps a figure whole when a narrow cell broke it inside a thousands group', () => {
    expect(makeCell([word('£3,863', 0, 0), word(',303', 0, 12)], 1).text).toBe('£3,863,303');
    expect(makeCell([word('£652,10', 0, 0), word('8', 0, 12)], 1).text).toBe('£652,108');
    expect(makeCell([word('£660,0', 0, 0), word('00', 0, 12)], 1).text).toBe('£660,000');
    // whole groups and other words keep their space
    expect(makeCell([word('items 1,2', 0, 0), word('3 and 4', 0, 12)], 1).text).toBe('items 1,2 3 and 4');
    expect(makeCell([word('2023', 0, 0), word('24', 0, 12)], 1).text).toBe('2023 24');
  });
});

describe('minute text', () => {
  const textOf = (bullets: string[]) => minutesParser.parse(ctxOf([
    '**MINUTES OF THE MEETING OF THE PANEL HELD ON MONDAY 14 NOVEMBER 2022**', '**PRESENT: -**', 'Cllr A Smith – Dudley',
    '**687 ANNUAL REPORT**', 'The following points were made: -', ...bullets, '**688 WORK PROGRAMME**', 'Noted.',
  ])).minute_items![0].text;

  it('gives bullets as one glyph whatever the rendering printed, numbered markers as printed', () => {
    const expected = 'The following points were made: - • Vetting - all staff vetted. • Data on resignation rates. • i. That a report be prepared.';
    expect(textOf(['• Vetting - all staff vetted.', '◦ Data on resignation rates.', '• i. That a report be prepared.'])).toBe(expected);
    expect(textOf(['▪ Vetting - all staff vetted.', 'o Data on resignation rates.', '- - i. That a report be prepared.'])).toBe(expected);
    // Word's Symbol-font bullet, a private-use character
    expect(textOf(['\uF0B7 Vetting - all staff vetted.', '\uF0A7 Data on resignation rates.', '\uF0B7 i. That a report be prepared.'])).toBe(expected);
  });
});
