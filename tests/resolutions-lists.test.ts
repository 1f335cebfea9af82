// Resolutions of a minute (from-text/resolutions.ts) in the failure classes of issue 13: each on the document
// where it was found (corpus documents are skipped without ../shared; minutes-zoo sources are in the repo).
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RESOLVED_MARK } from '../src/vocab/index.js';
import { extractFixture } from './build-doc.js';
import { SHARED } from './helpers.js';

const corpus = (rel: string) => join(SHARED, 'corpus', rel);
const zoo = (name: string) => join(import.meta.dirname, '..', 'bench', 'minutes-zoo', 'src', name);
const WEREHAM = 'wereham-pc/wereham-pc-2016-04-12-minutes-extraordinary.md';

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
