import { describe, expect, it } from 'vitest';
import { actionsParser } from '../src/sections/actions.js';
import { context, heading, para, table } from './build-doc.js';

const HEADER = ['Minute/ Action No.', 'Meeting date', 'Action', 'Update/ notes'];

describe('actions parser', () => {
  it('reads each tracker table with its heading as group and status', () => {
    const ctx = context([
      heading('1. Outstanding Actions from 2021-2022'),
      table([HEADER, ['630', 'Jan 2022', 'Compare budgets.', 'Will inform the debate']], 3),
      heading('3. Completed Actions 2022-2023'),
      table([HEADER, ['672ii', 'Oct 2022', 'Programme reports.', 'Programmed'], ['687 iii a', '14/11/2022', 'Breakdown.', '']], 4),
    ]);
    expect(actionsParser.parse(ctx).actions).toEqual([
      { ref: '630', meeting: '2022-01', action: 'Compare budgets.', update: 'Will inform the debate',
        status: 'outstanding', group: '1. Outstanding Actions from 2021-2022', page: 3 },
      { ref: '672ii', meeting: '2022-10', action: 'Programme reports.', update: 'Programmed',
        status: 'completed', group: '3. Completed Actions 2022-2023', page: 4 },
      { ref: '687 iii a', meeting: '2022-11', action: 'Breakdown.', update: null,
        status: 'completed', group: '3. Completed Actions 2022-2023', page: 4 },
    ]);
  });

  it('takes status from a Status column, a plain line above as heading, and joins a row continued over a page break', () => {
    const ctx = context([
      para('Action log'),
      table([['Ref', 'Action', 'Progress', 'Status'], ['1', 'Write to the', 'Letter', 'Open']], 2),
      table([['Ref', 'Action', 'Progress', 'Status'], ['', 'Minister.', 'sent', ''], ['2', 'Visit', '', 'Complete']], 3),
    ]);
    const actions = actionsParser.parse(ctx).actions!;
    expect(actions.map((a) => [a.ref, a.action, a.update, a.status, a.group, a.page])).toEqual([
      ['1', 'Write to the Minister.', 'Letter sent', 'outstanding', 'Action log', 2],
      ['2', 'Visit', null, 'completed', 'Action log', 3],
    ]);
  });

  it('without a Status column or telling heading, an update opening with "Completed" marks it done', () => {
    const ctx = context([heading('Action tracker'), table([['Minute', 'Action', 'Update'],
      ['12', 'Circulate briefing', 'Completed – sent 3 May'], ['13', 'Report back', 'To be completed by June']])]);
    expect(actionsParser.parse(ctx).actions!.map((a) => a.status)).toEqual(['completed', 'outstanding']);
  });

  it('reads a table continued on the next page without its header, but not past a heading', () => {
    const ctx = context([
      heading('Outstanding actions'),
      table([HEADER, ['630', 'Jan 2022', 'Compare budgets.', '']], 3),
      para('Page 3', 3),
      table([['631', 'Jan 2022', 'Visit.', '']], 4),
      heading('Other figures'),
      table([['1', 'Jan 2022', 'Not an action.', '']], 4),
    ]);
    expect(actionsParser.parse(ctx).actions!.map((a) => [a.ref, a.page])).toEqual([['630', 3], ['631', 4]]);
  });

  it('ignores tables that are not action trackers', () => {
    const ctx = context([table([['Item', 'Topic', 'Time'], ['1', 'Apologies', '14:00']]),
      table([['Action', 'Owner'], ['Do it', 'Chair']])]);
    expect(actionsParser.parse(ctx).actions).toEqual([]);
  });

  it('reads a header printed over lines apart from its rows: a label row under it, a header line of text above a table', () => {
    const ctx = context([
      heading('1. Outstanding Actions'),
      table([['Minute/', 'Meeting', 'Action', 'Update/ notes'], ['Action No.', 'date', '', ''], ['630', 'Jan 2022', 'Compare budgets.', 'Soon']], 3),
      heading('2. Completed Actions'),
      heading('Minute/ Meeting Action Update/ Notes Action Date', 3, 11),
      heading('No.', 3, 11),
      table([['672ii', 'Oct 2022', 'Programme reports.', 'Done'], ['674', 'Oct 2022', 'Volunteers sought.', 'Finalised']], 3, 0),
      heading('Minute/ Meeting Action Update/ Notes Action Date', 4, 11),
      table([['687', 'Nov 2022', 'Provide data.', 'Sent']], 4, 0),
    ]);
    expect(actionsParser.parse(ctx).actions!.map((a) => [a.ref, a.meeting, a.action, a.status, a.group, a.page])).toEqual([
      ['630', '2022-01', 'Compare budgets.', 'outstanding', '1. Outstanding Actions', 3],
      ['672ii', '2022-10', 'Programme reports.', 'completed', '2. Completed Actions', 3],
      ['674', '2022-10', 'Volunteers sought.', 'completed', '2. Completed Actions', 3],
      ['687', '2022-11', 'Provide data.', 'completed', '2. Completed Actions', 4],
    ]);
  });

  it('puts back a long cell the style let out between two parts of the table, and joins the parts', () => {
    // columns: ref 60-120, meeting 120-180, action 180-400, update 400-540
    const X = [[60, 120], [120, 180], [180, 400], [400, 540]];
    const placed = (b: ReturnType<typeof table>, y: number) => ({
      ...b, box: { x0: 60, y0: y, x1: 540, y1: y + 40 },
      table: { ...b.table!, method: 'stream' as const, box: { x0: 60, y0: y, x1: 540, y1: y + 40 },
        grid: b.table!.grid.map((row) => row.map((c, k) => c && { ...c, box: { x0: X[k][0], y0: y, x1: X[k][1], y1: y + 10 } })) },
    });
    const listItem = (text: string, y: number) => ({ ...para(text), kind: 'list_item' as const, box: { x0: 185, y0: y, x1: 395, y1: y + 10 } });
    const ctx = context([
      heading('3. Completed Actions'),
      placed(table([HEADER, ['672iii', 'Oct 2022', 'Reports be programmed on: 1. Confidence', 'Scheduled']]), 100),
      listItem('2. Force accessibility', 150),
      listItem('3. Victims of crime', 165),
      placed(table([['673ii', 'Oct 2022', 'A copy be circulated.', 'Sent']], 1, 0), 190),
      { ...para('Some paragraph of the report that follows'), box: { x0: 60, y0: 300, x1: 540, y1: 310 } },
      placed(table([['1', 'Nov 2022', 'Not an action of this table', 'x']], 1, 0), 330),
    ]);
    expect(actionsParser.parse(ctx).actions!.map((a) => [a.ref, a.action, a.group])).toEqual([
      ['672iii', 'Reports be programmed on: 1. Confidence 2. Force accessibility 3. Victims of crime', '3. Completed Actions'],
      ['673ii', 'A copy be circulated.', '3. Completed Actions'],
    ]);
  });
});

