import { describe, expect, it } from 'vitest';
import { agendaParser } from '../src/sections/agenda.js';
import type { Block } from '../src/model.js';
import { context, heading, para, table } from './build-doc.js';

const HEADER = ['Supporting Document', 'Item', 'Topic', 'Approximate time'];

describe('agenda parser: tables', () => {
  it('reads a table agenda continued on the next page with the header repeated', () => {
    const ctx = context([
      heading('**AGENDA**'),
      table([HEADER,
        ['', '**1**', '**NOTICE OF RECORDING** This meeting will be webcast.', '**14:00**'],
        ['', '**2**', '**APOLOGIES**', ''],
        ['**Attached**', '**4**', '**MINUTES** To confirm the Minutes of the meeting held on 14 November 2022.', '**14:05**']], 1),
      table([HEADER,
        ['Attached', '5', '**ACTION TRACKER** To consider the progress of actions.', ''],
        ['', '13', '**FUTURE MEETING DATES** 6 February 2023 – Solihull', '4.55 pm']], 2),
    ]);
    const items = agendaParser.parse(ctx).agenda_items!;
    expect(items.map((i) => i.number)).toEqual(['1', '2', '4', '5', '13']);
    expect(items[0]).toEqual({
      number: '1', title: 'NOTICE OF RECORDING', description: 'This meeting will be webcast.',
      supporting_document: false, time: '14:00', pages: null, page: 1,
    });
    expect(items[1]).toMatchObject({ title: 'APOLOGIES', description: null, time: null });
    expect(items[2]).toMatchObject({ title: 'MINUTES', supporting_document: true, time: '14:05' });
    expect(items[3]).toMatchObject({ title: 'ACTION TRACKER', supporting_document: true, page: 2 });
    expect(items[4]).toMatchObject({ title: 'FUTURE MEETING DATES', time: '16:55', supporting_document: false });
  });

  it('finds columns by header words in any order and takes capitalised titles without bold', () => {
    const ctx = context([table([
      ['Time', 'Title', 'No.', 'Papers'],
      ['10:30', 'PUBLIC QUESTIONS To receive questions.', '3a', 'Enclosed'],
      ['', 'continued from the page before.', '', ''],
    ])]);
    expect(agendaParser.parse(ctx).agenda_items).toEqual([{
      number: '3a', title: 'PUBLIC QUESTIONS', description: 'To receive questions. continued from the page before.',
      supporting_document: true, time: '10:30', pages: null, page: 1,
    }]);
  });

  it('reads a grid with a row merged over two lines and the header repeated inside it', () => {
    const ctx = context([table([HEADER,
      ['^2', '3^2', '**DECLARATIONS** Members are reminded^2', '^2'],
      [null, null, null, null],
      ['Attached', '4', '**MINUTES** To confirm.', '14:05'],
      HEADER,
      ['', '', 'the minutes of the last meeting.', ''],
    ])]);
    const items = agendaParser.parse(ctx).agenda_items!;
    expect(items.map((i) => [i.number, i.title, i.description])).toEqual([
      ['3', 'DECLARATIONS', 'Members are reminded'], ['4', 'MINUTES', 'To confirm. the minutes of the last meeting.']]);
  });

  it('reads page ranges from a Pages column', () => {
    const ctx = context([table([['Item', 'Subject', 'Pages'], ['1', 'Minutes', '1-6'], ['2', 'Budget', '']])]);
    expect(agendaParser.parse(ctx).agenda_items!.map((i) => [i.title, i.pages, i.supporting_document])).toEqual([
      ['Minutes', '1 - 6', true], ['Budget', null, false]]);
  });

  it('splits capitalised titles only where a sentence starts', () => {
    const ctx = context([table([['Item', 'Topic'], ['1', 'MTFP 2025-28 update'], ['2', 'KEY DECISIONS A list of decisions.'],
      ['3', 'BUDGET 2023/2024 – FINAL To approve the budget.']])]);
    expect(agendaParser.parse(ctx).agenda_items!.map((i) => [i.title, i.description])).toEqual([
      ['MTFP 2025-28 update', null], ['KEY DECISIONS', 'A list of decisions.'],
      ['BUDGET 2023/2024 – FINAL', 'To approve the budget.']]);
  });

  it('takes no agenda table from deep in the pack', () => {
    const ctx = context([table([['No.', 'Title'], ['1', 'A report'], ['2', 'Another report']], 12)]);
    expect(agendaParser.parse(ctx).agenda_items).toEqual([]);
  });

  it('ignores tables without an item number and a topic column', () => {
    const ctx = context([table([['Date', 'Action'], ['Nov 2022', 'Do it']])]);
    expect(agendaParser.parse(ctx).agenda_items).toEqual([]);
  });
});

