// Decisions the minutes state in prose (decided-prose.ts) and proposals that carry them (proposals.ts): each
// rule on a sentence, then each failure class of issue 13 on a real corpus document (skipped without ../shared).
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { decisionIn, decisionsIn, sentencesOf } from '../src/sections/from-text/decided-prose.js';
import { proposalAt } from '../src/sections/from-text/proposals.js';
import type { Para } from '../src/sections/from-text/paras.js';
import { extractFixture } from './build-doc.js';
import { SHARED } from './helpers.js';

const corpus = (rel: string) => join(SHARED, 'corpus', rel);
const para = (text: string): Para => ({ text, raw: text, marker: null } as Para);

describe('decisions stated in prose', () => {
  it('"It was agreed" anywhere in a sentence; a short opening clause stays with it, a long one does not', () => {
    expect(decisionIn('It was agreed to adjourn the Meeting for 15 minutes.')).toBe('adjourn the Meeting for 15 minutes');
    expect(decisionIn('On resumption of the Meeting, it was agreed to proceed with questions.'))
      .toBe('On resumption of the Meeting, it was agreed to proceed with questions');
    expect(decisionIn('The Councillors discussed the accounts, looking at the figures and the expenditures, after much deliberation it was resolved to maintain the Precept at £5000.'))
      .toBe('maintain the Precept at £5000');
  });
  it('the meeting\'s body and its verbs; a passive decided by no one else', () => {
    expect(decisionIn('Members noted and approved the disposal of land.')).toBe('Members noted and approved the disposal of land');
    expect(decisionIn('The Vice Chair proposed to accept this proposal and all Board members were in agreement.')).not.toBeNull();
    expect(decisionIn('The Standing Orders were agreed and adopted by the Board.')).toBe('The Standing Orders were agreed and adopted by the Board');
    expect(decisionIn('The minutes were checked for accuracy and content, agreed as a true record and signed by the chair.')).not.toBeNull();
  });
  it('not another body\'s, an earlier or later meeting\'s, one person\'s, a negated or a dated decision, nor apologies', () => {
    for (const s of [
      'SCC has agreed to fund its replacement up to a value of £90K.',
      'HR agreed to contact AON.',
      'The gradual achievement of savings does not appear to have been accepted by SCC.',
      'The grant was approved by the County Council.',
      'The Chief Executive gave an update following the Staffing Committee meeting where three new policies were agreed and adopted.',
      'It is expected that the plan will be reviewed and agreed prior to the Board.',
      'At that meeting, Members agreed to refer the decision to full Council.',
      'Policy was adopted in June 2016.',
      'The request was not agreed.',
      'Apologies were received and accepted for Pamela Walker.',
      'Cllr Smith reported that the application was approved.',
      'A request to tender was sent and it was decided to accept the tender.',
    ]) expect(decisionIn(s), s).toBeNull();
  });
  it('a pronoun subject takes the sentence before; a run-in heading or list marker is cut off', () => {
    expect(decisionsIn('The Clerk requested that the budget be increased. This was approved by all present.'))
      .toEqual(['The Clerk requested that the budget be increased. This was approved by all present']);
    expect(decisionsIn('2. Board complaints procedure The complaints procedure was reviewed and adopted by the Board.'))
      .toEqual(['The complaints procedure was reviewed and adopted by the Board']);
    expect(decisionsIn('a) Supper – A success b) Easter Egg Hunt – It was resolved not to have this event this year c) Connect – Ongoing.'))
      .toEqual(['not to have this event this year']);
    expect(sentencesOf('Signed by Cllr. R. Crisp and Co. Limerick. Then more.')).toEqual(['Signed by Cllr. R. Crisp and Co. Limerick.', 'Then more.']);
  });
});

