import { describe, expect, it } from 'vitest';
import { performanceParser } from '../src/sections/performance.js';
import { tablesParser } from '../src/sections/tables.js';
import type { Block } from '../src/model.js';
import type { PerformanceRecord } from '../src/records.js';
import { contextOf, paragraph, tableBlock } from './table-builders.js';
import { RANKING } from './sample-tables.js';
import { extractBytes } from '../src/extract.js';
import { fixtureBytes } from './helpers.js';

function performanceOf(blocks: Block[]): PerformanceRecord[] {
  const ctx = contextOf(blocks);
  ctx.records.tables = tablesParser.parse(ctx).tables;
  return performanceParser.parse(ctx).performance!;
}

const pick = (records: PerformanceRecord[], metric: string, channel?: string) =>
  records.filter((r) => r.metric === metric && (!channel || r.channel === channel))
    .map(({ period, channel: ch, subject, role, value, unit, rank, source }) => ({ period, channel: ch, subject, role, value, unit, rank, source }));

describe('performance from ranking tables', () => {
  const records = performanceOf([
    paragraph('27. In May and June 2022, WMP received the third highest volume of 999 calls in UK.'),
    tableBlock(RANKING),
  ]);
  it('gives the force, highest and lowest figures with the period and rank', () => {
    expect(pick(records, 'calls_received')).toEqual([
      { period: '2022-05', channel: '999', subject: 'WMP', role: 'force', value: 58563, unit: null, rank: 3, source: 'table' },
      { period: '2022-05', channel: '999', subject: 'MET', role: 'highest', value: 176035, unit: null, rank: null, source: 'table' },
      { period: '2022-05', channel: '999', subject: 'Dyfed-Powys', role: 'lowest', value: 4883, unit: null, rank: null, source: 'table' },
    ]);
    expect(pick(records, 'mean_time_to_answer')[1]).toMatchObject({ subject: 'Lincolnshire', value: 6.4, unit: 'seconds' });
    expect(pick(records, 'answered_over_60_seconds_percent')[0]).toMatchObject({ value: 20.6, unit: 'percent', rank: 44 });
    expect(pick(records, 'answered_10_60_seconds_percent')[2]).toMatchObject({ subject: 'South Yorkshire', value: 57.3 });
    expect(records).toHaveLength(18);
  });
});