describe('agenda parser: tables in any print style', () => {
  // columns of the table on the page: Supporting Document 56-130, Item 130-150, Topic 150-450, time 450-540
  const X = [[56, 130], [130, 150], [150, 450], [450, 540]];
  const placed = (b: Block, y: number): Block => {
    const grid = b.table!.grid.map((row) => row.map((c, k) => c && { ...c, box: { x0: X[k][0], y0: y, x1: X[k][1], y1: y + 10 } }));
    return { ...b, box: { x0: 56, y0: y, x1: 540, y1: y + 20 }, table: { ...b.table!, grid, method: 'stream' } };
  };
  const line = (marked: string, x0: number, y: number, kind: 'paragraph' | 'heading' = 'paragraph'): Block => {
    const b = kind === 'heading' ? heading(marked, 1, 11) : para(marked);
    const box = { x0, y0: y, x1: 540, y1: y + 10 };
    return { ...b, box, lines: [{ text: b.text, spans: b.spans, box, fontSize: 11, bold: b.bold, italic: false, page: 1 }] };
  };

  it('reads rows a borderless style left as lines of text: lead column, number, title over lines, time', () => {
    const ctx = context([
      heading('**AGENDA**', 1, 11),
      placed(table([HEADER, ['', '**1**', '**NOTICE OF RECORDING** This meeting will be', '**14:00**']]), 100),
      line('webcast.', 152, 130),
      line('2 **APOLOGIES**', 131, 145, 'heading'),
      line('Supporting Item Topic Approximate', 56, 160),
      line('Document time', 56, 170),
      line('Attached 3 **POLICE AND CRIME COMMISSIONER\'S PRELIMINARY** 14:40', 56, 185),
      line('**REVENUE BUDGET** To consider the budget.', 152, 195, 'heading'),
      placed(table([['', '', 'the budget for 2023/2024.', ''], ['Attached', '4', '**TACKLING VIOLENCE** A report.', '15:25']]), 210),
      line('MINUTES OF THE MEETING HELD ON 14 NOVEMBER 2022', 56, 300, 'heading'),
      line('5 A numbered paragraph of the minutes', 56, 320),
    ]);
    expect(agendaParser.parse(ctx).agenda_items!.map((i) => [i.number, i.title, i.description, i.supporting_document, i.time])).toEqual([
      ['1', 'NOTICE OF RECORDING', 'This meeting will be webcast.', false, '14:00'],
      ['2', 'APOLOGIES', null, false, null],
      ['3', 'POLICE AND CRIME COMMISSIONER\'S PRELIMINARY REVENUE BUDGET', 'To consider the budget. the budget for 2023/2024.', true, '14:40'],
      ['4', 'TACKLING VIOLENCE', 'A report.', true, '15:25'],
    ]);
  });

  it('takes the header from inside a table when the style printed the first header apart from it', () => {
    const ctx = context([
      heading('**AGENDA**', 1, 11),
      line('Supporting Item Topic Approximate Document time', 56, 90, 'heading'),
      placed(table([['', '1', '**APOLOGIES**', ''], ['Attached', '2', '**MINUTES** To confirm.', '14:05'], HEADER,
        ['', '3', '**URGENT BUSINESS**', '']], 1, 0), 100),
    ]);
    expect(agendaParser.parse(ctx).agenda_items!.map((i) => [i.number, i.title, i.supporting_document, i.time])).toEqual([
      ['1', 'APOLOGIES', false, null], ['2', 'MINUTES', true, '14:05'], ['3', 'URGENT BUSINESS', false, null]]);
  });
});

