import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { minutesParser } from '../src/sections/minutes.js';
import { attendanceParser } from '../src/sections/attendance.js';
import { votesParser } from '../src/sections/votes.js';
import { membersParser } from '../src/sections/members.js';
import { ctxOf } from './blocks.js';
import { context, extractFixture, para, table } from './build-doc.js';
import { FIXTURES, SHARED, hasShared } from './helpers.js';

const parse = (specs: string[]) => minutesParser.parse(ctxOf(specs));

describe('minute items', () => {
  it('reads bold numbered headings inside a pack, up to the end of the minutes', () => {
    const { minute_items = [] } = parse([
      '**MINUTES OF THE MEETING OF THE PANEL HELD ON MONDAY 14 NOVEMBER 2022**', '**PRESENT: -**', 'Cllr A Smith – Dudley',
      '**681 NOTICE OF RECORDING**', 'The meeting was recorded.', '**682 APOLOGIES**', 'None.',
      'The meeting ended at 16:40 hours', 'CHAIR', '# **1. Purpose of Report**', 'Text of a report.',
    ]);
    expect(minute_items.map((m) => [m.minute, m.title, m.text, m.meeting_date])).toEqual([
      ['681', 'NOTICE OF RECORDING', 'The meeting was recorded.', '2022-11-14'],
      ['682', 'APOLOGIES', 'None. The meeting ended at 16:40 hours CHAIR', '2022-11-14'],
    ]);
  });
  it('reads upper-case numbered headings that are not bold', () => {
    const { minute_items = [] } = parse(['MINUTES OF THE MEETING HELD ON 2 MAY 2024', 'PRESENT: Cllr A Smith', '12 APOLOGIES', 'None.', '1. The Chair welcomed members.', '13 PUBLIC QUESTIONS', 'None.']);
    expect(minute_items.map((m) => [m.minute, m.text])).toEqual([['12', 'None. 1. The Chair welcomed members.'], ['13', 'None.']]);
  });
  it('reads "286. Title (Item 1)" headings over several lines, and unnumbered "Title (Item 3)"', () => {
    const { minute_items = [] } = parse([
      'MINUTES of a meeting of the Council held at County Hall on Thursday, 13 February 2025.', 'PRESENT: Mr A Smith and Mr B Jones',
      '**287. Declarations of Interests or Other Significant**', '**Interests in items on the agenda**', '(Item 2)', 'None.',
      '**Minutes of the meeting held on 30 July 2024**', '(Item 3)', 'RESOLVED that the minutes be approved.',
    ]);
    expect(minute_items.map((m) => [m.minute, m.title])).toEqual([
      ['287', 'Declarations of Interests or Other Significant Interests in items on the agenda'],
      ['3', 'Minutes of the meeting held on 30 July 2024'],
    ]);
  });
  it('document headings may print sub-items out of order; then a plain numbered line is no heading', () => {
    const { minute_items = [] } = parse([
      'MINUTES OF THE MEETING HELD ON 2 MAY 2024', 'PRESENT: Cllr A Smith', '# 4. Closed Session', 'That Council go into closed session:',
      '4.1 Labour Relations', 'A matter of labour relations.', '# 8.1.1 Disclosures', 'None.', '# 8.1.4 Parking', 'Received.',
      '# 8.1.2 Growth Projections', 'Received.', '# 8.1.5 Housing', 'Received.',
    ]);
    expect(minute_items.map((m) => m.minute)).toEqual(['4', '8.1.1', '8.1.4', '8.1.2', '8.1.5']);
    // the same out-of-order number in plain text is a list inside a minute, not a heading
    const plain = parse(['MINUTES OF THE MEETING HELD ON 2 MAY 2024', 'PRESENT: Cllr A Smith', '**8.1.4 PARKING**', 'Received.', '**8.1.2 GROWTH**', 'Noted.']);
    expect(plain.minute_items?.map((m) => m.minute)).toEqual(['8.1.4']);
  });
  it('a bold number over another bold number is a row of column headings, not a minute', () => {
    const { minute_items = [] } = parse(['MINUTES OF THE MEETING HELD ON 2 MAY 2024', 'PRESENT: Cllr A Smith', '**Budget Report**',
      'Forecast growth:', '**2013**', '**2014f**', '**2015f**', 'Employment', '-7.8', '**Any Other Business**', 'None.']);
    expect(minute_items.map((m) => [m.minute, m.title])).toEqual([[null, 'Budget Report'], [null, 'Any Other Business']]);
    // a column of figures: "0.225" then "18.498" over a sentence; "12" over "13.8"
    const figures = parse(['MINUTES OF THE MEETING HELD ON 2 MAY 2024', 'PRESENT: Cllr A Smith', '**Budget Report**', 'Capital:', '0.225', '18.498',
      'Certain projects are subject to approval.', 'Unemployment rate', '12', '13.8', '**Any Other Business**', 'None.']);
    expect(figures.minute_items?.map((m) => m.minute)).toEqual([null, null]);
  });
});

