// Minute headings that converted or scanned minutes print run on into their text, run together in one
// paragraph, on a line of their own, or numbered plainly "1. Title": told by the numbers' sequence and by
// where a sentence begins; each failure class also on a real corpus document (skipped without ../shared).
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { minutesParser } from '../src/sections/minutes.js';
import { runOnTitle } from '../src/sections/from-text/run-on.js';
import { dateLike, jumps, keyOf, successor } from '../src/sections/from-text/numbering.js';
import { ctxOf } from './blocks.js';
import { extractFixture } from './build-doc.js';
import { FIXTURES, SHARED } from './helpers.js';

const corpus = (rel: string) => join(SHARED, 'corpus', rel);
const has = (rel: string) => existsSync(corpus(rel));
const HEAD = ['MINUTES of the meeting held on 1 May 2024', 'PRESENT: Mr A Smith, Mrs B Jones'];
const itemsOf = (body: string[]) => (minutesParser.parse(ctxOf([...HEAD, ...body])).minute_items ?? []).map((m) => [m.minute, m.title]);

describe('a title run on into its text', () => {
  const title = (s: string) => runOnTitle(s)?.title ?? null;
  it('ends where a sentence begins: a capital after a lower-case word, a sentence opener, a colon, a full stop', () => {
    expect(title('Apologies for absence Apologies had been received from Tom Foy who was detained at work.')).toBe('Apologies for absence');
    expect(title('Declarations of interest AS declared an interest in a planning application.')).toBe('Declarations of interest');
    expect(title('Apologies No apologies had been received')).toBe('Apologies');
    expect(title("Clerk's Report At the last PC meeting it was agreed to contact Highways:")).toBe("Clerk's Report");
    expect(title('Planning Applications: No applications received for consultation.')).toBe('Planning Applications');
    expect(title('The minutes of the meeting held on 06.07.20 were agreed as a true record. Minutes will be signed.'))
      .toBe('The minutes of the meeting held on 06.07.20 were agreed as a true record.');
  });
  it('a dash parts a title from a sentence, not from a date; a colon a few words on ends the title', () => {
    expect(title('Police Report – PK reported that an incident had occurred during the last evening.')).toBe('Police Report');
    expect(title('Planning - the following planning documents had been received and discussed:')).toBe('Planning');
    expect(title('Date of Next Meeting – Thursday 6th July 7.00pm for 7.30pm')).toBeNull();
    expect(title('Other Reports – for information only: No further reports offered.')).toBe('Other Reports – for information only');
  });
  it('a capitalised subject and its verb open a sentence ("Flooding | Thames Water have ..."), not across a full stop', () => {
    expect(title('Highways Speeding signs are in place and appear to be making a difference.')).toBe('Highways');
    expect(title('Flooding Thames Water have carried out a survey in the village and have cleared all drains.')).toBe('Flooding');
    expect(title("Clerk's Report The Clerk has written to the highways authority about the verges.")).toBe("Clerk's Report");
    expect(title('Community Events. Volunteers would be sought through the newsletter.')).toBe('Community Events.');
  });
  it('a title alone, or one in Title Case with small words, is not cut', () => {
    expect(runOnTitle('Minutes of the Parish Council meeting held on 3 May 2017')).toBeNull();
    expect(runOnTitle('Matters Arising from the Minutes')).toBeNull();
    expect(runOnTitle('Clerks Report and Actions from previous meeting')).toBeNull();
  });
});

describe('the sequence of minute numbers', () => {
  it('the next number: one part up by one, a level down, or back up', () => {
    expect(successor(keyOf('71/17'), keyOf('70/17'))).toBe(true);
    expect(successor(keyOf('11.20.06'), keyOf('11.20.05'))).toBe(true);
    expect(successor(keyOf('4.1'), keyOf('4'))).toBe(true);
    expect(successor(keyOf('5'), keyOf('4.3'))).toBe(true);
    expect(successor(keyOf('3'), keyOf('1'))).toBe(false);
    expect(successor(keyOf('1'), keyOf('4.2'))).toBe(false);
  });
  it('a sum or a count far beyond the last is no minute; a date stamp is no number', () => {
    expect(jumps(keyOf('394.00'), keyOf('01.26.12'))).toBe(true);
    expect(jumps(keyOf('01.26.13'), keyOf('01.26.12'))).toBe(false);
    expect(dateLike('1227/10/2020')).toBe(true);
    expect(dateLike('18/045')).toBe(false);
  });
});

