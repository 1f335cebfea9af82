// Tables of text: an action tracker (long wrapping cells), an agenda, an attendance record with empty
// cells, a long list over two pages.
import { AGENDA, ASKS, DETAILS, FIRST, LEADS, longDate, MONTHS, ORGS, OWNERS, PLACES, PURPOSES, STATUSES, SUBJECTS, SURNAMES, thousands, UPDATES } from './words.mjs';

/** Action tracker: short cells (ref, date, owner, status) beside long cells wrapping over 3-5 lines. */
export function actions(r) {
  const n = r.int(4, 5), year = r.int(2024, 2025);
  const body = Array.from({ length: n }, (_, i) => {
    const subject = r.pick(SUBJECTS);
    const action = `The ${r.pick(OWNERS)} to ${r.pick(ASKS)} ${subject}, ${r.pick(DETAILS)}.`;
    const update = r.pick(UPDATES);
    return [`A${String(i + 1).padStart(2, '0')}/${String(year).slice(2)}`, longDate(r, year), action, r.pick(OWNERS), update, r.pick(STATUSES)];
  });
  return {
    id: 'actions', topic: 'the actions agreed at previous meetings and progress on each', title: 'Action tracker',
    header: [['Ref', 'Meeting date', 'Action', 'Owner', 'Update', 'Status']],
    spans: [], body, numeric: [], totals: [], widths: [10, 14, 27, 17, 20, 12],
  };
}

/** Agenda: item number, title, time and lead. */
export function agenda(r) {
  const n = r.int(8, 12);
  const middle = r.shuffle(AGENDA.slice(4, 11)).slice(0, n - 6);
  const titles = [...AGENDA.slice(0, 4), ...middle, AGENDA[11], AGENDA[12]].slice(0, n);
  let minutes = 10 * 60 + r.pick([0, 30]);
  const body = titles.map((t, i) => {
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    minutes += i < 3 ? 5 : r.pick([10, 15, 20, 30]);
    return [`${i + 1}.`, t, time, i < 3 ? 'Chair' : r.pick(LEADS)];
  });
  return {
    id: 'agenda', topic: 'the order of business and the timings agreed with the Chair', title: 'Agenda', header: [['Item', 'Title', 'Time', 'Lead']],
    spans: [], body, numeric: [2], totals: [], widths: [8, 52, 10, 30],
  };
}

/** Community grants awarded: a long list running over two pages, its header repeated on the second. */
export function longList(r, n = 60) {
  const body = Array.from({ length: n }, (_, i) => [`G${String(i + 1).padStart(3, '0')}`, `${r.pick(PLACES)} ${r.pick(ORGS)}`,
    r.pick(PURPOSES), r.pick(PLACES), `£${thousands(r.int(5, 250) * 100)}`]);
  return {
    id: 'longlist', topic: 'every grant awarded from the community safety fund this year', title: 'Community safety fund: grants awarded',
    header: [['Ref', 'Organisation', 'Purpose', 'Area', 'Amount']],
    spans: [], body, numeric: [4], totals: [], widths: [8, 32, 32, 14, 14], longList: true,
  };
}

/** Attendance record: mostly filled, two cells left empty (not a member yet, meeting not held). */
export function attendance(r) {
  const meetings = r.shuffle(MONTHS).slice(0, 5).map((m) => `${r.int(1, 28)} ${m.slice(0, 3)}`);
  const names = r.shuffle(SURNAMES).slice(0, r.int(7, 9)).map((s) => `Cllr ${r.pick(FIRST)} ${s}`);
  const body = names.map((n) => [n, ...meetings.map(() => (r.next() < 0.8 ? 'Present' : r.pick(['Apologies', 'Absent', 'Substitute'])))]);
  // never a whole row or column: the finder cannot know an empty column was printed
  const blanks = [[1 + r.int(0, 2), 1], [body.length - 1 - r.int(0, 2), 5]];
  for (const [row, col] of blanks) body[row][col] = '';
  return {
    id: 'empties', topic: 'the attendance of members at the meetings held this year', title: 'Attendance at panel meetings', header: [['Member', ...meetings]],
    spans: [], body, numeric: [], totals: [], widths: [30, 14, 14, 14, 14, 14],
  };
}

