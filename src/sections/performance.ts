// 999 / 101 / live chat / P1 / P2 figures, from ranking tables and from sentences.
//
//   Mar-21                | ABC    | Highest ranking | Lowest ranking  | ABC Rank    <- period, subject, roles
//   Total Calls           | 12,345 | 98,765 XYZ      | 1,234 Northshire | 5th
//
//   10. Figures are rolling 12 month totals Apr 20 – Mar 21 ...                     <- period of what follows
//   11. During the period ABC received 123,456 emergency calls for service.
//   12. The mean average time to answer was 2 mins 5 seconds.                       <- channel from context
import { cleanText, type Block } from '../model.js';
import type { PerformanceRecord, TableRecord } from '../records.js';
import { DURATION_PATTERN, toPeriod, toValue } from '../normalise/index.js';
import { clean } from './from-tables/table-helpers.js';
import { metricOf, nearestChannel, slugMetric, type Channel } from './from-text/performance-language.js';
import type { SectionContext, SectionParser } from './types.js';

const HIGHEST = /\b(highest|best|top)\b/i;
const LOWEST = /\b(lowest|worst|bottom)\b/i;
const RANK = /\b(rank|ranking|position)\b/i;
// a figure in a sentence: a duration, a percentage, or a count with thousands separators / 3+ digits
const FIGURE = new RegExp(String.raw`(?:over |under )?(?:${DURATION_PATTERN})|\d+(?:\.\d+)?%|\b\d+(?:st|nd|rd|th)\b|\b\d{1,3}(?:,\d{3})+\b|\b(?!(?:19|20)\d{2}\b)\d{3,}\b(?![:.]\d)`, 'gi');
// an acronym doing the reporting verb is the force the figures are about ("XYZ received 1,234 calls")
const ACTOR = /\b(\p{Lu}{2,6})\s+(?:received|answered|recorded|handled|attended|abandoned)\b/u;
// a sentence about a comparison baseline or a target states no result period or result
const BASELINE = /\b(?:compared|previous|than|vs\.?|versus)\b/i;
const TARGET = /\btargets?\b|\baims?\b|\bambition\b|\bshould\b/i;
// "999" and "101" in a sentence name a channel, not a count
const CHANNEL_NUMBER = /^(?:999|101)$/;
// durations that define a target or a band rather than report a result ("within the SLA of 10 seconds")
// (or the upper end of one: "between 10 and 60 seconds")
const NOT_A_RESULT = /(?:within(?: the)?|under|in over|after|between|than|sla of|in under|in|\d\s*(?:and|to|-|–))\s*$/i;

export const performanceParser: SectionParser = {
  name: 'performance',
  produces: ['performance'],
  needs: ['tables'],
  parse(ctx: SectionContext) {
    const tables = (ctx.records.tables ?? []).filter(isRankingTable);
    const subjects = [...new Set(tables.flatMap((t) => forceColumns(t).map((c) => t.header[0][c])))]
      .map((name) => ({ name, re: new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) }));
    const performance: PerformanceRecord[] = [];
    const used = new Set<TableRecord>();
    for (const report of ctx.reports) {
      let period: string | null = null;
      let channel: Channel | null = null;
      for (const block of report.blocks) {
        if (block.kind === 'heading') channel = nearestChannel(block.text) ?? null;
        if (block.kind === 'table') {
          // the table record printed by this block: the first unused one whose header it starts with
          const firstRow = (block.table?.grid[0] ?? []).map((c) => clean(c?.text ?? '')).join('|');
          const table = tables.find((t) => !used.has(t) && t.header[0]?.join('|') === firstRow);
          if (table) {
            used.add(table);
            performance.push(...fromTable(table, channel, period));
          }
          continue;
        }
        const found = fromText(block, subjects, channel, period);
        performance.push(...found.records);
        ({ channel, period } = found);
      }
    }
    return { performance };
  },
};

function isRankingTable(t: TableRecord): boolean {
  const header = t.header[0] ?? [];
  return header.some((h) => HIGHEST.test(h)) && header.some((h) => LOWEST.test(h) || RANK.test(h));
}

/** Columns holding the subject's own figures: neither the label column nor a highest/lowest/rank column. */
function forceColumns(t: TableRecord): number[] {
  const header = t.header[0] ?? [];
  return header.flatMap((h, c) => (c > 0 && h && !HIGHEST.test(h) && !LOWEST.test(h) && !RANK.test(h) ? [c] : []));
}

