import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractBytes } from '../src/extract.js';
import { FIXTURES, ROOT } from './helpers.js';
import { SAMPLE_INPUTS } from './sample-docs.js';
import { checkTable } from '../src/sections/checks.js';
import { ALLOCATION_1, ALLOCATION_2, BANDS, CAPITAL, ESTABLISHMENT, RANKING, REVENUE, TRAINED, parseTables } from './sample-tables.js';

const checksOf = (...parts: string[]) => parseTables(...parts).flatMap(checkTable);

describe('checks', () => {
  it('finds every total of the revenue budget adds up, including the funding gap', () => {
    const checks = checksOf(REVENUE);
    expect(checks.map((c) => [c.row_label, c.column_label, c.status])).toEqual([
      ['Force Costs', '2022/23 including CWG', 'ok'], ['Force Costs', '2023/24 MTFP', 'ok'],
      ['PCC Costs', '2022/23 including CWG', 'ok'], ['PCC Costs', '2023/24 MTFP', 'ok'],
      ['Total Costs', '2022/23 including CWG', 'ok'], ['Total Costs', '2023/24 MTFP', 'ok'],
      ['Funding Gap', '2022/23 including CWG', 'ok'], ['Funding Gap', '2023/24 MTFP', 'ok'],
    ]);
    expect(checks[7]).toMatchObject({ stated: 28.1, computed: 28.1, difference: 0 });
  });

  it('has no false mismatch in the capital programme; the Total column leaves out the first year', () => {
    const checks = checksOf(CAPITAL);
    expect(checks.filter((c) => c.status === 'mismatch')).toEqual([]);
    const tcp = checks.find((c) => c.row_label === 'Total Capital Programme' && c.column_label === '2023/24')!;
    expect(tcp).toMatchObject({ stated: 52.3, computed: 52.3, status: 'ok' });
    expect(tcp.explanation).toContain('Total Business as Usual Capital');
    const fleet = checks.find((c) => c.row_label === 'Fleet' && c.column_label === 'Total')!;
    expect(fleet.explanation).toContain('2022/23 not included');
    const bwv = checks.find((c) => c.row_label === 'Body Worn Video' && c.column_label === 'Total')!;
    expect(bwv).toMatchObject({ stated: 4.3, computed: 4.4, status: 'rounding' });
    expect(checks.find((c) => c.row_label === 'Total Funding' && c.column_label === '2026/27')).toMatchObject({ computed: 46.6, status: 'rounding' });
  });

  it('reports the sub-total that leaves out one row, and nothing false elsewhere in the table', () => {
    const checks = checksOf(ALLOCATION_1, ALLOCATION_2);
    const sub = checks.find((c) => c.row_label === 'Sub-Total')!;
    expect(sub).toMatchObject({ stated: 2091893, computed: 2363303, difference: -271410, status: 'mismatch' });
    expect(sub.explanation).toContain('271,410 less');
    expect(sub.explanation).toContain('"Allocations for Victims of Crime – Victims Fund top up"');
    expect(checks.filter((c) => c.status === 'mismatch')).toHaveLength(1);
    expect(checks.find((c) => c.row_label === '7 local CSPs')).toMatchObject({ computed: 1500000, status: 'ok' });
    expect(checks.find((c) => c.row_label === 'Total Allocated Budget')).toMatchObject({ computed: 3591893, status: 'ok' });
  });

  it('reports a total that is one row short', () => {
    const [check] = checksOf(TRAINED);
    expect(check).toMatchObject({ row_label: 'Total', stated: 1223, computed: 1241, status: 'mismatch' });
    expect(check.explanation).toContain('"NVPC Trained" (18)');
  });

  it('checks workforce totals and change columns but never sums percentages, ranks or bold reference rows', () => {
    expect(checksOf(ESTABLISHMENT).map((c) => [c.column_label, c.status])).toEqual([
      ['Establishment', 'ok'], ['Strength', 'ok'], ['Vacancies', 'ok'],
    ]);
    const bands = checksOf(BANDS);
    expect(bands.map((c) => [c.row_label, c.column_label, c.status])).toEqual(['Band A', 'Band B', 'Band C', 'Band D', 'Band E']
      .map((band) => [band, 'Change Annual £: p', 'ok']));
    expect(bands[0].explanation).toBe('Band A in column "Change Annual £: p" is 10.00: 2023/24 Precept £: p minus 2022/23 Precept £: p = 10.00.');
    expect(checksOf(RANKING)).toEqual([]);
  });

  it('reports no mismatch where a total is far from the sum in most columns (the reading is wrong)', () => {
    const table = `Budget £000s\tA\tB\tC\tD\tE\tF
Contributions to Reserves\t100.0\t50.0\t10.0\t5.0\t0.0\t0.0
Drawdowns from Reserves\t-40.0\t-20.0\t-5.0\t-2.0\t-100.0\t0.0
<b>TOTAL RESERVES</b>\t<b>60.0</b>\t<b>30.0</b>\t<b>5.0</b>\t<b>3.0</b>\t<b>-100.0</b>\t<b>0.0</b>
<b>NET CHANGE</b>\t<b>500.0</b>\t<b>300.0</b>\t<b>200.0</b>\t<b>150.0</b>\t<b>2,500.0</b>\t<b>0.0</b>
<b>NET BUDGET</b>\t<b>9,000.0</b>\t<b>7,000.0</b>\t<b>5,000.0</b>\t<b>4,000.0</b>\t<b>2,100.0</b>\t<b>0.0</b>`;
    const checks = checksOf(table);
    expect(checks.filter((c) => c.row_label === 'TOTAL RESERVES').map((c) => c.status)).toEqual(Array(6).fill('ok'));
    expect(checks.filter((c) => c.status === 'mismatch')).toEqual([]);
  });

  it('ignores a "Total" row that is not the sum of the rows above it', () => {
    const table = `Monthly measures\tBefore\tAfter
Satisfaction\t85\t92
Unsubscribes\t62\t16
Total signups\t109559\t120820`;
    expect(checksOf(table)).toEqual([]);
  });
});

