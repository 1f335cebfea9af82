// Tables of the sample pack (as the text reader gives them: tab-separated, <b> for bold) for unit tests.
import { tablesParser } from '../src/sections/tables.js';
import { joinTablesAcrossPages } from '../src/tables/index.js';
import type { TableRecord } from '../src/records.js';
import { contextOf, paragraph, tableBlock } from './table-builders.js';

export const REVENUE = `Revenue Budget, £m\t2022/23 including CWG\t2023/24 MTFP
Pay Costs\t656.8\t672.5
Non-Pay Costs including Projects\t244.2\t176.3
External Income\t(198.5)\t(105.0)
<b>Force Costs</b>\t<b>702.5</b>\t<b>743.8</b>
Office for the PCC\t2.9\t3.0
Community Safety\t3.9\t3.9
External Commissioning\t2.1\t2.1
<b>PCC Costs</b>\t<b>8.9</b>\t<b>9.0</b>
<b>Total Costs</b>\t<b>711.4</b>\t<b>752.8</b>
Police Grants\t(563.7)\t(569.7)
Precepts\t(134.6)\t(149.3)
Planned Use of Reserves\t(13.1)\t(5.7)
<b>Funding Gap</b>\t<b>0.0</b>\t<b>28.1</b>`;

export const BANDS = `<b>Band</b>\t<b>Statutory Proportion</b>\t<b>2022/23 Precept £: p</b>\t<b>2023/24 Precept £: p</b>\t<b>Change Annual £: p</b>\t<b>Change Weekly £: p</b>
Band A\t6/9\t125.03\t135.03\t10.00\t0.19
Band B\t7/9\t145.87\t157.54\t11.67\t0.22
Band C\t8/9\t166.71\t180.04\t13.33\t0.26
<b>Band D</b>\t<b>9/9</b>\t<b>187.55</b>\t<b>202.55</b>\t<b>15.00</b>\t<b>0.29</b>
Band E\t11/9\t229.23\t247.56\t18.33\t0.35`;

export const CAPITAL = `Capital Programme, £m\t2022/23\t2023/24\t2024/25\t2025/26\t2026/27\tTotal
Fleet\t4.7\t5.1\t5.7\t6.4\t6.6\t23.8
Body Worn Video\t0.7\t1.4\t1.0\t1.0\t1.0\t4.3
Taser\t0.0\t0.0\t0.0\t1.8\t1.0\t2.8
Mobility Devices\t2.5\t3.0\t3.0\t3.0\t3.0\t12.0
Laptops / Desktops\t2.0\t2.0\t2.0\t2.0\t2.0\t8.0
IT Infrastructure\t5.9\t4.0\t5.5\t5.5\t5.5\t20.5
<b>Total Business as Usual Capital</b>\t<b>15.8</b>\t<b>15.5</b>\t<b>17.2</b>\t<b>19.7</b>\t<b>19.1</b>\t<b>71.4</b>
Estates Strategy\t6.6\t36.8\t33.0\t25.0\t27.5\t122.3
<b>Total Capital Programme</b>\t<b>22.4</b>\t<b>52.3</b>\t<b>50.2</b>\t<b>44.7</b>\t<b>46.5</b>\t<b>193.8</b>
<b>Business as Usual Funded by:</b>\t\t\t\t\t\t
Revenue Contributions\t15.8\t8.5\t17.2\t19.7\t19.1\t64.4
Borrowing\t0.0\t7.0\t0.0\t0.0\t0.0\t7.0
<b>Estates Strategy Funded by:</b>\t\t\t\t\t\t
Planned Borrowing\t2.0\t33.6\t30.0\t15.0\t12.3\t90.9
Capital Receipts\t4.6\t3.2\t3.0\t10.0\t15.2\t31.4
<b>Total Funding</b>\t<b>22.4</b>\t<b>52.3</b>\t<b>50.2</b>\t<b>44.7</b>\t<b>46.5</b>\t<b>193.8</b>`;

export const ALLOCATION_1 = `Activity\t(£)
<b>Funding</b>\t
<b>2022-23 Allocation</b>\t<b>£3,863,303</b>
<b>Force Wide Commissioning Allocations</b>\t
<b>Youth Offending</b>\t<b>£ 652,108</b>
<b>Multi Agency Risk Assessment Conference Structure</b>\t<b>£ 354,000</b>
<b>Allocations for Victims of Crime – Victims Fund top up</b>\t<b>£ 271,410</b>
<b>CSP Analysts</b>\t<b>£ 210,000</b>
<b>Arrest Referral (Drug Interventions Programme)</b>\t<b>£ 500,000</b>
<b>New Chance</b>\t<b>£ 270,000</b>
<b>Restorative Justice West Midlands – ASB</b>\t<b>£ 63,785</b>
<b>Op Hercules – Forcewide Injunctions</b>\t<b>£ 42,000</b>
<b>Sub-Total</b>\t<b>£2,091,893</b>
<b>Local Commissioning Allocations</b>\t
<b>Birmingham</b>\t<b>£660,000</b>
<b>Coventry</b>\t<b>£165,000</b>
<b>Dudley</b>\t<b>£135,000</b>
<b>Sandwell</b>\t<b>£165,000</b>
<b>Solihull</b>\t<b>£ 90,000</b>`;

export const ALLOCATION_2 = `<b>Walsall</b>\t<b>£135,000</b>\t
<b>Wolverhampton</b>\t<b>£150,000</b>\t
<b>7 local CSPs</b>\t\t<b>£1,500,000</b>
<b>Total Allocated Budget</b>\t\t<b>£3,591,893</b>`;

export const RANKING = `<b>May-22</b>\tWMP\tHighest ranking\tLowest ranking\tWMP Rank
Total Calls\t58,563\t176,035 MET\t4,883 Dyfed-Powys\t3rd
Average time to answer (seconds)\t36.6\t6.4 Lincolnshire\t36.6 WMP\t44th
Median time to answer (seconds)\t9\t3 Lincolnshire\t14 North Yorkshire\t41st
% Calls answered under 10 seconds\t51.0%\t89.1% Lincolnshire\t32.2% Durham\t40th
% Calls answered in 10-60 seconds\t28.0%\t8.9% Leicestershire\t57.3% South Yorkshire\t32nd
% Calls answered in 60 seconds or longer\t20.6%\t0.4% Derbyshire\t20.6% WMP\t44th`;

export const TRAINED = `Policing Strand\tTotal trained
Custody\t239
Frontline\t287
Investigators\t89
New Recruits\t309
Senior Leaders\t220
Cadets\t79
NVPC Trained\t18
<b>Total</b>\t<b>1223</b>`;

export const ESTABLISHMENT = `\t<b>Establishment</b>\t<b>Strength</b>\t<b>Vacancies</b>\t<b>Vacancy rate</b>
<b>Staff</b>\t788.8\t751.8\t37\t4.7%
<b>Officers</b>\t150.8\t143.6\t7.2\t4.8%
<b>Total</b>\t939.6\t895.4\t44.2\t4.7%`;

export function parseTables(...parts: (string | { intro: string })[]): TableRecord[] {
  const page = { number: null, width: null, height: null, blocks: parts.map((p) => (typeof p === 'string' ? tableBlock(p) : paragraph(p.intro))) };
  // pieces of one table are joined by the reader, as here
  joinTablesAcrossPages([page]);
  return tablesParser.parse(contextOf(page.blocks, 'Budget report')).tables!;
}

