// The zoo's tables: the kinds of table council and panel packs print, with cells generated from a seed.
// Each archetype returns { id, title, header, spans, body, numeric, totals, widths, landscape?, longList? }:
//   header  rows of header cells as printed (a spanning cell's text at its top-left position, '' where covered)
//   spans   [{row, col, rowspan, colspan}] for header cells spanning more than one position
//   body    rows of body cells ('' for a cell left empty)
//   numeric column indexes holding figures (printed right-aligned by most styles)
//   totals  body row indexes that are totals (ruled above, double-ruled below in the financial style)
//   widths  relative column widths
// The expected grid of a case is header rows + body rows, exactly these strings.

/** mulberry32: a small deterministic PRNG (the same tables on every machine). */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const shuffle = (xs) => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  return { next, int, pick, shuffle };
}

const thousands = (n) => Math.round(n).toLocaleString('en-GB');
/** 1.2 -> "1.2", -1.2 -> "(1.2)": how finance reports print a negative. */
const bracketed = (n, dp = 1) => (n < 0 ? `(${Math.abs(n).toFixed(dp)})` : n.toFixed(dp));
const signed = (n) => (n < 0 ? `-${thousands(-n)}` : thousands(n));
const pct = (n) => `${n.toFixed(1)}%`;
const minsSecs = (s) => `${Math.floor(s / 60)} mins ${s % 60} secs`;

const MONTHS = ['April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'January', 'February', 'March'];
const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));

const POLICE_LINES = ['Police officer pay', 'Police staff pay', 'PCSO pay', 'Overtime', 'Police pensions', 'Premises costs',
  'Transport costs', 'Supplies and services', 'Agency and contracted services', 'Capital financing', 'Collaboration contributions',
  'Office of the Commissioner', 'Community safety grants', 'Victims services'];
const COUNCIL_LINES = ["Adult social care", "Children's services", 'Highways and transport', 'Waste and recycling', 'Housing and homelessness',
  'Libraries and culture', 'Planning and regeneration', 'Public health', 'Corporate services', 'Leisure and open spaces',
  'Environmental health', 'Council tax collection', 'Democratic services', 'Property and facilities'];

/** Budget monitoring: row labels, £m figures, negative variances in brackets, subtotal and total. */
function budget(r) {
  const lines = r.shuffle(r.next() < 0.5 ? POLICE_LINES : COUNCIL_LINES).slice(0, r.int(7, 10));
  const rows = lines.map((label) => {
    const b = r.int(8, 900) / 10, f = b + r.int(-40, 40) / 10;
    return { label, b, spent: b * r.int(45, 70) / 100, f };
  });
  const sum = (k) => rows.reduce((s, x) => s + Number(x[k].toFixed(1)), 0);
  const fmt = (label, b, spent, f) => [label, `£${b.toFixed(1)}`, spent.toFixed(1), f.toFixed(1), bracketed(f - b)];
  const gross = [sum('b'), sum('spent'), sum('f')];
  const income = [-r.int(50, 300) / 10, -r.int(20, 150) / 10, -r.int(50, 300) / 10];
  const body = [
    ...rows.map((x) => fmt(x.label, Number(x.b.toFixed(1)), Number(x.spent.toFixed(1)), Number(x.f.toFixed(1)))),
    fmt('Gross expenditure', ...gross),
    ['Income', bracketed(income[0]), bracketed(income[1]), bracketed(income[2]), bracketed(income[2] - income[0])],
    fmt('Net expenditure', gross[0] + income[0], gross[1] + income[1], gross[2] + income[2]),
  ];
  // "£12.3" keeps its pound sign; the net line's negative budget cannot happen with these ranges
  return {
    id: 'budget', title: `Revenue budget monitoring to ${r.pick(MONTHS.slice(5))}`,
    header: [['Service area', 'Revised budget £m', 'Spend to date £m', 'Forecast outturn £m', 'Variance £m']],
    spans: [], body, numeric: [1, 2, 3, 4], totals: [rows.length, rows.length + 2], widths: [34, 16, 16, 18, 16],
  };
}

