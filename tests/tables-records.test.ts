import { describe, expect, it } from 'vitest';
import { tablesParser } from '../src/sections/tables.js';
import { checkTable } from '../src/sections/checks.js';
import { extractBytes } from '../src/extract.js';
import { fixtureBytes } from './helpers.js';
import type { TableCellRecord, TableRecord } from '../src/records.js';
import { contextOf, paragraph, tableBlock } from './table-builders.js';
import { ALLOCATION_1, ALLOCATION_2, BANDS, CAPITAL, ESTABLISHMENT, RANKING, REVENUE, TRAINED, parseTables } from './sample-tables.js';

const at = (t: TableRecord, row: string, column: string | null): TableCellRecord => {
  const found = t.cells.find((c) => c.row_label === row && c.column_label === column);
  if (!found) throw new Error(`no cell ${row} / ${column}`);
  return found;
};

describe('tables parser', () => {
  it('reads a £m budget with brackets, bold sub-totals and the funding gap', () => {
    const [t] = parseTables({ intro: '1.7 The table below compares the 2022/23 budget with the 2023/24 MTFP.' }, REVENUE);
    expect(t).toMatchObject({ table_id: 't1', title: 'Revenue Budget, £m', kind: 'budget', unit: 'GBP million',
      section: 'Budget report', n_rows: 13, n_cols: 3 });
    expect(t.header).toEqual([['Revenue Budget, £m', '2022/23 including CWG', '2023/24 MTFP']]);
    expect(t.rows[0]).toEqual(['Pay Costs', '656.8', '672.5']);
    expect(at(t, 'Pay Costs', '2022/23 including CWG')).toMatchObject({ row: 1, column: 2, value: 656.8, unit: 'GBP million', is_total: false });
    expect(at(t, 'External Income', '2023/24 MTFP')).toMatchObject({ value: -105, raw: '(105.0)' });
    for (const label of ['Force Costs', 'PCC Costs', 'Total Costs', 'Funding Gap']) {
      expect(at(t, label, '2023/24 MTFP').is_total, label).toBe(true);
    }
    expect(at(t, 'Funding Gap', '2023/24 MTFP').value).toBe(28.1);
    expect(at(t, 'Community Safety', '2023/24 MTFP').is_total).toBe(false);
    expect(at(t, 'Pay Costs', 'Revenue Budget, £m')).toMatchObject({ column: 1, value: null, raw: 'Pay Costs' });
  });

  it('reads council tax bands: ratios kept raw, £ columns, a bold middle row is not a total', () => {
    const [t] = parseTables({ intro: '1.12 The following table sets out what the £15 would mean for local Council Tax Bands:' }, BANDS);
    expect(t.kind).toBe('precept');
    expect(t.title).toBe('The following table sets out what the £15 would mean for local Council Tax Bands:');
    expect(at(t, 'Band A', 'Statutory Proportion')).toMatchObject({ raw: '6/9', value: 0.6667, unit: 'ratio' });
    expect(at(t, 'Band D', '2023/24 Precept £: p')).toMatchObject({ value: 202.55, unit: 'GBP', is_total: false });
    expect(at(t, 'Band E', 'Change Weekly £: p').value).toBe(0.35);
  });

  it('reads a capital programme with group labels and a Total column', () => {
    const [t] = parseTables(CAPITAL);
    expect(t).toMatchObject({ kind: 'capital', unit: 'GBP million', title: 'Capital Programme, £m' });
    expect(at(t, 'Revenue Contributions', '2023/24')).toMatchObject({ value: 8.5, row_group: 'Business as Usual Funded by:' });
    expect(at(t, 'Capital Receipts', 'Total')).toMatchObject({ value: 31.4, row_group: 'Estates Strategy Funded by:' });
    expect(at(t, 'Fleet', '2022/23').row_group).toBeNull();
    expect(at(t, 'Total Funding', '2026/27')).toMatchObject({ value: 46.5, is_total: true, row_group: null });
    expect(t.cells.filter((c) => c.row_label === 'Business as Usual Funded by:')).toHaveLength(1);
  });

  it('merges a table continued after a break and finds the sub-total printed in its own column', () => {
    const [t, ...rest] = parseTables({ intro: '9. The budget allocation is set out below:' }, ALLOCATION_1, ALLOCATION_2);
    expect(rest).toHaveLength(0);
    expect(t).toMatchObject({ kind: 'allocation', unit: 'GBP', n_cols: 3 });
    expect(at(t, 'Youth Offending', '(£)')).toMatchObject({ value: 652108, unit: 'GBP', row_group: 'Force Wide Commissioning Allocations' });
    expect(at(t, 'Sub-Total', '(£)')).toMatchObject({ value: 2091893, is_total: true, row_group: 'Force Wide Commissioning Allocations' });
    expect(at(t, 'Walsall', '(£)').row_group).toBe('Local Commissioning Allocations');
    expect(at(t, '7 local CSPs', null)).toMatchObject({ value: 1500000, is_total: true });
    expect(at(t, 'Total Allocated Budget', null)).toMatchObject({ value: 3591893, is_total: true });
    expect(at(t, '2022-23 Allocation', '(£)')).toMatchObject({ row_group: 'Funding', is_total: false });
  });

  it('reads a ranking table: qualifiers, units from row labels, ranks', () => {
    const [t] = parseTables(RANKING);
    expect(t).toMatchObject({ title: 'May-22', kind: 'performance' });
    expect(at(t, 'Total Calls', 'Highest ranking')).toMatchObject({ value: 176035, qualifier: 'MET', unit: null, is_total: false });
    expect(at(t, 'Average time to answer (seconds)', 'Highest ranking')).toMatchObject({ value: 6.4, unit: 'seconds', qualifier: 'Lincolnshire' });
    expect(at(t, '% Calls answered in 60 seconds or longer', 'Lowest ranking')).toMatchObject({ value: 20.6, unit: 'percent', qualifier: 'WMP' });
    expect(at(t, '% Calls answered under 10 seconds', 'WMP Rank')).toMatchObject({ value: 40, unit: 'rank' });
  });

  it('reads workforce tables with an empty corner cell', () => {
    const [t] = parseTables({ intro: '56. The vacancy position is detailed in the table below:' }, ESTABLISHMENT);
    expect(t.kind).toBe('workforce');
    expect(at(t, 'Officers', 'Vacancies')).toMatchObject({ value: 7.2, unit: null });
    expect(at(t, 'Total', 'Vacancy rate')).toMatchObject({ value: 4.7, unit: 'percent', is_total: true });
    expect(at(t, 'Staff', 'Strength').is_total).toBe(false);
  });

  it('numbers tables by page when pages are known', () => {
    const blocks = [tableBlock(TRAINED, 1, 12), tableBlock(ESTABLISHMENT, 1, 12)];
    blocks.splice(1, 0, paragraph('A heading between them', 'heading', 12));
    const ids = tablesParser.parse(contextOf(blocks)).tables!.map((t) => [t.table_id, t.page_start]);
    expect(ids).toEqual([['p12-t1', 12], ['p12-t2', 12]]);
  });
});