describe('titles run into their text', () => {
  it('a bold title opening a plain line after a lone number (two-column minutes read as a table)', () => {
    const { minute_items = [] } = minutesParser.parse(context([
      para('**MINUTES OF THE PARISH COUNCIL MEETING HELD ON 23rd May 2024**'), para('**Present:** Cllr A Smith, Cllr B Jones'),
      table([['05.24.01', '**Apologies** No apologies had been received'], ['05.24.02', '**Declarations of interest** There were none'],
        ['05.24.03', 'Minutes of the last meeting']], 1, 0),
    ]));
    expect(minute_items.map((m) => [m.minute, m.title, m.text])).toEqual([
      ['05.24.01', 'Apologies', 'No apologies had been received'], ['05.24.02', 'Declarations of interest', 'There were none'],
      ['05.24.03', 'Minutes of the last meeting', ''],
    ]);
  });
  it('a plain lone number takes a bold lead as its title, ending at a colon or at a sub-item "1."', () => {
    const { minute_items = [] } = minutesParser.parse(context([
      para('**MINUTES OF THE BOARD MEETING HELD ON 27 October 2016**'), para('**Present:** Ann Smith, Bob Jones'),
      table([['2.', '**Declarations of Interest** There were no declarations.'], ['3.', '**Committees 1. Review of membership** Agreed as follows.'],
        ['4.', '**Date of next meeting: 15th December 2016** At the Centre.']], 1, 0),
    ]));
    expect(minute_items.map((m) => [m.minute, m.title, m.text])).toEqual([
      ['2', 'Declarations of Interest', 'There were no declarations.'], ['3', 'Committees', '1. Review of membership Agreed as follows.'],
      ['4', 'Date of next meeting', '15th December 2016 At the Centre.'],
    ]);
  });
});

