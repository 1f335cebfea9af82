// Which rows (and columns) a printed total adds up, and whether it does. Shared by the tables parser
// (a bold row of figures is a total only when it sums the rows above it) and the checks parser.
//
//   Staff Costs          100.0  |  Vehicles        1.0  2.0 ...  6.0   <- "Total" column: sum of years
//   Income               (10.0) |  ...
//   **Service Costs**     90.0  |  **Total Replacement**  3.0 ...     <- rows since the last total
//   ...                         |  Buildings       4.0  5.0 ...
//   **Total Costs**       95.0  |  **Total Programme**  7.0 ...       <- sub-totals + rows after them
//   Grants              (80.0)  |
//   **Funding Gap**       15.0  |                                     <- last total + rows after it
import type { TableRecord } from '../../records.js';
import { printedDecimals, round } from '../../normalise/index.js';

export type SumStatus = 'ok' | 'rounding' | 'mismatch';

export interface SumRow {
  /** the row label (first column of words) */
  label: string;
  /** what a journalist would call the row: its text cells before the figures ("North / Total North Region") */
  name: string;
  group: string | null;
  /** value per column (null: empty, text or a unit that does not add up, such as percent) */
  values: (number | null)[];
  /** decimals printed per column ("15.80" -> 2) */
  decimals: number[];
  units: (string | null)[];
  /** 'label': says it is a total; 'weak': bold or set apart, a total only if it adds up; null: an item */
  total: 'label' | 'weak' | null;
}

export interface Addend {
  label: string;
  value: number;
}

export interface SumFinding {
  kind: 'row' | 'column';
  row: number;
  column: number;
  stated: number;
  computed: number;
  difference: number;
  decimals: number;
  status: SumStatus;
  addends: Addend[];
  /** how the total was read: 'group', 'since', 'totals', 'items', 'all' (rows) or 'columns' */
  basis: string;
  /** rows (0-based) a row total was read to cover; for column totals: addend columns left out */
  covered: number[];
  leftOut: number[];
  clue: Clue | null;
}

const SUMMABLE = (unit: string | null) => unit === null || /^(GBP|USD|EUR|FTE)/.test(unit);

/** Build the arithmetic view of a table record; `weakRows` are body rows (0-based) set apart by bold. */
export function sumRowsOf(table: TableRecord, weakRows: Set<number> = new Set()): SumRow[] {
  const byRow = new Map<number, TableRecord['cells']>();
  for (const c of table.cells) {
    const row = byRow.get(c.row);
    if (row) row.push(c);
    else byRow.set(c.row, [c]);
  }
  // a "Total" column marks all its figures as totals; a total row is marked outside such columns too
  const totalColumns = new Set(table.cells.filter((c) => c.value !== null).map((c) => c.column));
  for (const c of table.cells) if (c.value !== null && !c.is_total) totalColumns.delete(c.column);
  return table.rows.map((cells, r) => {
    const recs = byRow.get(r + 1) ?? [];
    const values: (number | null)[] = cells.map(() => null);
    const units: (string | null)[] = cells.map(() => null);
    for (const c of recs) {
      if (c.column === 1 || c.value === null || !SUMMABLE(c.unit)) continue;
      values[c.column - 1] = c.value;
      units[c.column - 1] = c.unit;
    }
    const first = recs[0];
    const isTotal = recs.some((c) => c.is_total && !totalColumns.has(c.column));
    const firstFigure = values.findIndex((v) => v !== null);
    const words = recs.filter((c) => c.value === null && (firstFigure < 0 || c.column - 1 < firstFigure)).map((c) => c.raw);
    return {
      label: first?.row_label ?? '',
      name: words.join(' / ') || (first?.row_label ?? ''),
      group: first?.row_group ?? null,
      values, units, decimals: cells.map(printedDecimals),
      total: isTotal ? 'label' : weakRows.has(r) ? 'weak' : null,
    };
  });
}

/** Column labels of a table record: its header rows joined with " / " (a repeated label once). */
export function columnLabelsOf(table: TableRecord): (string | null)[] {
  return [...Array(table.n_cols).keys()].map((c) => {
    const parts = table.header.map((h) => h[c] ?? '');
    const kept = parts.filter((p, i) => p && p !== parts[i - 1]);
    return kept.length ? kept.join(' / ') : null;
  });
}

export function hasFigures(row: SumRow): boolean {
  return row.values.some((v) => v !== null);
}