describe('proposals', () => {
  it('"Proposed by / Seconded by / And Resolved: / "That ..."" is carried with the clause quoted after', () => {
    const paras = ['Proposed by Councillor Byrne', 'Seconded by Councillor Butler', 'And Resolved:', '"That the draft Minutes be adopted and signed".'].map(para);
    expect(proposalAt(paras, 0)?.proposal).toMatchObject({ proposer: 'Byrne', seconder: 'Butler', result: 'carried', text: 'the draft Minutes be adopted and signed' });
  });
  it('"NS proposed NO seconded" names both; a decision beside the names carries the proposal', () => {
    expect(proposalAt([para('The minutes were agreed as a true record. NS proposed NO seconded')], 0)?.proposal)
      .toMatchObject({ proposer: 'NS', seconder: 'NO', result: 'carried' });
    expect(proposalAt([para('It was resolved to raise awareness.'), para('Prop: CR 2nd: SB')], 1)?.proposal)
      .toMatchObject({ proposer: 'CR', seconder: 'SB', result: 'carried' });
  });
  it('the clause ends where its seconder is named', () => {
    expect(proposalAt([para('Cllr Clements proposed that a document be prepared seconded by Cllr Bivon - Agreed')], 0)?.proposal.text)
      .toBe('a document be prepared');
  });
});

const SUFFOLK = 'suffolk-libraries-ips/suffolk-libraries-ips-2016-10-27-minutes-board.pdf';
const LIMERICK = 'limerick-metro-district/limerick-metro-district-2014-12-15-minutes.md';
const STOKE = 'stoke-ferry-pc/stoke-ferry-pc-2012-12-19-minutes.md';
const SOULDERN = 'souldern-pc/souldern-pc-2022-11-03-minutes.pdf';

describe('prose decisions in corpus minutes', () => {
  it.skipIf(!existsSync(corpus(SUFFOLK)))('board minutes: "was reviewed and adopted by the Board", four in one item, not SCC\'s', async () => {
    const d = await extractFixture(corpus(SUFFOLK));
    expect(d.resolutions.filter((r) => r.minute === '8').map((r) => r.text)).toEqual([
      'The Contract Executive Summary was agreed by the Board subject to amending the wording from School Library Service to Literacy, Books and Reading Team',
      'The complaints procedure was reviewed and adopted by the Board',
      'This policy was reviewed and accepted by the Board',
      'The policy for dealing with the press and media was reviewed and adopted by the Board',
    ]);
    expect(d.resolutions.some((r) => /SCC|Dootrix|three new policies/.test(r.text))).toBe(false);
  });
  it.skipIf(!existsSync(corpus(LIMERICK)))('Irish district minutes: "And Resolved:" then the quoted clause; "Members noted and approved"', async () => {
    const d = await extractFixture(corpus(LIMERICK));
    expect(d.resolutions.find((r) => r.minute === '1')?.text).toBe('the draft Minutes, as circulated, be taken as read and adopted and signed');
    expect(d.motions.find((m) => m.minute === '1')).toMatchObject({ proposer: 'Byrne', seconder: 'Butler', result: 'carried' });
    expect(d.resolutions.some((r) => r.minute === '3' && /^Members noted and approved the disposal/.test(r.text))).toBe(true);
  });
  it.skipIf(!existsSync(corpus(STOKE)))('parish minutes: "This was approved by all present", "everyone was in agreement"; not the £1500 "had been approved"', async () => {
    const d = await extractFixture(corpus(STOKE));
    const texts = d.resolutions.map((r) => r.text);
    expect(texts.some((t) => /Subscriptions be increased.*This was approved by all present$/.test(t))).toBe(true);
    expect(texts.some((t) => /litter pick event - everyone was in agreement$/.test(t))).toBe(true);
    expect(texts.some((t) => /£1500/.test(t))).toBe(false);
  });
  it.skipIf(!existsSync(corpus(SOULDERN)))('a minute heading running on into its decision; "NS proposed NO seconded"', async () => {
    const d = await extractFixture(corpus(SOULDERN));
    expect(d.resolutions.map((r) => [r.minute, r.text.slice(0, 40)])).toEqual([
      ['11.22.03', 'The minutes of the parish council meetin'],
      ['11.22.11', 'The following accounts were approved for'],
    ]);
    expect(d.motions.find((m) => m.minute === '11.22.03')).toMatchObject({ proposer: 'NS', seconder: 'NO', result: 'carried' });
  });
});