/** Monthly call handling: 12 months, percentages, times in minutes and seconds. */
function performance(r) {
  const year = r.int(2023, 2025);
  const body = MONTHS.map((m, i) => {
    const calls999 = r.int(6000, 11000), calls101 = r.int(9000, 16000);
    return [`${m} ${i < 9 ? year : year + 1}`, thousands(calls999), pct(r.int(780, 995) / 10), thousands(calls101),
      minsSecs(r.int(40, 900)), pct(r.int(10, 250) / 10)];
  });
  return {
    id: 'performance', title: 'Contact management performance',
    header: [['Month', '999 calls', '999 answered in 10 secs', '101 calls', '101 average wait', '101 abandoned']],
    spans: [], body, numeric: [1, 2, 3, 4, 5], totals: [], widths: [20, 13, 17, 13, 22, 15],
  };
}

const OWNERS = ['Chief Executive', 'Chief Finance Officer', 'Head of Policy', 'Scrutiny Officer', 'Head of Commissioning',
  'Monitoring Officer', 'Deputy Chief Constable', 'Head of Estates', 'Democratic Services Manager', 'Head of Performance'];
const SUBJECTS = ['the rural crime strategy', 'the victims services contract', 'the estates rationalisation programme',
  'the police and crime plan refresh', 'the precept consultation', 'the out of court disposals scheme',
  'the domestic abuse perpetrator programme', 'the violence reduction unit', 'the fleet electrification plan',
  'the custody improvement plan', 'the youth diversion scheme', 'the 101 non-emergency service'];
const ASKS = ['circulate a written briefing on', 'provide the panel with an update on', 'report back with costed options for',
  'share the latest performance data for', 'arrange an informal session for members on', 'confirm the timetable for the review of'];
const DETAILS = ['including the numbers of referrals received in each quarter and the outcomes achieved',
  'setting out the savings assumed in the medium term financial plan and the risks to their delivery',
  'with a breakdown by local policing area so that members can compare the districts',
  'and explain how the views of residents and partners have been taken into account',
  'together with the findings of the most recent inspection and the action plan agreed in response',
  'so that the panel can consider it before the budget is set in February',
  'and include the equality impact assessment that was requested at the last meeting'];
const UPDATES = ['A briefing note was circulated to members by email and a further update will follow once the data has been validated.',
  'The report has been drafted and is with the Commissioner for approval; it will be brought to the next scheduled meeting.',
  'Officers met the provider in the autumn and agreed revised performance measures, which take effect from the new quarter.',
  'The session has been arranged and members will receive a calendar invitation with the papers a week in advance.',
  'Data for the first two quarters is attached at the appendix; the third quarter will be published after the audit.',
  'The review has been delayed by the recruitment of the new lead officer and is now expected to report in the spring.',
  'Completed at the meeting of the working group, and the minutes of that meeting are available on request.'];
const STATUSES = ['Complete', 'Open', 'In progress', 'Ongoing', 'Closed'];

const longDate = (r, year) => `${r.int(1, 28)} ${r.pick(MONTHS)} ${year}`;

/** Action tracker: short cells (ref, date, owner, status) beside long cells wrapping over 3-5 lines. */
function actions(r) {
  const n = r.int(4, 5), year = r.int(2024, 2025);
  const body = Array.from({ length: n }, (_, i) => {
    const subject = r.pick(SUBJECTS);
    const action = `The ${r.pick(OWNERS)} to ${r.pick(ASKS)} ${subject}, ${r.pick(DETAILS)}.`;
    const update = r.pick(UPDATES) + (r.next() < 0.5 ? ` ${r.pick(UPDATES)}` : '');
    return [`A${String(i + 1).padStart(2, '0')}/${String(year).slice(2)}`, longDate(r, year), action, r.pick(OWNERS), update, r.pick(STATUSES)];
  });
  return {
    id: 'actions', title: 'Action tracker',
    header: [['Ref', 'Meeting date', 'Action', 'Owner', 'Update', 'Status']],
    spans: [], body, numeric: [], totals: [], widths: [9, 13, 29, 13, 25, 11],
  };
}

