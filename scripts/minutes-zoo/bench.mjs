// Score the minutes zoo (bench/minutes-zoo, built by `npm run zoo:minutes`): run `extract` on every generated
// document, score it with the records benchmark's scorer (bench/records/score.mjs), and report totals per
// record type, then per variant of each dimension (which layouts and wordings are read, which are not), the
// recall per printed form of each record, the non-decisions taken as resolutions, and why records were missed.
// Usage: npm run bench:minutes-zoo [-- --only mzoo-07] [-- --json] [-- --misses]   (needs `npx tsc` first)
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RECORD_TYPES, addCounts, fmt, matchRecords, normName, normNumber, normResolution, scoreCase, tokenSimilarity } from '../../bench/records/score.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = path.join(root, 'bench', 'minutes-zoo', 'cases');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const fail = (why) => {
  console.error(`minutes zoo: ${why}; build it with \`npm run zoo:minutes\` (needs chromium, soffice, /usr/bin/python3 with python-docx)`);
  process.exit(2);
};
if (!existsSync(dir)) fail(`no cases in ${dir}`);
const cases = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')))
  .filter((c) => !only || c.id.startsWith(only));
if (!cases.length) fail('no case');
const missing = cases.filter((c) => !existsSync(path.join(root, c.file)));
if (missing.length) fail(`missing ${missing.map((c) => c.file).join(', ')}`);

/** Why a truth record found no partner: the nearest prediction and what differs. */
function why(type, t, preds) {
  if (type === 'attendees') {
    const same = preds.find((p) => normName(p.name) === normName(t.name));
    if (same) return `status ${same.status}`;
    const near = preds.find((p) => p.status === t.status && (normName(p.name).includes(normName(t.name)) || normName(t.name).includes(normName(p.name))));
    return near ? 'name as printed differs' : 'not found';
  }
  if (type === 'minute_items') {
    if (preds.some((p) => tokenSimilarity(p.title, t.title) >= 0.7)) return 'minute number differs';
    return preds.some((p) => normNumber(p.minute) === normNumber(t.minute)) ? 'title differs' : 'not found';
  }
  if (type === 'resolutions') {
    const sim = (p) => tokenSimilarity(normResolution(p.text), normResolution(t.text));
    if (preds.some((p) => sim(p) >= 0.7)) return 'minute differs';
    if (preds.some((p) => normNumber(p.minute) === normNumber(t.minute) && sim(p) >= 0.3)) return 'text differs';
    return 'not found';
  }
  const here = preds.filter((p) => normNumber(p.minute) === normNumber(t.minute));
  if (!here.length) return preds.some((p) => t.proposer && normName(p.proposer) === normName(t.proposer)) ? 'minute differs' : 'not found';
  if (here.some((p) => normName(p.proposer) !== normName(t.proposer ?? p.proposer))) return 'proposer differs';
  if (here.some((p) => normName(p.seconder) !== normName(t.seconder ?? p.seconder))) return 'seconder differs';
  return `result ${here[0].result}`;
}

/** The printed form of a truth record, for recall per form. */
function formOf(type, t, c) {
  const v = c.variants;
  if (type === 'attendees') {
    const by = { present: v.present, also_present: v.officers === 'clerk-under-present' ? `clerk-under-present/${v.present}` : `${v.officers}/${v.present}`, apologies: v.apologies, absent: 'label' };
    return `${t.status}: ${by[t.status]}${v.lang === 'cy' ? ' (cy)' : ''}`;
  }
  if (type === 'minute_items') return (v.subitems === 'yes' && t.minute.includes('.') ? 'sub-item ' : '') + t.variant;
  return t.variant;
}

const { extract } = await import(path.join(root, 'dist', 'api.js'));
const results = [];
for (const c of cases) {
  let doc = null;
  try {
    doc = await extract(path.join(root, c.file));
  } catch (err) {
    console.error(`${c.id}: ${err instanceof Error ? err.message : err}`);
  }
  const scores = scoreCase(c, doc);
  const records = [];
  for (const type of RECORD_TYPES.filter((t) => t !== 'meeting')) {
    const preds = doc?.[type] ?? [];
    const matched = new Map(matchRecords(type, c[type], preds));
    c[type].forEach((t, i) => records.push({ type, form: formOf(type, t, c), hit: matched.has(i), why: matched.has(i) ? null : why(type, t, preds), t }));
  }
  // non-decisions output as resolutions
  const taken = (c.distractors ?? []).filter((d) => (doc?.resolutions ?? []).some((p) => tokenSimilarity(normResolution(p.text), normResolution(d.text)) >= 0.7));
  results.push({ c, scores, records, taken, predDate: doc?.meeting?.date ?? null });
}

