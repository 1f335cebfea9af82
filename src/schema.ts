// JSON Schema (draft 2020-12) of the output contract, from a hand-written description of src/records.ts.
// The mapped types below make the compiler reject a description whose fields differ from the interfaces.
import type {
  Meeting, PackDocument, PackRecords, RecordName, SourceInfo, TableCellRecord, TableRecord,
} from './records.js';
import { RECORD_NAMES } from './records.js';
import { UsageError } from './errors.js';

export type JsonSchema = { [key: string]: unknown };

/** ISO 8601 day, or month when only the month is printed ("2023-01-09", "2022-11"). */
export const DATE_PATTERN = '^\\d{4}-\\d{2}(-\\d{2})?$';
const TIME_PATTERN = '^\\d{2}:\\d{2}$';

const text = (description: string): JsonSchema => ({ type: 'string', description });
const optText = (description: string): JsonSchema => ({ type: ['string', 'null'], description });
const flag = (description: string): JsonSchema => ({ type: 'boolean', description });
const count = (description: string): JsonSchema => ({ type: ['integer', 'null'], minimum: 0, description });
const amount = (description: string): JsonSchema => ({ type: ['number', 'null'], description });
const choice = (values: string[], description: string): JsonSchema => ({ type: 'string', enum: values, description });
const optChoice = (values: string[], description: string): JsonSchema => ({
  type: ['string', 'null'], enum: [...values, null], description,
});
const date = (description: string): JsonSchema => ({ type: ['string', 'null'], pattern: DATE_PATTERN, description });
const time = (description: string): JsonSchema => ({ type: ['string', 'null'], pattern: TIME_PATTERN, description });
const page = (description = 'page of the source where the record is printed (1-based PDF page; for HTML/text the page the source marks, else null)'): JsonSchema => ({
  type: ['integer', 'null'], minimum: 1, description,
});
const strings = (description: string): JsonSchema => ({ type: 'array', items: { type: 'string' }, description });

const MEETING_DATE = 'date of the meeting this record belongs to (minutes in a pack are of an earlier meeting)';
const MINUTE = 'minute number as printed ("687")';

type Fields<T> = { [K in keyof T]-?: JsonSchema };
type Element<A> = A extends (infer E)[] ? E : never;
type RecordFields = { [K in RecordName]: Fields<Element<PackRecords[K]>> };

const SOURCE: Fields<SourceInfo> = {
  file: text('input file as given ("stdin" for standard input)'),
  format: choice(['pdf', 'html', 'text', 'docx', 'image'], 'format read (sniffed from the bytes); image: PNG, JPEG or TIFF, read by OCR'),
  sha256: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the input bytes, hex' },
  pages: count('number of pages of the source (PDF page count; HTML/text: marked pages, else null)'),
  ocr_pages: { type: 'integer', minimum: 0, description: 'number of pages read by OCR (scans, unusable text layers, images)' },
};

const MEETING: Fields<Meeting> = {
  body: optText('the committee or panel holding the meeting'),
  date: date('meeting date, ISO 8601'),
  time: time('start time, 24-hour HH:MM'),
  venue: optText('venue as printed'),
};

const TABLE_CELL: Fields<TableCellRecord> = {
  table_id: text('id of the table (tables.table_id)'),
  row: { type: 'integer', minimum: 1, description: 'body row number, 1-based (header rows not counted)' },
  column: { type: 'integer', minimum: 1, description: 'column number, 1-based' },
  row_group: optText('group heading the row sits under ("Business as Usual Funded by:")'),
  row_label: optText('label of the row (its first cell)'),
  column_label: optText('header rows of the column joined with " / "'),
  raw: text('cell text as printed'),
  value: amount('number read from raw, as printed (never rescaled); its unit is in `unit`'),
  unit: optText('unit of value: GBP, GBP million, percent, seconds, rank, ... (null when unknown)'),
  qualifier: optText('text beside the number ("MET" in "176,035 MET")'),
  is_total: flag('the row or column is a total'),
  page: page(),
};

