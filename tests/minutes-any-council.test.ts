// Minutes of councils other than the sample's: each failure class of the records issue on a real corpus
// document (skipped when ../shared is absent), and the warnings that say what to distrust.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { minutesParser } from '../src/sections/minutes.js';
import { votesParser } from '../src/sections/votes.js';
import { attendanceParser } from '../src/sections/attendance.js';
import { doubtsParser } from '../src/sections/doubts.js';
import { attendanceLabel } from '../src/vocab/index.js';
import { toIsoDate } from '../src/normalise/dates.js';
import { ctxOf } from './blocks.js';
import { extractFixture } from './build-doc.js';
import { FIXTURES, SHARED } from './helpers.js';

const corpus = (rel: string) => join(SHARED, 'corpus', rel);
const has = (rel: string) => existsSync(corpus(rel));

describe('vocabularies', () => {
  it('attendance labels in English and Welsh, with or without a colon; a weak word needs one', () => {
    expect(attendanceLabel('PRESENT (six Councillors): - Pam Bullas')).toMatchObject({ status: 'present', rest: 'Pam Bullas' });
    expect(attendanceLabel('Those Attending: Cllr R Bivon')).toMatchObject({ status: 'present' });
    expect(attendanceLabel('Present')).toMatchObject({ status: 'present', explicit: true });
    expect(attendanceLabel('YMDDIHEURIADAU: Y Cynghorydd Alun Roberts')).toMatchObject({ status: 'apologies' });
    expect(attendanceLabel('HEFYD YN BRESENNOL: Mererid Hughes')).toMatchObject({ status: 'also_present' });
    expect(attendanceLabel('IN ATTENDANCE VIRTUALLY: Mr S Jones')).toMatchObject({ status: 'also_present', remote: true });
    expect(attendanceLabel('Members noted the report.')).toBeNull();
    expect(attendanceLabel('Present participation levels were low.')).toBeNull();
  });
  it('Welsh month names date a Welsh heading; "24 --- June 24, 2025" is not the 24th of June 2024', () => {
    expect(toIsoDate('nos Iau, 14 Mawrth 2024 am 7.00 yh')).toBe('2024-03-14');
    expect(toIsoDate('date: 2025-06-24 --- June 24, 2025, at 1:00 PM')).toBe('2025-06-24');
  });
});

describe('warnings that say what to distrust', () => {
  const head = ['MINUTES of the meeting held on 1 May 2024', 'PRESENT: Mr A Smith', '**5 BUDGET**'];
  it('a resolution with no words is dropped with empty_text', () => {
    const out = minutesParser.parse(ctxOf([...head, 'RESOLVED: .']));
    expect(out.resolutions).toEqual([]);
    expect(out.warnings?.map((w) => w.code)).toEqual(['empty_text']);
  });
  it('a named list that does not match its printed count gives vote_count_mismatch; "Agreed" is not a voter', () => {
    const ctx = ctxOf([...head, 'The Chairman put the motion to the vote and the voting was as follows:', 'For (3)', 'Mr Baker, Mr Carter Agreed', 'Against (0)']);
    const { motions = [], votes = [] } = votesParser.parse(ctx);
    expect(votes.map((v) => v.name)).toEqual(['Baker', 'Carter']);
    ctx.records = { ...ctx.records, motions, votes };
    expect(doubtsParser.parse(ctx).warnings?.filter((w) => w.code === 'vote_count_mismatch').map((w) => w.message))
      .toEqual(['minute 5: "for" printed as 3 but 2 names are listed']);
  });
  it('minutes far from the pack date give date_far; minutes without items give empty_section', () => {
    const ctx = ctxOf(['MINUTES of the meeting held on 1 May 2019', 'PRESENT: Mr A Smith', 'The meeting closed.']);
    ctx.meeting = { ...ctx.meeting, date: '2024-05-01' };
    expect(doubtsParser.parse(ctx).warnings?.map((w) => w.code).sort()).toEqual(['date_far', 'empty_section', 'empty_section']);
  });
});

describe.skipIf(!has('milburn-pc/milburn-pc-2019-01-08-minutes.pdf'))('minutes of other councils (corpus)', () => {
  it('"Present" alone over a names line, "19.01.1" numbering, dated by its heading not by "Dated 5th March 2019"', async () => {
    const d = await extractFixture(corpus('milburn-pc/milburn-pc-2019-01-08-minutes.pdf'));
    expect(d.meeting.date).toBe('2019-01-08');
    expect(d.minute_items.slice(0, 3).map((m) => [m.minute, m.title])).toEqual([['19.01.1', 'Apologies'], ['19.01.2', 'Register of Interests'], ['19.01.3', 'Minutes']]);
    expect(d.attendees.length).toBeGreaterThan(0);
    // the "Signed ... Dated ..." line at the foot of page 1 does not end the minutes: 19.01.7 goes on on page 2
    expect(d.minute_items.find((m) => m.minute === '19.01.7')?.page).toBe(2);
  });
  it('unnumbered "Title:" items, "Those Attending:", motions proposed and seconded; dated by the title, not the posting date', async () => {
    const d = await extractFixture(corpus('stoke-ferry-pc/stoke-ferry-pc-2012-12-19-minutes.md'));
    expect(d.meeting.date).toBe('2012-12-19');
    expect(d.minute_items.slice(0, 3).map((m) => [m.minute, m.title])).toEqual([[null, 'Minutes'], [null, 'Matters Arising'],
      [null, 'Receipt/Acceptance of Finance/Administration/Personnel Committee Meeting Minutes']]);
    expect(d.attendees.filter((a) => a.status === 'present').map((a) => a.name)).toContain('R Bivon');
    expect(d.motions.map((m) => [m.proposer, m.seconder, m.result])).toContainEqual(['Nicholas-Letch', 'McCarthy', 'carried']);
  });
  it('nested numbering "2", "2.1", "8.1.1" and "Motion made by / Seconded by" (Canadian eScribe minutes)', async () => {
    const d = await extractFixture(corpus('london-ontario/london-ontario-2025-06-24-minutes-council.md'));
    expect(d.meeting.date).toBe('2025-06-24');
    const numbers = d.minute_items.map((m) => m.minute);
    expect(numbers).toEqual(expect.arrayContaining(['2', '2.1', '8.1.1', '14']));
    // "### 8.1.3" printed after "### 8.1.7" is still a minute; plain "4.1 ..." lines inside minute 4 are not
    expect(numbers).toEqual(expect.arrayContaining(['8.1.3', '8.1.6', '8.2.7', '8.3.3']));
    expect(numbers).not.toContain('4.1');
    expect(d.motions.find((m) => m.minute === '4')).toMatchObject({ proposer: 'P. Cuddy', seconder: 'S. Franke' });
    expect(d.motions.find((m) => m.minute === '8.1.1')).toMatchObject({ proposer: 'S. Lewis', seconder: null, result: 'carried' });
  });
  it('a vote on "the motion set out in paragraph N" is that paragraph\'s motion: its proposer and seconder', async () => {
    const d = await extractFixture(corpus('kent/county-council-2025-02-13-minutes.pdf'));
    const substantive = d.motions[d.motions.length - 1];
    expect([substantive.minute, substantive.proposer, substantive.seconder]).toEqual(['291', 'Oakford', 'Gough']);
  });
});