const WP_ITEMS = [['Police and crime plan performance', 'To scrutinise delivery against the priorities of the plan, with the quarterly performance data'],
  ['Proposed precept', 'To review the proposed precept and make a report to the Commissioner, as required by statute'],
  ['Estates strategy', 'To receive an update on the disposal of surplus buildings and the new shared stations'],
  ['Victims services', 'To consider the recommissioning of support services for victims of crime and the results of the survey'],
  ['Annual report', 'To review the Commissioner\u2019s annual report before it is published'],
  ['Complaints update', 'To note the complaints received and the timeliness of their handling'],
  ['Rural crime', 'To hear from the rural crime team about the theft of farm machinery and wildlife crime'],
  ['Road safety', 'To receive the partnership\u2019s update on casualty reduction and speed enforcement']];

/** Work programme: the meeting date printed once for its group of items, the cells below it left empty. */
export function workProgramme(r) {
  const year = r.int(2025, 2026);
  // three meetings in the order of the municipal year (April to March)
  const months = r.shuffle([...MONTHS.keys()]).slice(0, 3).sort((a, b) => a - b);
  const items = r.shuffle(WP_ITEMS);
  const body = [];
  for (const m of months) {
    const date = `${r.int(1, 28)} ${MONTHS[m]} ${m < 9 ? year : year + 1}`;
    items.splice(0, r.int(2, 3)).forEach(([item, purpose], i) => body.push([i ? '' : date, item, purpose, r.pick(OWNERS)]));
  }
  return {
    id: 'workprog', title: 'Panel work programme', topic: 'the items the panel has scheduled for its coming meetings',
    header: [['Meeting', 'Item', 'Purpose', 'Lead officer']], spans: [], body, numeric: [], totals: [], widths: [17, 23, 40, 20],
  };
}

const RISKS = ['Failure to recruit and retain enough detectives to meet demand', 'Loss of the command and control system during the move to the new provider',
  'Government grant for the uplift in officer numbers is withdrawn or reduced', 'Cyber attack on force systems disrupting the control room',
  'Partners withdraw funding from the violence reduction unit', 'Inflation in pay and energy costs exceeds the assumptions of the budget'];
const MITIGATIONS = ['A recruitment campaign is under way with a detective entry route, and the workforce plan is reviewed monthly by the chief officer group.',
  'Business continuity plans have been tested, a fallback site is available and the supplier is contractually bound to restore service within four hours.',
  'The medium term financial plan holds a contingency, and the Commissioner is lobbying through the national association.',
  'Systems are patched monthly, staff complete annual training and an external penetration test is commissioned each year.',
  'A partnership agreement has been drafted and the board will consider a three-year funding model at its next meeting.'];

/** Risk register: long risk and mitigation cells beside one-word ratings and a score. */
export function risks(r) {
  const levels = ['Low', 'Medium', 'High'];
  const body = r.shuffle(RISKS).slice(0, r.int(3, 4)).map((risk, i) => {
    const l = r.int(1, 3), m = r.int(1, 3);
    return [`R${i + 1}`, risk, levels[l - 1], levels[m - 1], String(l * m * r.int(1, 2)), r.pick(MITIGATIONS), r.pick(OWNERS)];
  });
  return {
    id: 'risks', title: 'Strategic risk register', topic: 'the strategic risks, their ratings and how each is being managed',
    header: [['Ref', 'Risk', 'Likelihood', 'Impact', 'Score', 'Mitigation', 'Owner']], spans: [], body,
    numeric: [4], totals: [], widths: [7, 21, 13, 11, 8, 24, 16],
  };
}

const REPORTS = ['To receive the quarterly report of the Commissioner on delivery against the plan',
  'To consider the report of the Chief Finance Officer and agree the panel\u2019s response',
  'To note the decisions taken by the Commissioner since the last meeting',
  'To receive the minutes of the complaints sub-committee and consider its recommendations'];

/** Agenda with a line of purpose under most titles and the page range of each report. */
export function agendaPages(r) {
  let page = r.int(3, 5);
  const titles = [...AGENDA.slice(0, 3), ...r.shuffle(AGENDA.slice(5, 11)).slice(0, r.int(3, 5)), AGENDA[11]];
  const body = titles.map((t, i) => {
    const len = i < 2 ? 0 : r.int(2, 14);
    const pages = len ? `${page} - ${page + len - 1}` : '';
    page += len;
    return [`${i + 1}`, i < 3 ? t : `${t}: ${r.pick(REPORTS).replace(/^To /, 'to ')}`, pages];
  });
  return {
    id: 'agendapages', title: 'Agenda', topic: 'the business of the meeting',
    header: [['No.', 'Subject', 'Pages']], spans: [], body, numeric: [2], totals: [], widths: [8, 76, 16],
  };
}