describe('numbered minutes in plain text', () => {
  it('several minutes run together in one paragraph are cut at the numbers that go on one by one', () => {
    expect(itemsOf([
      '70/17 Apologies for absence Apologies had been received from Tom Foy. 71/17 Declaration of Interest on agenda items No declarations were made. 72/17 Public contributions CC asked for comments.',
      '73/17 Minutes of the last meeting', 'The minutes were agreed.',
    ])).toEqual([['70/17', 'Apologies for absence'], ['71/17', 'Declaration of Interest on agenda items'], ['72/17', 'Public contributions'], ['73/17', 'Minutes of the last meeting']]);
  });
  it('plain "1. Title" items whose numbers go on are minutes; a list "1. 2." inside a minute is not', () => {
    expect(itemsOf([
      '1. Apologies for Absence accepted from: Cllr Ian Mack.', '2. No declarations of Interest made',
      '3. The minutes of the meeting held on 6 July were agreed as a true record. Minutes will be signed.',
      '4. Reports', '4.1 Clerk’s Report At the last meeting it was agreed to contact Highways with the following concerns:',
      '1. Low Road is considered to be hazardous.', '2. Concern was also raised regarding parking.', '5. Planning Applications: None received.',
    ])).toEqual([['1', 'Apologies for Absence accepted from'], ['2', 'No declarations of Interest made'],
      ['3', 'The minutes of the meeting held on 6 July were agreed as a true record.'], ['4', 'Reports'], ['4.1', 'Clerk’s Report'], ['5', 'Planning Applications']]);
  });
  it('numbers with a letter before them ("M24.07") go on one by one like plain ones', () => {
    expect(itemsOf(['M24.07 APOLOGIES', 'Apologies were received from Cllr C.', 'M24.08 DECLARATIONS OF INTEREST', 'None.',
      'M24.09 FINANCE', 'RESOLVED: that the payments be approved.']))
      .toEqual([['M24.07', 'APOLOGIES'], ['M24.08', 'DECLARATIONS OF INTEREST'], ['M24.09', 'FINANCE']]);
  });
  it('a heading on a line of its own above its text, read as one paragraph', () => {
    expect(itemsOf(['1. Croeso ac ymddiheuriadau\nCroesawodd y Cadeirydd bawb i\'r cyfarfod.', '2. Datgan buddiant\nDim.']))
      .toEqual([['1', 'Croeso ac ymddiheuriadau'], ['2', 'Datgan buddiant']]);
  });
  it('numbers in a column apart from their texts: one text per number or sub-item, a cited number puts the count right', () => {
    expect(itemsOf(['24.1 24.2 a)', 'b)', '24.3 24.4', '24.5',
      'Apologies: None.', 'Minutes: The minutes were signed.', 'Declarations of Interest made by Cllr B.',
      'Finance: Resolved 24.4.1 that the payments be approved.', 'Next Meeting: 5 May.', 'Meeting closed at 9pm.']))
      .toEqual([['24.1', 'Apologies'], ['24.2', 'Minutes'], ['24.4', 'Finance'], ['24.5', 'Next Meeting']]);
  });
  it('a date line, vote labels and a quoted report\'s headings are no minutes', () => {
    expect(itemsOf(['12 April 2016 at 6.30 pm', '**1/16 Public Questions**', 'None.'])).toEqual([['1/16', 'Public Questions']]);
    const unnumbered = minutesParser.parse(ctxOf([...HEAD, '**Budget**', 'The report was read:', '**“Introduction**', 'I attach the budget.', '**Economic Outlook**',
      'Growth is slow.”', '**Division A - Housing**', 'The Director spoke.', '**For**', 'Councillors A, B', '**Against**', 'Councillors C, D']));
    expect((unnumbered.minute_items ?? []).map((m) => m.title)).toEqual(['Budget', 'Division A - Housing']);
  });
});

