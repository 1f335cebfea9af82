// Turning words into table cells and grids, shared by the ruled and the stream finder.
import type { Box, TableBlock, TableCell, Word } from '../model.js';
import { boxOf, leftToRight, joinWords, wordSpans } from './lines.js';
import { isFigure } from './figure.js';
import { lineJoiner } from '../text.js';

const byCentre = (a: Word, b: Word) => a.y0 + a.y1 - b.y0 - b.y1;

/** Words top to bottom: sorted (a copy) only when out of order, as a cell's words mostly come in reading order. */
function topDown(words: Word[]): Word[] {
  for (let i = 1; i < words.length; i++) if (byCentre(words[i], words[i - 1]) < 0) return [...words].sort(byCentre);
  return words;
}

/** Words of one cell by line (centre bands), each line left to right. */
export function wordLines(words: Word[]): Word[][] {
  const sorted = topDown(words);
  const lines: Word[][] = [];
  for (const w of sorted) {
    const line = lines[lines.length - 1];
    const c = (w.y0 + w.y1) / 2;
    if (line && c <= line[0].y1 && c >= line[0].y0) line.push(w);
    else lines.push([w]);
  }
  return lines.map(leftToRight);
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
  const joined = runOnHyphens(lines);
  const spans = wordSpans(joined);
  return {
    text: joinWords(joined),
    spans,
    rowSpan,
    colSpan,
    bold: words.length > 0 && words.every((w) => w.bold),
    box: box ?? (words.length ? boxOf(words) : null),
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
