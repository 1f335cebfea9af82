// Records of the output contract (shared/spec/OUTPUT.md). JSON field = CSV column; field names are binding.

export interface Meeting {
  body: string | null;
  date: string | null;
  time: string | null;
  venue: string | null;
}

export interface SourceInfo {
  file: string;
  format: 'pdf' | 'html' | 'text' | 'docx' | 'image';
  sha256: string;
  pages: number | null;
  /** pages read by OCR (0 when none) */
  ocr_pages: number;
}

export interface AgendaItem {
  number: string;
  title: string;
  description: string | null;
  supporting_document: boolean;
  time: string | null;
  /** page range printed with the item ("(Pages 1 - 10)") */
  pages: string | null;
  page: number | null;
}

export type AttendanceStatus = 'present' | 'also_present' | 'apologies' | 'absent' | 'substitute';

export interface Attendee {
  meeting_date: string | null;
  body: string | null;
  status: AttendanceStatus;
  name: string;
  honorific: string | null;
  honours: string | null;
  affiliation: string | null;
  organisation: string | null;
  role: string | null;
  remote: boolean;
  page: number | null;
}

export interface Member {
  name: string;
  honorific: string | null;
  organisation: string | null;
  role: string | null;
  page: number | null;
}

export interface MinuteItem {
  meeting_date: string | null;
  /** null when the minutes number no items */
  minute: string | null;
  title: string;
  text: string;
  page: number | null;
}

export interface Resolution {
  meeting_date: string | null;
  minute: string | null;
  index: string | null;
  text: string;
  sub_items: string[];
  page: number | null;
}

export interface Action {
  ref: string;
  meeting: string | null;
  action: string;
  update: string | null;
  status: 'outstanding' | 'completed';
  group: string | null;
  page: number | null;
}

export interface Decision {
  reference: string | null;
  title: string;
  date: string | null;
  summary: string | null;
  confidential: boolean;
  page: number | null;
}

export interface WorkProgrammeItem {
  meeting_date: string | null;
  item: string;
  aims: string | null;
  presenting: string | null;
  additional_information: string | null;
  page: number | null;
}

export interface FutureMeeting {
  date: string | null;
  venue: string | null;
  note: string | null;
  page: number | null;
}

export interface Motion {
  meeting_date: string | null;
  minute: string | null;
  motion: string;
  for: number | null;
  against: number | null;
  abstain: number | null;
  result: string | null;
  /** who moved / proposed the motion, without honorific ("It was proposed by Cllr A", "Moved by: A") */
  proposer: string | null;
  seconder: string | null;
  /** true when the minutes say "unanimously", false for a printed split vote, null when not stated */
  unanimous: boolean | null;
  page: number | null;
}

export interface Vote {
  meeting_date: string | null;
  minute: string | null;
  motion_index: number;
  option: 'for' | 'against' | 'abstain';
  name: string;
  /** "Mr", "Ms", ...: tells apart two voters of one surname ("Mr Meade", "Ms Meade") */
  honorific: string | null;
  page: number | null;
}

export interface TableCellRecord {
  table_id: string;
  row: number;
  column: number;
  row_group: string | null;
  row_label: string | null;
  column_label: string | null;
  raw: string;
  value: number | null;
  unit: string | null;
  qualifier: string | null;
  is_total: boolean;
  page: number | null;
}

export type TableKind = 'budget' | 'precept' | 'capital' | 'allocation' | 'performance' | 'workforce' | 'other';

export interface TableRecord {
  table_id: string;
  title: string | null;
  kind: TableKind;
  unit: string | null;
  section: string | null;
  page_start: number | null;
  page_end: number | null;
  n_rows: number;
  n_cols: number;
  /** read by OCR (printed on a page read by OCR): its text may hold misread characters */
  ocr: boolean;
  header: string[][];
  rows: string[][];
  cells: TableCellRecord[];
}

export interface PerformanceRecord {
  period: string | null;
  channel: '999' | '101' | 'live_chat' | 'p1' | 'p2' | 'online';
  metric: string;
  subject: string | null;
  role: 'force' | 'highest' | 'lowest' | null;
  value: number | null;
  unit: string | null;
  rank: number | null;
  source: 'table' | 'text';
  raw: string;
  page: number | null;
}

export interface CheckRecord {
  table_id: string;
  row_label: string | null;
  column_label: string | null;
  stated: number;
  computed: number;
  difference: number;
  status: 'ok' | 'rounding' | 'mismatch';
  explanation: string;
  page: number | null;
}

export interface WarningRecord {
  code: string;
  message: string;
  page: number | null;
}

/** The record arrays of a pack document, in contract order. */
export interface PackRecords {
  agenda_items: AgendaItem[];
  attendees: Attendee[];
  members: Member[];
  minute_items: MinuteItem[];
  resolutions: Resolution[];
  actions: Action[];
  decisions: Decision[];
  work_programme: WorkProgrammeItem[];
  future_meetings: FutureMeeting[];
  motions: Motion[];
  votes: Vote[];
  tables: TableRecord[];
  performance: PerformanceRecord[];
  checks: CheckRecord[];
  warnings: WarningRecord[];
}

export type RecordName = keyof PackRecords;

export const RECORD_NAMES: RecordName[] = [
  'agenda_items', 'attendees', 'members', 'minute_items', 'resolutions', 'actions', 'decisions',
  'work_programme', 'future_meetings', 'motions', 'votes', 'tables', 'performance', 'checks', 'warnings',
];

export interface PackDocument extends PackRecords {
  schema_version: 1;
  pack: string;
  source: SourceInfo;
  meeting: Meeting;
}

export function emptyRecords(): PackRecords {
  return Object.fromEntries(RECORD_NAMES.map((n) => [n, []])) as unknown as PackRecords;
}
