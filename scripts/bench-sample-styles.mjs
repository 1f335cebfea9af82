#!/usr/bin/env node
// `npm run bench:styles`: the sample pack printed in other house styles (scripts/print-sample-styles.mjs,
// built into bench-out/styles when missing), and its two fixture prints, scored per record type against
// the sample's hand-checked golden (fixtures/golden/wmpcp-2023-01-09-html/expected.json).
// Precision, recall and F1 per record type, one-to-one matching on each type's key and main fields after
// normalising text (case, whitespace, punctuation, quotes, dashes).
// Usage: npx tsc && npm run bench:styles [-- --detail] [-- --json] [-- style...]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractBytes } from '../dist/extract.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STYLES = join(ROOT, 'bench-out', 'styles');
const TRUTH = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'golden', 'wmpcp-2023-01-09-html', 'expected.json'), 'utf8'));
const args = process.argv.slice(2);
const detail = args.includes('--detail');
const only = args.filter((a) => !a.startsWith('--'));

const RENDERINGS = [
  ['fixture-chromium', join(ROOT, 'fixtures', 'sample', 'pack.pdf')],
  ['fixture-libreoffice', join(ROOT, 'fixtures', 'sample', 'pack-lo.pdf')],
  ...['docx-grid', 'docx-normal', 'docx-light-shading', 'docx-light-list', 'css-borderless', 'css-rules', 'css-zebra', 'css-middle']
    .map((s) => [s, join(STYLES, `${s}.pdf`)]),
].filter(([name]) => only.length === 0 || only.includes(name));

const norm = (s) => String(s ?? '').toLowerCase().normalize('NFKC')
  .replace(/[‘’'`´"“”]/g, '').replace(/[-–—]/g, ' ').replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
/** token overlap (Dice over token multisets) of two texts, after norm */
function sim(a, b) {
  const ta = norm(a).split(' ').filter(Boolean);
  const tb = norm(b).split(' ').filter(Boolean);
  if (ta.length === 0 && tb.length === 0) return 1;
  const counts = new Map();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) if ((counts.get(t) ?? 0) > 0) { common++; counts.set(t, counts.get(t) - 1); }
  return (2 * common) / (ta.length + tb.length);
}
const eq = (a, b) => norm(a) === norm(b);

/** record type -> [records of a pack, does a predicted record match a true one] */
const TYPES = {
  meeting: [(p) => [p.meeting], (t, p) => t.date === p.date && t.time === p.time && sim(t.venue, p.venue) >= 0.8],
  agenda_items: [(p) => p.agenda_items, (t, p) => eq(t.number, p.number) && sim(t.title, p.title) >= 0.8],
  attendees: [(p) => p.attendees, (t, p) => t.status === p.status && eq(t.name, p.name)],
  minute_items: [(p) => p.minute_items, (t, p) => eq(t.minute, p.minute) && sim(t.title, p.title) >= 0.7],
  resolutions: [(p) => p.resolutions, (t, p) => eq(t.minute, p.minute) && sim(t.text?.slice(0, 300), p.text?.slice(0, 300)) >= 0.7],
  actions: [(p) => p.actions, (t, p) => eq(t.ref, p.ref) && t.status === p.status && sim(t.action, p.action) >= 0.7],
  work_programme: [(p) => p.work_programme, (t, p) => t.meeting_date === p.meeting_date && sim(t.item, p.item) >= 0.7],
  future_meetings: [(p) => p.future_meetings, (t, p) => t.date === p.date && sim(t.venue, p.venue) >= 0.7],
  decisions: [(p) => p.decisions, (t, p) => eq(t.reference, p.reference) && sim(t.title, p.title) >= 0.7],
  table_cells: [(p) => p.tables.flatMap((t) => t.cells),
    (t, p) => eq(t.raw, p.raw) && sim(t.row_label, p.row_label) >= 0.7 && sim(t.column_label, p.column_label) >= 0.7],
};

/** Greedy one-to-one matching in document order: true positives, and the unmatched of each side. */
function score(truth, predicted, match) {
  const used = new Set();
  const missed = [];
  for (const t of truth) {
    const k = predicted.findIndex((p, i) => !used.has(i) && match(t, p));
    if (k < 0) missed.push(t);
    else used.add(k);
  }
  const extra = predicted.filter((_, i) => !used.has(i));
  const tp = used.size;
  const p = predicted.length ? tp / predicted.length : truth.length ? 0 : 1;
  const r = truth.length ? tp / truth.length : 1;
  return { tp, n_true: truth.length, n_pred: predicted.length, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, missed, extra };
}

if (RENDERINGS.some(([name, file]) => name.startsWith('docx') || name.startsWith('css')) && RENDERINGS.some(([, f]) => !existsSync(f))) {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'print-sample-styles.mjs')], { stdio: 'inherit' });
}

const results = {};
for (const [name, file] of RENDERINGS) {
  const pack = await extractBytes(readFileSync(file), { fileName: `${name}.pdf`, packId: name });
  results[name] = {};
  for (const [type, [records, match]] of Object.entries(TYPES)) {
    results[name][type] = score(records(TRUTH), records(pack), match);
  }
}

const short = { meeting: 'meet', agenda_items: 'agenda', attendees: 'attend', minute_items: 'minutes', resolutions: 'resol',
  actions: 'actions', work_programme: 'workpr', future_meetings: 'future', decisions: 'decis', table_cells: 'cells' };
const fmt = (x) => x.toFixed(2).padStart(6);
console.log(`F1 per record type against the sample's golden (P/R with --detail)\n`);
console.log(`${'rendering'.padEnd(20)}${Object.keys(TYPES).map((t) => short[t].padStart(8)).join('')}    all`);
for (const [name, byType] of Object.entries(results)) {
  const scores = Object.values(byType);
  const tp = scores.reduce((s, x) => s + x.tp, 0) - byType.table_cells.tp;
  const nt = scores.reduce((s, x) => s + x.n_true, 0) - byType.table_cells.n_true;
  const np = scores.reduce((s, x) => s + x.n_pred, 0) - byType.table_cells.n_pred;
  const all = tp ? (2 * tp) / (nt + np) : 0; // micro F1 over the record types (table cells apart)
  console.log(`${name.padEnd(20)}${scores.map((s) => `  ${fmt(s.f1)}`).join('')} ${fmt(all)}`);
}
if (detail) {
  for (const [name, byType] of Object.entries(results)) {
    console.log(`\n== ${name}`);
    for (const [type, s] of Object.entries(byType)) {
      if (s.f1 === 1) continue;
      console.log(`${type}: P ${s.p.toFixed(2)} R ${s.r.toFixed(2)} (${s.tp}/${s.n_true} true, ${s.n_pred} out)`);
      if (type === 'table_cells') continue;
      for (const m of s.missed) console.log(`  - ${JSON.stringify(m).slice(0, 160)}`);
      for (const x of s.extra) console.log(`  + ${JSON.stringify(x).slice(0, 160)}`);
    }
  }
}
if (args.includes('--json')) {
  mkdirSync(join(ROOT, 'bench-out'), { recursive: true });
  const slim = Object.fromEntries(Object.entries(results).map(([n, byType]) => [n,
    Object.fromEntries(Object.entries(byType).map(([t, { missed, extra, ...s }]) => [t, s]))]));
  writeFileSync(join(ROOT, 'bench-out', 'sample-styles.json'), JSON.stringify(slim, null, 2) + '\n');
}