describe('agenda parser: numbered lists', () => {
  const frontSheet = [
    heading('**AGENDA**', 1, 16),
    heading('**UNRESTRICTED ITEMS**', 1, 12),
    para('1. Apologies and Substitutes'),
    para('2. Declarations of Interest'),
    para('3. Minutes of the Meeting held on 9th January 2025 (Pages 1 - 10)'),
    para('4 Cabinet Member Updates'),
    para('5. 24/00108 - Revenue and Capital Budget Monitoring Report – November 2024-25'),
    para('(Pages 11 - 84)'),
    para('5a. Supplementary report (Pages 85 - 90)'),
    heading('**EXEMPT ITEMS**', 1, 12),
    para('(At the time of preparing the agenda there were no exempt items.)'),
    heading('Report of the Director', 5, 18),
    para('1. Purpose of the report', 5),
    para('2. Background', 5),
  ];

  it('reads items, wrapped page ranges and sub-items, and stops at the next report', () => {
    const items = agendaParser.parse(context(frontSheet)).agenda_items!;
    expect(items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '5a']);
    expect(items[2]).toEqual({
      number: '3', title: 'Minutes of the Meeting held on 9th January 2025', description: null,
      supporting_document: true, time: null, pages: '1 - 10', page: 1,
    });
    expect(items[3]).toMatchObject({ title: 'Cabinet Member Updates', pages: null, supporting_document: false });
    expect(items[4]).toMatchObject({
      title: '24/00108 - Revenue and Capital Budget Monitoring Report – November 2024-25', pages: '11 - 84',
    });
    expect(items[5]).toMatchObject({ title: 'Supplementary report', pages: '85 - 90' });
  });

  it('does not take numbered paragraphs of a report deep in the pack for an agenda', () => {
    const ctx = context([heading('Report', 9, 18), para('1. Purpose', 9), para('2. Background', 9), para('3. Options', 9)]);
    expect(agendaParser.parse(ctx).agenda_items).toEqual([]);
  });

  it('needs an agenda title before the list: numbered minutes are not an agenda', () => {
    const ctx = context([heading('**Agenda Item 3**'), heading('**MINUTES of the meeting**'),
      para('1. RESOLVED that the Chair be elected.'),
      para('2. The Chair agreed to write to group leaders.')]);
    expect(agendaParser.parse(ctx).agenda_items).toEqual([]);
  });

  it('reads agenda lines that came through as a column-aligned table, and stops where the numbering breaks; a signature far right is no part of an item', () => {
    const ctx = context([
      heading('**A G E N D A**'),
      para('1. Apologies for Absence'),
      table([['2. Minutes of the meeting held on 9 January (Pages 1 - 26)', ''], ['2025 and, if in order, approved', ''],
        ['3. Section 25 Report', '(Pages 27 - 36)']]),
      { ...para('4. Capital Programme (Pages 37 - 250)'), box: { x0: 56, y0: 500, x1: 540, y1: 520 } },
      { ...para('Chief Executive'), box: { x0: 448, y0: 700, x1: 540, y1: 720 } },
      para('6. A number out of sequence'),
    ]);
    const items = agendaParser.parse(ctx).agenda_items!;
    expect(items.map((i) => [i.number, i.title, i.description, i.pages])).toEqual([
      ['1', 'Apologies for Absence', null, null],
      ['2', 'Minutes of the meeting held on 9 January 2025 and, if in order, approved', null, '1 - 26'],
      ['3', 'Section 25 Report', null, '27 - 36'], ['4', 'Capital Programme', null, '37 - 250'],
    ]);
  });

  it('takes a bold run after the number as the title of a list item', () => {
    const ctx = context([para('Agenda'), para('1. **Apologies** To receive apologies. (Pages 1 - 2)'),
      para('**2. Minutes** of the last meeting'), para('3. Public questions')]);
    expect(agendaParser.parse(ctx).agenda_items!.map((i) => [i.number, i.title, i.description, i.pages])).toEqual([
      ['1', 'Apologies', 'To receive apologies.', '1 - 2'], ['2', 'Minutes', 'of the last meeting', null],
      ['3', 'Public questions', null, null]]);
  });

  it('reads plain renderings: numbers on lines of their own, capitals sub-headings, page ranges ending items', () => {
    const ctx = context([para('AGENDA'), para('1.'), para('Apologies'), para('2.'),
      para('Budget report (Pages 3 - 40) EXEMPT ITEMS (none at the time of printing)'), para('3.'),
      para('Minutes of the meetings held on 9 January (Pages 41 - 46)'), para('2025 and, if in order, approved'),
      para('General Counsel'), para('Published on 2 February 2025')]);
    expect(agendaParser.parse(ctx).agenda_items!.map((i) => [i.number, i.title, i.description, i.pages])).toEqual([
      ['1', 'Apologies', null, null], ['2', 'Budget report', null, '3 - 40'],
      ['3', 'Minutes of the meetings held on 9 January 2025 and, if in order, approved', null, '41 - 46']]);
  });

  it('keeps times printed after a title and descriptions under it', () => {
    const ctx = context([
      para('Agenda'),
      para('1. Welcome 10.00 am'),
      para('The Chair will open the meeting.'),
      para('2. Minutes 10:05'),
    ]);
    const items = agendaParser.parse(ctx).agenda_items!;
    expect(items[0]).toMatchObject({ title: 'Welcome', time: '10:00', description: 'The Chair will open the meeting.' });
    expect(items[1]).toMatchObject({ title: 'Minutes', time: '10:05' });
  });
});

