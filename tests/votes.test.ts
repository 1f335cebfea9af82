import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { votesParser } from '../src/sections/votes.js';
import { minutesParser } from '../src/sections/minutes.js';
import { ctxOf } from './blocks.js';
import { extractFixture } from './build-doc.js';
import { SHARED, hasShared } from './helpers.js';

const minutes = (body: string[]) => votesParser.parse(ctxOf([
  'MINUTES of a meeting of the Council held on Thursday, 13 February 2025.', 'PRESENT: Mr A Baker and Mr B Lewis', '**290. Budget**', '(Item 5)', ...body,
]));

describe('recorded votes', () => {
  it('reads For/Against/Abstain lists, the result and the motion the vote refers to', () => {
    const { motions = [], votes = [] } = minutes([
      '(2) Mr Oakford proposed, and Mr Gough seconded the motion that:', '“Pursuant to section 25, County Council notes this report.”',
      '(3) The Chairman put the motion set out in paragraph 2 to the vote and the voting was as follows:',
      'For (3)', 'Mr Baker, Sir Paul Carter, CBE, Mr\nJeffrey', 'Against (0)', 'Abstain (2)', 'Mr B Lewis, Mr D Ross', 'Motion carried.',
      '(4) RESOLVED that the report be noted.',
    ]);
    expect(motions).toEqual([{ meeting_date: '2025-02-13', minute: '290', motion: 'Pursuant to section 25, County Council notes this report.',
      for: 3, against: 0, abstain: 2, result: 'carried', proposer: 'Oakford', seconder: 'Gough', unanimous: null, page: 1 }]);
    expect(votes.map((v) => [v.motion_index, v.option, v.honorific, v.name])).toEqual([
      [0, 'for', 'Mr', 'Baker'], [0, 'for', 'Sir', 'Paul Carter'], [0, 'for', 'Mr', 'Jeffrey'], [0, 'abstain', 'Mr', 'B Lewis'], [0, 'abstain', 'Mr', 'D Ross'],
    ]);
  });
  it('starts a new motion at each "For", reads a result at the end of a list, and stops at prose', () => {
    const { motions = [], votes = [] } = minutes([
      'The amendment was put to the vote:', 'For (1)\nMr Baker', 'Against (1)\nMr Lewis Amendment lost.',
      'The substantive motion was put to the vote:', 'For (2)', 'Mr Baker, Mr Lewis', 'Post meeting note – a report can be accessed here.',
    ]);
    expect(motions.map((m) => [m.for, m.against, m.result])).toEqual([[1, 1, 'lost'], [2, null, null]]);
    expect(votes.map((v) => `${v.motion_index}${v.option}:${v.name}`)).toEqual(['0for:Baker', '0against:Lewis', '1for:Baker', '1for:Lewis']);
  });
  it('keeps the honorific, which tells apart two voters of one surname', () => {
    const { votes = [] } = minutes(['The motion was put to the vote:', 'For (2)', 'Mr Able, Ms Able', 'Against (1)', 'Cllr Dee', 'Motion carried.']);
    expect(votes.map((v) => [v.option, v.honorific, v.name])).toEqual([['for', 'Mr', 'Able'], ['for', 'Ms', 'Able'], ['against', 'Cllr', 'Dee']]);
  });
  it('reads counts printed in one line', () => {
    const { motions = [] } = minutes(['Cllr Smith moved that the precept be vetoed.', 'Upon being put to the vote: For 3, Against 9, Abstentions 0. The motion was lost.']);
    expect(motions.map((m) => [m.motion, m.for, m.against, m.abstain, m.result])).toEqual([['Cllr Smith moved that the precept be vetoed.', 3, 9, 0, 'lost']]);
  });
});

describe('decisions put to a vote without counts', () => {
  it('reads "the motion was put to the vote and carried"', () => {
    const { motions = [] } = minutes(['Cllr Smith proposed that the precept be vetoed.', 'The motion was put to the vote and was lost.', 'Officers will report back.']);
    expect(motions.map((m) => [m.motion, m.for, m.result])).toEqual([['Cllr Smith proposed that the precept be vetoed.', null, 'lost']]);
  });
});

describe.skipIf(!hasShared)('Kent County Council budget minutes (PDF)', () => {
  it('eight recorded votes whose named lists match the printed counts', async () => {
    const path = join(SHARED, 'corpus/kent/county-council-2025-02-13-minutes.pdf');
    const d = await extractFixture(path);
    expect(d.motions.map((m) => [m.minute, m.for, m.against, m.abstain, m.result])).toEqual([
      ['290', 57, 0, 2, 'carried'], ['291', 12, 42, 7, 'lost'], ['291', 16, 41, 0, 'lost'], ['291', 9, 41, 8, 'lost'],
      ['291', 8, 40, 10, 'lost'], ['291', 13, 39, 3, 'lost'], ['291', 15, 43, 1, 'lost'], ['291', 41, 10, 7, 'carried'],
    ]);
    d.motions.forEach((m, i) => {
      for (const option of ['for', 'against', 'abstain'] as const) {
        expect(d.votes.filter((v) => v.motion_index === i && v.option === option)).toHaveLength(m[option]!);
      }
    });
    expect(d.motions[1].motion).toMatch(/^To amend the budget proposed by the Administration/);
    expect(d.motions[7].motion).toMatch(/^County Council, having given due regard to the s25 Report/);
    expect(d.votes.filter((v) => v.motion_index === 0 && v.option === 'abstain').map((v) => v.name)).toEqual(['B Lewis', 'D Ross']);
  }, 30_000);
});

