// The one list of section parsers, in the order they run (later parsers may read earlier records).
// Each parser is a file of this folder, one per record type; what they share sits apart, by what it reads:
//   from-tables/      columns by header words, tables over pages, totals, table titles, roster and agenda tables
//   from-text/        paragraphs, titles, minute headings, minutes' bounds, motions, clause lists, list agendas
//   from-front-page/  the meeting (body, date, time, venue) from the pack's first pages
import type { SectionParser } from './types.js';
import { tablesParser } from './tables.js';
import { checksParser } from './checks.js';
import { performanceParser } from './performance.js';
import { agendaParser } from './agenda.js';
import { actionsParser } from './actions.js';
import { decisionsParser } from './decisions.js';
import { workProgrammeParser } from './work-programme.js';
import { futureMeetingsParser } from './future-meetings.js';
import { attendanceParser } from './attendance.js';
import { membersParser } from './members.js';
import { minutesParser } from './minutes.js';
import { votesParser } from './votes.js';
import { doubtsParser } from './doubts.js';

export const SECTION_PARSERS: SectionParser[] = [
  tablesParser,
  checksParser,
  performanceParser,
  agendaParser,
  actionsParser,
  workProgrammeParser,
  futureMeetingsParser,
  attendanceParser,
  membersParser,
  minutesParser,
  decisionsParser,
  votesParser,
  doubtsParser,
];
