import { describe, expect, it } from 'vitest';
import { futureMeetingsParser } from '../src/sections/future-meetings.js';
import { context, heading, para, table } from './build-doc.js';

describe('future meetings parser', () => {
  it('splits an agenda cell into dates, venues and notes', () => {
    const ctx = context([table([
      ['Item', 'Topic'],
      ['13', '**FUTURE MEETING DATES** 6 February 2023 – Solihull Council Chamber 20 February 2023 (provisional date ' +
        'if precept veto) Birmingham Council House 20 March 2023 – Birmingham Council House *note change of venue*'],
    ], 2)], { date: '2023-01-09' });
    expect(futureMeetingsParser.parse(ctx).future_meetings).toEqual([
      { date: '2023-02-06', venue: 'Solihull Council Chamber', note: null, page: 2 },
      { date: '2023-02-20', venue: 'Birmingham Council House', note: 'provisional date if precept veto', page: 2 },
      { date: '2023-03-20', venue: 'Birmingham Council House', note: 'note change of venue', page: 2 },
    ]);
  });

  it('reads an agenda item on future meetings, its row broken apart by the print style', () => {
    // the agenda row's topic sits partly in a table cell and partly in lines of text under it: only the
    // agenda item put back together holds every date
    const ctx = context([table([['Item', 'Topic'], ['13', '**FUTURE MEETING DATES** 6 February 2023 – Solihull']], 2)], { date: '2023-01-09' });
    ctx.records.agenda_items = [{
      number: '13', title: 'FUTURE MEETING DATES', supporting_document: false, time: null, pages: null, page: 2,
      description: '6 February 2023 – Solihull Council Chamber 20 March 2023 – Birmingham Council House note change of venue',
    }];
    expect(futureMeetingsParser.parse(ctx).future_meetings).toEqual([
      { date: '2023-02-06', venue: 'Solihull Council Chamber', note: null, page: 2 },
      { date: '2023-03-20', venue: 'Birmingham Council House', note: 'note change of venue', page: 2 },
    ]);
  });

  it('reads the lines under a heading, drops times and stops at the next heading or undated line', () => {
    const ctx = context([
      heading('Dates of future meetings'),
      para('Monday 12th June 2023 at 2.00 pm, Council Chamber'),
      para('Thursday, 14 September 2023 at 10:00 – Committee Room 1'),
      heading('Any other business'),
      para('1 December 2023 – not a meeting date'),
      para('Date of next meeting'),
      { ...para('• Tuesday 5 December 2023 – Town Hall'), kind: 'list_item' as const, marker: '•' },
      { ...para('• Friday 15 December 2023'), kind: 'list_item' as const, marker: '•' },
      para('Report of the Director'),
      para('The plan runs to 31 March 2024.'),
    ], { date: '2023-05-01' });
    expect(futureMeetingsParser.parse(ctx).future_meetings).toEqual([
      { date: '2023-06-12', venue: 'Council Chamber', note: null, page: 1 },
      { date: '2023-09-14', venue: 'Committee Room 1', note: null, page: 1 },
      { date: '2023-12-05', venue: 'Town Hall', note: null, page: 1 },
      { date: '2023-12-15', venue: null, note: null, page: 1 },
    ]);
  });

  it('gives dates printed without a year the year of the next full date, or of the first date after the meeting', () => {
    const found = (text: string) => futureMeetingsParser.parse(context([para(text)], { date: '2023-05-01' }))
      .future_meetings!.map((m) => m.date);
    expect(found('Future meeting dates: 12 June, 11 September and 4 December 2023')).toEqual(
      ['2023-06-12', '2023-09-11', '2023-12-04']);
    expect(found('Future meeting dates: 4 December, 15 January 2024')).toEqual(['2023-12-04', '2024-01-15']);
    expect(found('Future meeting dates: 12 June, 3 Panel members, 10 April')).toEqual(['2023-06-12', '2024-04-10']);
  });

  it('skips the meeting itself and dates before it, and a passing mention in a paragraph', () => {
    const ctx = context([
      para('The next meeting will be held on 9 January 2023.'),
      para('Members asked that the matter come back to a future meeting of the Panel. ' +
        'The report of 6 February 2023 will follow.'),
    ], { date: '2023-01-09' });
    expect(futureMeetingsParser.parse(ctx).future_meetings).toEqual([]);
  });
});

describe('future meetings parser: schedule tables', () => {
  it('reads a Date | Time | Venue table under a future meetings heading', () => {
    const ctx = context([
      heading('Future meeting dates'),
      table([['Date', 'Time', 'Venue'], ['Tuesday 4 July 2023', '10:00', 'Council Chamber'], ['19 September 2023', '14:00', '']], 3),
      heading('Consultation events'),
      table([['Date', 'Venue'], ['5 August 2023', 'Town Hall']], 3),
    ]);
    expect(futureMeetingsParser.parse(ctx).future_meetings).toEqual([
      { date: '2023-07-04', venue: 'Council Chamber', note: null, page: 3 },
      { date: '2023-09-19', venue: null, note: null, page: 3 },
    ]);
  });
});
