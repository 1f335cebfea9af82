// Tables of figures: budget monitoring, monthly performance, a two-row grouped header, a wide landscape table.
import { bracketed, COUNCIL_LINES, MONTHS, minsSecs, pct, POLICE_LINES, SHORT_MONTHS, signed, thousands } from './words.mjs';

/** Budget monitoring: row labels, £m figures, negative variances in brackets, subtotal and total. */
export function budget(r) {
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
    id: 'budget', topic: 'the forecast outturn against the revised budget for each service area', title: `Revenue budget monitoring to ${r.pick(MONTHS.slice(5))}`,
    header: [['Service area', 'Revised budget £m', 'Spend to date £m', 'Forecast outturn £m', 'Variance £m']],
    spans: [], body, numeric: [1, 2, 3, 4], totals: [rows.length, rows.length + 2], widths: [34, 16, 16, 18, 16],
  };
}

/** Monthly call handling: 12 months, percentages, times in minutes and seconds. */
export function performance(r) {
  const year = r.int(2023, 2025);
  const body = MONTHS.map((m, i) => {
    const calls999 = r.int(6000, 11000), calls101 = r.int(9000, 16000);
    return [`${m} ${i < 9 ? year : year + 1}`, thousands(calls999), pct(r.int(780, 995) / 10), thousands(calls101),
      minsSecs(r.int(40, 900)), pct(r.int(10, 250) / 10)];
  });
  return {
    id: 'performance', topic: 'the performance of the contact management centre in each month of the year', title: 'Contact management performance',
    header: [['Month', '999 calls', '999 answered in 10 secs', '101 calls', '101 average wait', '101 abandoned']],
    spans: [], body, numeric: [1, 2, 3, 4, 5], totals: [], widths: [20, 13, 17, 13, 22, 15],
  };
}

/** Two header rows: years spanning their two columns, the first and last headings spanning both rows. */
export function grouped(r) {
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
    id: 'grouped', topic: 'the budget and spending of each service over two years', title: 'Revenue budget by service',
    header: [['Service', yr(y), '', yr(y + 1), '', 'Change £000'], ['', 'Budget £000', 'Actual £000', 'Budget £000', 'Forecast £000', '']],
    spans: [{ row: 0, col: 0, rowspan: 2, colspan: 1 }, { row: 0, col: 1, rowspan: 1, colspan: 2 },
      { row: 0, col: 3, rowspan: 1, colspan: 2 }, { row: 0, col: 5, rowspan: 2, colspan: 1 }],
    body, numeric: [1, 2, 3, 4, 5], totals: [rows.length], widths: [30, 14, 14, 14, 14, 14],
  };
}

/** A wide table printed on a landscape page: an indicator per row, a column per month and the year to date. */
export function wide(r) {
  const INDICATORS = ['Burglary', 'Robbery', 'Vehicle crime', 'Violence with injury', 'Violence without injury', 'Stalking and harassment',
    'Criminal damage', 'Shoplifting', 'Drug offences', 'Possession of weapons', 'Public order offences', 'Anti-social behaviour incidents'];
  const body = r.shuffle(INDICATORS).slice(0, r.int(8, 11)).map((label) => {
    const base = r.int(20, 900);
    const months = SHORT_MONTHS.map(() => Math.max(0, base + r.int(-Math.ceil(base / 5), Math.ceil(base / 5))));
    return [label, ...months.map(thousands), thousands(months.reduce((s, x) => s + x, 0))];
  });
  return {
    id: 'wide', topic: 'the number of crimes recorded in each month by type of crime', title: 'Recorded crime by month', header: [['Crime type', ...SHORT_MONTHS, 'Year to date']],
    spans: [], body, numeric: [...Array(13).keys()].map((k) => k + 1), totals: [],
    widths: [20, ...Array(12).fill(6), 8], landscape: true,
  };
}

const SCHEMES = ['Custody suite refurbishment', 'Body worn video replacement', 'Fleet replacement programme', 'ANPR camera network',
  'Digital evidence management', 'Neighbourhood police station', 'Firearms range upgrade', 'Control room systems',
  'Library refurbishment', 'Highways resurfacing', 'Leisure centre roof', 'Depot electric vehicle charging'];
const FUNDING = ['Capital grant', 'Capital receipts', 'Revenue contributions', 'Borrowing', 'Reserves'];

/** Capital programme: group label rows with one cell filled, nil shown "-", totals of each group. */
export function capital(r) {
  const y = r.int(2024, 2026);
  const years = [0, 1, 2].map((k) => `${y + k}/${String(y + k + 1).slice(2)} £000`);
  const fig = (n) => (n === 0 ? '-' : thousands(n));
  const schemes = r.shuffle(SCHEMES).slice(0, r.int(4, 6)).map((s) => [s, ...[0, 1, 2].map((k) => (r.next() < 0.2 && k ? 0 : r.int(50, 4000)))]);
  const spend = [0, 1, 2].map((k) => schemes.reduce((s, x) => s + x[k + 1], 0));
  const sources = r.shuffle(FUNDING).slice(0, 3);
  // the funding lines share out each year's spend: the programme balances
  const funding = sources.map((s, i) => [s, ...spend.map((t) => (i < 2 ? Math.round(t * (0.2 + 0.15 * i)) : 0))]);
  funding[2] = [sources[2], ...spend.map((t, k) => t - funding[0][k + 1] - funding[1][k + 1])];
  const line = ([label, ...xs]) => [label, ...xs.map(fig), thousands(xs.reduce((s, x) => s + x, 0))];
  const body = [['Expenditure', '', '', '', ''], ...schemes.map(line), line(['Total expenditure', ...spend]),
    ['Funded by:', '', '', '', ''], ...funding.map(line), line(['Total funding', ...spend])];
  return {
    id: 'capital', title: 'Capital programme', topic: 'the capital programme for the next three years and how it is funded',
    header: [['Scheme', ...years, 'Total £000']], spans: [], body, numeric: [1, 2, 3, 4],
    totals: [schemes.length + 1, body.length - 1], widths: [40, 15, 15, 15, 15],
  };
}

/** A small table whose top-left heading is empty: quarters across, counts down. */
export function complaints(r) {
  const rows = ['Complaints received', 'Resolved informally', 'Referred to the IOPC', 'Upheld in full or in part', 'Withdrawn'];
  const body = rows.slice(0, r.int(4, 5)).map((label, i) => [label, ...[0, 1, 2, 3].map(() => String(r.int(0, i ? 40 : 120)))]);
  return {
    id: 'complaints', title: 'Complaints handled by quarter', topic: 'the complaints recorded against the force in each quarter',
    header: [['', 'Q1', 'Q2', 'Q3', 'Q4']], spans: [], body, numeric: [1, 2, 3, 4], totals: [], widths: [40, 15, 15, 15, 15],
  };
}

/** A second small table printed under the complaints table on the same page. */
export function timeliness(r) {
  const measures = [['Complaints logged within 2 working days', '90%'], ['Complainant contacted within 10 days', '85%'],
    ['Appeals decided within 28 days', '80%'], ['Average days to finalise', '60']];
  const body = measures.slice(0, r.int(3, 4)).map(([m, target]) => [m, target,
    target.endsWith('%') ? `${r.int(60, 99)}%` : String(r.int(35, 90))]);
  return {
    id: 'timeliness', title: 'Timeliness of complaint handling', topic: 'how quickly complaints were handled against the targets',
    header: [['Measure', 'Target', 'Actual']], spans: [], body, numeric: [1, 2], totals: [], widths: [60, 20, 20], samePage: true,
  };
}
