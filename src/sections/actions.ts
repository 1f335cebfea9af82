// Action tracker tables, each under its own heading:
//   2. Outstanding Actions 2022-2023
//   Minute/ Action No. | Meeting date | Action                               | Update/ notes
//   687 iii a          | Nov 2022     | The Police and Crime Commissioner ... | Programmed 9 Jan 2023
// Status comes from a Status column, else from the heading (completed / outstanding), else from an
// update that opens with "Completed".
import type { Action } from '../records.js';
import { toIsoDate } from '../normalise/dates.js';
import type { SectionParser } from './types.js';
import { findTables, joinText, type ColumnRules, type LogicalTable } from './from-tables/table-helpers.js';

type ActionColumn = 'ref' | 'meeting' | 'action' | 'update' | 'status';
const COLUMNS: ColumnRules<ActionColumn> = [
  ['ref', /\b(minute|ref(erence)?|no\.?|number|item)\b/i],
  ['meeting', /\b(meeting|date)\b/i],
  ['action', /\baction/i],
  ['update', /\b(update|notes?|progress|comments?|response|outcome)\b/i],
  ['status', /\b(status|rag)\b/i],
];

const COMPLETED_RE = /\b(complete[d]?|closed|done|discharged|achieved)\b/i;
const OPEN_RE = /\b(outstanding|open|ongoing|current|live|pending)\b/i;
const OPENS_COMPLETED_RE = new RegExp(`^${COMPLETED_RE.source}`, 'i');

export const actionsParser: SectionParser = {
  name: 'actions',
  produces: ['actions'],
  parse(ctx) {
    const tables = findTables(ctx.blocks, COLUMNS, ['action']).filter(({ columns: c }) =>
      (c.ref !== undefined || c.meeting !== undefined) && (c.update !== undefined || c.status !== undefined));
    return { actions: tables.flatMap(tableActions) };
  },
};

function tableActions(table: LogicalTable<ActionColumn>): Action[] {
  const { ref, meeting, action, update, status } = table.columns;
  const heading = table.heading ?? '';
  const headingStatus = COMPLETED_RE.test(heading) ? 'completed' : OPEN_RE.test(heading) ? 'outstanding' : null;
  const actions: Action[] = [];
  for (const row of table.rows) {
    const text = row.texts[action!];
    const printedRef = ref !== undefined ? row.texts[ref] : '';
    const last = actions.at(-1);
    if (!printedRef && last && row.afterBreak && (meeting === undefined || !row.texts[meeting])) {
      // the row goes on from the page before
      last.action = joinText(last.action, text) ?? '';
      if (update !== undefined) last.update = joinText(last.update, row.texts[update]);
      continue;
    }
    if (!text && !printedRef) continue;
    const rowStatus = status !== undefined ? row.texts[status] : '';
    actions.push({
      ref: printedRef,
      meeting: meeting !== undefined ? toIsoDate(row.texts[meeting])?.slice(0, 7) ?? null : null,
      action: text,
      update: update !== undefined ? row.texts[update] || null : null,
      status: statusOf(rowStatus, update !== undefined ? row.texts[update] : '', headingStatus),
      group: table.heading,
      page: row.page,
    });
  }
  return actions;
}

/** A Status column decides; else the table's heading; else an update that opens with "Completed". */
function statusOf(status: string, update: string, heading: Action['status'] | null): Action['status'] {
  if (status) return COMPLETED_RE.test(status) ? 'completed' : 'outstanding';
  return heading ?? (OPENS_COMPLETED_RE.test(update) ? 'completed' : 'outstanding');
}
