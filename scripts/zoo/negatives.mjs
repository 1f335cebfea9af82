// The zoo's negative pages: layouts a pack prints that are not tables, though their lines line up (a
// contact box, lists, prose in two page columns, signature blocks, a letter head, "Date: ... Time: ..."
// lines, a report page under a two-part running header). The right answer on each is no table at all.
// Each page is a list of blocks that html.mjs and word.py both print:
//   { kind: 'heading', text }            a bold title
//   { kind: 'para', text, align? }       a paragraph ('right' for a letter's date)
//   { kind: 'lines', lines, align?, box? } lines with no space between (an address; boxed: a contact panel)
//   { kind: 'list', style, items }       'number' (1.), 'bullet', 'letter' ((a)), 'para' (4.1): hanging, wrapped
//   { kind: 'pairs', pairs, layout }     label / value lines: 'tabs' (a tab stop) or 'grid' (a borderless layout table)
//   { kind: 'side', blocks, layout }     two line blocks side by side: 'tabs' or 'grid' as for pairs
//   { kind: 'columns', paras }           running text in two page columns
import { rng } from './archetypes.mjs';
import { AGENDA, DETAILS, FIRST, OWNERS, PLACES, SUBJECTS, SURNAMES, UPDATES } from './words.mjs';

const STREETS = ['Market Street', 'High Street', 'Castle Road', 'Station Approach', 'Church Lane', 'Victoria Way'];
const BUILDINGS = ['County Hall', 'Civic Centre', 'Guildhall', 'Shire Hall', 'Council Offices', 'Town Hall'];
const ROOMS = ['Council Chamber', 'Committee Room 1', 'Committee Room 2', 'the Members\u2019 Room', 'the Jubilee Room'];
const SENTENCES = ['The panel has a statutory duty to review and scrutinise the decisions and actions of the Commissioner.',
  'Members will recall that the previous report set out the timetable agreed with partners for the review.',
  'Since then the working group has met three times and heard evidence from officers, providers and residents.',
  'The findings are summarised in this report and the full evidence is available in the background papers.',
  'There are no direct financial implications arising from the recommendations of this report.',
  'An equality impact assessment has been completed and no adverse impact on any protected group was identified.',
  'The views of the public were sought through an online survey which received just over four hundred responses.',
  'Officers will continue to monitor progress and will report any significant change to the next meeting.',
  'The Commissioner has indicated that he intends to respond to the recommendations within two months.',
  'Partners have welcomed the approach and have agreed to share their data on a quarterly basis from April.'];

const person = (r) => `${r.pick(['Jane', 'Sarah', 'David', 'Rhys', 'Amina', 'Peter', 'Helen', 'Gareth'])} ${r.pick(SURNAMES)}`;
const phone = (r) => `01${r.int(200, 999)} ${r.int(100000, 999999)}`;
const email = (name) => `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.gov.uk`;
const postcode = (r) => `${r.pick(['AB', 'CF', 'LL', 'SA', 'NP', 'GL'])}${r.int(1, 40)} ${r.int(1, 9)}${r.pick(['AA', 'DX', 'HQ', 'LR', 'WT'])}`;
const address = (r) => [r.pick(BUILDINGS), `${r.int(1, 90)} ${r.pick(STREETS)}`, r.pick(PLACES), postcode(r)];
const prose = (r, n) => r.shuffle(SENTENCES).slice(0, n).join(' ');
const dated = (r) => `${r.int(1, 28)} ${r.pick(['March', 'June', 'September', 'November'])} ${r.int(2025, 2026)}`;

function contactPage(r) {
  const contact = (role) => {
    const name = person(r);
    return [`${role}: ${name}`, r.pick(OWNERS), ...address(r).slice(0, r.int(2, 4)), `Tel: ${phone(r)}`, `Email: ${email(name)}`];
  };
  const boxes = r.next() < 0.5
    ? { kind: 'lines', lines: contact('Contact officer'), box: true }
    : { kind: 'side', blocks: [contact('Report author'), contact('Lead officer')], layout: r.pick(['tabs', 'grid']) };
  return [{ kind: 'heading', text: 'Contact details and background papers' },
    { kind: 'para', text: 'For further information about this report please contact:' }, boxes,
    { kind: 'para', text: `Background papers: ${prose(r, 1)}` }];
}

