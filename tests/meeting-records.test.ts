// The agenda-half meeting records (agenda items, actions, decisions, work programme, future meetings) read
// from real packs through the whole pipeline; each fixture is read once for all of them.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import fc from 'fast-check';
import { agendaParser } from '../src/sections/agenda.js';
import { actionsParser } from '../src/sections/actions.js';
import { decisionsParser } from '../src/sections/decisions.js';
import { workProgrammeParser } from '../src/sections/work-programme.js';
import { futureMeetingsParser } from '../src/sections/future-meetings.js';
import { context, extractFixture, heading, para, table } from './build-doc.js';
import { hasShared, SHARED } from './helpers.js';

describe('agenda parser on real packs', () => {
  it.each(['sample/pack.pdf', 'sample/pack-lo.pdf', 'sample/pack.txt'])(
    'reads the 14 items of the sample pack from %s, the table broken over pages', async (file) => {
      const items = (await extractFixture(file)).agenda_items;
      expect(items.map((i) => i.number)).toEqual(Array.from({ length: 14 }, (_, k) => String(k + 1)));
      expect(items.filter((i) => i.supporting_document).map((i) => i.number)).toEqual(['4', '5', '7', '8', '9', '10', '11', '12']);
      expect(items.map((i) => i.time)).toEqual(['14:00', null, null, '14:05', null, '14:10', '14:40', '15:25', '16:10',
        '16:40', '16:45', '16:50', '16:55', '17:00']);
      expect(items[2].title).toBe('DECLARATIONS OF INTEREST (IF ANY)');
      expect(items[12].title).toBe('FUTURE MEETING DATES');
      expect(items[12].description).toMatch(/^6 February 2023 – Solihull Council Chamber 20 February 2023/);
    });

  it.skipIf(!hasShared)('reads a ModernGov front sheet list with page ranges', async () => {
    const items = (await extractFixture(join(SHARED, 'corpus/kent/cabinet-2025-01-30-agenda-frontsheet.pdf'))).agenda_items;
    expect(items.map((i) => [i.number, i.pages])).toEqual([['1', null], ['2', null], ['3', '1 - 10'], ['4', null],
      ['5', '11 - 84'], ['6', '85 - 276'], ['7', '277 - 326'], ['8', '327 - 460'], ['9', '461 - 610']]);
    expect(items[4].title).toBe('24/00108 - Revenue and Capital Budget Monitoring Report – November 2024-25');
    expect(items.every((i) => i.description === null && i.page === 1)).toBe(true);
  });
});

describe('actions parser on the sample pack', () => {
  it('reads the three tracker tables (1 + 8 outstanding, 4 completed)', async () => {
    const actions = (await extractFixture('sample/pack.pdf')).actions;
    const groups = [...new Set(actions.map((a) => a.group))];
    expect(groups).toEqual(['1. Outstanding Actions from 2021-2022', '2. Outstanding Actions 2022-2023',
      '3. Completed Actions 2022-2023']);
    expect(actions.map((a) => a.status)).toEqual([...Array(9).fill('outstanding'), ...Array(4).fill('completed')]);
    expect(actions.map((a) => a.ref)).toEqual(['630', '620', '629', '676ii', '676 iii', '687 iii a', '687 iii b',
      '687 iii c', '687 iii d', '672ii', '672iii', '673ii', '674']);
    expect(actions[5]).toMatchObject({ meeting: '2022-11', update: null });
    expect(actions[0]).toMatchObject({ meeting: '2022-01', update: 'This data will inform the panel budget debate January/ February 2023' });
    expect(actions[10].action).toMatch(/further reports be programmed on: 1\. Understanding public confidence locally/);
  });
});