const AGENDA = ['Apologies for absence', 'Declarations of interest', 'Minutes of the previous meeting', 'Public questions',
  'Chair\u2019s announcements', 'Police and crime plan performance report', 'Medium term financial plan and proposed precept',
  'Complaints against the Commissioner', 'Confirmation hearing: Chief Finance Officer', 'Annual report of the Commissioner',
  'Treasury management mid-year review', 'Work programme', 'Dates of future meetings', 'Exclusion of the press and public'];
const LEADS = ['Chair', 'Panel Secretary', 'Police and Crime Commissioner', 'Chief Finance Officer', 'Monitoring Officer',
  'Head of Performance', 'Scrutiny Officer', 'Chief Executive'];

/** Agenda: item number, title, time and lead. */
function agenda(r) {
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
    id: 'agenda', title: 'Agenda', header: [['Item', 'Title', 'Time', 'Lead']],
    spans: [], body, numeric: [2], totals: [], widths: [8, 52, 10, 30],
  };
}

/** Two header rows: years spanning their two columns, the first and last headings spanning both rows. */
function grouped(r) {
  const lines = r.shuffle(r.next() < 0.5 ? POLICE_LINES : COUNCIL_LINES).slice(0, r.int(6, 8));
  const y = r.int(2023, 2025);
  const yr = (a) => `${a}/${String(a + 1).slice(2)}`;
  const rows = lines.map((label) => {
    const b1 = r.int(500, 40000), a1 = b1 + r.int(-1500, 1500), b2 = b1 + r.int(-800, 2500), f2 = b2 + r.int(-1200, 1200);
    return [label, b1, a1, b2, f2];
  });
  const total = ['Total', ...[1, 2, 3, 4].map((k) => rows.reduce((s, x) => s + x[k], 0))];
  const body = [...rows, total].map(([l, b1, a1, b2, f2]) => [l, thousands(b1), thousands(a1), thousands(b2), thousands(f2), signed(f2 - b2)]);
  return {
    id: 'grouped', title: 'Revenue budget by service',
    header: [['Service', yr(y), '', yr(y + 1), '', 'Change £000'], ['', 'Budget £000', 'Actual £000', 'Budget £000', 'Forecast £000', '']],
    spans: [{ row: 0, col: 0, rowspan: 2, colspan: 1 }, { row: 0, col: 1, rowspan: 1, colspan: 2 },
      { row: 0, col: 3, rowspan: 1, colspan: 2 }, { row: 0, col: 5, rowspan: 2, colspan: 1 }],
    body, numeric: [1, 2, 3, 4, 5], totals: [rows.length], widths: [30, 14, 14, 14, 14, 14],
  };
}

const ORGS = ['Community Trust', 'Youth Club', 'Neighbourhood Watch', 'Food Bank', 'Sports Association', 'Women\u2019s Aid',
  'Men\u2019s Shed', 'Credit Union', 'Scout Group', 'Residents\u2019 Association', 'Arts Collective', 'Mentoring Project'];
const PLACES = ['Abbeyfield', 'Brookside', 'Castleton', 'Dunmore', 'Eastgate', 'Fairholme', 'Greenhill', 'Highbury', 'Ivybridge',
  'Kingsmead', 'Longford', 'Millbrook', 'Northfield', 'Oakwood', 'Riverside', 'Southend', 'Thornbury', 'Westwood'];
const PURPOSES = ['Diversionary sport sessions', 'Safer streets lighting', 'Victim support volunteers', 'Knife crime education',
  'Holiday activity programme', 'CCTV upgrade', 'Anti-social behaviour outreach', 'Cyber safety workshops', 'Rural watch signage',
  'Mentoring for young people', 'Domestic abuse helpline', 'Community speedwatch kit'];

