import { describe, expect, it } from 'vitest';
import { workProgrammeParser } from '../src/sections/work-programme.js';
import { context, heading, para, table } from './build-doc.js';

const HEADER = ['Date of Meeting', 'Item/ Topic', 'Aims and Objectives', 'Presenting', 'Additional Information'];

describe('work programme parser', () => {
  it('reads rows, joins a row continued over a page break and keeps the next rows apart', () => {
    const ctx = context([
      heading('Work Programme – Appendix 1', 50),
      table([HEADER,
        ['31 January 2023', 'Budget Sub-Group', 'To consider the budget.', 'Chief Finance Officer', 'May meet again.'],
        ['6 February 2023', 'Public Confidence Theme:', 'To understand the Code. The Panel are', 'Commissioner', 'An invitation to']], 50),
      table([HEADER,
        ['', 'Supporting Victims', 'interested in victim satisfaction.', '**Others may attend**', 'the Victims\' Commissioner'],
        ['6 February 2023', 'Police and Crime Plan', 'To outline progress.', 'Commissioner', '']], 51),
      table([HEADER,
        ['', '', 'To update the Panel.', 'More presenters', '']], 52),
    ]);
    expect(workProgrammeParser.parse(ctx).work_programme).toEqual([
      { meeting_date: '2023-01-31', item: 'Budget Sub-Group', aims: 'To consider the budget.',
        presenting: 'Chief Finance Officer', additional_information: 'May meet again.', page: 50 },
      { meeting_date: '2023-02-06', item: 'Public Confidence Theme: Supporting Victims',
        aims: 'To understand the Code. The Panel are interested in victim satisfaction.',
        presenting: 'Commissioner Others may attend', additional_information: 'An invitation to the Victims\' Commissioner', page: 50 },
      { meeting_date: '2023-02-06', item: 'Police and Crime Plan', aims: 'To outline progress. To update the Panel.',
        presenting: 'Commissioner More presenters', additional_information: null, page: 51 },
    ]);
  });

  it('carries a merged or blank date cell down to the rows under it', () => {
    const ctx = context([table([
      ['Meeting', 'Report', 'Purpose', 'Lead officer'],
      ['20 March 2023^2', 'Plan progress', 'To outline progress', 'Commissioner'],
      [null, 'Stop and search', 'To scrutinise', 'Deputy'],
      ['', 'Annual report', 'To note', 'Chief Executive'],
      ['TBC', 'Estates', '', ''],
    ])]);
    const rows = workProgrammeParser.parse(ctx).work_programme!;
    expect(rows.map((r) => [r.meeting_date, r.item, r.aims])).toEqual([
      ['2023-03-20', 'Plan progress', 'To outline progress'],
      ['2023-03-20', 'Stop and search', 'To scrutinise'],
      ['2023-03-20', 'Annual report', 'To note'],
      ['TBC', 'Estates', null],
    ]);
  });

  it('takes the meeting date from group rows when there is no date column', () => {
    const ctx = context([
      heading('Scrutiny Committee Work Programme 2023/24'),
      table([['Item', 'Purpose', 'Lead'], ['Tuesday 4 July 2023', '', ''], ['Annual report', 'To note', 'Chair'],
        ['12 September 2023', '', ''], ['Budget', 'To scrutinise', 'Treasurer']], 6),
      heading('Other business'),
      table([['Item', 'Purpose', 'Lead'], ['Training', 'To learn', 'Officer']], 7),
    ]);
    expect(workProgrammeParser.parse(ctx).work_programme!.map((r) => [r.meeting_date, r.item, r.presenting])).toEqual([
      ['2023-07-04', 'Annual report', 'Chair'], ['2023-09-12', 'Budget', 'Treasurer']]);
  });

  it('ignores an agenda table and an action tracker', () => {
    const ctx = context([
      table([['Item', 'Topic', 'Approximate time'], ['1', 'Apologies', '14:00']]),
      table([['Minute', 'Meeting date', 'Action', 'Update'], ['630', 'Jan 2022', 'Compare', 'Done']]),
    ]);
    expect(workProgrammeParser.parse(ctx).work_programme).toEqual([]);
  });
});

describe('work programme parser: two-row headers', () => {
  it('reads a header printed over two rows as one', () => {
    const wrapped = table([['Date of', 'Item/', 'Aims and', 'Presenting'], ['Meeting', 'Topic', 'Objectives', ''],
      ['6 February 2023', 'Community Policing', 'To understand', 'Commissioner']], 9, 2);
    expect(workProgrammeParser.parse(context([wrapped])).work_programme).toEqual([{ meeting_date: '2023-02-06',
      item: 'Community Policing', aims: 'To understand', presenting: 'Commissioner', additional_information: null, page: 9 }]);
  });

  it('joins a row whose date broke over a page break with it ("6 February" | "2023")', () => {
    const ctx = context([
      heading('Work Programme – Appendix 1', 50),
      table([HEADER, ['6 February', 'Police and Crime Plan –', 'To outline progress', 'Simon Foster, Police and Crime', '']], 50),
      table([HEADER, ['2023', 'Progress and Performance', 'against the plan', 'Commissioner', ''],
        ['20 March 2023', 'Budget', 'To review', 'Treasurer', '']], 51),
    ]);
    expect(workProgrammeParser.parse(ctx).work_programme!.map((r) => [r.meeting_date, r.item, r.aims, r.presenting, r.page])).toEqual([
      ['2023-02-06', 'Police and Crime Plan – Progress and Performance', 'To outline progress against the plan',
        'Simon Foster, Police and Crime Commissioner', 50],
      ['2023-03-20', 'Budget', 'To review', 'Treasurer', 51]]);
  });
});


describe('work programme parser, a row cut in two', () => {
  it('joins a row whose date the cut broke ("20 March" | "2023") to the row above', () => {
    const ctx = context([table([HEADER,
      ['20 March', 'Police and Crime', 'To outline progress', 'Commissioner', ''],
      ['2023', 'Plan – Progress', 'within the Plan', 'Office', '']])]);
    expect(workProgrammeParser.parse(ctx).work_programme!.map((r) => [r.meeting_date, r.item, r.aims])).toEqual([
      ['2023-03-20', 'Police and Crime Plan – Progress', 'To outline progress within the Plan']]);
  });
});

describe('work programme parser, header printed apart on the next page', () => {
  it('passes over the last line of a cell left between the header and the grid', () => {
    const box = (x0: number, y0: number, x1: number) => ({ x0, y0, x1, y1: y0 + 12 });
    const first = table([HEADER, ['6 February 2023', 'Police and Crime Plan', 'To outline progress', 'Commissioner', '']], 70);
    const second = table([['20 February 2023', 'Budget', 'To review', 'Treasurer', '']], 71, 0);
    second.table!.box = { x0: 54, y0: 127, x1: 530, y1: 300 };
    const ctx = context([
      first,
      { ...heading('Date of Meeting Item/ Topic Aims and Objectives Presenting Additional Information', 71, 11), box: box(54, 60, 522) },
      { ...para('Performance', 71), box: box(108, 102, 171) },
      second,
    ]);
    expect(workProgrammeParser.parse(ctx).work_programme!.map((r) => [r.meeting_date, r.item])).toEqual([
      ['2023-02-06', 'Police and Crime Plan'], ['2023-02-20', 'Budget']]);
  });
});
