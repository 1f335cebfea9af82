// Work programme tables: one row per item, grouped by meeting; the date is printed once (merged or
// blank cells below it, or a group row over them) or on every row, and a row may run on over a page
// break (header repeated):
//   Date of Meeting | Item/ Topic             | Aims and Objectives       | Presenting   | Additional Information
//   6 February 2023 | Public Confidence Theme: | To understand ... The Panel are | Simon Foster | The Panel will ...
//   ---- page break, header repeated ----
//                   | Supporting Victims      | interested in improvements ...   |              | Cllr ...
import type { WorkProgrammeItem } from '../records.js';
import { toIsoDate } from '../normalise/dates.js';
import type { SectionParser } from './types.js';
import { findTables, joinText, type ColumnRules, type LogicalTable } from './from-tables/table-helpers.js';
import type { TableRow } from './from-tables/table-body.js';

type ProgrammeColumn = 'date' | 'item' | 'aims' | 'presenting' | 'additional';
const COLUMNS: ColumnRules<ProgrammeColumn> = [
  ['date', /\b(date|meeting|month)\b/i],
  ['item', /\b(item|topic|subject|title|report|business)\b/i],
  ['aims', /\b(aims?|purpose|objectives?|scope|outcomes?)\b/i],
  ['presenting', /\b(presenting|presenter|lead|officer|attending|responsible|author|contact)\b/i],
  ['additional', /\b(additional|notes?|comments?|information|other)\b/i],
];

const PROGRAMME_RE = /\b(work\s*programme|forward\s+plan|work\s*plan)\b/i;

export const workProgrammeParser: SectionParser = {
  name: 'work_programme',
  produces: ['work_programme'],
  parse(ctx) {
    const tables = findTables(ctx.blocks, COLUMNS, ['item']).filter(({ columns: c, heading }) =>
      (c.aims !== undefined || c.presenting !== undefined || c.additional !== undefined) &&
      (c.date !== undefined || PROGRAMME_RE.test(heading ?? '')));
    return { work_programme: tables.flatMap(programmeRows) };
  },
};

function programmeRows(table: LogicalTable<ProgrammeColumn>): WorkProgrammeItem[] {
  const c = table.columns;
  const text = (row: TableRow, k: ProgrammeColumn) => (c[k] !== undefined ? row.texts[c[k]!] : '');
  const items: WorkProgrammeItem[] = [];
  let meetingDate: string | null = null;
  let printed = ''; // the date as printed on the last row that had one
  for (const row of table.rows) {
    const filled = row.texts.filter(Boolean);
    if (filled.length === 1 && filled[0].length < 40 && toIsoDate(filled[0])) {
      meetingDate = toIsoDate(filled[0]); // a group row: the date of the meeting over the rows below
      continue;
    }
    const last = items.at(-1);
    // a date broken with its row ("6 February" | "2023", by a page break or a row cut in two): the row goes on
    const dateEnd = text(row, 'date') && !toIsoDate(text(row, 'date')) && !toIsoDate(printed)
      ? toIsoDate(`${printed} ${text(row, 'date')}`) : null;
    if (last && dateEnd) {
      meetingDate = last.meeting_date = dateEnd;
      printed = '';
    }
    if (last && (dateEnd || continuesRow(row, c.date, text(row, 'item'), last.item))) {
      last.item = joinText(last.item, text(row, 'item')) ?? last.item;
      last.aims = joinText(last.aims, text(row, 'aims'));
      last.presenting = joinText(last.presenting, text(row, 'presenting'));
      last.additional_information = joinText(last.additional_information, text(row, 'additional'));
      continue;
    }
    const printedDate = text(row, 'date');
    if (printedDate) [meetingDate, printed] = [toIsoDate(printedDate) ?? printedDate, printedDate];
    if (!text(row, 'item')) continue;
    items.push({
      meeting_date: meetingDate,
      item: text(row, 'item'),
      aims: text(row, 'aims') || null,
      presenting: text(row, 'presenting') || null,
      additional_information: text(row, 'additional') || null,
      page: row.page,
    });
  }
  return items;
}

/**
 * The first row after a page break with no date of its own goes on from the row before when it has
 * no item, when the item before was left open ("Theme:") or when one of its cells starts mid-sentence.
 */
function continuesRow(row: TableRow, dateColumn: number | undefined, item: string, itemBefore: string): boolean {
  const dated = dateColumn !== undefined && row.texts[dateColumn] !== '' && !row.carried[dateColumn];
  if (!row.afterBreak || dated) return false;
  return item === '' || /[:–—,&-]$|\b(and|of|the|for|to|in)$/i.test(itemBefore) ||
    row.texts.some((t) => /^\p{Ll}/u.test(t));
}
