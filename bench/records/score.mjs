// Scoring of the records benchmark (bench/records/cases, rules in its README.md): per record type,
// one-to-one greedy matching of truth records to predicted records by best similarity, among the pairs
// that pass the type's match rule; then tp/fp/fn, precision/recall/F1 and page accuracy of the matches.

export const RECORD_TYPES = ['meeting', 'agenda_items', 'attendees', 'minute_items', 'resolutions', 'motions'];

/** Text for comparison: case, accents, quotes, dashes and punctuation folded, whitespace collapsed. */
export function normText(s) {
  if (s === null || s === undefined) return '';
  return String(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['\u2018\u2019\u201a\u201b`\u00b4]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Token similarity: Dice coefficient of the two token multisets (1 when both are empty). */
export function tokenSimilarity(a, b) {
  const ta = normText(a).split(' ').filter(Boolean);
  const tb = normText(b).split(' ').filter(Boolean);
  if (ta.length === 0 && tb.length === 0) return 1;
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  return (2 * common) / (ta.length + tb.length);
}

// Titles and post-nominals are not part of a name (OUTPUT.md); they are dropped on both sides.
const HONORIFICS = new Set([
  'cllr', 'councillor', 'cmhlr', 'county', 'district', 'borough', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord',
  'lady', 'baroness', 'baron', 'viscount', 'earl', 'prof', 'professor', 'rev', 'revd', 'reverend', 'the', 'rt', 'hon', 'honourable', 'mayor', 'deputy', 'cllrs',
]);
const POST_NOMINALS = new Set(['obe', 'mbe', 'cbe', 'jp', 'kc', 'qc', 'dl', 'frsa', 'mp', 'bem', 'td', 'phd']);

/** A name for comparison: normalised, leading honorifics and trailing post-nominals dropped. */
export function normName(s) {
  const t = normText(s).split(' ').filter(Boolean);
  while (t.length > 1 && HONORIFICS.has(t[0])) t.shift();
  while (t.length > 1 && POST_NOMINALS.has(t[t.length - 1])) t.pop();
  return t.join(' ');
}

/** Minute or item number as printed, without trailing dot; "" and null are both null. */
export function normNumber(s) {
  if (s === null || s === undefined) return null;
  // "(Item 3)", "Item 3", "Minute 3" and "3" are one number
  const t = String(s).trim().toLowerCase().replace(/[.:)]+$/, '').replace(/^\(/, '').replace(/^(item|minute|min)\s*/, '').replace(/\s+/g, '');
  return t === '' ? null : t;
}

const LEAD_WORDS = new Set(['resolved', 'agreed', 'it', 'was', 'unanimously', 'that']);

/** Resolution text for comparison: first 300 characters, the "RESOLVED that" lead words dropped. */
export function normResolution(s) {
  const t = normText(s).split(' ').filter(Boolean);
  while (t.length > 1 && LEAD_WORDS.has(t[0])) t.shift();
  return t.join(' ').slice(0, 300);
}

function normResult(s) {
  const t = normText(s);
  return t === '' ? null : t;
}

/**
 * Match rule per type: returns a similarity (> 0) when truth `t` and prediction `p` may be matched, else 0.
 * A small bonus for the same page breaks ties between equally good candidates.
 */
const RULES = {
  agenda_items(t, p) {
    if (normNumber(t.number) !== normNumber(p.number)) return 0;
    const s = tokenSimilarity(t.title, p.title);
    return s >= 0.8 ? s : 0;
  },
  attendees(t, p) {
    if (t.status !== p.status) return 0;
    return normName(t.name) === normName(p.name) && normName(t.name) !== '' ? 1 : 0;
  },
  minute_items(t, p) {
    if (normNumber(t.minute) !== normNumber(p.minute)) return 0;
    const s = tokenSimilarity(t.title, p.title);
    return s >= 0.7 ? s : 0;
  },
  resolutions(t, p) {
    if (normNumber(t.minute) !== normNumber(p.minute)) return 0;
    const s = tokenSimilarity(normResolution(t.text), normResolution(p.text));
    return s >= 0.7 ? s : 0;
  },
  motions(t, p) {
    if (normNumber(t.minute) !== normNumber(p.minute)) return 0;
    if (t.proposer && normName(t.proposer) !== normName(p.proposer)) return 0;
    if (t.seconder && normName(t.seconder) !== normName(p.seconder)) return 0;
    if (normResult(t.result) !== normResult(p.result)) return 0;
    // among several motions of one minute, prefer the one with the same counts
    let s = 1;
    for (const k of ['for', 'against', 'abstain']) if ((t[k] ?? null) === (p[k] ?? null)) s += 0.1;
    return s;
  },
};

/** Greedy one-to-one matching: all admissible pairs, best similarity first. Returns [truthIndex, predIndex] pairs. */
export function matchRecords(type, truth, pred) {
  const rule = RULES[type];
  if (!rule) throw new Error(`no match rule for record type ${type}`);
  const pairs = [];
  for (let i = 0; i < truth.length; i++) {
    for (let j = 0; j < pred.length; j++) {
      const s = rule(truth[i], pred[j]);
      if (s > 0) {
        const samePage = truth[i].page != null && truth[i].page === pred[j].page ? 0.001 : 0;
        pairs.push([s + samePage, i, j]);
      }
    }
  }
  // best first; ties in document order, so repeated records pair up in order
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedT = new Set();
  const usedP = new Set();
  const matches = [];
  for (const [, i, j] of pairs) {
    if (usedT.has(i) || usedP.has(j)) continue;
    usedT.add(i);
    usedP.add(j);
    matches.push([i, j]);
  }
  return matches;
}

/** Score of one record type: counts, P/R/F1, and page agreement of matched records whose truth has a page. */
export function scoreType(type, truth, pred) {
  if (type === 'meeting') return scoreMeeting(truth, pred);
  const t = truth ?? [];
  const p = pred ?? [];
  const matches = matchRecords(type, t, p);
  let pagesChecked = 0;
  let pagesRight = 0;
  for (const [i, j] of matches) {
    if (t[i].page === undefined || t[i].page === null) continue;
    pagesChecked++;
    if (p[j].page === t[i].page) pagesRight++;
  }
  return withRates({ tp: matches.length, fp: p.length - matches.length, fn: t.length - matches.length, pagesChecked, pagesRight });
}

/** The meeting is one record: matched when the dates are equal; a wrong date is both a fp and a fn. */
function scoreMeeting(truth, pred) {
  const td = truth?.date ?? null;
  const pd = pred?.date ?? null;
  const counts = { tp: 0, fp: 0, fn: 0, pagesChecked: 0, pagesRight: 0 };
  if (td !== null && pd === td) counts.tp = 1;
  else {
    if (td !== null) counts.fn = 1;
    if (pd !== null) counts.fp = 1;
  }
  return withRates(counts);
}

export function withRates(c) {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1, pageAccuracy: c.pagesChecked === 0 ? null : c.pagesRight / c.pagesChecked };
}

/** A rate as the benchmarks print it: "0.93", or "   -" when there is none. */
export const fmt = (x) => (x === null ? '   -' : x.toFixed(2).padStart(4));

/** Sum of counts (micro average). */
export function addCounts(list) {
  const sum = { tp: 0, fp: 0, fn: 0, pagesChecked: 0, pagesRight: 0 };
  for (const s of list) for (const k of Object.keys(sum)) sum[k] += s[k];
  return withRates(sum);
}

/**
 * Score one case: `truth` is the case file, `doc` the pack document (null when the file could not be read:
 * everything the truth holds is then missed). Returns { type: score } for each type in `truth.scored`.
 */
export function scoreCase(truth, doc) {
  const out = {};
  for (const type of truth.scored ?? []) {
    if (!RECORD_TYPES.includes(type)) throw new Error(`${truth.id}: unknown record type "${type}" in scored`);
    const t = truth[type];
    if (t === undefined) throw new Error(`${truth.id}: "${type}" is scored but has no truth`);
    const p = doc ? doc[type] : type === 'meeting' ? null : [];
    out[type] = scoreType(type, t, p);
  }
  return out;
}