const TABLE: Fields<TableRecord> = {
  table_id: text('id of the table, unique in the pack'),
  title: optText('title printed above the table'),
  kind: choice(['budget', 'precept', 'capital', 'allocation', 'performance', 'workforce', 'other'], 'what the table holds'),
  unit: optText('unit stated for the whole table ("GBP million" for "..., £m")'),
  section: optText('title of the report the table sits in'),
  page_start: page('first page of the table'),
  page_end: page('last page of the table'),
  n_rows: { type: 'integer', minimum: 0, description: 'number of body rows' },
  n_cols: { type: 'integer', minimum: 0, description: 'number of columns' },
  ocr: flag('read by OCR (on a scanned page or image): its text may hold misread characters'),
  header: { type: 'array', items: strings('one header row'), description: 'header rows as printed' },
  rows: { type: 'array', items: strings('one body row'), description: 'body rows as printed (raw strings)' },
  cells: { type: 'array', items: { $ref: '#/$defs/table_cells' }, description: 'tidy cells: one per non-empty body cell' },
};

const RECORDS: RecordFields = {
  agenda_items: {
    number: text('item number as printed ("1", "4a")'),
    title: text('title as printed'),
    description: optText('text under the title'),
    supporting_document: flag('papers are attached ("Attached")'),
    time: time('time printed with the item, HH:MM'),
    pages: optText('page range printed with the item ("1 - 10")'),
    page: page(),
  },
  attendees: {
    meeting_date: date(MEETING_DATE),
    body: optText('body named by the minutes when other than the pack\'s (joint sessions)'),
    status: choice(['present', 'also_present', 'apologies', 'absent', 'substitute'], 'attendance status'),
    name: text('name without honorific or post-nominals'),
    honorific: optText('"Cllr" for Cllr/Councillor; "Mr", "Dr", ...'),
    honours: optText('post-nominals ("OBE")'),
    affiliation: optText('what follows the name, as printed, cleaned'),
    organisation: optText('organisation represented'),
    role: optText('role ("Chair", "Chief Executive")'),
    remote: flag('recorded as attending virtually'),
    page: page(),
  },
  members: {
    name: text('member name without honorific'),
    honorific: optText('"Cllr", "Mr", "Dr", ...'),
    organisation: optText('organisation or authority represented'),
    role: optText('"Chair", "Vice-Chair" or null'),
    page: page(),
  },
  minute_items: {
    meeting_date: date(MEETING_DATE),
    minute: optText(`${MINUTE}, or null when the minutes number no items`),
    title: text('title of the minute'),
    text: text('text of the minute, whitespace collapsed'),
    page: page(),
  },
  resolutions: {
    meeting_date: date(MEETING_DATE),
    minute: optText(MINUTE),
    index: optText('index of the resolution as printed ("i", "ii")'),
    text: text('text of the resolution'),
    sub_items: strings('sub-items of the resolution (CSV: joined with " | ")'),
    page: page(),
  },
  actions: {
    ref: text('reference as printed ("687 iii a")'),
    meeting: date('meeting the action arose at, ISO month ("2022-11")'),
    action: text('the action'),
    update: optText('latest update'),
    status: choice(['outstanding', 'completed'], 'status of the action'),
    group: optText('heading of the tracker table the row sits under'),
    page: page(),
  },
  decisions: {
    reference: optText('decision reference ("030-2022")'),
    title: text('title of the decision'),
    date: date('date of the decision, ISO 8601'),
    summary: optText('summary of the decision'),
    confidential: flag('marked confidential or exempt'),
    page: page(),
  },
  work_programme: {
    meeting_date: date('meeting the item is planned for'),
    item: text('item title'),
    aims: optText('aims and objectives'),
    presenting: optText('who presents'),
    additional_information: optText('additional information'),
    page: page(),
  },
  future_meetings: {
    date: date('date of the meeting, ISO 8601'),
    venue: optText('venue as printed'),
    note: optText('note printed with the date'),
    page: page(),
  },
  motions: {
    meeting_date: date(MEETING_DATE),
    minute: optText(MINUTE),
    motion: text('motion text or short title'),
    for: count('votes for, as recorded'),
    against: count('votes against, as recorded'),
    abstain: count('abstentions, as recorded'),
    result: optText('"carried", "lost", "deferred", "withdrawn", or as printed'),
    proposer: optText('who moved or proposed the motion, without honorific, or null'),
    seconder: optText('who seconded the motion, without honorific, or null'),
    unanimous: { type: ['boolean', 'null'], description: 'true when recorded as unanimous, false when a split vote is recorded, null when not stated' },
    page: page(),
  },
  votes: {
    meeting_date: date(MEETING_DATE),
    minute: optText(MINUTE),
    motion_index: { type: 'integer', minimum: 0, description: 'position of the motion in `motions` (0-based)' },
    option: choice(['for', 'against', 'abstain'], 'how the person voted'),
    name: text('name of the person voting, without honorific or post-nominals'),
    honorific: optText('"Cllr", "Mr", "Ms", ... as printed before the name'),
    page: page(),
  },
  tables: TABLE,
  performance: {
    period: optText('ISO month ("2022-05") or range ("2021-08/2022-07")'),
    channel: choice(['999', '101', 'live_chat', 'p1', 'p2', 'online'], 'contact channel or priority'),
    metric: text('what is measured'),
    subject: optText('force the figure is about (an abbreviation such as "MPS")'),
    role: optChoice(['force', 'highest', 'lowest'], 'the force itself, or the highest/lowest of the comparison'),
    value: amount('the figure; its unit is in `unit`'),
    unit: optText('unit of value: percent, seconds, count, ...'),
    rank: count('rank among forces (3 for "3rd")'),
    source: choice(['table', 'text'], 'read from a table or from running text'),
    raw: text('the figure as printed'),
    page: page(),
  },
  checks: {
    table_id: text('table checked (tables.table_id)'),
    row_label: optText('row of the stated total'),
    column_label: optText('column of the stated total'),
    stated: { type: 'number', description: 'total as printed, in the table\'s unit' },
    computed: { type: 'number', description: 'sum of the parts, in the table\'s unit' },
    difference: { type: 'number', description: 'stated minus computed, in the table\'s unit' },
    status: choice(['ok', 'rounding', 'mismatch'], 'outcome of the check'),
    explanation: text('what was added up'),
    page: page(),
  },
  warnings: {
    code: text('warning code ("section_failed")'),
    message: text('what happened'),
    page: page('page the warning is about, or null'),
  },
};

