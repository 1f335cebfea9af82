// Turning words into table cells and grids, shared by the ruled and the stream finder.
import type { Box, TableBlock, TableCell, Word } from '../model.js';
import { boxOf, joinWords, wordSpans } from './lines.js';
import { isFigure } from './figure.js';
import { lineJoiner } from '../text.js';

/** Words of one cell by line (centre bands), each line left to right. */
export function wordLines(words: Word[]): Word[][] {
  const sorted = [...words].sort((a, b) => a.y0 + a.y1 - b.y0 - b.y1);
  const lines: Word[][] = [];
  for (const w of sorted) {
    const line = lines[lines.length - 1];
    const c = (w.y0 + w.y1) / 2;
    if (line && c <= line[0].y1 && c >= line[0].y0) line.push(w);
    else lines.push([w]);
  }
  return lines.map((l) => l.sort((a, b) => a.x0 - b.x0));
}

/** A line ending in a hyphen after a letter ("Sub-") runs on into the next line's first word ("Sub-Group"). */
function runOnHyphens(lines: Word[][]): Word[] {
  const out: Word[] = [];
  for (const line of lines) {
    line.forEach((w, i) => {
      const last = out[out.length - 1];
      if (i === 0 && last && lineJoiner(last.text, w.text) === '') out[out.length - 1] = { ...last, text: last.text + w.text };
      else out.push(w);
    });
  }
  return out;
}

export function makeCell(words: Word[], page: number, box: Box | null = null, rowSpan = 1, colSpan = 1): TableCell {
  const lines = wordLines(words);
  const ordered = lines.flat();
  const joined = runOnHyphens(lines);
  const spans = wordSpans(joined);
  return {
    text: joinWords(joined),
    spans,
    rowSpan,
    colSpan,
    bold: ordered.length > 0 && ordered.every((w) => w.bold),
    box: box ?? (ordered.length ? boxOf(ordered) : null),
    page,
  };
}

/** Leading rows that are headers: rows above the first row holding a figure outside the label column. */
export function countHeaderRows(grid: (TableCell | null)[][]): number {
  const first = grid.findIndex((row) => row.some((c, j) => j > 0 && c && c.text && isFigure(c.text)));
  if (first > 0 && first <= 4) return first;
  const top = grid[0] ?? [];
  return top.some((c) => c?.text) && top.every((c) => !c?.text || c.bold) && grid.length > 1 ? 1 : 0;
}

/** Plain strings of a grid as printed: spanning cell text at its top-left position, covered positions ''. */
export function gridText(table: TableBlock): string[][] {
  return table.grid.map((row) => row.map((c) => c?.text ?? ''));
}
