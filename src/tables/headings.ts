// Group headings of a stream table's header: in a spreadsheet print a heading centred over a run of
// sub-headings ("2024-25" over Core | External | Total) is one merged cell, but the words alone only
// show its centre. Used for column labels; the grid itself keeps cells where their words are.
import type { TableCell } from '../model.js';

type Grid = (TableCell | null)[][];

/** A copy of the grid whose header rows hold several headings, each centred over a run of the
 * sub-headings below that its row leaves empty, with each such heading spanning its run; the widest
 * run whose middle is the heading's middle wins, reaching at most halfway to the headings beside it. */
export function groupHeadingSpans(grid: Grid, headerRows: number): Grid {
  const out = grid.map((row) => [...row]);
  // bottom up, so that a heading over headings can take in the whole runs of those below it
  for (let r = headerRows - 2; r >= 0; r--) {
    const row = out[r];
    // sub-headings: the next header row holding several cells fills every column of the run, one cell each
    const next = out.slice(r + 1, headerRows).find((g) => g.filter((c) => c?.text).length >= 2);
    if (next) row.forEach((c, j) => c && c.colSpan > 1 && widenOver(row, j, next));
    const filled = (a: number, b: number) => !!next?.slice(a, b + 1).every((c) => c?.box && c.text && c.colSpan === 1);
    const headings = row.map((c, j) => (c?.text && c.colSpan === 1 && c.box ? j : -1)).filter((j) => j >= 0);
    if (!next || headings.length < 2 || row.some((c) => c && c.colSpan > 1)) continue;
    let free = 0;
    headings.forEach((j, h) => {
      const box = row[j]!.box!;
      const lo = Math.max(free, h > 0 ? (headings[h - 1] + j) / 2 : 0);
      const hi = Math.min(row.length - 1, ((headings[h + 1] ?? Infinity) + j) / 2);
      let best = 0;
      for (let k = 1; j - k >= lo && j + k <= hi && !row[j - k]?.text && !row[j + k]?.text && filled(j - k, j + k); k++) {
        const x0 = next[j - k]!.box!.x0, x1 = next[j + k]!.box!.x1;
        if (Math.abs((x0 + x1) / 2 - (box.x0 + box.x1) / 2) <= 0.2 * (x1 - x0)) best = k;
      }
      if (best) {
        row[j - best] = { ...row[j]!, colSpan: 2 * best + 1 };
        for (let k = j - best + 1; k <= j + best; k++) row[k] = null;
      }
      free = j + best + 1;
    });
  }
  return out;
}

/** A heading spanning columns takes in the whole runs of the headings below whose runs it reaches into
 * (over empty cells of its own row only). */
function widenOver(row: (TableCell | null)[], j: number, below: (TableCell | null)[]): void {
  const runOf = (col: number) => {
    for (let k = col; k >= 0; k--) if (below[k]) return k + below[k]!.colSpan > col ? [k, k + below[k]!.colSpan - 1] : [col, col];
    return [col, col];
  };
  const cell = row[j]!;
  const a = runOf(j)[0], b = runOf(j + cell.colSpan - 1)[1];
  if ((a < j && row.slice(a, j).some((c) => c?.text)) || row.slice(j + cell.colSpan, b + 1).some((c) => c?.text)) return;
  row[a] = { ...cell, colSpan: b - a + 1 };
  for (let k = a + 1; k <= b; k++) row[k] = null;
}