describe('tables of the sample pack (text rendering)', async () => {
  const doc = await extractBytes(fixtureBytes('sample/pack.txt'), { fileName: 'pack.txt', only: ['tables'] });
  const table = (title: RegExp) => doc.tables.find((t) => title.test(t.title ?? ''))!;
  const valued = (t: TableRecord) => t.cells.filter((c) => c.value !== null);

  it('finds every table with its kind and unit', () => {
    expect(doc.tables.map((t) => t.kind).filter((k) => k !== 'other').sort()).toEqual([
      'allocation', 'budget', 'capital', 'performance', 'performance', 'performance', 'performance', 'precept', 'workforce', 'workforce', 'workforce', 'workforce',
    ]);
    expect(table(/Revenue Budget/)).toMatchObject({ unit: 'GBP million', n_rows: 13, n_cols: 3 });
    expect(table(/Capital Programme/)).toMatchObject({ unit: 'GBP million', n_rows: 16, n_cols: 7 });
  });

  it('gives every figure of the budget, capital and allocation tables its value, unit, row and column', () => {
    expect(valued(table(/Revenue Budget/))).toHaveLength(26);
    expect(valued(table(/Revenue Budget/)).every((c) => c.unit === 'GBP million')).toBe(true);
    const capital = valued(table(/Capital Programme/));
    expect(capital).toHaveLength(14 * 6);
    expect(capital.find((c) => c.row_label === 'Estates Strategy' && c.column_label === '2023/24')).toMatchObject({ value: 36.8, row: 8, column: 3 });
    expect(capital.find((c) => c.row_label === 'Planned Borrowing' && c.column_label === 'Total'))
      .toMatchObject({ value: 90.9, row_group: 'Estates Strategy Funded by:', is_total: true });
    expect(capital.find((c) => c.row_label === 'Planned Borrowing' && c.column_label === '2024/25')!.is_total).toBe(false);
    const allocation = valued(table(/allocation/));
    expect(allocation).toHaveLength(19);
    expect(allocation.every((c) => c.unit === 'GBP')).toBe(true);
    expect(allocation.filter((c) => c.is_total).map((c) => c.row_label)).toEqual(['Sub-Total', '7 local CSPs', 'Total Allocated Budget']);
  });

  it('reads the call-handling rankings of both months', () => {
    const june = table(/^Jun-22$/);
    expect(june.cells.find((c) => c.row_label === 'Total calls' && c.column_label === 'Highest ranking'))
      .toMatchObject({ value: 165617, qualifier: 'MET' });
    expect(june.cells.find((c) => c.row_label === '% Calls answered in 10-60 seconds' && c.column_label === 'WMP'))
      .toMatchObject({ raw: '23.20%', value: 23.2, unit: 'percent' });
    expect(valued(june)).toHaveLength(24);
  });
});