const TYPES = ['meeting', 'attendees', 'minute_items', 'resolutions', 'motions'];
const line = (label, list) => `${label.padEnd(40)} ${TYPES.map((t) => {
  const s = addCounts(list.map((x) => x[t]));
  return `${fmt(s.recall)} ${fmt(s.precision)}`;
}).join('  ')}`;

console.log(`minutes zoo (bench/minutes-zoo: ${cases.length} documents)`);
console.log(`${'type'.padEnd(13)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}    P    R   F1  page`);
const totals = {};
for (const t of RECORD_TYPES) {
  const s = addCounts(results.map((r) => r.scores[t]));
  totals[t] = s;
  console.log(`${t.padEnd(13)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${fmt(s.precision)} ${fmt(s.recall)} ${fmt(s.f1)} ${fmt(s.pageAccuracy)}`);
}
const all = addCounts(Object.values(totals));
console.log(`${'all'.padEnd(13)} ${String(all.tp).padStart(4)} ${String(all.fp).padStart(4)} ${String(all.fn).padStart(4)} ${fmt(all.precision)} ${fmt(all.recall)} ${fmt(all.f1)} ${fmt(all.pageAccuracy)}`);

console.log(`\nper variant (documents drawn with it): recall precision per type\n${''.padEnd(40)} ${TYPES.map((t) => t.slice(0, 10).padEnd(9)).join('  ')}`);
const dims = Object.keys(cases[0].variants).filter((d) => !['resForms', 'motionForms', 'runInSep'].includes(d));
for (const d of [...dims, 'resForms', 'motionForms']) {
  const values = [...new Set(results.flatMap((r) => [r.c.variants[d]].flat().map(String)))].sort();
  for (const val of values) {
    const docs = results.filter((r) => [r.c.variants[d]].flat().map(String).includes(val));
    console.log(line(`${d}=${val} (${docs.length})`, docs.map((r) => r.scores)));
  }
}

console.log('\nrecall per printed form of the record (hits/records; misses by cause)');
const byForm = new Map();
for (const r of results.flatMap((x) => x.records)) {
  const k = `${r.type}  ${r.form}`;
  const e = byForm.get(k) ?? { n: 0, hit: 0, why: new Map() };
  e.n++;
  if (r.hit) e.hit++;
  else e.why.set(r.why, (e.why.get(r.why) ?? 0) + 1);
  byForm.set(k, e);
}
for (const [k, e] of [...byForm].sort()) {
  console.log(`${k.padEnd(62)} ${String(e.hit).padStart(3)}/${String(e.n).padEnd(3)} ${fmt(e.hit / e.n)}  ${[...e.why].map(([w, n]) => `${w} x${n}`).join(', ')}`);
}

console.log('\nnon-decisions taken as resolutions (taken/printed)');
const kinds = new Map();
for (const r of results) {
  for (const d of r.c.distractors ?? []) {
    const e = kinds.get(d.kind) ?? { n: 0, taken: 0 };
    e.n++;
    if (r.taken.includes(d)) e.taken++;
    kinds.set(d.kind, e);
  }
}
for (const [k, e] of kinds) console.log(`${k.padEnd(14)} ${e.taken}/${e.n}`);
const wrongDates = results.filter((r) => r.predDate !== r.c.meeting.date);
console.log(`\nmeeting date wrong or missing in ${wrongDates.length}: ${wrongDates.map((r) => `${r.c.id} (${r.predDate} for ${r.c.meeting.date})`).join(', ')}`);

if (args.includes('--misses')) {
  for (const r of results) for (const m of r.records.filter((x) => !x.hit)) console.log(`${r.c.id} ${m.type} ${m.why}: ${JSON.stringify(m.t)}`);
}
if (args.includes('--json')) {
  mkdirSync(path.join(root, 'bench-out'), { recursive: true });
  const out = results.map((r) => ({ id: r.c.id, variants: r.c.variants, scores: r.scores, misses: r.records.filter((x) => !x.hit), taken: r.taken }));
  writeFileSync(path.join(root, 'bench-out', 'minutes-zoo.json'), JSON.stringify({ totals, cases: out }, null, 1) + '\n');
  console.log('\nwrote bench-out/minutes-zoo.json');
}
