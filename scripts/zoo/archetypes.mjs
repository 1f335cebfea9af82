// The zoo's tables: the kinds of table council and panel packs print, with cells generated from a seed.
// Each archetype returns { id, title, topic, header, spans, body, numeric, totals, widths, landscape?, longList?,
// samePage? (printed under the table before it, on its page) }:
//   header  rows of header cells as printed (a spanning cell's text at its top-left position, '' where covered)
//   spans   [{row, col, rowspan, colspan}] for header cells spanning more than one position
//   body    rows of body cells ('' for a cell left empty)
//   numeric column indexes holding figures (printed right-aligned by most styles)
//   totals  body row indexes that are totals (ruled above, double-ruled below in the financial style)
//   widths  relative column widths
// The expected grid of a case is header rows + body rows, exactly these strings. The text around a table
// (a numbered paragraph introducing it, sometimes a note under it, a running header and footer) is not.
import { actions, agenda, agendaPages, attendance, longList, risks, workProgramme } from './text.mjs';
import { budget, capital, complaints, grouped, performance, timeliness, wide } from './figures.mjs';

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

/** In print order: the wide table before the long list, the long list last (it runs over two pages). */
export const ARCHETYPES = {
  budget, performance, actions, agenda, grouped, empties: attendance, capital, complaints, timeliness, workprog: workProgramme,
  risks, agendapages: agendaPages, wide, longlist: longList,
};

const OPENERS = ['The table below sets out', 'Table 1 shows', 'Members are asked to note', 'The following table summarises',
  'Details are given below of'];
const FOLLOWUPS = ['Officers will attend the meeting to answer questions.', 'The figures are provisional until the year-end audit.',
  'Further detail is available from the report author on request.', 'Changes since the last report are explained in section 4.',
  ''];
const FIGURE_NOTES = ['Figures may not sum because of rounding.', 'Source: force performance data warehouse, extracted at month end.',
  'All figures exclude VAT.'];
const TEXT_NOTES = ['Note: items marked as complete will be removed from the next update.', 'Timings are approximate.',
  'Members may raise further items with the Scrutiny Officer.'];

/** Each archetype its own stream, so changing one does not reshuffle the others. */
const stream = (seed, name) => rng(seed * 1000 + ([...name].reduce((s, c) => s * 31 + c.charCodeAt(0), 7) % 997));

/** The tables of one style's document, in print order, each with the prose printed around it. */
export function zooTables(seed, longRows = 60) {
  return Object.entries(ARCHETYPES).map(([name, make], i) => {
    const table = name === 'longlist' ? make(stream(seed, name), longRows) : make(stream(seed, name));
    const r = stream(seed + 7919, name);
    const intro = `${i + 2}.${r.int(1, 6)} ${r.pick(OPENERS)} ${table.topic}. ${r.pick(FOLLOWUPS)}`.trim();
    const notes = table.numeric.length > 1 ? FIGURE_NOTES : TEXT_NOTES;
    return { ...table, intro, note: r.next() < 0.5 ? r.pick(notes) : null };
  });
}

const BODIES = ['Police and Crime Panel', 'Overview and Scrutiny Committee', 'Audit and Governance Committee', 'Cabinet'];

/** The running header and footer of one style's document. */
export function zooRunning(seed) {
  const r = stream(seed, 'running');
  const month = ['January', 'February', 'March', 'June', 'July', 'September', 'October', 'November'][r.int(0, 7)];
  return { header: `${r.pick(BODIES)} \u2013 ${r.int(1, 28)} ${month} ${r.int(2025, 2026)}`, footer: 'OFFICIAL' };
}

/** The expected grid of a table: header rows then body rows. */
export const expectedGrid = (t) => [...t.header, ...t.body].map((row) => [...row]);