describe('performance from sentences', () => {
  const records = performanceOf([
    tableBlock(RANKING),
    paragraph('Performance Data – Force Contact', 'heading'),
    paragraph('73. All Data will be rolling 12 month totals Aug 21 – July 22, where data is taken from national data this will be for July 2022 unless stated'),
    paragraph('74. During the 12 month period WMP received 885,504 emergency calls for service.'),
    paragraph('75. During this period WMP answered 66% of all calls to the emergency number within the SLA of 10 seconds. The national range for July was between 87% - 39%.'),
    paragraph('79. The mean average time for 12 months is 26 seconds and median 7 seconds.'),
    paragraph('81. The average call handling time for 12 months was 3 mins 53 seconds.'),
    paragraph('82. During the 12 months WMP received 685,157 non-emergency calls for service. During this period WMP answered 34% of all calls to non-emergency within the SLA of 3 minutes.'),
    paragraph('83. During the 12 months 44% of non-emergency calls were abandoned 32% after SLA, the majority of these at peak times.'),
    paragraph('84. The mean average time to answer during the 12 months was 12 mins 28 seconds.'),
    paragraph("88. 91% of all P1 incidents were attended and 75% of all P2 incidents were attended."),
    paragraph('91. During 12 months 173,538 live chats were offered with 27% abandoned. The average talk time was 15 mins 18 seconds and it took an average of 7 mins 54 seconds wait time.'),
    paragraph('This is a target of answering 90% of 999 calls within 10 seconds and answering 90% of 101 calls within 3 minutes.'),
  ]).filter((r) => r.source === 'text');
  const period = '2021-08/2022-07';

  it('reads calls, SLA percentages and times with channel, subject and period', () => {
    expect(pick(records, 'calls_received')).toEqual([
      { period, channel: '999', subject: 'WMP', role: 'force', value: 885504, unit: null, rank: null, source: 'text' },
      { period, channel: '101', subject: 'WMP', role: 'force', value: 685157, unit: null, rank: null, source: 'text' },
    ]);
    expect(pick(records, 'answered_within_sla_percent').map((r) => [r.channel, r.value])).toEqual([['999', 66], ['101', 34]]);
    expect(pick(records, 'mean_time_to_answer').map((r) => [r.channel, r.value])).toEqual([['999', 26], ['101', 748]]);
    expect(pick(records, 'median_time_to_answer').map((r) => [r.channel, r.value])).toEqual([['999', 7]]);
    expect(pick(records, 'mean_call_handling_time')[0]).toMatchObject({ channel: '999', value: 233, unit: 'seconds' });
  });

  it('reads abandonment, attendance and live chat figures', () => {
    expect(pick(records, 'abandoned_percent').map((r) => [r.channel, r.value])).toEqual([['101', 44], ['live_chat', 27]]);
    expect(pick(records, 'abandoned_after_sla_percent').map((r) => [r.channel, r.value])).toEqual([['101', 32]]);
    expect(pick(records, 'attended_percent').map((r) => [r.channel, r.value])).toEqual([['p1', 91], ['p2', 75]]);
    expect(pick(records, 'chats_offered')[0]).toMatchObject({ channel: 'live_chat', value: 173538 });
    expect(pick(records, 'mean_talk_time')[0]).toMatchObject({ value: 918 });
    expect(pick(records, 'mean_wait_time')[0]).toMatchObject({ value: 474 });
  });

  it('never reports the SLA definitions, ranges without a measure, or targets', () => {
    expect(records.some((r) => r.value === 10 || r.value === 180 || r.value === 87 || r.value === 90)).toBe(false);
    expect(records.every((r) => r.period === period)).toBe(true);
  });
});

describe('performance of a sentence naming its force and year', () => {
  it('takes the acronym doing the reporting verb as subject and the fiscal year as period', () => {
    const [calls, sla] = performanceOf([paragraph('During 2021/22 XYZ received 123,456 emergency calls and answered 81% within the SLA.')]);
    expect(calls).toMatchObject({ period: '2021/22', channel: '999', metric: 'calls_received', subject: 'XYZ', role: 'force', value: 123456 });
    expect(sla).toMatchObject({ metric: 'answered_within_sla_percent', subject: 'XYZ', value: 81 });
  });
});

describe('performance of the sample pack (text rendering)', async () => {
  const doc = await extractBytes(fixtureBytes('sample/pack.txt'), { fileName: 'pack.txt', only: ['performance'] });
  it('reads both monthly ranking tables and the figures of the report text', () => {
    expect(doc.performance.filter((r) => r.source === 'table')).toHaveLength(36);
    expect(doc.performance.filter((r) => r.source === 'table' && r.period === '2022-06' && r.role === 'force')
      .map((r) => r.rank)).toEqual([3, 44, 31, 38, 29, 44]);
    const text = doc.performance.filter((r) => r.source === 'text');
    expect(text.find((r) => r.value === 885504)).toMatchObject({ channel: '999', metric: 'calls_received', subject: 'WMP', period: '2021-08/2022-07' });
    expect(text.find((r) => r.metric === 'answered_within_sla_percent' && r.channel === '999')).toMatchObject({ value: 66, unit: 'percent' });
    expect(text.find((r) => r.metric === 'mean_time_to_answer' && r.channel === '101')).toMatchObject({ value: 748, raw: '12 mins 28 seconds' });
    expect(text.find((r) => r.metric === 'mean_call_handling_time')).toMatchObject({ value: 233, channel: '999' });
    expect(text.find((r) => r.rank === 3)).toMatchObject({ metric: 'calls_received', channel: '999', value: null });
  });
});