function listsPage(r) {
  const recs = r.shuffle(SUBJECTS).slice(0, r.int(3, 4)).map((s) => `Note the progress made on ${s}, ${r.pick(DETAILS)}.`);
  const points = r.shuffle(AGENDA.slice(4, 12)).slice(0, r.int(4, 5));
  const asks = r.shuffle(UPDATES).slice(0, 3);
  return [{ kind: 'heading', text: 'Recommendations' }, { kind: 'para', text: 'The Panel is recommended to:' },
    { kind: 'list', style: r.pick(['number', 'letter']), items: recs },
    { kind: 'para', text: 'The matters raised with the Commissioner since the last meeting were:' },
    { kind: 'list', style: 'bullet', items: points },
    { kind: 'list', style: 'para', start: r.int(2, 6), items: asks }];
}

const columnsPage = (r) => [{ kind: 'heading', text: `News from the ${r.pick(['panel', 'partnership', 'commissioner\u2019s office'])}` },
  { kind: 'columns', paras: Array.from({ length: r.int(5, 7) }, () => prose(r, r.int(3, 4))) }];

function signaturePage(r) {
  const sign = (role) => [`Signed: ........................................`, `Name: ${person(r)}`, `Position: ${role}`, `Date: ${dated(r)}`];
  return [{ kind: 'heading', text: 'Agreement of the record' }, { kind: 'para', text: prose(r, 3) },
    { kind: 'para', text: `The meeting closed at ${r.int(11, 12)}.${r.pick(['05', '20', '35', '50'])} pm.` },
    r.next() < 0.5
      ? { kind: 'side', blocks: [sign('Chair'), sign(r.pick(['Panel Secretary', 'Monitoring Officer']))], layout: r.pick(['tabs', 'grid']) }
      : { kind: 'lines', lines: sign('Chair') }];
}

function letterPage(r) {
  const to = person(r), from = person(r);
  return [{ kind: 'lines', align: 'right', lines: [`Office of the ${r.pick(['Police and Crime Commissioner', 'Chief Executive'])}`, ...address(r), `Tel: ${phone(r)}`] },
    { kind: 'para', align: 'right', text: dated(r) },
    { kind: 'side', layout: r.pick(['tabs', 'grid']), blocks: [[`Councillor ${to}`, 'Chair of the Police and Crime Panel', ...address(r)],
      [`Our ref: ${r.pick(['PCP', 'CE', 'OPCC'])}/${r.int(10, 99)}/${r.int(100, 999)}`, 'Your ref:', `Please ask for: ${from}`, `Direct line: ${phone(r)}`]] },
    { kind: 'para', text: `Dear Councillor ${to.split(' ')[1]},` }, { kind: 'para', text: prose(r, 3) }, { kind: 'para', text: prose(r, 2) },
    { kind: 'lines', lines: ['Yours sincerely,', '', from, r.pick(OWNERS)] }];
}

function noticePage(r) {
  const clerk = person(r);
  const members = r.shuffle(SURNAMES).slice(0, 8).map((s) => `${r.pick(FIRST)} ${s}`);
  return [{ kind: 'heading', text: 'Notice of meeting' },
    { kind: 'pairs', layout: r.pick(['tabs', 'grid']), pairs: [['Date:', `${r.pick(['Monday', 'Tuesday', 'Thursday'])} ${dated(r)}`],
      ['Time:', `${r.int(9, 11)}.${r.pick(['00', '30'])} am`], ['Venue:', `${r.pick(ROOMS)}, ${r.pick(BUILDINGS)}, ${r.pick(PLACES)}`],
      ['Contact:', `${clerk}, ${r.pick(OWNERS)}`], ['Telephone:', phone(r)], ['Email:', email(clerk)]] },
    { kind: 'para', text: `Membership: Councillors ${members.join(', ')} and two independent members.` },
    { kind: 'para', text: prose(r, 2) }];
}

const reportPage = (r) => [{ kind: 'heading', text: `${r.int(3, 8)}. ${r.pick(['Background', 'Consultation', 'Implications'])}` },
  { kind: 'list', style: 'para', start: r.int(3, 8), items: Array.from({ length: r.int(4, 5) }, () => prose(r, r.int(1, 3))) }];

export const NEGATIVES = { contact: contactPage, lists: listsPage, columns: columnsPage, signature: signaturePage,
  letter: letterPage, notice: noticePage, report: reportPage };

/** One style's negative pages in print order, each { id, blocks }, and its two-part running header and footer. */
export function zooNegatives(seed) {
  const pages = Object.entries(NEGATIVES).map(([id, make]) => ({ id, blocks: make(rng(seed * 7 + id.length * 131 + id.charCodeAt(0))) }));
  const r = rng(seed + 31);
  return { pages, running: { left: `${r.pick(['Police and Crime Panel', 'Cabinet', 'Audit Committee'])} \u2013 ${dated(r)}`,
    right: `Agenda Item ${r.int(4, 12)}`, footer: 'OFFICIAL' } };
}