describe.skipIf(!existsSync(join(FIXTURES, 'welsh')))('Welsh minutes (fixtures/welsh)', () => {
  it('a PRESENNOL list opens the minutes, dated by their Welsh heading; Welsh "a" and honorifics in name lists', async () => {
    const d = await extractFixture(join(FIXTURES, 'welsh', 'cyngor-cymuned-cofnodion.txt'));
    expect(d.meeting.date).toBe('2024-03-14');
    expect(d.attendees.filter((a) => a.status === 'present').map((a) => a.name)).toEqual(['Gwenllian Rees', 'Dafydd Morgan', 'Eirian Jones', 'Huw Pritchard', 'Siân Williams', 'Rhodri Evans']);
    // YMDDIHEURIADAU: Y Cynghorydd Alun Roberts a'r Cynghorydd Nia Thomas ("a'r" is "and the", the honorific Welsh)
    expect(d.attendees.filter((a) => a.status === 'apologies').map((a) => a.name)).toEqual(['Alun Roberts', 'Nia Thomas']);
  });
});

describe('decisions stated in prose', () => {
  const resolutionsOf = (body: string[]) =>
    (minutesParser.parse(ctxOf(['MINUTES of the meeting held on 1 May 2024', 'PRESENT: Mr A Smith', '**5 BUDGET**', ...body])).resolutions ?? []).map((r) => r.text);
  it('"It was agreed that ..." inside a paragraph, and a motion moved, seconded and carried', () => {
    expect(resolutionsOf(['Members discussed the quotes. It was agreed that the lowest quote be accepted.'])).toEqual(['the lowest quote be accepted']);
    expect(resolutionsOf(['It was proposed by Cllr A Jones, seconded by Cllr B Smith and unanimously agreed that the precept be £8,358.'])).toEqual(['the precept be £8,358.']);
    expect(resolutionsOf(['Motion made by S. Lewis', 'That the report BE RECEIVED.', 'Motion Passed'])).toEqual(['the report BE RECEIVED.']);
  });
  it('"The Panel agreed ...", "It was also agreed ...", and after a sentence adverb ("However the Board agreed ...")', () => {
    expect(resolutionsOf(['The Panel agreed that forces publish the data themselves.'])).toEqual(['The Panel agreed that forces publish the data themselves']);
    expect(resolutionsOf(['The item was discussed. It was also agreed to write to the Minister.'])).toEqual(['write to the Minister']);
    expect(resolutionsOf(['Views differed. However the Board agreed it would support the closing bodies.'])).toEqual(['However the Board agreed it would support the closing bodies']);
  });
  it('a motion with no result, or lost, is no resolution', () => {
    expect(resolutionsOf(['Cllr Jones proposed approval for payment seconded by Cllr Brown', 'Moved by: A. Hopkins', 'That the fee be waived.', 'Lost'])).toEqual([]);
  });
});

describe('attendance of other councils', () => {
  const attendees = (specs: string[]) => (attendanceParser.parse(ctxOf(specs)).attendees ?? []).map((a) => [a.status, a.name, a.affiliation]);
  it('apologies in prose: "A, B and C who was substituted by D" keeps A, B and C, and D as the substitute', () => {
    expect(attendees(['MINUTES of the meeting held on 2 May 2024', 'PRESENT: Cllr Z Young', '**1 APOLOGIES**',
      'Apologies were received from Cllr A Able, Cllr B Baker and Cllr C Cole who was substituted by Cllr D Dean.']).slice(1)).toEqual([
      ['apologies', 'A Able', null], ['apologies', 'B Baker', null], ['apologies', 'C Cole', 'substituted by Cllr D Dean'],
      ['substitute', 'D Dean', 'substitute for C Cole'],
    ]);
  });
  it('a label column: "Attendees" alone, the names in the cell beside it', () => {
    expect(attendees(['Board Meeting Minutes', 'Date', '27th October 2016', 'Attendees', 'Tony Brown, Sylvia Knights (Chief Executive)', '**1. Welcome**', 'Text.']))
      .toEqual([['present', 'Tony Brown', null], ['present', 'Sylvia Knights', 'Chief Executive']]);
  });
});