describe.skipIf(!has('west-dereham-pc/west-dereham-pc-2017-06-01-minutes.md'))('run-on and run-together minutes (corpus)', () => {
  it('West Dereham: "70/17 ... 71/17 ... 72/17 ..." in one paragraph; "78/17 Police Report – PK reported ..."', async () => {
    const d = await extractFixture(corpus('west-dereham-pc/west-dereham-pc-2017-06-01-minutes.md'));
    const numbers = d.minute_items.map((m) => m.minute);
    expect(numbers).toEqual(Array.from({ length: 18 }, (_, k) => `${70 + k}/17`));
    expect(d.minute_items.find((m) => m.minute === '78/17')?.title).toBe('Police Report');
    expect(d.minute_items.find((m) => m.minute === '71/17')?.title).toBe('Declaration of Interest on agenda items');
  });
  it('Wretton: plain "1. Title" items, some a sentence, a page stamp glued to a date is no minute', async () => {
    const d = await extractFixture(corpus('wretton-pc/wretton-pc-2020-08-24-minutes.md'));
    expect(d.minute_items.map((m) => m.minute)).toEqual(['1', '2', '3', '4', '4.1', '4.2', '4.3', '5', '6', '7']);
    expect(d.minute_items.find((m) => m.minute === '4.3')?.title).toBe('Risk Assessment Update');
  });
  it('Souldern 2026: a lone number over a title run on into its text; a sum in a table is no minute', async () => {
    const d = await extractFixture(corpus('souldern-pc/souldern-pc-2026-01-29-minutes.pdf'));
    expect(d.minute_items.filter((m) => ['01.26.11', '01.26.12'].includes(m.minute ?? '')).map((m) => m.title)).toEqual(['Planning', 'Finance']);
    expect(d.minute_items.map((m) => m.minute)).not.toContain('394.00');
    // a bracket left open at the line's end closes on the next line, part of the title
    expect(d.minute_items.find((m) => m.minute === '01.26.07')?.title).toBe('Reports from County/District Councillors (David Rogers CDC) (Gareth Epps – OCC)');
  });
  it('Souldern 2020: unstyled titles run on into a sentence whose subject is capitalised ("Flooding Thames Water have ...")', async () => {
    const d = await extractFixture(corpus('souldern-pc/souldern-pc-2020-11-25-minutes.pdf'));
    expect(d.minute_items.filter((m) => ['11.20.08', '11.20.09'].includes(m.minute ?? '')).map((m) => m.title)).toEqual(['Highways', 'Flooding']);
  });
  it('Limerick budget: a long bold heading with no sentence in it heads a minute; a bold line a colon announces does not', async () => {
    const d = await extractFixture(corpus('limerick-ccc/limerick-ccc-2015-01-12-minutes-budget.md'));
    const titles = d.minute_items.map((m) => m.title);
    expect(titles).toContain('Division E - Environmental Services / Division F - Recreation and Amenity / Division G - Agriculture, Education, Health and Welfare');
    expect(titles.filter((t) => t.startsWith('Schedule of Amendments'))).toEqual([]);
  });
  it('Souldern 2024: unnumbered bold headings in the number column end the numbered minutes', async () => {
    const d = await extractFixture(corpus('souldern-pc/souldern-pc-2024-05-23-minutes.pdf'));
    expect(d.minute_items.slice(-2).map((m) => [m.minute, m.title])).toEqual([[null, 'Other Matters'], [null, 'Dates for 2024']]);
  });
  it('Souldern 2013: a bold lead ending in a colon runs into a list ("Administration: a) ...")', async () => {
    const d = await extractFixture(corpus('souldern-pc/souldern-pc-2013-03-21-minutes.pdf'));
    expect(d.minute_items.map((m) => m.minute)).toEqual(expect.arrayContaining(['2', '7', '9']));
  });
  it('Northwold: numbers in a column apart from their texts are read with them by count and by the numbers the texts cite', async () => {
    const d = await extractFixture(corpus('northwold-pc/northwold-pc-2016-05-09-minutes-agm.md'));
    const items = d.minute_items.map((m) => [m.minute, m.title]);
    expect(items.slice(0, 4)).toEqual([['16/05/1', 'Election of Chairman'], ['16/05/2', 'Accepted Apologies for absence - LGA 1972, Section 85(1) & (2)'],
      ['16/05/3', 'To Receive the Declarations of Office by Members'], ['16/05/5', 'Appointment of the Responsible Financial Officer']]);
    expect(items.slice(-3)).toEqual([['16/05/15', 'Finance & Policies'], ['16/05/16', 'Parish Matters'],
      ['16/05/17', 'The next meeting is to be held on Tuesday 5th July 2016 at 7:30pm in the Village Hall.']]);
    // 16/05/4 is run into 16/05/3's paragraph and 16/05/6 has no text: no item is guessed for them
    expect(items.map((m) => m[0])).not.toContain('16/05/6');
    expect(d.resolutions.filter((r) => r.minute === '16/05/12')).toHaveLength(2);
  });
  it('an agenda whose item "3. Minutes of the Meeting held on ..." is no minutes title gives no items', async () => {
    const d = await extractFixture(corpus('kent/cabinet-2025-01-30-agenda-frontsheet.pdf'));
    expect(d.minute_items).toEqual([]);
  });
});

describe.skipIf(!existsSync(join(FIXTURES, 'welsh')))('Welsh minutes items (fixtures/welsh)', () => {
  it('"1. Croeso ac ymddiheuriadau" over its text: eight items', async () => {
    const d = await extractFixture(join(FIXTURES, 'welsh', 'cyngor-cymuned-cofnodion.txt'));
    expect(d.minute_items.map((m) => [m.minute, m.title])).toEqual([['1', 'Croeso ac ymddiheuriadau'], ['2', 'Datgan buddiant'],
      ['3', 'Cofnodion y cyfarfod blaenorol'], ['4', 'Materion yn codi'], ['5', 'Cyllid'], ['6', 'Cynllunio'], ['7', 'Maes chwarae'], ['8', 'Dyddiad y cyfarfod nesaf']]);
  });
});