describe('checks of the sample pack', () => {
  const renderings = SAMPLE_INPUTS;
  it.each(renderings)('%s: the two totals that do not add up, and no false mismatch', async (path) => {
    const doc = await extractBytes(new Uint8Array(readFileSync(path)), { fileName: path, only: ['checks'] });
    const count = (s: string) => doc.checks.filter((c) => c.status === s).length;
    expect([count('ok'), count('rounding'), count('mismatch')]).toEqual([44, 7, 2]);
    expect(doc.checks.filter((c) => c.status === 'mismatch').map((c) => [c.row_label, c.stated, c.computed])).toEqual([
      ['Total', 1223, 1241], ['Sub-Total', 2091893, 2363303],
    ]);
  });

  it('panelpack check prints the findings and exits 3', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/panelpack.js'), 'check', join(FIXTURES, 'sample/pack.txt')],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(3);
    const lines = r.stdout.trim().split('\n');
    expect(lines.filter((l) => l.includes('MISMATCH'))).toHaveLength(2);
    expect(lines[lines.length - 1]).toBe('pack: 53 totals checked in 6 tables: 44 ok, 7 rounding, 2 mismatch');
    const csv = spawnSync(process.execPath, [join(ROOT, 'bin/panelpack.js'), 'check', '--format', 'csv', join(FIXTURES, 'sample/pack.txt')],
      { encoding: 'utf8' });
    expect(csv.stdout.split('\n')[0]).toBe('pack,table_id,row_label,column_label,stated,computed,difference,status,explanation,page');
  });
});

describe('checks on other layouts', () => {
  it('reads a total of a single row, and totals named in a second text column', () => {
    const payments = `Name\tCity\tPurpose\tAmount
Ann Example\tLeeds\tMeals\t$85.00
TOTAL\t\t\t$85.00
Bob Example\tYork\tTravel\t$78.80
Bob Example\tYork\tMeals\t$392.45
TOTAL\t\t\t$471.25`;
    expect(checksOf(payments).map((c) => [c.stated, c.computed, c.status])).toEqual([[85, 85, 'ok'], [471.25, 471.25, 'ok']]);
    const plans = `Plan Type\tCounty\tPlan Name\tTotals
GMC\tNorth\tPlan A\t164,380
GMC\tSouth\tPlan B\t126,547
GMC\tTotal GMC Enrollment\t\t290,927
PCCM\tEast\tPlan C\t828
PCCM\tWest\tPlan D\t25
PCCM\tTotal PHP Enrollment\t\t853
All Models Total Enrollments\t\t\t291,780`;
    const checks = checksOf(plans);
    expect(checks.map((c) => c.status)).toEqual(['ok', 'ok', 'ok']);
    expect(checks[2].explanation).toContain('"GMC / Total GMC Enrollment" and "PCCM / Total PHP Enrollment"');
  });

  it('reports a total one short without blaming a row by chance', () => {
    const enquiries = `Country	Enquiries
North	32
South	30
East	20
West	1
Total	82`;
    const [check] = checksOf(enquiries);
    expect(check).toMatchObject({ stated: 82, computed: 83, difference: -1, status: 'mismatch' });
    expect(check.explanation).toBe('Total in column "Enquiries" is 82 but the 4 rows above it ("North", "South", "East" and "West") add up to 83: the total is 1 less than the sum.');
  });

  it('reads a total under a cross-classification as the sum of each breakdown', () => {
    const deaths = `Characteristic\tno.\tRate
Sex\t\t
Female\t200,915\t103.1
Male\t224,510\t176.5
Ethnicity\t\t
Hispanic\t20,939\t106.4
Non-Hispanic\t403,588\t136.8
total\t425,425\t135.0`;
    const checks = checksOf(deaths);
    expect(checks.map((c) => [c.column_label, c.status])).toEqual([['no.', 'ok']]);
    expect(checks[0].explanation).toContain('under "Sex"');
  });
});
