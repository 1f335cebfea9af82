// Agendas of real councils in the layouts they print (../shared/corpus, skipped when absent), through the
// whole pipeline; the expected items are read off the page images (or the source text of .md files).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { extractFixture } from './build-doc.js';
import { hasShared, SHARED } from './helpers.js';

const corpus = (file: string) => extractFixture(join(SHARED, 'corpus', file));

describe.skipIf(!hasShared)('agendas of the corpus', () => {
  it('reads a parish agenda printed as a Word list, a wrapped title and indented descriptions kept', async () => {
    const items = (await corpus('milburn-pc/milburn-pc-2017-01-10-agenda.pdf')).agenda_items;
    expect(items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    // "on 1st November 2016" is printed far right on the line under item 3: it ends the title
    expect(items[2].title).toBe('To approve the minutes of the last meeting held on 1st November 2016');
    expect(items[4]).toMatchObject({ title: 'Finance :- Estimated Accounts - 2016/17 Draft 2', description: 'Discuss and set Precept for 2017/18' });
    expect(items[7].description).toMatch(/^Dates proposed for 2017 meetings 7th March/);
    expect(items.every((i) => i.page === 1 && i.time === null && i.pages === null)).toBe(true);
  });

  it('reads an AGM agenda after a summons, its Markdown list numbered again from 1 after a bulleted list', async () => {
    const pack = await corpus('boughton-pc/boughton-pc-2013-05-03-minutes-agm.md');
    expect(pack.agenda_items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies for Absence'], ['2', 'Election of officers (Chairman, Vice Chairman)'], ['3', 'Minutes AGM 2012'],
      ['4', 'Standard Forms Review'], ['1', 'Matters Arising'], ['2', 'Committees'],
      ['3', 'Financial Report and Adoption of Accounts D Horkan'], ['4', 'Authorised Bank Transaction Signatories.']]);
  });

  it('reads a full council front sheet: page ranges, titles wrapped over lines', async () => {
    const items = (await corpus('kent/county-council-2025-02-13-agenda-frontsheet.pdf')).agenda_items;
    expect(items.map((i) => [i.number, i.pages])).toEqual([['1', null], ['2', null], ['3', '1 - 26'], ['4', null],
      ['5', '27 - 36'], ['6', '37 - 250']]);
    expect(items[2].title).toBe('Minutes of the meetings held on 19 December 2024 and 9 January 2025 and, if in order, to be approved as a correct record');
    expect(items[5].title).toBe('Capital Programme 2025-35 and Revenue Budget 2025-26 (including Council Tax Setting 2025/26)');
  });

  it.each([
    'milburn-pc/milburn-pc-2019-01-08-minutes.pdf', 'newbiggin-pc/newbiggin-pc-2019-09-03-minutes.pdf',
    'souldern-pc/souldern-pc-2026-01-29-minutes.pdf', 'kent/cabinet-panel-2024-10-29-minutes.pdf',
    'west-dereham-pc/west-dereham-pc-2017-06-01-minutes.md', 'wretton-pc/wretton-pc-2020-08-24-minutes.md',
    'london-ontario/london-ontario-2025-06-24-minutes-council.md',
  ])('takes no agenda items from the numbered items of minutes (%s)', async (file) => {
    expect((await corpus(file)).agenda_items).toEqual([]);
  });
});
