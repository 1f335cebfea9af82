// The variant dimensions of the minutes zoo and the draw of one combination per document. Each dimension
// is drawn independently: its values repeated in freshly shuffled rounds, so that every value appears about
// equally often and no two dimensions pair up the same way in every document.
import { rng } from '../zoo/archetypes.mjs';
import { CY_MOTION_FORMS, CY_RESOLUTION_FORMS, MOTION_FORMS, RESOLUTION_FORMS } from './decisions.mjs';
import { SUB_NUMBERINGS } from './items.mjs';

export const DIMS = {
  kind: ['parish', 'town', 'community', 'borough-planning', 'district-finance', 'trustees'],
  heading: ['caps-held-on', 'body-then-held-at', 'dash-title', 'labelled-lines'],
  date: ['ordinal', 'plain', 'numeric', 'weekday-commas'],
  present: ['inline-cllrs', 'one-per-line', 'members-present', 'councillors-present', 'table-name-role', 'two-column'],
  officers: ['in-attendance', 'clerk-under-present', 'also-present'],
  apologies: ['label-list', 'prose-block', 'in-item-1', 'none'],
  absent: ['none', 'label'],
  numbering: ['1.', '1)', 'yy/nnn', 'Minute n', 'n.', 'Item n', 'yyyy/nn', 'Myy.nn'],
  title: ['bold-own-line', 'caps-own-line', 'run-in'],
  subitems: ['none', 'yes'],
  finance: ['clauses', 'single'],
  names: ['initial', 'full'],
  motionNames: ['as-listed', 'surname', 'initials'],
  format: ['pdf-word', 'pdf-word', 'pdf-word', 'pdf-chromium', 'pdf-chromium', 'pdf-chromium', 'txt', 'txt-paged', 'md', 'md', 'html', 'docx'],
  font: ['Liberation Sans 11', 'Liberation Serif 12', 'DejaVu Sans 9.5', 'Nimbus Sans Narrow 11', 'P052 11'],
  furniture: ['header-footer-page-of', 'footer-page-only', 'header-only'],
};
const CY_DIMS = { present: ['inline-cllrs', 'one-per-line', 'two-column', 'table-name-role'], apologies: ['label-list', 'prose-block'],
  numbering: ['1.', 'n.', 'yy/nnn'] };
const RUN_IN_SEPS = [' \u2013 ', '. ', ': '];
const CLAUSE_MARKS = ['(a)', 'a)', 'i.'];
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi'];

/** The i-th clause marker of a style: "(a)", "b)", "iii.". */
export function clauseMark(style, i) {
  const letter = String.fromCharCode(97 + i);
  return style === '(a)' ? `(${letter})` : style === 'a)' ? `${letter})` : `${ROMAN[i]}.`;
}

/** n values of a list, in shuffled rounds. */
function rounds(r, values, n) {
  const out = [];
  while (out.length < n) out.push(...r.shuffle(values));
  return out.slice(0, n);
}

/** Pairs of forms for n documents: each document prints its decisions (or proposals) in two forms. */
function pairs(r, forms, n) {
  const a = rounds(r, forms, 2 * n);
  return Array.from({ length: n }, (_, i) => (a[2 * i] === a[2 * i + 1] ? [a[2 * i]] : [a[2 * i], a[2 * i + 1]]));
}

/** The variants of n documents, nWelsh of them (spread through the list) minuted in Welsh. */
export function plan(n, nWelsh, seed) {
  const r = rng(seed);
  const cols = Object.fromEntries(Object.entries(DIMS).map(([d, values]) => [d, rounds(r, values, n)]));
  const res = pairs(r, RESOLUTION_FORMS, n);
  const mot = pairs(r, MOTION_FORMS, n);
  const welsh = new Set(Array.from({ length: nWelsh }, (_, i) => Math.floor(((i + 0.5) * n) / nWelsh)));
  const cyCols = Object.fromEntries(Object.entries(CY_DIMS).map(([d, values]) => [d, rounds(r, values, nWelsh)]));
  const cyRes = pairs(r, CY_RESOLUTION_FORMS, nWelsh);
  const cyMot = pairs(r, CY_MOTION_FORMS, nWelsh);
  let w = 0;
  return Array.from({ length: n }, (_, i) => {
    const v = Object.fromEntries(Object.keys(DIMS).map((d) => [d, cols[d][i]]));
    v.resForms = res[i];
    v.motionForms = mot[i];
    v.lang = 'en';
    if (welsh.has(i)) {
      Object.assign(v, { lang: 'cy', kind: 'community', heading: 'cy', date: 'cy', officers: 'in-attendance', names: 'full',
        motionNames: v.motionNames === 'initials' ? 'as-listed' : v.motionNames, resForms: cyRes[w], motionForms: cyMot[w] });
      for (const d of Object.keys(CY_DIMS)) v[d] = cyCols[d][w];
      w++;
    }
    // trustees have no honorific: their members are named in full when they move
    if (v.kind === 'trustees' && v.motionNames === 'surname') v.motionNames = 'as-listed';
    if (!SUB_NUMBERINGS.includes(v.numbering)) v.subitems = 'none';
    v.runInSep = r.pick(RUN_IN_SEPS);
    v.clauses = r.pick(CLAUSE_MARKS);
    if (!v.format.startsWith('pdf')) v.font = null;
    if (v.format !== 'txt-paged' && !v.format.startsWith('pdf')) v.furniture = null;
    v.id = `mzoo-${String(i + 1).padStart(2, '0')}-${v.lang === 'cy' ? 'cy-' : ''}${v.kind}-${v.format}`;
    return v;
  });
}

const SEED = 20240312;

/** The zoo: 40 documents, 5 of them Welsh, each with its variants and the seed of its content. */
export const zooDocuments = () => plan(40, 5, SEED).map((v, i) => ({ v, seed: SEED + i + 1 }));
