// Arithmetic checks of every numeric table: each printed total (row or "Total" column) recomputed from
// what it adds up, with a sentence a journalist can quote.
//
//   Project A              £ 120,000      <- the rows of the group ...
//   ...
//   Sub-Total              £ 480,000      <- ... should add up to this (or: 60,000 short, one row left out)
import type { CheckRecord, TableRecord } from '../records.js';
import { formatFigure } from '../normalise/index.js';
import { columnLabelsOf, findRowTotals, sumRowsOf, type Addend, type SumFinding, type SumRow } from './from-tables/table-sums.js';
import { findChangeColumns, findColumnTotals } from './from-tables/table-column-sums.js';
import type { SectionContext, SectionParser } from './types.js';

export const checksParser: SectionParser = {
  name: 'checks',
  produces: ['checks'],
  needs: ['tables'],
  parse(ctx: SectionContext) {
    return { checks: (ctx.records.tables ?? []).flatMap(checkTable) };
  },
};

export function checkTable(table: TableRecord): CheckRecord[] {
  const rows = sumRowsOf(table);
  const labels = columnLabelsOf(table);
  const findings = [...findRowTotals(rows), ...findColumnTotals(rows, labels), ...findChangeColumns(rows, labels)]
    .sort((a, b) => a.row - b.row || a.column - b.column || a.kind.localeCompare(b.kind))
    // a total that both its row and its column add up to the same figure is one check, not two
    .filter((f, i, all) => !all.slice(0, i).some((g) => g.row === f.row && g.column === f.column && g.computed === f.computed && g.status === f.status));
  // most tables have no total: their cells are not indexed
  if (findings.length === 0) return [];
  const pages = new Map(table.cells.map((c) => [`${c.row}:${c.column}`, c.page]));
  return findings.map((f) => ({
    table_id: table.table_id,
    row_label: rows[f.row].label || null,
    column_label: labels[f.column],
    stated: f.stated,
    computed: f.computed,
    difference: f.difference,
    status: f.status,
    explanation: explain(f, rows, labels),
    page: pages.get(`${f.row + 1}:${f.column + 1}`) ?? table.page_start,
  }));
}

function explain(f: SumFinding, rows: SumRow[], labels: (string | null)[]): string {
  const fmt = (n: number) => formatFigure(n, f.decimals);
  const label = rows[f.row].name || `Row ${f.row + 1}`;
  const subject = labels[f.column] ? `${label} in column "${labels[f.column]}"` : label;
  const what = f.kind === 'column' ? columnsSummed(f, labels) : rowsSummed(f, rows);
  const gap = fmt(Math.abs(f.difference));
  const side = f.difference < 0 ? 'less' : 'more';
  if (f.status === 'ok') {
    return f.basis === 'difference' ? `${subject} is ${fmt(f.stated)}: ${what} = ${fmt(f.computed)}.`
      : `${subject} is ${fmt(f.stated)}, the sum of ${what} (${fmt(f.computed)}).`;
  }
  if (f.status === 'rounding') {
    return `${subject} is ${fmt(f.stated)}; ${what} add up to ${fmt(f.computed)}, ${gap} ${side}, within rounding of the printed figures.`;
  }
  const [printed, result] = f.basis === 'difference' ? ['the change', 'the difference'] : ['the total', 'the sum'];
  let text = `${subject} is ${fmt(f.stated)} but ${what} ${f.basis === 'difference' ? 'is' : 'add up to'} ${fmt(f.computed)}: ` +
    `${printed} is ${gap} ${side} than ${result}.`;
  if (f.clue) {
    const role = f.clue.summed
      ? (f.difference < 0 ? 'which the total seems to leave out' : 'which the total seems to count twice')
      : (f.difference > 0 ? 'which the total seems to include' : 'printed elsewhere in the table');
    text += ` ${gap} is exactly "${f.clue.label}" (${fmt(f.clue.value)}), ${role}.`;
  }
  return text;
}

function rowsSummed(f: SumFinding, rows: SumRow[]): string {
  const n = f.addends.length;
  const listed = names(f.addends);
  switch (f.basis) {
    case 'group':
    case 'other-group': return `the ${n} rows under "${rows[f.covered[0]].group}" (${listed})`;
    case 'totals': return `the sub-totals ${listed}`;
    case 'items': return `${listed}`;
    case 'running': return `${listed}`;
    case 'except': return `${listed} (the total leaves out "${rows[f.leftOut[0]].name || `row ${f.leftOut[0] + 1}`}" in every column)`;
    case 'all': return `all ${n} rows above it (${listed})`;
    default: return n === 1 ? `the row above it (${listed})` : `the ${n} rows above it (${listed})`;
  }
}

function columnsSummed(f: SumFinding, labels: (string | null)[]): string {
  if (f.basis === 'difference') return `${f.addends[0].label} minus ${f.addends[1].label}`;
  const parts = f.addends.map((a) => a.label).join(' + ');
  const left = f.leftOut.map((c) => labels[c] ?? `column ${c + 1}`);
  if (left.length === 0) return parts;
  return left.length > 2 ? `${parts} (the columns just before it)` : `${parts} (${left.join(', ')} not included)`;
}

/** "A, B and C", or "the first ... the last" for long runs. */
function names(addends: Addend[]): string {
  const quoted = addends.map((a) => `"${a.label}"`);
  if (quoted.length <= 4) return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
  return `${quoted[0]} to ${quoted[quoted.length - 1]}`;
}