/** Record type names `--section` accepts: the record arrays and `table_cells` (tables[].cells). */
export const SCHEMA_SECTIONS: string[] = [...RECORD_NAMES, 'table_cells'];

/** The description of one record type (JSON field -> schema), in contract order. */
export function recordFields(name: string): JsonSchema | undefined {
  if (name === 'table_cells') return TABLE_CELL;
  return (RECORDS as Record<string, JsonSchema>)[name];
}

function objectSchema(fields: JsonSchema, description?: string): JsonSchema {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    properties: fields,
    required: Object.keys(fields),
    additionalProperties: false,
  };
}

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/** Schema of the whole pack document (one per pack; NDJSON lines are the same). */
export function packSchema(): JsonSchema {
  const properties: Fields<PackDocument> = {
    schema_version: { const: 1, description: 'version of the output contract' },
    pack: text('pack id: the input file name without extension unless --pack-id is given'),
    source: objectSchema(SOURCE, 'the input document'),
    meeting: objectSchema(MEETING, 'the meeting the pack is for'),
    ...(Object.fromEntries(
      RECORD_NAMES.map((n) => [n, { type: 'array', items: { $ref: `#/$defs/${n}` } }]),
    ) as unknown as Fields<PackRecords>),
  };
  const defs: JsonSchema = Object.fromEntries(SCHEMA_SECTIONS.map((n) => [n, objectSchema(recordFields(n)!)]));
  return {
    $schema: DRAFT,
    $id: 'urn:panelpack:pack:1',
    title: 'panelpack pack document',
    ...objectSchema(properties),
    $defs: defs,
  };
}

/** Schema of one record (one element of a record array, or one CSV row less its `pack` column). */
export function sectionSchema(name: string): JsonSchema {
  const fields = recordFields(name);
  if (!fields) throw new UsageError(`unknown section ${name} (one of ${SCHEMA_SECTIONS.join(', ')})`);
  const schema: JsonSchema = { $schema: DRAFT, $id: `urn:panelpack:${name}:1`, title: `panelpack ${name} record` };
  if (name === 'tables') return { ...schema, ...objectSchema(fields), $defs: { table_cells: objectSchema(TABLE_CELL) } };
  return { ...schema, ...objectSchema(fields) };
}