describe('tables with a row-number column and a units row', () => {
  const capital = `ROW REF\tDirectorate\tDir\tTotal Cost\t2025-26
\t\t\t£000s\t£000s
1\tAdult Services\tAS\t7,003\t549
2\tChildren's Services\tCS\t5 65,619\t97,113
3\tTotal Cash Limit\t\t572,622\t97,662
Funded By:\t\t\t\t
4\tBorrowing\t\t441,100\t45,168
5\tGrants\t\t131,522\t52,494
6\tTotal Finance\t\t572,622\t97,662`;
  const [t] = parseTables(capital);
  const at = (row: string, column: string) => t.cells.find((c) => c.row_label === row && c.column_label === column)!;

  it('labels rows by the first column of words, keeps the units row in the header and joins split figures', () => {
    expect(t.header).toHaveLength(2);
    expect(t.unit).toBe('GBP thousand');
    expect(at("Children's Services", 'Total Cost / £000s')).toMatchObject({ raw: '5 65,619', value: 565619, unit: 'GBP thousand' });
    expect(at('Adult Services', 'ROW REF')).toMatchObject({ raw: '1', value: null });
    expect(at('Grants', '2025-26 / £000s')).toMatchObject({ row_group: 'Funded By:', value: 52494 });
    expect(at('Total Finance', 'Total Cost / £000s').is_total).toBe(true);
  });

  it('checks both totals', () => {
    expect(checkTable(t).map((c) => [c.row_label, c.status])).toEqual([
      ['Total Cash Limit', 'ok'], ['Total Cash Limit', 'ok'], ['Total Finance', 'ok'], ['Total Finance', 'ok'],
    ]);
  });
});
