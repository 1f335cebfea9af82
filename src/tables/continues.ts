// Whether a line continues the cells of the row above it in an unruled table (a wrapped label, wrapped
// text cells, a wrapped header) or starts a row of its own.
import type { Word } from '../model.js';
import { isFigure } from './figure.js';
import type { Row } from './rows.js';
import type { TableSettings } from './settings.js';

// most cells hold one word: its text as it is, without an array to join
export const textOf = (ws: Word[]) => (ws.length === 1 ? ws[0].text : ws.map((w) => w.text).join(' '));
const filled = (r: Row) => r.cells.map((ws, j) => (ws.length ? j : -1)).filter((j) => j >= 0);
export const hasFigure = (r: Row) => r.cells.some((ws, j) => j > 0 && ws.length && isFigure(textOf(ws)));
const allBold = (ws: Word[]) => ws.length > 0 && ws.every((w) => w.bold);
const WRAP_END = /([,\-–&/(]|\b(and|or|of|the|for|in|to|with|by|on|a|an))$/i;

/** r goes on from text cells of p's last line, figures among its cells (a year under "24 August"): no
 * label, and no line of figures alone across several columns (units under headings, "£000s"). */
export function figureEndsText(p: Row, r: Row): boolean {
  const cols = filled(r);
  const text = cols.length === 1 || cols.some((j) => !isFigure(textOf(r.cells[j])));
  return text && !r.cells[0].length && !!p.last && cols.every((j) => p.last![j] && !isFigure(textOf(p.cells[j])));
}

/** Does row r continue the cell text of row p (a wrapped label or wrapped text cells)? */
export function continues(p: Row, r: Row, inHeader: boolean, em: number, s: TableSettings): boolean {
  if (r.box.y0 - p.box.y1 > s.maxWrapGapEm * em) return false;
  const cols = filled(r);
  const pcols = filled(p);
  if (!cols.length) return true;
  if (restarts(p, r)) return false;
  // a wrapped heading line: below the headings it continues, or (headings set to the bottom line) with
  // more headings appearing beside them on its last line; not under a heading centred over a group of
  // sub-headings (a year over Core | External | Total)
  if (inHeader) {
    const under = cols.every((j) => pcols.includes(j)) && r.spans.every((n, j) => n === 1 || p.spans[j] === n);
    const extra = (j: number) => cols.includes(j) && !pcols.includes(j);
    const centredOver = pcols.some((j) => extra(j - 1) && extra(j + 1));
    const beside = pcols.every((j) => cols.includes(j)) && p.spans.every((n) => n === 1) && !centredOver;
    return under || beside;
  }
  // values set against the middle or last line of a wrapped label: the label's first line stands alone
  if (hasFigure(r)) {
    // a figure ending a wrapped text cell ("24 August" / "2025") beside more wrapped text: no label, and
    // every cell goes on from a text cell of the line above (a line of units under headings, "£000s", is
    // figures only)
    if (figureEndsText(p, r)) return true;
  }
  if (hasFigure(r)) return !r.cells[0].length && pcols.length === 1 && pcols[0] === 0 && !allBold(p.cells[0]) && !/:$/.test(textOf(p.cells[0]));
  if (cols.length === 1 && cols[0] === 0) {
    const label = textOf(r.cells[0]);
    const plabel = textOf(p.cells[0]);
    if (!plabel || /:$/.test(label) || (allBold(r.cells[0]) && !allBold(p.cells[0]))) return false;
    const indented = r.box.x0 > p.cells[0][0].x0 + 0.5 * em;
    return /^[^A-Z0-9]/.test(label) || WRAP_END.test(plabel) || indented;
  }
  // text cells wrapping in other columns: the label column is empty and every filled cell continues one above
  return !r.cells[0].length && cols.every((j) => p.cells[j].length && !isFigure(textOf(p.cells[j])));
}


/** r fills a column that p filled before but not on its last line: that cell had ended (a cell's lines
 * follow each other, however it is aligned), so r starts the next row. */
function restarts(p: Row, r: Row): boolean {
  const last = p.last;
  return !!last && r.cells.some((ws, j) => ws.length > 0 && p.cells[j].length > 0 && !last[j]);
}
