// Table benchmark: run the table finder over every case of the shared suite (full page, no hints),
// write bench-out/tables-pred.jsonl, score it with the suite's scorer and print the median time per
// page (reading the page + finding tables, and finding tables alone; opening the file is not timed).
// Then the same for the table style zoo (bench/tables-zoo, scripts/zoo/bench.mjs): per style, per archetype, in all.
// Usage: npm run bench:tables [-- --only icdar13|zoo|zoo-css-zebra] [-- --worst N] [-- --no-zoo]   (needs `npx tsc` first)
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPdf } from '../dist/readers/pdf/open.js';
import { rawPage } from '../dist/readers/pdf/raw.js';
import { findTables, gridText } from '../dist/tables/index.js';
import { loadZooCases, zooPredictions, zooReport } from './zoo/bench.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const suite = process.env.TABLES_SUITE ?? '/work/shared/tables';
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const worst = args.includes('--worst') ? Number(args[args.indexOf('--worst') + 1]) : 0;
const zoo = !args.includes('--no-zoo');
if (!existsSync(path.join(suite, 'cases'))) {
  console.error(`bench-tables: no suite at ${suite} (set TABLES_SUITE)`);
  process.exit(2);
}

const cases = readdirSync(path.join(suite, 'cases'))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(suite, 'cases', f), 'utf8')))
  .filter((c) => !only || c.id.startsWith(only));
// the zoo's cases are checked first: missing PDFs fail the run before the long part
let zooCases = [];
try {
  if (zoo) zooCases = loadZooCases(only);
} catch (err) {
  console.error(`bench-tables: ${err.message}`);
  process.exit(2);
}
const outDir = path.join(root, 'bench-out');
mkdirSync(outDir, { recursive: true });
if (cases.length) await sharedSuite();
if (zooCases.length) {
  const scorer = await import(path.join(suite, 'score.mjs'));
  const pred = await zooPredictions(zooCases, path.join(root, 'dist'));
  const jsonl = zooCases.map((c) => JSON.stringify({ id: c.id, tables: pred.get(c.id) }));
  writeFileSync(path.join(outDir, 'tables-zoo-pred.jsonl'), jsonl.join('\n') + '\n');
  console.log(zooReport(zooCases, pred, scorer, worst).join('\n'));
}

/** The shared suite (../shared/tables): score, time per page, worst cases. */
async function sharedSuite() {
  const lines = [];
  const seconds = [];
  const finderSeconds = [];
  for (const c of cases) {
    const bytes = readFileSync(path.join(suite, c.pdf_file));
    let tables = [];
    try {
      // a password only opens the file (as --password would); no table hint of the case is used
      const doc = await openPdf(bytes, { maxPages: 2000, password: c.options?.password });
      try {
        // timed per page: reading the page (words, rulings) and finding its tables; opening the file is not
        const t0 = performance.now();
        const raw = await rawPage(await doc.getPage(c.page), c.page);
        const t1 = performance.now();
        tables = findTables(raw);
        const t2 = performance.now();
        seconds.push((t2 - t0) / 1000);
        finderSeconds.push((t2 - t1) / 1000);
      } finally {
        await doc.destroy();
      }
    } catch (err) {
      console.error(`${c.id}: ${err instanceof Error ? err.message : String(err)}`);
    }
    lines.push(JSON.stringify({ id: c.id, tables: tables.map(gridText) }));
  }
  const predFile = path.join(outDir, 'tables-pred.jsonl');
  writeFileSync(predFile, lines.join('\n') + '\n');
  process.stdout.write(execFileSync(process.execPath, [path.join(suite, 'score.mjs'), predFile], { encoding: 'utf8' }));
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  console.log(`median seconds per page ${median(seconds).toFixed(4)} (read page + find tables; max ${Math.max(...seconds).toFixed(3)}, ${seconds.length} pages)`);
  console.log(`median seconds per page ${median(finderSeconds).toFixed(4)} (find tables only; max ${Math.max(...finderSeconds).toFixed(3)})`);

  if (worst) {
    const { scoreCase } = await import(path.join(suite, 'score.mjs'));
    const pred = new Map(lines.map((l) => JSON.parse(l)).map((d) => [d.id, d.tables]));
    const scored = cases.map((c) => ({ id: c.id, page: c.page, s: scoreCase(pred.get(c.id), c.expected) }));
    scored.sort((a, b) => a.s.adj_f1 - b.s.adj_f1);
    for (const { id, page, s } of scored.slice(0, worst)) {
      console.log(`${s.adj_f1.toFixed(3)} p=${s.adj_p.toFixed(2)} r=${s.adj_r.toFixed(2)} gold=${s.adj_gold} tables=${s.n_pred_tables} ${id} page ${page}`);
    }
  }
}