describe('resolutions', () => {
  const minutes = (body: string[]) => parse(['MINUTES of the meeting held on 1 May 2024', 'PRESENT: Mr A Smith', '**5 ITEM**', ...body]).resolutions ?? [];
  it('"RESOLVED: -" then a bold paragraph; "RESOLVED that ..."', () => {
    expect(minutes(['**RESOLVED: -**', '**That the report be noted.**']).map((r) => [r.minute, r.index, r.text])).toEqual([['5', null, 'That the report be noted.']]);
    expect(minutes(['3. RESOLVED – to note the report.']).map((r) => r.text)).toEqual(['to note the report.']);
  });
  it('roman items with bullet sub-items', () => {
    const rs = minutes(['**RESOLVED: -**', '- i. That a report be prepared.', '- ii. That it be published.',
      '- iii. That the PCC provide: -', '  - Data on headcount.', '  - Data on resignations.', '**6 NEXT**']);
    expect(rs.map((r) => [r.index, r.sub_items.length])).toEqual([['i', 0], ['ii', 0], ['iii', 2]]);
    expect(rs[2].sub_items).toEqual(['Data on headcount.', 'Data on resignations.']);
    // Word's Symbol-font bullet (a private-use character) before the roman numbers
    expect(minutes(['**RESOLVED: -**', '\uF0B7 i. That a report be prepared.', '\uF0B7 ii. That it be published.']).map((r) => [r.index, r.text]))
      .toEqual([['i', 'That a report be prepared.'], ['ii', 'That it be published.']]);
  });
  it('inline (A) (B) items (index without brackets), and "3. RESOLVED that Cabinet: 1. ... 2. ..."', () => {
    expect(minutes(['RESOLVED: (A) That the report be noted. (B) That a reply be sent.']).map((r) => [r.index, r.text]))
      .toEqual([['A', 'That the report be noted.'], ['B', 'That a reply be sent.']]);
    const rs = minutes(['3. RESOLVED that Cabinet:', '1. Agree the budget.', '2. Note the\nrisks.', '4. The Leader thanked officers.']);
    expect(rs.map((r) => [r.index, r.text, r.sub_items])).toEqual([[null, 'that Cabinet:', ['Agree the budget.', 'Note the risks.']]]);
  });
  it('a lead-in ending in ":" and its clauses are one resolution, the clauses in sub_items (markers dropped)', () => {
    expect(minutes(['3. RESOLVED that Cabinet agree to:', 'A) Note the forecast.', 'b) Agree the changes.']).map((r) => [r.index, r.text, r.sub_items]))
      .toEqual([[null, 'that Cabinet agree to:', ['Note the forecast.', 'Agree the changes.']]]);
    const rs = minutes(['(27) RESOLVED that:', 'County Council, having given due regard to the report, is asked to agree the following:', '(a) Item a.', '(b) Item b.']);
    expect(rs.map((r) => [r.index, r.text, r.sub_items])).toEqual([[null, 'that County Council, having given due regard to the report, is asked to agree the following:',
      ['Item a.', 'Item b.']]]);
    expect(minutes(['**RESOLVED: -**', '- i. That a report be prepared.', '- ii. That it be published.']).map((r) => r.index)).toEqual(['i', 'ii']);
  });
  it('an intro and group headings before lettered items; (i) after (h) is a letter', () => {
    const letters = 'abcdefghij'.split('').map((c) => `(${c}) Item ${c}.`);
    const rs = minutes(['(27) RESOLVED that:', 'County Council is asked to agree the following:', 'Capital Programme', ...letters.slice(0, 5), 'Council Tax', ...letters.slice(5)]);
    expect(rs.map((r) => [r.index, r.sub_items.length])).toEqual([[null, letters.length]]);
  });
});

describe('minutes boundaries', () => {
  it('end where the next report starts, even without a closing line', () => {
    const { minute_items = [] } = parse(['MINUTES of the meeting held on 1 May 2024', 'PRESENT: Mr A Smith', '**5 BUDGET**', 'Noted.',
      '# **Action Tracker**', '**Date:** 9 January 2023', '**1. Purpose of Report**', 'Text.']);
    expect(minute_items.map((m) => [m.minute, m.text])).toEqual([['5', 'Noted.']]);
  });
});

describe('members', () => {
  it('reads a members table with an organisation column', () => {
    const ctx = context([table([['Councillor', 'Authority'], ['Cllr A Smith (Chair)', 'North Council'], ['Cllr B Jones', 'South Council']])]);
    expect(membersParser.parse(ctx).members?.map((m) => [m.name, m.organisation, m.role])).toEqual([
      ['A Smith', 'North Council', 'Chair'], ['B Jones', 'South Council', null]]);
    expect(membersParser.parse(context([table([['Item', 'Authority'], ['Budget', 'North Council']])])).members).toEqual([]);
  });
  it('ignores prose after a Membership label', () => {
    const ctx = ctxOf(['Membership: The Panel comprises twelve councillors nominated by the councils of the area.']);
    expect(membersParser.parse(ctx).members).toEqual([]);
  });
  it('reads a roster under a "Panel Members" heading and an inline Membership line', () => {
    const ctx = ctxOf(['**Panel Members**', 'Cllr A Smith, Cllr B Jones – North Council\nCllr C Brown (Chair) – South Council\nD White (Vice-Chair), E Green – Co-opted Members', '**Officer Support:**',
      'Membership: Councillor F Black (Chair), Councillor G Grey (Vice-Chairman) and Councillor H Blue (East Council).']);
    const { members = [] } = membersParser.parse(ctx);
    expect(members.map((m) => [m.honorific, m.name, m.organisation, m.role])).toEqual([
      ['Cllr', 'A Smith', 'North Council', null], ['Cllr', 'B Jones', 'North Council', null], ['Cllr', 'C Brown', 'South Council', 'Chair'],
      [null, 'D White', 'Co-opted Members', 'Vice-Chair'], [null, 'E Green', 'Co-opted Members', null],
      ['Cllr', 'F Black', null, 'Chair'], ['Cllr', 'G Grey', null, 'Vice-Chair'], ['Cllr', 'H Blue', 'East Council', null],
    ]);
  });
});