/** Community grants awarded: a long list running over two pages, its header repeated on the second. */
function longList(r, n = 60) {
  const body = Array.from({ length: n }, (_, i) => [`G${String(i + 1).padStart(3, '0')}`, `${r.pick(PLACES)} ${r.pick(ORGS)}`,
    r.pick(PURPOSES), r.pick(PLACES), `£${thousands(r.int(5, 250) * 100)}`]);
  return {
    id: 'longlist', title: 'Community safety fund: grants awarded',
    header: [['Ref', 'Organisation', 'Purpose', 'Area', 'Amount']],
    spans: [], body, numeric: [4], totals: [], widths: [8, 32, 32, 14, 14], longList: true,
  };
}

const FIRST = ['A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'G.', 'H.', 'J.', 'K.', 'L.', 'M.', 'P.', 'R.', 'S.', 'T.'];
const SURNAMES = ['Ahmed', 'Bennett', 'Clarke', 'Davies', 'Evans', 'Fletcher', 'Griffiths', 'Hughes', 'Iqbal', 'Jones', 'Khan',
  'Lewis', 'Morgan', 'Nolan', 'Owen', 'Patel', 'Roberts', 'Shah', 'Thomas', 'Walsh'];

/** Attendance record: mostly filled, two cells left empty (not a member yet, meeting not held). */
function attendance(r) {
  const meetings = r.shuffle(MONTHS).slice(0, 5).map((m) => `${r.int(1, 28)} ${m.slice(0, 3)}`);
  const names = r.shuffle(SURNAMES).slice(0, r.int(7, 9)).map((s) => `Cllr ${r.pick(FIRST)} ${s}`);
  const body = names.map((n) => [n, ...meetings.map(() => (r.next() < 0.8 ? 'Present' : r.pick(['Apologies', 'Absent', 'Substitute'])))]);
  // never a whole row or column: the finder cannot know an empty column was printed
  const blanks = [[1 + r.int(0, 2), 1], [body.length - 1 - r.int(0, 2), 5]];
  for (const [row, col] of blanks) body[row][col] = '';
  return {
    id: 'empties', title: 'Attendance at panel meetings', header: [['Member', ...meetings]],
    spans: [], body, numeric: [], totals: [], widths: [30, 14, 14, 14, 14, 14],
  };
}

/** A wide table printed on a landscape page: an indicator per row, a column per month and the year to date. */
function wide(r) {
  const INDICATORS = ['Burglary', 'Robbery', 'Vehicle crime', 'Violence with injury', 'Violence without injury', 'Stalking and harassment',
    'Criminal damage', 'Shoplifting', 'Drug offences', 'Possession of weapons', 'Public order offences', 'Anti-social behaviour incidents'];
  const body = r.shuffle(INDICATORS).slice(0, r.int(8, 11)).map((label) => {
    const base = r.int(20, 900);
    const months = SHORT_MONTHS.map(() => Math.max(0, base + r.int(-Math.ceil(base / 5), Math.ceil(base / 5))));
    return [label, ...months.map(thousands), thousands(months.reduce((s, x) => s + x, 0))];
  });
  return {
    id: 'wide', title: 'Recorded crime by month', header: [['Crime type', ...SHORT_MONTHS, 'Year to date']],
    spans: [], body, numeric: [...Array(13).keys()].map((k) => k + 1), totals: [],
    widths: [20, ...Array(12).fill(6), 8], landscape: true,
  };
}

export const ARCHETYPES = { budget, performance, actions, agenda, grouped, empties: attendance, wide, longlist: longList };

/** The tables of one style's document, in print order (the long list last: it runs over two pages). */
export function zooTables(seed, longRows = 60) {
  const tables = [];
  for (const [name, make] of Object.entries(ARCHETYPES)) {
    // each archetype its own stream, so changing one does not reshuffle the others
    const r = rng(seed * 1000 + [...name].reduce((s, c) => s * 31 + c.charCodeAt(0), 7) % 997);
    tables.push(name === 'longlist' ? make(r, longRows) : make(r));
  }
  return tables;
}

/** The expected grid of a table: header rows then body rows. */
export const expectedGrid = (t) => [...t.header, ...t.body].map((row) => [...row]);
