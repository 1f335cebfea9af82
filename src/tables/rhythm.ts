// Rows of an unruled table from the vertical rhythm of its lines: the lines of one cell follow each other
// at the font's leading, rows stand apart by the cells' padding or paragraph spacing as well. Where the
// gaps show both kinds, the tight lines between two wide gaps make one row, short cells set against its
// middle or bottom line (an item number, a time) included:
//          Declarations of                          <- tight: one row
//   2.     interest by members    Monitoring  10:05
//          in items               Officer
//                                                   <- wide: the next row
//   3.     Minutes of the ...     Chair       10:10
import { lineOfWords, type TextLine } from './lines.js';
import type { TableSettings } from './settings.js';
import { isFigure } from './figure.js';
import type { Row } from './rows.js';

/** A gap wider than the tightest one by this much (em) parts two rows. */
const ROW_STEP_EM = 0.3;
/** The tightest gap is the leading inside a cell only when it is at most this (em). */
const MAX_LEADING_GAP_EM = 0.6;

export interface Rhythm {
  /** the block (row candidate) of each line, counted from 0 */
  block: number[];
  /** gaps up to this (pt) are inside a row */
  limit: number;
}

/** Blocks of lines between wide gaps, or null when the gaps are all of one kind (no evidence). */
export function rhythmBlocks(lines: TextLine[], em: number): Rhythm | null {
  if (lines.length < 3) return null;
  // the leading: the tightest gap between lines that do not overlap (overlapping ones are tight anyway)
  let tight = Infinity;
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i].y0 - lines[i - 1].y1;
    if (gap >= 0 && gap < tight) tight = gap;
  }
  if (tight > MAX_LEADING_GAP_EM * em) return null;
  const limit = tight + ROW_STEP_EM * em;
  const block = [0];
  let wide = 0;
  for (let i = 1; i < lines.length; i++) {
    const apart = lines[i].y0 - lines[i - 1].y1 > limit;
    if (apart) wide++;
    block.push(block[i - 1] + (apart ? 1 : 0));
  }
  // wide gaps between rows and at least one tight pair of lines inside a row
  return wide >= 2 && wide < lines.length - 1 ? { block, limit } : null;
}

const textOf = (r: Row, j: number) => r.cells[j].map((w) => w.text).join(' ');

/** The lines (one row each, as built) of a block are several rows set tight, not one row: figures on two
 * lines of one value column, every column it uses filled on every line, or two lines each with a label
 * and a cell beside it, the second not going on with a sentence of the line above ("20 April" / "2026"
 * beside "To scrutinise delivery against the" / "plan, with the quarterly data" is one row). */
export function severalRows(rows: Row[]): boolean {
  if (rows.length < 2) return false;
  const nCols = rows[0].cells.length;
  for (let j = 1; j < nCols; j++) if (rows.filter((r) => r.cells[j].length && isFigure(textOf(r, j))).length >= 2) return true;
  const used = [...Array(nCols).keys()].filter((j) => rows.some((r) => r.cells[j].length));
  if (used.length >= 2 && used.every((j) => rows.every((r) => r.cells[j].length))) return true;
  const goesOn = (r: Row, k: number) => k > 0 && r.cells.some((c, j) => j > 0 && c.length && rows[k - 1].cells[j].length && /^\p{Ll}/u.test(c[0].text));
  return rows.filter((r, k) => r.cells[0].length && r.cells.some((c, j) => j > 0 && c.length) && !goesOn(r, k)).length >= 2;
}

/** Lines of a middle-aligned row set half a line off each other (a one-line cell centred against a
 * two-line one) overlap in height without sharing a word's band: a line overlapping the one above by
 * a fifth of its height or more, with no chunk over a chunk of it, is read as part of it. */
export function mergeInterleaved(lines: TextLine[], s: TableSettings): TextLine[] {
  const out: TextLine[] = [];
  for (const l of lines) {
    const p = out[out.length - 1];
    const overlap = p ? p.y1 - l.y0 : 0;
    const h = Math.min(l.y1 - l.y0, p ? p.y1 - p.y0 : 0);
    const apart = (gap: number) => p!.chunks.every((a) => l.chunks.every((b) => b.x0 - a.x1 > gap || a.x0 - b.x1 > gap));
    // not in a bold header: the header's own rules of wrapped and centred headings read it
    const bold = (x: TextLine) => x.words.every((w) => w.bold);
    if (p && overlap >= 0.2 * h && overlap < 0.8 * h && !bold(p) && !bold(l) && apart(s.cellGapEm * l.fontSize)) {
      // at the height of the line with more cells: the gaps to the lines around stay those of the leading
      const main = l.chunks.length > p.chunks.length ? l : p;
      out[out.length - 1] = { ...lineOfWords([...p.words, ...l.words], s), y0: main.y0, y1: main.y1 };
    } else out.push(l);
  }
  return out;
}
