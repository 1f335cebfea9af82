// A ruled box whose body is not ruled between its rows (an outer box, a rule under the header): the
// rules it has delimit rows, and inside a band between two of them the rows come from the text, a row
// starting where the first column starts a line or a column ended fills again.
//   +------+---------------------------+-------+
//   | Item | Title                     | Time  |
//   +------+---------------------------+-------+
//   | 1.   | Apologies                 | 10:00 |   <- rows added between these lines
//   | 2.   | Declarations of interest  | 10:05 |
//   +------+---------------------------+-------+
import type { Word } from '../model.js';
import { textLines } from './lines.js';
import type { TableSettings } from './settings.js';
import { middleRows, oneMiddleRow } from './middle.js';
import type { Row } from './rows.js';

interface Seg {
  at: number;
  from: number;
  to: number;
}

/** Grids of at most this many row bands are read for unruled rows (a fully ruled grid has its rows). */
const MAX_BANDS = 3;

/** Row rules added to the grid's unruled bands that hold several rows (a copy of the grid; as it is when none). */
export function withRowBreaks(
  g: { hs: Seg[]; vs: Seg[] }, xs: number[], ys: number[], between: (y0: number, y1: number) => Word[], s: TableSettings,
): { hs: Seg[]; vs: Seg[] } {
  if (ys.length - 1 > MAX_BANDS || xs.length < 3) return g;
  const added: Seg[] = [];
  const column = (w: Word) => {
    const cx = (w.x0 + w.x1) / 2;
    let j = 0;
    while (j < xs.length - 2 && cx > xs[j + 1]) j++;
    return j;
  };
  for (let i = 0; i + 1 < ys.length; i++) {
    const words = between(ys[i], ys[i + 1]).filter((w) => (w.x0 + w.x1) / 2 > xs[0] && (w.x0 + w.x1) / 2 < xs[xs.length - 1]);
    const lines = textLines(words, s);
    if (lines.length < 3) continue;
    const filled = lines.map((l) => {
      const f = new Array<boolean>(xs.length - 1).fill(false);
      for (const w of l.words) f[column(w)] = true;
      return f;
    });
    // cells set against the middle of their rows (middle.ts): the rows are where their middles say
    const em = words.map((w) => w.fontSize).sort((a, b) => a - b)[words.length >> 1];
    const rows: Row[] = lines.map((l) => {
      const cells: Word[][] = xs.slice(1).map(() => []);
      for (const w of l.words) cells[column(w)].push(w);
      return { lines: [l], cells, spans: cells.map(() => 1), box: l };
    });
    if (oneMiddleRow(rows, em)) continue;
    const middle = middleRows(rows, em, true);
    if (middle) {
      for (let k = 1; k < middle.length; k++) added.push({ at: (middle[k - 1].box.y1 + middle[k].box.y0) / 2, from: xs[0], to: xs[xs.length - 1] });
      continue;
    }
    // several rows: two lines at least with a label and a cell beside it
    if (filled.filter((f) => f[0] && f.some((x, j) => j > 0 && x)).length < 2) continue;
    let seen = filled[0].slice();
    for (let k = 1; k < lines.length; k++) {
      const restart = filled[k].some((x, j) => x && (j === 0 || (seen[j] && !filled[k - 1][j])));
      if (!restart) {
        seen = seen.map((x, j) => x || filled[k][j]);
        continue;
      }
      added.push({ at: (lines[k - 1].y1 + lines[k].y0) / 2, from: xs[0], to: xs[xs.length - 1] });
      seen = filled[k].slice();
    }
  }
  return added.length ? { hs: [...g.hs, ...added], vs: g.vs } : g;
}
