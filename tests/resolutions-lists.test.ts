// Resolutions of a minute (from-text/resolutions.ts) in the failure classes of issue 13: each on the document
// where it was found (corpus documents are skipped without ../shared; minutes-zoo sources are in the repo).
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RESOLVED_MARK } from '../src/vocab/index.js';
import { decisionsIn } from '../src/sections/from-text/decided-prose.js';
import { extractFixture } from './build-doc.js';
import { SHARED } from './helpers.js';

const corpus = (rel: string) => join(SHARED, 'corpus', rel);
const zoo = (name: string) => join(import.meta.dirname, '..', 'bench', 'minutes-zoo', 'src', name);
const WEREHAM = 'wereham-pc/wereham-pc-2016-04-12-minutes-extraordinary.md';
const BOUGHTON = 'boughton-pc/boughton-pc-2013-05-03-minutes-agm.md';
const NEWBIGGIN = 'newbiggin-pc/newbiggin-pc-2019-09-03-minutes.pdf';
const WRETTON = 'wretton-pc/wretton-pc-2020-08-24-minutes.md';
const SOULDERN = 'souldern-pc/souldern-pc-2022-11-03-minutes.pdf';
const WEST_DEREHAM = 'west-dereham-pc/west-dereham-pc-2017-06-01-minutes.md';
const LONDON = 'london-ontario/london-ontario-2025-06-24-minutes-council.md';

describe('resolution lists', () => {
  it('the mark opening a resolution comes from the vocabulary, English and Welsh alike', () => {
    for (const t of ['RESOLVED: that', 'Agreed - to', 'RESOLVED unanimously that', 'PENDERFYNWYD: bod', 'Cytunwyd yn unfrydol i', 'DECISION: To'])
      expect(RESOLVED_MARK.exec(t)?.[0].trim()).toBe(t.replace(/\s+\S+$/, ''));
    // a lead naming who decided is prose (decided-prose.ts), and a label needs its colon
    for (const t of ['The Council agreed to', 'It was resolved that', 'Decision of the Board']) expect(RESOLVED_MARK.test(t)).toBe(false);
  });
  it.skipIf(!existsSync(corpus(WEREHAM)))('"Resolved: (1) That X" with "(2) That Y" below it: both, with their index', async () => {
    const d = await extractFixture(corpus(WEREHAM));
    const of = (minute: string) => d.resolutions.filter((r) => r.minute === minute).map((r) => [r.index, r.text.slice(0, 25)]);
    expect(of('14/16')).toEqual([['1', 'That HR contact CGM and r'], ['2', 'That HR will also contact']]);
    expect(of('18/16')).toEqual([['1', 'That HR contact Albanwise'], ['2', 'That BB contact Roger Lan']]);
    // a "(1)" alone is an item too
    expect(of('19/16')).toEqual([['1', 'That HR report the task t']]);
  });
});

describe('decisions in prose', () => {
  it('a carried proposal followed by the decision it carries is not a second resolution', async () => {
    const d = await extractFixture(zoo('mzoo-26-district-finance-md.md'));
    expect(d.resolutions.filter((r) => r.minute === '2023/31').map((r) => r.text))
      .toEqual(['that the Committee adopt the revised Standing Orders and Financial Regulations with immediate effect.']);
    expect(d.resolutions.some((r) => /recommendation be accepted/.test(r.text))).toBe(false);
    expect(d.motions.find((m) => m.minute === '2023/31')).toMatchObject({ proposer: 'YP', seconder: 'FO', result: 'carried' });
  });
  it('"The Council AGREED to ... the following:" keeps who decided, and its lettered clauses are its sub_items', async () => {
    const d = await extractFixture(zoo('mzoo-32-community-html.html'));
    expect(d.resolutions.filter((r) => r.minute === '8').map((r) => [r.text, r.sub_items])).toEqual([[
      'The Council AGREED to approve the following payments:',
      ['Grass cutting – £385.00', 'Internal audit fee – £175.00', 'Streetlight energy – £61.32'],
    ]]);
  });
});