describe('agenda parser: parish, Canadian and Irish numbering', () => {
  it('reads lettered and decimal sub-items, three-level numbers and a dash after the number', () => {
    const ctx = context([heading('**Meeting Agenda**', 1, 11), para('1. Call to Order'), para('2 - Disclosures of Pecuniary Interest'),
      para('3. Planning'), para('a) 23/0001 Land at the Mill'), para('b) 23/0002 The Old Forge'), para('4. Reports'),
      para('4.1 Finance Report'), para('4.1.1 Budget Variance'), para('5. Adjournment')]);
    expect(agendaParser.parse(ctx).agenda_items!.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Call to Order'], ['2', 'Disclosures of Pecuniary Interest'], ['3', 'Planning'], ['3a', '23/0001 Land at the Mill'],
      ['3b', '23/0002 The Old Forge'], ['4', 'Reports'], ['4.1', 'Finance Report'], ['4.1.1', 'Budget Variance'], ['5', 'Adjournment']]);
  });

  it('takes a summons for the agenda title', () => {
    const ctx = context([para('**Councillors are summoned to attend a meeting to transact the following business.**'),
      para('1. Apologies'), para('2. Declarations of interest')]);
    expect(agendaParser.parse(ctx).agenda_items!.map((i) => i.title)).toEqual(['Apologies', 'Declarations of interest']);
  });

  it('takes no numbered declarations or tributes inside minutes for agenda items', () => {
    const ctx = context([heading('**Minutes of the meeting of the Parish Council**'), heading('**Agenda**'),
      para('1. Cllr Smith declared an interest in item 5.'), para('2. Tributes were paid to the late Cllr Jones.')]);
    expect(agendaParser.parse(ctx).agenda_items).toEqual([]);
    const minutesTable = context([heading('**MINUTES**'), table([['No.', 'Item', 'Action by'], ['1.', 'Apologies', ''], ['2.', 'Election of officers', 'DHO']])]);
    expect(agendaParser.parse(minutesTable).agenda_items).toEqual([]);
  });

  it('does not take a sentence about the agenda for its title', () => {
    const ctx = context([heading('**Items for the next agenda**'), para('1. Speeding on the High Street'), para('2. Hedge cutting')]);
    expect(agendaParser.parse(ctx).agenda_items).toEqual([]);
  });

  it('reads a Welsh agenda table header and "Agenda Item 1" list numbers after an Irish "Clár"', () => {
    const welsh = context([table([['Eitem', 'Pwnc', 'Amser'], ['1', 'Ymddiheuriadau', '10:00'], ['2', 'Datgan Buddiant', '']])]);
    expect(agendaParser.parse(welsh).agenda_items!.map((i) => [i.number, i.title, i.time])).toEqual([
      ['1', 'Ymddiheuriadau', '10:00'], ['2', 'Datgan Buddiant', null]]);
    const irish = context([heading('**CLÁR**'), para('Agenda Item 1: Confirmation of Minutes'), para('Agenda Item 2: Chief Executive’s Report')]);
    expect(agendaParser.parse(irish).agenda_items!.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Confirmation of Minutes'], ['2', 'Chief Executive’s Report']]);
  });
});

