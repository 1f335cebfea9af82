// CSV output per the contract: RFC 4180, UTF-8, header row, "\n" line ends, a leading `pack` column,
// columns in contract order, numbers plain, and cells made safe for spreadsheets unless raw is asked.
import { stringify } from 'csv-stringify/sync';
import type { PackDocument, RecordName } from '../records.js';

export interface CsvOptions {
  /** do not prefix formula-like text cells with ' */
  raw?: boolean;
  /** prepend a UTF-8 byte order mark (Excel) */
  excel?: boolean;
}

/** CSV files and their columns (after `pack`). `table_cells` flattens `tables[].cells`. */
export const CSV_COLUMNS: Record<string, string[]> = {
  agenda_items: ['number', 'title', 'description', 'supporting_document', 'time', 'pages', 'page'],
  attendees: ['meeting_date', 'body', 'status', 'name', 'honorific', 'honours', 'affiliation', 'organisation', 'role', 'remote', 'page'],
  members: ['name', 'honorific', 'organisation', 'role', 'page'],
  minute_items: ['meeting_date', 'minute', 'title', 'text', 'page'],
  resolutions: ['meeting_date', 'minute', 'index', 'text', 'sub_items', 'page'],
  actions: ['ref', 'meeting', 'action', 'update', 'status', 'group', 'page'],
  decisions: ['reference', 'title', 'date', 'summary', 'confidential', 'page'],
  work_programme: ['meeting_date', 'item', 'aims', 'presenting', 'additional_information', 'page'],
  future_meetings: ['date', 'venue', 'note', 'page'],
  motions: ['meeting_date', 'minute', 'motion', 'for', 'against', 'abstain', 'result', 'proposer', 'seconder', 'unanimous', 'page'],
  votes: ['meeting_date', 'minute', 'motion_index', 'option', 'name', 'honorific', 'page'],
  tables: ['table_id', 'title', 'kind', 'unit', 'section', 'page_start', 'page_end', 'n_rows', 'n_cols', 'ocr'],
  table_cells: ['table_id', 'row', 'column', 'row_group', 'row_label', 'column_label', 'raw', 'value', 'unit', 'qualifier', 'is_total', 'page'],
  performance: ['period', 'channel', 'metric', 'subject', 'role', 'value', 'unit', 'rank', 'source', 'raw', 'page'],
  checks: ['table_id', 'row_label', 'column_label', 'stated', 'computed', 'difference', 'status', 'explanation', 'page'],
  warnings: ['code', 'message', 'page'],
};

export const CSV_NAMES = Object.keys(CSV_COLUMNS);

/** Rows of one CSV for one pack, as objects. */
export function csvRows(doc: PackDocument, name: string): Record<string, unknown>[] {
  if (name === 'table_cells') return doc.tables.flatMap((t) => t.cells as unknown as Record<string, unknown>[]);
  return (doc[name as RecordName] ?? []) as unknown as Record<string, unknown>[];
}

const FORMULA_START = /^[=+\-@\t\r\n\0\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A number as printed: -42.5, -1,655 (thousands separators), +3e5; a spreadsheet reads it as a number. */
const PLAIN_NUMBER = /^[+-]?(\d{1,3}(,\d{3})+(\.\d*)?|\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** OWASP CSV-injection guard: prefix a formula-like text cell with ', except plain numbers. */
export function safeCell(text: string): string {
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) return `'${text}`;
  return text;
}

function cellText(value: unknown, raw: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = Array.isArray(value) ? value.join(' | ') : String(value);
  return raw ? text : safeCell(text);
}

/** One CSV text holding the rows of `name` for all docs, each tagged with its pack. */
export function toCsv(docs: PackDocument[], name: string, opts: CsvOptions = {}): string {
  const columns = CSV_COLUMNS[name];
  if (!columns) throw new Error(`unknown CSV section: ${name}`);
  const rows: string[][] = [['pack', ...columns]];
  for (const doc of docs) {
    for (const rec of csvRows(doc, name)) {
      rows.push([cellText(doc.pack, !!opts.raw), ...columns.map((c) => cellText(rec[c], !!opts.raw))]);
    }
  }
  // csv-stringify quotes LF but not a bare CR, which RFC 4180 (and most readers) treat as a line break
  const body = stringify(rows, { record_delimiter: '\n', quoted_match: /\r/ });
  return (opts.excel ? '\uFEFF' : '') + body;
}
