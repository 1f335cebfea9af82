// Records benchmark: run `extract` over every case of bench/records/cases, score each record type the case
// lists in `scored` (bench/records/score.mjs; rules in bench/records/README.md) and print a per-case table and the
// totals per record type (micro), with the page accuracy of matched records.
// Usage: npm run bench:records [-- --only <id prefix>] [-- --json]   (needs `npx tsc` first)
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../dist/api.js';
import { RECORD_TYPES, scoreCase, addCounts, fmt } from '../bench/records/score.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const casesDir = path.join(root, 'bench', 'records', 'cases');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const asJson = args.includes('--json');

/** A case's file: "fixtures/..." inside the repo, anything else relative to the shared corpus folder. */
function casePath(file) {
  return file.startsWith('fixtures/') ? path.join(root, file) : path.join(root, '..', 'shared', file);
}

const cases = readdirSync(casesDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(casesDir, f), 'utf8')))
  .filter((c) => !only || c.id.startsWith(only));
if (cases.length === 0) {
  console.error(`bench-records: no case${only ? ` starting with "${only}"` : ''} in ${casesDir}`);
  process.exit(2);
}

const results = [];
for (const c of cases) {
  let doc = null;
  let error = null;
  try {
    doc = await extract(casePath(c.file));
  } catch (err) {
    // an unreadable file scores as if nothing was found (recall 0), not as a crash of the benchmark
    error = err instanceof Error ? err.message : String(err);
    console.error(`${c.id}: ${error}`);
  }
  results.push({ id: c.id, file: c.file, error, scores: scoreCase(c, doc) });
}

const row = (cells, widths) => cells.map((s, i) => String(s).padEnd(widths[i])).join(' ');
const widths = [Math.max(4, ...results.map((r) => r.id.length)), 12, 5, 4, 4, 4, 4, 4, 4];
console.log(row(['case', 'type', 'tp', 'fp', 'fn', 'P', 'R', 'F1', 'page'], widths));
for (const r of results) {
  for (const [type, s] of Object.entries(r.scores)) {
    console.log(row([r.id, type, s.tp, s.fp, s.fn, fmt(s.precision), fmt(s.recall), fmt(s.f1), fmt(s.pageAccuracy)], widths));
  }
  const all = addCounts(Object.values(r.scores));
  r.all = all;
  console.log(row([r.id, '(all)', all.tp, all.fp, all.fn, fmt(all.precision), fmt(all.recall), fmt(all.f1), fmt(all.pageAccuracy)], widths));
}

const totals = {};
for (const type of RECORD_TYPES) {
  const scored = results.filter((r) => r.scores[type]);
  if (scored.length > 0) totals[type] = { cases: scored.length, ...addCounts(scored.map((r) => r.scores[type])) };
}
totals.all = { cases: results.length, ...addCounts(Object.values(totals)) };
console.log('\ntotals (micro over cases)');
const tw = [12, 5, 5, 5, 5, 4, 4, 4, 4];
console.log(row(['type', 'cases', 'tp', 'fp', 'fn', 'P', 'R', 'F1', 'page'], tw));
for (const [type, s] of Object.entries(totals)) {
  console.log(row([type, s.cases, s.tp, s.fp, s.fn, fmt(s.precision), fmt(s.recall), fmt(s.f1), fmt(s.pageAccuracy)], tw));
}

if (asJson) {
  const outDir = path.join(root, 'bench-out');
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'records.json');
  writeFileSync(file, JSON.stringify({ totals, cases: results }, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(root, file)}`);
}