/** Compare a printed total with the sum of what it covers, at the precision the figures are printed. */
export function verdict(stated: number, statedDecimals: number, addends: number[], addendDecimals: number[], unit: string | null) {
  const decimals = addendDecimals.reduce((a, b) => Math.max(a, b), statedDecimals);
  const computed = round(addends.reduce((a, b) => a + b, 0), decimals + 2);
  const difference = round(stated - computed, decimals + 2);
  const step = 10 ** -decimals;
  // whole pounds, counts and people are exact; scaled money and decimals are rounded figures
  const rounded = decimals > 0 || (unit !== null && /thousand|million|billion/.test(unit));
  const tolerance = rounded ? (step * (addends.length + 1)) / 2 + 1e-9 : 0;
  const status: SumStatus = round(computed, decimals) === round(stated, decimals) ? 'ok'
    : Math.abs(difference) <= tolerance ? 'rounding' : 'mismatch';
  return { computed: round(computed, decimals), difference, decimals, status };
}

/** A mismatch is worth reporting only when the total could be meant as this sum (same order of size). */
export function plausible(stated: number, computed: number, addends: Addend[]): boolean {
  const diff = Math.abs(stated - computed);
  if (addends.some((a) => a.value !== 0 && Math.abs(Math.abs(a.value) - diff) < 1e-6)) return true;
  const size = Math.max(Math.abs(stated), Math.abs(computed));
  return size > 0 && diff <= size * 0.25;
}

/** What a finding's difference is exactly equal to: one of the summed rows, or another row of the column. */
export interface Clue {
  label: string;
  value: number;
  /** true when the row is one of those summed (the total seems to leave it out or count it twice) */
  summed: boolean;
}

export function clueFor(diff: number, decimals: number, addends: Addend[], others: Addend[]): Clue | null {
  // a difference of one printed unit matches small rows by chance; two equal rows leave it open which
  if (Math.abs(diff) <= 10 ** -decimals + 1e-9) return null;
  const same = (a: Addend) => Math.abs(Math.abs(a.value) - Math.abs(diff)) < 1e-6;
  const inSum = addends.filter(same);
  if (inSum.length > 0) return inSum.length === 1 ? { ...inSum[0], summed: true } : null;
  const other = others.filter(same);
  return other.length === 1 ? { ...other[0], summed: false } : null;
}

/** Columns whose figures sit one step right of the item figures (sub-totals printed in their own column). */
export function steppedColumns(rows: SumRow[]): Set<number> {
  const stepped = new Set<number>();
  const nCols = Math.max(0, ...rows.map((r) => r.values.length));
  for (let c = 2; c < nCols; c++) {
    const at = rows.filter((r) => r.values[c] !== null);
    const left = rows.filter((r) => r.values[c - 1] !== null);
    if (at.length > 0 && left.length > at.length && at.every((r) => r.values.slice(1, c).every((v) => v === null))) {
      stepped.add(c);
    }
  }
  return stepped;
}

interface Tried {
  basis: string;
  rows: number[];
  results: SumFinding[];
  score: number;
  /** columns where the sum is nowhere near the total (not reported, but evidence against the reading) */
  farOff: number;
}