describe('decisions parser on real packs', () => {
  it('reads the five key decisions of the sample pack', async () => {
    const decisions = (await extractFixture('sample/pack.pdf')).decisions;
    expect(decisions.map((d) => [d.reference, d.date, d.confidential])).toEqual([
      ['030-2022', '2022-12-23', true], ['026-2022', '2022-12-23', true], ['08-2022', '2022-12-07', false],
      ['029-2022', '2022-12-01', true], ['028-2022', '2022-12-01', true]]);
    expect(decisions[1]).toMatchObject({ title: 'National CBRN frameworks',
      summary: 'A confidential decision relating to National CBRN frameworks.' });
  });

  it.skipIf(!hasShared)('reads ModernGov decision numbers from the minutes of a cabinet', async () => {
    const decisions = (await extractFixture(join(SHARED, 'corpus/kent/cabinet-2025-01-30-minutes.pdf'))).decisions;
    expect(decisions.map((d) => d.reference)).toEqual(['24/00108', '24/00109', '24/00115', '24/00096']);
    expect(decisions[2].title).toBe('Kent County Council Integrated Care Strategy (KCC ICS) Delivery Plan');
  });
});

describe('work programme parser on the sample pack', () => {
  it.each(['sample/pack.txt', 'sample/pack.html', 'sample/pack.pdf', 'sample/pack-lo.pdf'])(
    'reads the nine rows of the appendix table from %s, rows broken over pages joined', async (file) => {
      const rows = (await extractFixture(file)).work_programme;
      expect(rows.map((r) => r.meeting_date)).toEqual(['2023-01-31', '2023-02-06', '2023-02-06', '2023-02-06',
        '2023-02-06', '2023-02-20', '2023-03-20', '2023-03-20', '2023-03-20']);
      expect(rows[3].item).toBe('Public Confidence Theme: Supporting Victims');
      expect(rows[3].aims).toMatch(/^To understand how the Commissioner .* The Panel are interested in improvements/);
      expect(rows[3].additional_information).toBe(
        "The Panel will welcome extending an invitation to Cllr Brennan as West Midlands Victims' Commissioner");
      expect(rows[7].aims).toMatch(/Police and Crime Plan To update the Panel on the Police and crime plan objective/);
      expect(rows[5].additional_information).toMatch(/^This is a provisional meeting in event of a veto/);
    });
});

describe('future meetings parser on the sample pack', () => {
  it('reads the three dates from the agenda, not from the minutes of the last meeting', async () => {
    expect((await extractFixture('sample/pack.pdf')).future_meetings).toEqual([
      { date: '2023-02-06', venue: 'Solihull Council Chamber', note: null, page: 2 },
      { date: '2023-02-20', venue: 'Birmingham Council House', note: 'provisional date if precept veto', page: 2 },
      { date: '2023-03-20', venue: 'Birmingham Council House', note: 'note change of venue', page: 2 },
    ]);
  });
});

describe('meeting records of another panel (HTML, other column names and orders)', () => {
  it('reads agenda, actions, decisions, work programme and future meetings', async () => {
    const pack = await extractFixture('meeting-records/other-panel.html');
    expect(pack.agenda_items.map((i) => [i.number, i.time, i.supporting_document])).toEqual([
      ['1', '10:00', false], ['2', '10:05', true], ['3a', '10:15', true], ['3b', '10:45', false]]);
    expect(pack.actions.map((a) => [a.ref, a.meeting, a.status, a.update])).toEqual([
      ['A1', '2023-04', 'completed', 'Circulated 20 April'], ['A2', '2023-04', 'outstanding', null]]);
    expect(pack.decisions.map((d) => [d.reference, d.date, d.confidential])).toEqual([
      ['PFCC/2023/011', '2023-05-02', false], ['PFCC/2023/012', '2023-05-19', true]]);
    expect(pack.work_programme.map((w) => [w.meeting_date, w.item, w.presenting])).toEqual([
      ['2023-09-20', 'Annual report', 'Commissioner'], ['2023-09-20', 'Estates', 'Chief Executive'],
      ['2023-11-22', 'Budget setting', 'Treasurer']]);
    expect(pack.future_meetings).toEqual([
      { date: '2023-09-20', venue: 'Council Chamber', note: null, page: null },
      { date: '2023-11-22', venue: 'Committee Room 2', note: 'provisional', page: null }]);
  });
});