describe('motions moved and seconded', () => {
  const motionsOf = (body: string[]) => minutes(body).motions ?? [];
  const brief = (m: { proposer: string | null; seconder: string | null; unanimous: boolean | null; result: string | null }) =>
    [m.proposer, m.seconder, m.unanimous, m.result];
  it('parish prose: "It was proposed by Cllr A, seconded by Cllr B and unanimously agreed that ..."', () => {
    const ms = motionsOf(['It was proposed by Cllr Ann Jones, seconded by Cllr Bob Smith and unanimously agreed that the precept be set at £8,358.']);
    expect(ms.map(brief)).toEqual([['Ann Jones', 'Bob Smith', true, 'carried']]);
    expect(ms[0].motion).toBe('the precept be set at £8,358.');
  });
  it('"A proposed ... seconded by B - Agreed", "Prop. GK, 2nd JR, All agreed", no result when none is printed', () => {
    expect(motionsOf(['Cllr Jones proposed the minutes be accepted seconded by Cllr Mrs Smith - Agreed']).map(brief)).toEqual([['Jones', 'Smith', null, 'carried']]);
    expect(motionsOf(['The minutes were agreed as a true record. Prop. GK, 2nd JR, All agreed.']).map(brief)).toEqual([['GK', 'JR', true, 'carried']]);
    expect(motionsOf(['Cllr Jones proposed approval for payment seconded by Cllr Brown']).map(brief)).toEqual([['Jones', 'Brown', null, null]]);
    expect(motionsOf(['The quote was accepted. _Prop. GK, 2nd JR, All agreed._']).map(brief)).toEqual([['GK', 'JR', true, 'carried']]);
    // the seconder's name ends at its sentence's full stop, not at the next sentence's honorific
    expect(motionsOf(['Cllr. Rosemary Crisp was proposed by Cllr. Frank Eglington and seconded by Cllr. Alison Muir. Cllr. Rosemary Crisp was elected and accepted.']).map((m) => [m.proposer, m.seconder]))
      .toEqual([['Frank Eglington', 'Alison Muir']]);
  });
  it('Canadian "Moved by: / Seconded by: / Be it resolved ... / Carried", one paragraph each; deferred and withdrawn', () => {
    const ms = motionsOf(['Moved by: Councillor P. Cuddy', 'Seconded by: Mayor J. Morgan', 'Be it resolved that the report be received.', 'Carried',
      'Motion made by S. Lewis', 'That the item be referred back.', 'Deferred', 'Moved by A. Hopkins', 'That the fee be waived.', 'Withdrawn']);
    expect(ms.map(brief)).toEqual([['P. Cuddy', 'J. Morgan', null, 'carried'], ['S. Lewis', null, null, 'deferred'], ['A. Hopkins', null, null, 'withdrawn']]);
    // "That," then an aside: the clause is all of it, not what follows the aside's first "to"
    const [m] = motionsOf(['Motion made by S. Lewis', 'That, on the recommendation of the Director, the following actions be taken with respect to the fees:', 'Motion Passed']);
    expect(m.motion).toBe('on the recommendation of the Director, the following actions be taken with respect to the fees:');
  });
  it('Welsh: "Cynigiwyd gan ..., eiliwyd gan ... a phenderfynwyd yn unfrydol"', () => {
    expect(motionsOf(['Cynigiwyd gan Cyng. Siân Owen, eiliwyd gan Cyng. Dafydd Rhys a chytunwyd yn unfrydol.']).map(brief))
      .toEqual([['Siân Owen', 'Dafydd Rhys', true, 'carried']]);
  });
  it('"Proposed Cllr A, seconded Cllr B, all in favour" then "RESOLVED that X": carried, and X resolved once', () => {
    const body = ['The letter was read. Members asked for it to be kept under review. Proposed Cllr Ann Lee, seconded Cllr Bob Hart, all in favour.',
      'RESOLVED: that the Council donate £450.00 to the Scout Group.', 'Proposer: Cllr Bob Hart   Seconder: Cllr Ann Lee', 'DECISION: To close the zip wire.'];
    expect(motionsOf(body).map(brief)).toEqual([['Ann Lee', 'Bob Hart', true, 'carried'], ['Bob Hart', 'Ann Lee', null, 'carried']]);
    const head = ['MINUTES of a meeting of the Council held on Thursday, 13 February 2025.', 'PRESENT: Mr A Baker and Mr B Lewis', '**290. Budget**'];
    expect((minutesParser.parse(ctxOf([...head, ...body])).resolutions ?? []).map((r) => r.text)).toEqual(['that the Council donate £450.00 to the Scout Group.', 'To close the zip wire.']);
  });
  it('a month after "2nd" is a date, not a seconder; "the proposed Protocol" names nobody', () => {
    expect(motionsOf(['The meeting of 2nd December was noted.', 'RESOLVED to note the proposed Joint Working Protocol.'])).toEqual([]);
  });
});

describe('a motion whose result is printed after its clauses and vote table', () => {
  it('"Motion made by A / That: / a) ... b) ... / Vote: ... / Motion Passed (12 to 3)"', () => {
    const ms = minutes(['Motion made by S. Lewis', 'That the following actions be taken:', 'a) the fee be waived;', 'b) a report be made.',
      'Vote: |Yeas:| |Mayor J. Morgan|', 'Motion Passed (12 to 3)']).motions ?? [];
    expect(ms.map((m) => [m.proposer, m.result, m.for, m.against])).toEqual([['S. Lewis', 'carried', 12, 3]]);
  });
});