/** Every total row checked against the rows it covers; weak rows only reported when they add up. */
export function findRowTotals(rows: SumRow[]): SumFinding[] {
  const stepped = steppedColumns(rows);
  const valueAt = (i: number, c: number) => rows[i].values[c] ?? (stepped.has(c) ? rows[i].values[c - 1] : null);
  const decimalsAt = (i: number, c: number) => (rows[i].values[c] !== null ? rows[i].decimals[c] : rows[i].decimals[c - 1] ?? 0);
  const totals = new Set<number>();
  const consumed = new Set<number>();
  const findings: SumFinding[] = [];
  let lastTotal = -1;
  rows.forEach((row, t) => {
    if (!row.total || !hasFigures(row)) return;
    const before = [...Array(t).keys()].filter((i) => hasFigures(rows[i]));
    const items = before.filter((i) => !totals.has(i));
    const open = before.filter((i) => !consumed.has(i));
    const openTotals = open.filter((i) => totals.has(i));
    const candidates: [string, number[]][] = [
      ['group', row.group ? items.filter((i) => i > lastTotal && rows[i].group === row.group) : []],
      ['since', items.filter((i) => i > lastTotal)],
      ['running', lastTotal >= 0 ? [lastTotal, ...items.filter((i) => i > lastTotal)] : []],
      ['totals', openTotals.length >= 2 ? openTotals : []],
      ['items', openTotals.length >= 1 && open.length >= 2 ? open : []],
      ['all', items],
      ['group', row.group ? items.filter((i) => rows[i].group === row.group) : []],
      // a total under a cross-classification equals each breakdown in turn (by sex, by race, ...)
      ...[...new Set(items.map((i) => rows[i].group))].filter((g) => g !== null && g !== row.group)
        .map((g): [string, number[]] => ['other-group', items.filter((i) => rows[i].group === g)]),
    ];
    const seen = new Set<string>();
    const tried: Tried[] = [];
    const attempt = (basis: string, covered: number[], leftOut: number[] = []): Tried | null => {
      const key = covered.join(',');
      // a printed total may stand for a single row ("TOTAL $20.39" under one payment); bold rows need two
      const single = row.total === 'label' && (basis === 'since' || basis === 'group');
      if (covered.length < (single ? 1 : 2) || seen.has(key)) return null;
      seen.add(key);
      const coveredSet = new Set(covered);
      const name = (i: number) => rows[i].name || `unlabelled row ${i + 1}`;
      const results: SumFinding[] = [];
      let farOff = 0;
      row.values.forEach((stated, c) => {
        if (stated === null) return;
        const addends = covered.flatMap((i) => (valueAt(i, c) === null ? [] : [{ label: name(i), value: valueAt(i, c)! }]));
        if (addends.length === 0) return;
        const v = verdict(stated, row.decimals[c], addends.map((a) => a.value), covered.map((i) => decimalsAt(i, c)), row.units[c]);
        // one figure is no sum: it may confirm a total but never contradicts one
        if (v.status === 'mismatch' && addends.length < 2) return;
        if (v.status === 'mismatch' && !plausible(stated, v.computed, addends)) { farOff++; return; }
        const others = () => items.filter((i) => !coveredSet.has(i) && valueAt(i, c) !== null)
          .map((i) => ({ label: name(i), value: valueAt(i, c)! }));
        results.push({ kind: 'row', row: t, column: c, stated, ...v, addends, basis, covered, leftOut,
          clue: v.status === 'mismatch' ? clueFor(v.difference, v.decimals, addends, others()) : null });
      });
      const score = results.filter((f) => f.status !== 'mismatch').length;
      // another group's rows are a guess: taken only when they add up in every column
      if (basis === 'other-group' && score < results.length) return null;
      const done = { basis, rows: covered, results, score, farOff };
      tried.push(done);
      return done;
    };
    // the first reading that adds up in every column of the total cannot be bettered
    const columns = row.values.filter((v) => v !== null).length;
    for (const [basis, covered] of candidates) {
      const done = attempt(basis, covered);
      if (done && done.score === columns) break;
    }
    const better = (x: Tried, b: Tried) => x.score > b.score || (x.score === b.score && x.results.length > b.results.length);
    const pick = () => tried.reduce<Tried | null>((b, x) => (!b || better(x, b) ? x : b), null);
    let best = pick();
    // a total printed in several columns that everywhere leaves out the same row does so on purpose
    if (best && best.score < best.results.length && best.results.length >= 2) {
      const miss = best.results.find((f) => f.status === 'mismatch')!;
      // the row left out is one whose figure is the difference
      const leftOut = (i: number) => Math.abs(Math.abs(valueAt(i, miss.column) ?? NaN) - Math.abs(miss.difference)) < 1e-6;
      for (const [, covered] of candidates.filter(([, rs]) => rs.length >= 3)) {
        for (const k of covered.filter(leftOut)) {
          const found = attempt('except', covered.filter((i) => i !== k), [k]);
          if (found && found.results.length >= 2 && found.score === found.results.length) best = found;
        }
        if (best.score === best.results.length) break;
      }
    }
    const complete = best && best.results.length > 0 && best.score === best.results.length;
    if (row.total === 'weak' && !complete) return;
    // a total that adds up to nothing found here still closes everything above it
    if (best && best.results.length > 0) {
      // when most of its columns disagree, the reading is wrong rather than the figures
      const disagree = best.results.length - best.score + best.farOff;
      const wrongReading = best.results.length + best.farOff >= 3 && disagree > best.score;
      findings.push(...best.results.filter((f) => !wrongReading || f.status !== 'mismatch'));
      best.rows.forEach((i) => consumed.add(i));
    } else open.forEach((i) => consumed.add(i));
    totals.add(t);
    lastTotal = t;
  });
  return findings;
}
