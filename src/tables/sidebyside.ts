// Tables printed side by side under one line of headings: "Age | Total | Age | Total | Age | Total"
// is three tables of two columns (a long list wrapped into newspaper columns), not one of six.
import type { TableBlock } from '../model.js';
import { boxOf } from './lines.js';
import { isFigure } from './figure.js';

const norm = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The width of a group of columns whose headings repeat across the whole first row, if any. */
function repeatPeriod(t: TableBlock): number | null {
  const top = t.grid[0]?.map((c) => norm(c?.text)) ?? [];
  for (let k = 2; k * 2 <= t.nCols; k++) {
    // headings are words: a first row of zeros or dashes repeats without being headings
    if (t.nCols % k !== 0 || !top.slice(0, k).every((h) => h && !isFigure(h))) continue;
    if (top.every((text, j) => text === top[j % k])) return k;
  }
  return null;
}

export function splitSideBySide(t: TableBlock): TableBlock[] {
  const k = repeatPeriod(t);
  if (k === null) return [t];
  const parts: TableBlock[] = [];
  for (let from = 0; from < t.nCols; from += k) {
    const grid = t.grid
      .map((row) => row.slice(from, from + k).map((c, j) => (c ? { ...c, colSpan: Math.min(c.colSpan, k - j) } : c)))
      .filter((row) => row.some((c) => c?.text));
    const boxes = grid.flat().flatMap((c) => (c?.box ? [c.box] : []));
    parts.push({ ...t, grid, nCols: k, box: boxes.length ? boxOf(boxes) : t.box });
  }
  return parts;
}