describe('actions parser, header printed apart', () => {
  it('reads the header of a table without one from the lines of column names just above it', () => {
    const ctx = context([
      heading('2. Outstanding Actions 2022-2023'),
      heading('Minute/ Meeting Action Update/ Notes Action Date', 1, 11),
      heading('No.', 1, 11),
      table([['620', 'Nov 2021', 'Feed back on the plan.', 'Programmed 20 March 2023'], ['629', 'Jan 2022', 'Report back.', '']], 1, 0),
    ]);
    expect(actionsParser.parse(ctx).actions!.map((a) => [a.ref, a.meeting, a.action, a.update, a.group])).toEqual([
      ['620', '2021-11', 'Feed back on the plan.', 'Programmed 20 March 2023', '2. Outstanding Actions 2022-2023'],
      ['629', '2022-01', 'Report back.', null, '2. Outstanding Actions 2022-2023'],
    ]);
  });

  it('does not take a heading of other words, or naming fewer columns than the grid has, as a header', () => {
    const rows = [['620', 'Nov 2021', 'Feed back on the plan.', 'Programmed']];
    expect(actionsParser.parse(context([heading('Actions from the meeting'), table(rows, 1, 0)])).actions).toEqual([]);
    expect(actionsParser.parse(context([heading('Minute Action Update'), table(rows, 1, 0)])).actions).toEqual([]);
  });
});
