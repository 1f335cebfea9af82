// Totals across a row: a "Total" column summing the figure columns left of it (all of them, or the run just
// before it: a five-year table whose Total covers only the plan years), and "Change" / "Variance" columns
// that are the difference of two columns.
//
//   Programme, £m | 2020/21 | 2021/22 | ... | 2024/25 | Total   <- Total = 2021/22 .. 2024/25
//   Item A        | 100.00  | 102.50  | Change 2.50              <- 102.50 - 100.00
import { clueFor, plausible, verdict, type SumFinding, type SumRow } from './table-sums.js';

/** "Total" columns checked against the figure columns left of them (all of them, or a run of them). */
export function findColumnTotals(rows: SumRow[], columnLabels: (string | null)[]): SumFinding[] {
  const findings: SumFinding[] = [];
  const isTotalColumn = (c: number) => c > 0 && /\btotals?\b/i.test(columnLabels[c] ?? '');
  columnLabels.forEach((_, tc) => {
    if (!isTotalColumn(tc)) return;
    const unitOf = (c: number) => rows.find((r) => r.values[c] !== null)?.units[c] ?? null;
    const parts = [...Array(tc).keys()].filter((c) => c > 0 && !isTotalColumn(c) &&
      rows.some((r) => r.values[c] !== null) && unitOf(c) === unitOf(tc));
    if (parts.length < 2) return;
    const spans: number[][] = [parts];
    for (let k = 1; k <= parts.length - 2; k++) spans.push(parts.slice(k), parts.slice(0, parts.length - k));
    let best: { results: SumFinding[]; score: number } | null = null;
    for (const span of spans) {
      const results: SumFinding[] = [];
      rows.forEach((row, r) => {
        const stated = row.values[tc];
        if (stated === null) return;
        const addends = span.flatMap((c) => (row.values[c] === null ? [] : [{ label: columnLabels[c] ?? `column ${c + 1}`, value: row.values[c]! }]));
        if (addends.length === 0) return;
        const v = verdict(stated, row.decimals[tc], addends.map((a) => a.value), span.map((c) => row.decimals[c]), row.units[tc]);
        const others = parts.filter((c) => !span.includes(c) && row.values[c] !== null)
          .map((c) => ({ label: columnLabels[c] ?? `column ${c + 1}`, value: row.values[c]! }));
        if (v.status === 'mismatch' && !plausible(stated, v.computed, addends)) return;
        results.push({ kind: 'column', row: r, column: tc, stated, ...v, addends, basis: 'columns', covered: [],
          leftOut: parts.filter((c) => !span.includes(c)),
          clue: v.status === 'mismatch' ? clueFor(v.difference, v.decimals, addends, others) : null });
      });
      const score = results.filter((f) => f.status !== 'mismatch').length;
      if (!best || score > best.score) best = { results, score };
    }
    // a Total column whose best reading fits only a few rows is not the sum of these columns
    if (best && best.score > 0 && best.score * 2 > best.results.length) findings.push(...best.results);
  });
  return findings;
}

const CHANGE_COLUMN = /\b(change|difference|variance|movement)\b/i;

/** "Change" / "Variance" columns checked as the difference of two figure columns left of them. */
export function findChangeColumns(rows: SumRow[], columnLabels: (string | null)[]): SumFinding[] {
  const findings: SumFinding[] = [];
  const isChange = (c: number) => c > 0 && CHANGE_COLUMN.test(columnLabels[c] ?? '');
  const unitOf = (c: number) => rows.find((r) => r.values[c] !== null)?.units[c] ?? null;
  const name = (c: number) => columnLabels[c] ?? `column ${c + 1}`;
  columnLabels.forEach((_, dc) => {
    if (!isChange(dc)) return;
    const parts = [...Array(dc).keys()].filter((c) => c > 0 && !isChange(c) && rows.some((r) => r.values[c] !== null) && unitOf(c) === unitOf(dc));
    let best: { results: SumFinding[]; score: number } | null = null;
    for (const a of parts) for (const b of parts) {
      if (a === b) continue;
      const results: SumFinding[] = [];
      rows.forEach((row, r) => {
        const [stated, va, vb] = [row.values[dc], row.values[a], row.values[b]];
        if (stated === null || va === null || vb === null) return;
        const addends = [{ label: name(b), value: vb }, { label: name(a), value: -va }];
        const v = verdict(stated, row.decimals[dc], [vb, -va], [row.decimals[b], row.decimals[a]], row.units[dc]);
        if (v.status === 'mismatch' && !plausible(stated, v.computed, addends)) return;
        results.push({ kind: 'column', row: r, column: dc, stated, ...v, addends, basis: 'difference', covered: [], leftOut: [], clue: null });
      });
      const score = results.filter((f) => f.status !== 'mismatch').length;
      if (!best || score > best.score) best = { results, score };
    }
    // a change column is read as a difference only when that reading fits most of its rows
    if (best && best.score >= 2 && best.score * 2 > best.results.length) findings.push(...best.results);
  });
  return findings;
}