describe('decisions in note form', () => {
  it('no "was/were", no subject: a chain of verbs, a decision verb ending the sentence, one after a comma', () => {
    expect(decisionsIn('Standing orders reviewed, changed and adopted following change in council voting rules.'))
      .toEqual(['Standing orders reviewed, changed and adopted following change in council voting rules']);
    expect(decisionsIn('Fen committee ratified and constitution agreed.')).toEqual(['Fen committee ratified and constitution agreed']);
    expect(decisionsIn('Bus Donation requested, agreed to pay £ 65.00')).toEqual(['Bus Donation requested, agreed to pay £ 65.00']);
    expect(decisionsIn('| | Agreed as FRE, MPO and GPR | | | Meeting Closed | |')).toEqual(['as FRE, MPO and GPR']);
    expect(decisionsIn('It was therefore resolved to retain the Financial Policy.')).toEqual(['retain the Financial Policy']);
    // one person's undertaking, a caption, another meeting's decision
    for (const t of ['HR noted and agreed to contact AON.', 'The Clerk reviewed and agreed to send the letter.', 'Cllr Smith agreed.',
      'Invoices approved', 'At the last PC meeting it was agreed to contact NCC Highways with the following concerns:'])
      expect(decisionsIn(t)).toEqual([]);
  });
  it.skipIf(!existsSync(corpus(BOUGHTON)))('AGM minutes in a table: "reviewed, changed and adopted", "Agreed as ..." in a cell', async () => {
    const d = await extractFixture(corpus(BOUGHTON));
    const of = (minute: string) => d.resolutions.filter((r) => r.minute === minute).map((r) => r.text.slice(0, 40));
    expect(of('4')).toEqual(['Standard forms compiled for general use ', 'Fen committee terms of reference reviewe', 'Standing orders reviewed, changed and ad']);
    expect(of('6')).toEqual(['Fen committee ratified and constitution ']);
    expect(of('8')).toEqual(['as FRE, MPO and GPR']);
  });
  it.skipIf(!existsSync(corpus(NEWBIGGIN)))('parish minutes: "requested, agreed to pay", "It was therefore resolved"', async () => {
    const d = await extractFixture(corpus(NEWBIGGIN));
    const texts = d.resolutions.filter((r) => r.minute === '19.09.09').map((r) => r.text);
    expect(texts.some((t) => /Bus Donation requested, agreed to pay £ 65.00$/.test(t))).toBe(true);
    expect(texts.some((t) => /^retain the Financial Policy/.test(t))).toBe(true);
  });
  it.skipIf(!existsSync(corpus(WRETTON)) || !existsSync(corpus(SOULDERN)))('not the last meeting\'s decision, nor a table caption', async () => {
    expect((await extractFixture(corpus(WRETTON))).resolutions.some((r) => /last PC meeting|NCC Highways with the following/.test(r.text))).toBe(false);
    expect((await extractFixture(corpus(SOULDERN))).resolutions.some((r) => /^Invoices approved/.test(r.text))).toBe(false);
  });
});

describe('decisions told whole, and motions with no mover', () => {
  it('"The Councillors had reviewed the policy and agreed ... and it was agreed that ...": the sentence', () => {
    expect(decisionsIn('The Councillors had reviewed the policy and agreed that no amendments were required and it was agreed that it should be recorded as reviewed.'))
      .toEqual(['The Councillors had reviewed the policy and agreed that no amendments were required and it was agreed that it should be recorded as reviewed']);
  });
  it.skipIf(!existsSync(corpus(WEST_DEREHAM)))('parish minutes: the policy review as one decision, not its last clause', async () => {
    const d = await extractFixture(corpus(WEST_DEREHAM));
    expect(d.resolutions.filter((r) => r.minute === '84/17').map((r) => r.text.slice(0, 40))).toEqual(['The Councillors had reviewed the policy ']);
  });
  it.skipIf(!existsSync(corpus(LONDON)))('"That it BE NOTED ..." with no mover is a resolution; a report\'s numbered clause read into the minutes is not', async () => {
    const d = await extractFixture(corpus(LONDON));
    expect(d.resolutions.filter((r) => r.minute === '1').map((r) => r.text.slice(0, 45)))
      .toEqual(['That it BE NOTED Councillor P. Van Meerbergen', 'That it BE NOTED Councillor P. Van Meerbergen']);
    expect(d.resolutions.filter((r) => r.minute === '2.1')).toHaveLength(1);
    expect(d.resolutions.some((r) => /Civic Administration BE DIRECTED to undertake all administrative acts/.test(r.text))).toBe(false);
  });
});