const extract = extractFixture;

/** the page the minutes' attendance is printed on (read off each rendering) */
const MINUTES_PAGE: Record<string, number | null> = { 'pack.pdf': 3, 'pack-lo.pdf': 4, 'pack.html': null, 'pack.txt': null };
const SAMPLES = Object.keys(MINUTES_PAGE).filter((f) => existsSync(join(FIXTURES, 'sample', f)));

describe.each(SAMPLES)('sample pack (%s)', (file) => {
  it('minutes of the earlier meeting: items 681-688, resolutions, attendance, roster', async () => {
    const d = await extract(join(FIXTURES, 'sample', file));
    expect(d.minute_items.map((m) => m.minute)).toEqual(['681', '682', '683', '684', '685', '686', '687', '688']);
    expect(d.minute_items.every((m) => m.meeting_date === '2022-11-14')).toBe(true);
    expect(d.resolutions.map((r) => `${r.minute}${r.index ?? ''}:${r.sub_items.length}`)).toEqual(['684:0', '685:0', '687i:0', '687ii:0', '687iii:5']);
    const count = (s: string) => d.attendees.filter((a) => a.status === s).length;
    expect([count('present'), count('also_present'), count('apologies')]).toEqual([12, 7, 5]);
    expect(d.attendees.filter((a) => a.status === 'apologies').map((a) => a.name)).toEqual(['Akhtar', 'Hussain', 'Millard', 'Razzaq', 'Lionel Walker']);
    expect(d.attendees.every((a) => a.meeting_date === '2022-11-14' && a.page === MINUTES_PAGE[file])).toBe(true);
    expect(d.members).toHaveLength(14);
    expect(d.members.filter((m) => m.role).map((m) => [m.name, m.role])).toEqual([['Suky Samra', 'Chair'], ['Kristina Murphy', 'Vice-Chair']]);
  }, 30_000);
});

const kent = (name: string) => join(SHARED, 'corpus/kent', name);

