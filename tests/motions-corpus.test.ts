// Motions moved and seconded, one test per form of minutes found in the corpus (issue 13); the figures are read off
// the source documents (bench/records/cases hold the same truth).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Motion, PackDocument } from '../src/records.js';
import { votesParser } from '../src/sections/votes.js';
import { ctxOf } from './blocks.js';
import { extractFixture } from './build-doc.js';
import { SHARED, hasShared } from './helpers.js';

const brief = (m: Motion) => [m.minute, m.proposer, m.seconder, m.result];
const read = (file: string): Promise<PackDocument> => extractFixture(join(SHARED, 'corpus', file));
const unsure = (d: PackDocument) => d.warnings.filter((w) => w.code === 'motion_unsure');

describe.skipIf(!hasShared)('motions in corpus minutes', () => {
  it('Limerick budget: "On the proposal of A, seconded by B, it was agreed", "Sheahan (J)", unseconded proposals left out', async () => {
    const d = await read('limerick-ccc/limerick-ccc-2015-01-12-minutes-budget.md');
    // which motions, not their order: a proposal left without a result is listed after its section's other motions
    const order = (a: unknown[], b: unknown[]) => JSON.stringify(a).localeCompare(JSON.stringify(b));
    expect(d.motions.map(brief).sort(order)).toEqual([
      [null, 'Galvin', 'Ó Ceallaigh', 'carried'], [null, 'Galvin', 'Ó Ceallaigh', 'carried'],
      [null, 'Hourigan', 'Sheahan (J)', 'carried'], [null, 'Browne', 'Sheehy', 'carried'],
      // "This proposal was seconded by Councillor Sheehy." and nothing more: the "It was agreed" after it is another decision
      [null, 'Browne', 'Sheehy', null],
      [null, 'Collins (M)', 'Sheahan (J)', 'carried'], [null, 'Collins (M)', 'Sheahan (J)', 'carried'], [null, 'Collins (M)', 'Sheahan (J)', 'carried'],
    ].sort(order));
  }, 30_000);

  it('Limerick district: "a proposal was put forward by A, seconded by B", "In proposing the motion, A ..." / "In seconding the motion, B ..."', async () => {
    const d = await read('limerick-metro-district/limerick-metro-district-2014-12-15-minutes.md');
    const byMinute = d.motions.filter((m) => ['2', '6', '7', '8'].includes(m.minute ?? ''));
    expect(byMinute.map(brief)).toEqual([
      ['2', 'O’Hanlon', 'Leddin', null], ['6', 'Crowley', 'O’Hanlon', null], ['7', 'Leddin', 'Quinlivan', null], ['8', 'Prendiville', 'Loftus', null],
    ]);
    // the motion is the notice printed at the item's head, not what its mover said
    expect(byMinute[1].motion).toMatch(/^I will move at the next meeting/);
    // "The Mayor declared the motion carried." paragraphs after its mover and seconder
    expect(d.motions.some((m) => m.proposer === 'Keller' && m.seconder === 'Ó Ceallaigh' && m.result === 'carried')).toBe(true);
  }, 30_000);

  it('Suffolk Libraries: "The Vice Chair proposed to accept this proposal and all Board members were in agreement"', async () => {
    const d = await read('suffolk-libraries-ips/suffolk-libraries-ips-2016-10-27-minutes-board.pdf');
    expect(d.motions.map((m) => [m.minute, m.proposer, m.seconder, m.unanimous, m.result, m.page])).toEqual([
      ['11', null, null, true, 'carried', 6], ['14', null, null, true, 'carried', 9],
    ]);
  }, 60_000);

  it('West Dereham: "CC proposed and LH seconded that X. Councillors present were content with the proposal"; "the speed checks proposed by BT" is no motion', async () => {
    const d = await read('west-dereham-pc/west-dereham-pc-2017-06-01-minutes.md');
    expect(d.motions.map(brief)).toEqual([['82/17', 'CC', 'LH', 'carried']]);
    expect(unsure(d).map((w) => w.message)).toEqual([expect.stringMatching(/^proposal by BT /)]);
  }, 30_000);

  it('Souldern (scanned): "co-opted to the PC by a unanimous vote"; "seconded by HD Paidby standing order" is seconded by HD', async () => {
    const d = await read('souldern-pc/souldern-pc-2020-11-25-minutes.pdf');
    expect(d.motions.map((m) => [m.minute, m.proposer, m.unanimous, m.result])).toEqual([['11.20.06', null, true, 'carried']]);
    const d24 = await read('souldern-pc/souldern-pc-2024-05-23-minutes.pdf');
    expect(d24.motions.map(brief)).toEqual([['05.24.12', 'NO', 'HD', 'carried']]);
  }, 120_000);

  it('London (Ontario): "Motion made by A" with no seconder is recorded; its result 45 paragraphs on, past the named vote', async () => {
    const d = await read('london-ontario/london-ontario-2025-06-24-minutes-council.md');
    const m = d.motions.find((x) => x.minute === '8.4.7');
    expect(m && [m.proposer, m.seconder, m.for, m.against, m.result]).toEqual(['S. Lehman', null, 12, 1, 'carried']);
    expect(d.motions.filter((x) => x.minute === '8.2.7' && x.proposer === 'S. Franke').map((x) => x.result)).toEqual([null]);
  }, 30_000);
});

describe('motion names and results', () => {
  const motionsOf = (body: string[]) => votesParser.parse(ctxOf([
    'MINUTES of a meeting of the Parish Council held on Tuesday, 4 March 2025.', 'PRESENT: Cllr A Baker and Cllr B Lewis', '**5. Finance**', ...body,
  ])).motions ?? [];
  it('"Proposed D Gillespie, seconded G Ashworth": an initial and a surname after the label', () => {
    expect(motionsOf(['The accounts were reviewed. Proposed D Gillespie, seconded G Ashworth, all in favour.']).map((m) => [m.proposer, m.seconder, m.unanimous, m.result]))
      .toEqual([['D Gillespie', 'G Ashworth', true, 'carried']]);
  });
  it('initials end a name at their full stop: "seconded by JR. On being put to the vote ... lost"', () => {
    const ms = motionsOf(['GQ proposed that the Council fund a play scheme; this was seconded by JR. On being put to the vote the motion was lost.']);
    expect(ms.map((m) => [m.proposer, m.seconder, m.result])).toEqual([['GQ', 'JR', 'lost']]);
  });
  it('a result declared after the debate, not "the motion tabled by"; a vote by show of hands decides the motion moved before it', () => {
    const ms = motionsOf([
      'Cllr Ann Jones proposed that the car park be resurfaced, seconded by Cllr Bob Smith.', 'Members discussed the motion tabled by Cllr Jones at length.',
      'The Chair declared the motion carried.',
    ]);
    expect(ms.map((m) => [m.proposer, m.seconder, m.result])).toEqual([['Ann Jones', 'Bob Smith', 'carried']]);
    const shown = motionsOf(['Cllr Ann Jones moved that the grant be paid.', 'On being put to the vote by a show of hands, the motion was lost.']);
    expect(shown.map((m) => [m.proposer, m.result])).toEqual([['Ann Jones', 'lost']]);
  });
  it('initials in capitals are not a pronoun: "Moved by HF, seconded by WE and carried"', () => {
    expect(motionsOf(['The item was considered. Moved by HF, seconded by WE and carried.']).map((m) => [m.proposer, m.seconder, m.result]))
      .toEqual([['HF', 'WE', 'carried']]);
  });
});
