// Shading bands of an unruled table (zebra rows, Word's "Medium List 2" / "Medium Shading 1"): a run
// of fills side by side across one strip of the page is a band, and a band's top and bottom edges
// delimit rows. Only bands that recur at the same width (rows alternating, not one text panel) count,
// and in a table only bands reaching across its value columns whose edges pass through no line of
// text (an edge through a cell's wrapped lines is a picture or a panel, not a row).
import type { Box } from '../model.js';

/** Runs of fills sharing one strip (same top and bottom) that touch side by side across a gap up to tol. */
export function shadingBands(rects: Box[], tol: number): Box[] {
  const sorted = [...rects].sort((a, b) => a.y0 - b.y0 || a.y1 - b.y1 || a.x0 - b.x0);
  const bands: Box[] = [];
  for (const r of sorted) {
    const b = bands[bands.length - 1];
    if (b && Math.abs(b.y0 - r.y0) <= 0.5 && Math.abs(b.y1 - r.y1) <= 0.5 && r.x0 - b.x1 <= tol && r.x0 >= b.x0) b.x1 = Math.max(b.x1, r.x1);
    else bands.push({ ...r });
  }
  // recurring: another band of the same width, not overlapping it (alternate rows)
  const same = (a: Box, b: Box) => a !== b && Math.abs(a.x0 - b.x0) <= tol && Math.abs(a.x1 - b.x1) <= tol && (a.y1 <= b.y0 + 0.5 || b.y1 <= a.y0 + 0.5);
  return bands.filter((b) => bands.some((o) => same(b, o)));
}

const centre = (l: Box) => (l.y0 + l.y1) / 2;

const holds = (b: Box, l: Box) => centre(l) > b.y0 && centre(l) < b.y1 && l.x1 > b.x0 && l.x0 < b.x1;

/** The bands that delimit rows among the lines: bands holding text across the value columns
 * left..right (all but perhaps the first column); none when an edge of one crosses a line. */
export function rowBands(bands: Box[], lines: Box[], left: number, right: number, em: number): Box[] {
  if (!bands.length || !lines.length) return [];
  const top = lines[0].y0, bottom = lines[lines.length - 1].y1;
  // a thin fill (a rule drawn as a rectangle) holds no line
  const across = bands.filter((b) => b.x0 <= left + em && b.x1 >= right - em && b.y1 > top && b.y0 < bottom && lines.some((l) => holds(b, l)));
  const crosses = (e: number) => lines.some((l) => e > l.y0 + 0.25 * (l.y1 - l.y0) && e < l.y1 - 0.25 * (l.y1 - l.y0));
  // a table with one band crossing its text is not printed in bands
  return across.some((b) => crosses(b.y0) || crosses(b.y1)) ? [] : across;
}

/** A band edge lies between the two lines: they are in different rows. */
export const edgeBetween = (bands: Box[], a: Box, b: Box) => bands.some((k) => [k.y0, k.y1].some((e) => e > centre(a) && e < centre(b)));

/** Both lines sit in one band: one row. */
export const sameBand = (bands: Box[], a: Box, b: Box) => bands.some((k) => holds(k, a) && holds(k, b));