describe.skipIf(!hasShared)('Kent minutes (PDF)', () => {
  it('County Council: attendance, numbered minutes, lettered resolutions', async () => {
    const d = await extract(kent('county-council-2025-02-13-minutes.pdf'));
    const count = (s: string) => d.attendees.filter((a) => a.status === s).length;
    expect([count('present'), count('also_present'), count('apologies')]).toEqual([64, 3, 15]);
    expect(d.attendees.find((a) => a.name === 'Paul Carter')).toMatchObject({ honorific: 'Sir', honours: 'CBE' });
    expect(d.attendees.find((a) => a.name === 'B J Sweetland')?.role).toBe('Chairman');
    expect(d.attendees.some((a) => a.name === 'Derek Crow-Brown' && a.status === 'apologies')).toBe(true);
    expect(d.minute_items.map((m) => m.minute)).toEqual(['286', '287', '288', '289', '290', '291']);
    expect(d.minute_items[1].title).toBe('Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda');
    expect(d.resolutions.map((r) => `${r.minute}:${r.sub_items.length}`)).toEqual(['288:0', '290:0', '291:22']);
  }, 30_000);
  it('Corporate Parenting Panel: unnumbered items, roles, virtual attendance', async () => {
    const d = await extract(kent('cabinet-panel-2024-10-29-minutes.pdf'));
    expect(d.attendees.filter((a) => a.status === 'present')).toHaveLength(14);
    expect(d.attendees.filter((a) => a.status === 'also_present')).toHaveLength(12);
    expect(d.attendees.filter((a) => a.remote).map((a) => a.name)).toEqual(['Lesley Game', 'Tracy Scott', 'Sue Chandler']);
    expect(d.minute_items.map((m) => m.minute)).toEqual('1 2 3 4 5 6 7 8 9 10 11 12'.split(' '));
    // ten RESOLVED paragraphs and, under minute 7, "It was agreed that children should be placed as close to home ..."
    expect(d.resolutions).toHaveLength(12);
    expect(d.attendees.every((a) => a.meeting_date === '2024-10-29')).toBe(true);
  }, 30_000);
  it('Cabinet: IN ATTENDANCE VIRTUALLY, "3. RESOLVED that Cabinet agree to: A) ... b) ..."', async () => {
    const d = await extract(kent('cabinet-2025-01-30-minutes.pdf'));
    expect(d.attendees.filter((a) => a.status === 'also_present' && a.remote)).toHaveLength(4);
    expect(d.minute_items.map((m) => m.minute)).toEqual(['84', '85', '86', '87', '88', '89', '90', '91', '92']);
    expect(d.resolutions.map((r) => `${r.minute}:${r.sub_items.length}`)).toEqual(['86:0', '88:6', '89:0', '90:0', '91:3', '92:0']);
  }, 30_000);
});

describe('robustness', () => {
  it('never throws on shuffled minutes fragments', () => {
    const fragment = fc.constantFrom('MINUTES of the meeting held on 1 May 2024', 'PRESENT: -', 'PRESENT: Mr A, Mrs B and', '**681 TITLE**',
      '(Item 2)', 'RESOLVED: -', 'RESOLVED that:', '- i. That', '  - sub', '(a) x', 'For (2)', 'Against (1)\nMr A', 'Motion carried.',
      'Apologies were received from Cllr X (Y)', 'Mr A was in attendance virtually.', '**Panel Members**', 'Cllr A – B', '', ',', '(', 'and');
    fc.assert(fc.property(fc.array(fragment, { maxLength: 25 }), (specs) => {
      const ctx = ctxOf(specs.map((s) => s || ' '));
      for (const parser of [attendanceParser, membersParser, minutesParser, votesParser]) parser.parse(ctx);
    }), { numRuns: 300 });
  });
});

// The same Kent minutes as plain text (pdftotext -layout / pdftotext): no bold, headings and "(Item N)" on one
// line, list items with markers inside their lines. Records must match what the PDF gives.
describe.skipIf(!hasShared)('Kent minutes as text renderings', () => {
  const summary = (d: Awaited<ReturnType<typeof extract>>) => ({
    attendees: d.attendees.map((a) => `${a.status}:${a.honorific ?? ''} ${a.name}|${a.role ?? ''}|${a.remote}`),
    minutes: d.minute_items.map((m) => `${m.minute} ${m.title}`),
    resolutions: d.resolutions.map((r) => `${r.minute}${r.index ?? ''}:${r.sub_items.length}`),
    motions: d.motions.map((m) => `${m.minute} ${m.for}/${m.against}/${m.abstain} ${m.result}`),
    votes: d.votes.map((v) => `${v.motion_index}${v.option}:${v.name}`),
  });
  it.each([
    ['minutes/kent-county-council-2025-02-13-minutes.layout.txt', 'county-council-2025-02-13-minutes.pdf'],
    ['minutes/kent-corporate-parenting-2024-10-29-minutes.plain.txt', 'cabinet-panel-2024-10-29-minutes.pdf'],
  ])('%s reads as its PDF', async (text, pdf) => {
    expect(summary(await extract(text))).toEqual(summary(await extract(kent(pdf))));
  }, 30_000);
});
