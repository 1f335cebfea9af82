// The table style zoo's half of `npm run bench:tables`: find the tables of every zoo case and score them
// with the shared suite's scorer, per style, per archetype and in all.
// A case on one page is scored as the shared suite's are: the finder on that page alone (full page, no
// hints). A case over two pages (the long list, its header repeated) is scored as the document reader
// gives it, after it has joined the pieces: every table block starting on the case's first page.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ZOO_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'tables-zoo');

/** The zoo's cases, or an error saying how to build them (never an empty, silently perfect zoo). */
export function loadZooCases(only, zooDir = ZOO_DIR) {
  const dir = path.join(zooDir, 'cases');
  const fail = (why) => {
    throw new Error(`table zoo: ${why}; build it with \`npm run zoo:build\` (needs chromium, soffice, /usr/bin/python3 with python-docx, qpdf)`);
  };
  if (!existsSync(dir)) fail(`no cases in ${dir}`);
  const cases = readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
  if (!cases.length) fail(`no cases in ${dir}`);
  const missing = [...new Set(cases.map((c) => c.pdf_file))].filter((f) => !existsSync(path.join(zooDir, f)));
  if (missing.length) fail(`missing ${missing.join(', ')}`);
  return cases.filter((c) => !only || c.id.startsWith(only) || c.id.startsWith(`zoo-${only}`));
}

/** Every table found for each case: { id -> grids }. */
export async function zooPredictions(cases, dist) {
  const { openPdf } = await import(path.join(dist, 'readers/pdf/open.js'));
  const { rawPage } = await import(path.join(dist, 'readers/pdf/raw.js'));
  const { readDocument } = await import(path.join(dist, 'readers/index.js'));
  const { findTables, gridText } = await import(path.join(dist, 'tables/index.js'));
  const pred = new Map();
  const byFile = groupBy(cases, (c) => c.pdf_file);
  for (const [file, group] of byFile) {
    const bytes = new Uint8Array(readFileSync(path.join(ZOO_DIR, file)));
    const joined = group.some((c) => c.pages) ? await readDocument(bytes.slice(), 'pdf', { maxPages: 2000 }) : null;
    const doc = await openPdf(bytes.slice(), { maxPages: 2000 });
    try {
      for (const c of group) {
        if (c.pages) {
          const blocks = joined.pages.flatMap((p) => p.blocks).filter((b) => b.kind === 'table' && b.table && b.page === c.page);
          pred.set(c.id, blocks.map((b) => gridText(b.table)));
        } else {
          pred.set(c.id, findTables(await rawPage(await doc.getPage(c.page), c.page)).map(gridText));
        }
      }
    } finally {
      await doc.destroy();
    }
  }
  return pred;
}

function groupBy(xs, key) {
  const m = new Map();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
}

const f4 = (x) => x.toFixed(4);

/** Tables found on each printed page, and which of them are a case's best match: the table-level precision.
 * A page holding two cases (a table under another) lists its tables once; a negative page matches none. */
function pageTables(scored) {
  const pages = new Map();
  for (const { c, s, pred } of scored) {
    const key = `${c.pdf_file}#${c.page}`;
    const p = pages.get(key) ?? { style: c.style, archetypes: new Set(), found: pred.length, matched: new Set() };
    p.archetypes.add(c.archetype);
    if (!c.negative && s.detected && s.pred_index !== null) p.matched.add(s.pred_index);
    pages.set(key, p);
  }
  return [...pages.values()];
}

/** found, true and false tables and the precision over some pages */
function precision(pages) {
  const found = pages.reduce((n, p) => n + p.found, 0), matched = pages.reduce((n, p) => n + p.matched.size, 0);
  return { found, false: found - matched, precision: found ? matched / found : 1 };
}

/** The zoo's report lines: a table per style and per archetype, then the zoo total. Negative pages (no
 * table on them) are not scored for cells; every table found on one is a false table. */
export function zooReport(cases, pred, { scoreCase, aggregate }, worst = 0) {
  const all = cases.map((c) => ({ c, pred: pred.get(c.id) ?? [], s: scoreCase(pred.get(c.id) ?? [], c.expected) }));
  const scored = all.filter((x) => !x.c.negative);
  const pages = pageTables(all);
  const out = [];
  const table = (title, key, onPage) => {
    out.push(`${title.padEnd(26)} ${'n'.padStart(3)}  adj micro  adj macro  cell micro  cell macro  detected  exact shape  ` +
      'neg false  precision');
    for (const [name, group] of groupBy(all, (x) => key(x.c))) {
      const pos = group.filter((x) => !x.c.negative), neg = group.filter((x) => x.c.negative);
      const p = precision(pages.filter((pg) => onPage(pg, name)));
      const negFalse = String(neg.reduce((n, x) => n + x.pred.length, 0));
      if (!pos.length) {
        out.push(`${name.padEnd(26)} ${String(neg.length).padStart(3)}  ${'-'.padStart(9)}  ${'-'.padStart(9)}  ${'-'.padStart(10)}  ` +
          `${'-'.padStart(10)}  ${'-'.padStart(8)}  ${'-'.padStart(11)}  ${negFalse.padStart(9)}  ${f4(p.precision).padStart(9)}`);
        continue;
      }
      const a = aggregate(pos.map((x) => x.s));
      out.push(`${name.padEnd(26)} ${String(a.n).padStart(3)}  ${f4(a.adj_micro_f1).padStart(9)}  ${f4(a.adj_macro_f1).padStart(9)}  ` +
        `${f4(a.cell_micro_f1).padStart(10)}  ${f4(a.cell_macro_f1).padStart(10)}  ${f4(a.detected).padStart(8)}  ${f4(a.exact_shape).padStart(11)}  ` +
        `${(neg.length ? negFalse : '-').padStart(9)}  ${f4(p.precision).padStart(9)}`);
    }
  };
  const styles = new Set(cases.map((c) => c.style)).size;
  const negatives = all.filter((x) => x.c.negative);
  out.push(`table style zoo (bench/tables-zoo: ${scored.length} tables and ${negatives.length} pages with none, ${styles} styles)`);
  table('style', (c) => c.style, (pg, name) => pg.style === name);
  table('archetype', (c) => c.archetype, (pg, name) => pg.archetypes.has(name));
  out.push(`zoo ${JSON.stringify(aggregate(scored.map((x) => x.s)))}`);
  const p = precision(pages);
  out.push(`zoo tables ${JSON.stringify({ found: p.found, false: p.false, precision: +p.precision.toFixed(4), neg_pages: negatives.length,
    neg_false_tables: negatives.reduce((n, x) => n + x.pred.length, 0), neg_pages_with_table: negatives.filter((x) => x.pred.length).length })}`);
  if (worst) {
    scored.sort((a, b) => a.s.adj_f1 - b.s.adj_f1);
    for (const { c, s } of scored.slice(0, worst))
      out.push(`${s.adj_f1.toFixed(3)} p=${s.adj_p.toFixed(2)} r=${s.adj_r.toFixed(2)} gold=${s.adj_gold} tables=${s.n_pred_tables} ${c.id} page ${c.page}`);
    for (const { c, pred: t } of negatives.filter((x) => x.pred.length))
      out.push(`false ${t.length} table(s) ${t.map((g) => `${g.length}x${Math.max(...g.map((r) => r.length))}`).join(' ')} ${c.id} page ${c.page}`);
  }
  return out;
}