describe('ModernGov front sheet of a council meeting', () => {
  it.skipIf(!hasShared)('reads the six items after a cover page, titles wrapped over lines joined', async () => {
    const items = (await extractFixture(join(SHARED, 'corpus/kent/county-council-2025-02-13-agenda-frontsheet.pdf')))
      .agenda_items;
    expect(items.map((i) => [i.number, i.pages, i.page])).toEqual([['1', null, 3], ['2', null, 3], ['3', '1 - 26', 3],
      ['4', null, 3], ['5', '27 - 36', 3], ['6', '37 - 250', 3]]);
    expect(items[2].title).toBe('Minutes of the meetings held on 19 December 2024 and 9 January 2025 and, if in order, ' +
      'to be approved as a correct record');
    expect(items[5].description).toBeNull();
  });
});

describe('agenda-half parsers on arbitrary tables and lines', () => {
  const WORDS = ['Item', 'Topic', 'Time', 'Minute', 'Meeting date', 'Action', 'Update', 'Status', 'Date', 'Aims',
    'Presenting', 'Reference', 'Title', 'Decision', 'Venue', 'Agenda', 'Future meeting dates', '', '1', '2a',
    '6 February 2023', 'Nov 2022', '14:00', '(Pages 1 - 10)', 'Attached', 'Completed', 'exempt', '24/00108 - Title'];
  const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((w) => w.join(' '));
  const cellOrMerged = fc.oneof(text, fc.constant(null), text.map((t) => `${t}^2`));
  const blockArb = fc.oneof(
    text.map((t) => para(t)),
    text.map((t) => heading(t)),
    fc.integer({ min: 1, max: 5 }).chain((cols) => fc.tuple(
      fc.array(fc.array(cellOrMerged, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 5 }),
      fc.integer({ min: 0, max: 2 }),
    )).map(([rows, headerRows]) => table(rows, 1, headerRows)),
  );

  it('never throw and give records of the contract types', () => {
    fc.assert(fc.property(fc.array(blockArb, { maxLength: 12 }), (blocks) => {
      const ctx = context(blocks, { date: '2023-01-09' });
      for (const parser of [agendaParser, actionsParser, decisionsParser, workProgrammeParser, futureMeetingsParser]) {
        for (const records of Object.values(parser.parse(ctx))) {
          for (const record of records as object[]) {
            for (const [key, value] of Object.entries(record)) {
              expect(['string', 'number', 'boolean', 'object'], key).toContain(typeof value);
              if (typeof value === 'string') expect(value, key).toBe(value.trim());
            }
          }
        }
      }
    }), { numRuns: 300 });
  });
});

describe('ModernGov front sheets as text (pdftotext plain and -layout)', () => {
  it.each(['plain', 'layout'])('reads the cabinet front sheet (%s) as from the PDF', async (rendering) => {
    const pack = await extractFixture(`meeting-records/kent-cabinet-2025-01-30-agenda-frontsheet.${rendering}.txt`);
    expect(pack.agenda_items.map((i) => [i.number, i.pages, i.description])).toEqual([['1', null, null],
      ['2', null, null], ['3', '1 - 10', null], ['4', null, null], ['5', '11 - 84', null], ['6', '85 - 276', null],
      ['7', '277 - 326', null], ['8', '327 - 460', null], ['9', '461 - 610', null]]);
    expect(pack.agenda_items[8].title).toBe('24/00096 - Commissioning Plan for Education Provision in Kent 2025-29');
    expect(pack.decisions.map((d) => [d.reference, d.confidential])).toEqual([['24/00108', false],
      ['24/00109', false], ['24/00115', false], ['24/00096', false]]);
  });

  it('keeps the signature under the last item of the council front sheet out of it', async () => {
    const items = (await extractFixture('meeting-records/kent-county-council-2025-02-13-agenda-frontsheet.layout.txt'))
      .agenda_items;
    expect(items.map((i) => [i.number, i.pages, i.description])).toEqual([['1', null, null], ['2', null, null],
      ['3', '1 - 26', null], ['4', null, null], ['5', '27 - 36', null], ['6', '37 - 250', null]]);
  });
});