function fromTable(t: TableRecord, contextChannel: Channel | null, contextPeriod: string | null): PerformanceRecord[] {
  const header = t.header[0];
  const text = [t.title ?? '', ...header, ...t.rows.map((r) => r[0])].join(' ');
  const channel = nearestChannel(text) ?? contextChannel;
  if (!channel) return [];
  const period = toPeriod(t.title ?? '') ?? toPeriod(header[0] ?? '') ?? contextPeriod;
  const rankColumn = header.findIndex((h, c) => c > 0 && RANK.test(h) && !HIGHEST.test(h) && !LOWEST.test(h));
  const out: PerformanceRecord[] = [];
  t.rows.forEach((row, r) => {
    const cellAt = (c: number) => t.cells.find((x) => x.row === r + 1 && x.column === c + 1);
    const unitOf = (c: number) => cellAt(c)?.unit ?? null;
    const firstUnit = unitOf(1);
    const metric = metricOf(row[0], firstUnit, channel) ?? slugMetric(row[0], firstUnit);
    const rank = rankColumn >= 0 ? cellAt(rankColumn)?.value ?? null : null;
    header.forEach((h, c) => {
      const cell = cellAt(c);
      if (c === 0 || c === rankColumn || !cell || cell.value === null) return;
      const role = HIGHEST.test(h) ? 'highest' : LOWEST.test(h) ? 'lowest' : 'force';
      out.push({
        period, channel, metric, subject: role === 'force' ? h : cell.qualifier, role,
        value: cell.value, unit: cell.unit, rank: role === 'force' ? rank : null, source: 'table', raw: cell.raw, page: cell.page,
      });
    });
  });
  return out;
}

/** A subject (force) named in a table header, with its whole-word pattern compiled once per pack. */
interface Subject {
  name: string;
  re: RegExp;
}

/**
 * Figures of the sentences of one block. Returns the channel last named and the reporting period last
 * stated ("rolling 12 month totals Apr 20 – Mar 21"), which hold for the sentences that follow.
 */
function fromText(block: Block, subjects: Subject[], channel: Channel | null, period: string | null) {
  const records: PerformanceRecord[] = [];
  for (const sentence of cleanText(block).split(/(?<=[.!?])\s+(?=[A-Z0-9])/)) {
    const context = nearestChannel(sentence) ?? channel;
    channel = context;
    const ownPeriod = toPeriod(sentence);
    if (ownPeriod && /^\d{4}-\d{2}\/\d{4}-\d{2}$/.test(ownPeriod) && !BASELINE.test(sentence)) period = ownPeriod;
    // a figure with no reporting period ("a 20% rise") is a remark, not a performance record
    if (!context || !(ownPeriod ?? period) || TARGET.test(sentence)) continue;
    const figures = [...sentence.matchAll(FIGURE)].filter((m) => !NOT_A_RESULT.test(sentence.slice(0, m.index)) && !CHANNEL_NUMBER.test(m[0]));
    if (figures.length === 0) continue;
    const subject = subjects.find((s) => s.re.test(sentence))?.name ?? ACTOR.exec(sentence)?.[1] ?? null;
    figures.forEach((m, k) => {
      const start = k === 0 ? 0 : figures[k - 1].index! + figures[k - 1][0].length;
      const end = k + 1 < figures.length ? figures[k + 1].index! : sentence.length;
      const window = sentence.slice(start, end);
      const value = toValue(m[0]);
      const figureChannel = nearestChannel(window, m.index! - start) ?? context;
      const before = k === 0 ? '' : sentence.slice(0, start).replace(FIGURE, ' ');
      // durations follow their measure ("mean ... 26 seconds and median 7 seconds"); other figures precede it
      const end0 = m.index! + m[0].length;
      const right = sentence.slice(end0, end).split(/\b(?:mean|median|average)\b/i)[0];
      const metric = (value.unit === 'seconds' ? metricOf(sentence.slice(start, end0) + right, value.unit, figureChannel) : null)
        ?? metricOf(window, value.unit, figureChannel)
        ?? (before ? metricOf(`${before} ${window}`, value.unit, figureChannel) : null);
      if (!metric || value.value === null) return;
      const sign = metric === 'change_percent' && /\b(reduction|decrease|fall)\b/i.test(window) ? -1 : 1;
      const isRank = value.unit === 'rank';
      records.push({
        period: ownPeriod ?? period, channel: figureChannel, metric, subject, role: subject ? 'force' : null,
        value: isRank ? null : sign * value.value, unit: isRank ? null : value.unit, rank: isRank ? value.value : null,
        source: 'text', raw: m[0], page: block.page,
      });
    });
  }
  return { records, channel, period };
}
