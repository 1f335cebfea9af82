// Attendance printed as lists side by side under labels on one line, read by where each piece stands:
//   Present:                       Members of the Public:     | <- labels of the columns (a line or a table row)
//   Nick Oakhill (NO) CHAIR        Katy Draper                |
//   Heidi Dennison (HD)[Acting Chair]  David Carlisle         |
//        Present:            Also in attendance:              | <- centred columns
//    Mrs S Barrett               Apologies:                   | <- a label under a list opens another list in its column
//   Mrs J Martin (RFO)          Mrs J Coleman                 |
//   01.26.01 Apologies for absence                            | <- text that is no name ends the roster
// Text readers join each printed line across the columns; the PDF reader's line fragments and the
// table finder's cells keep the positions that tell the columns apart. Plain text keeps none: there a
// line of labels alone heads columns in its order, read down the rows of cells below it in theirs:
//   Present: In attendance:                  | <- the spacing between the columns lost
//   Cllr A Hale (Chair) | Kay Dean (Clerk)   | <- a row of cells (aligned text read as a table)
//   Cllr B Ross Apologies:                   | <- a label after a name: it opens the next column's list
//   Cllr C Fern                              | <- one piece: the first column (the longest list)
import type { Block } from '../../model.js';
import { looksLikeName, splitNameList } from '../../normalise/names.js';
import { asFirstLanguageList, attendanceLabel } from '../../vocab/index.js';
import { withoutUnnamed } from '../../vocab/attendance.js';
import type { TablePerson } from './attendance-table.js';

interface Piece {
  text: string;
  x0: number;
  x1: number;
  page: number | null;
}

interface Column {
  x0: number;
  x1: number;
  status: TablePerson['status'];
  remote: boolean;
}

type Placed = TablePerson & { column: Column };

/** rows read after the labels at most (a roster is short) */
const MAX_ROWS = 40;

interface Row {
  text: string;
  pieces: Piece[];
  /** a reader kept no positions: the pieces stand in the order of the line or the table row, and prose is told by its words */
  ordered?: 'line' | 'table';
}

/** "Cllr A Smith Apologies:" -> "Cllr A Smith", "Apologies:": a line without positions cut before each label and its colon. */
function atLabels(text: string): string[] {
  const cuts = [...text.matchAll(/(?<=^|\s)\p{Lu}/gu)].map((m) => m.index!).filter((i) => {
    const head = /^[^:]{1,40}:/.exec(text.slice(i))?.[0];
    const label = head ? attendanceLabel(head) : null;
    return !!label?.explicit && !label.rest;
  });
  return [0, ...cuts.filter((i) => i > 0)].map((at, k, all) => text.slice(at, all[k + 1] ?? text.length).trim()).filter(Boolean);
}

/** Pieces in the order printed, each at its place (a text reader keeps no positions): the k-th at k * 1000. */
const inOrder = (texts: (string | null)[], page: number | null): Piece[] =>
  texts.flatMap((text, k) => (text?.trim() ? [{ text, x0: k * 1000, x1: k * 1000 + 1, page }] : []));

/** Rows of pieces of a block: a table's rows of cells, or the lines cut at their fragments; without positions, in order. */
function rowsOf(b: Block): Row[] {
  if (b.table) {
    const cells = b.table.grid.flat().filter((c) => c?.text.trim());
    const ordered = cells.every((c) => !c!.box) ? 'table' as const : undefined;
    return b.table.grid.map((row) => {
      const filled = row.filter((c) => c && c.box && c.text.trim());
      const pieces = ordered ? inOrder(row.map((c) => c?.text ?? null), b.page)
        : filled.map((c) => ({ text: c!.text, x0: c!.box!.x0, x1: c!.box!.x1, page: c!.page ?? b.page }));
      return { text: pieces.map((p) => p.text).join(' '), pieces, ordered };
    });
  }
  return b.lines.filter((l) => l.text.trim()).map((l) => (l.box ? {
    text: l.text,
    pieces: (l.fragments ?? [{ text: l.text, x0: l.box.x0, x1: l.box.x1 }]).map((f) => ({ ...f, page: l.page ?? b.page })),
  } : { text: l.text, pieces: inOrder(atLabels(l.text), l.page ?? b.page), ordered: 'line' as const }));
}

/** The column a piece stands in: the nearest by left edge (lists set flush left) or by centre (centred lists). */
function columnOf(cols: Column[], p: Piece): Column {
  const centre = (a: { x0: number; x1: number }) => (a.x0 + a.x1) / 2;
  const distance = (c: Column) => Math.min(Math.abs(p.x0 - c.x0), Math.abs(centre(p) - centre(c)));
  return cols.reduce((best, c) => (distance(c) < distance(best) ? c : best));
}

/** "Name (NO) CHAIR", "Name (HD)[Acting Chair]": a role after the person's initials, read as in parentheses. */
function asListText(text: string): string {
  return text.replace(/\[([^\]]*)\]/g, ' ($1)').replace(/\)\s+([^()]+)$/, (m, tail: string) => (looksLikeName(tail) ? m : `) (${tail.trim()})`));
}

/** A piece: a label (with names after it or not), names, people counted, or none of these (the roster has ended). */
function readPiece(col: Column, text: string, out: Placed[], page: number | null, isList: (text: string) => boolean): boolean {
  const label = attendanceLabel(text.trim());
  if (label?.explicit) {
    col.status = label.status;
    col.remote = label.remote;
    text = label.rest;
    if (!text) return true;
  }
  // "2 members of the public" in a list: counted, not named, and the list goes on
  text = withoutUnnamed(text);
  if (!text.trim()) return true;
  if (!isList(text)) return false;
  const people = splitNameList(asListText(asFirstLanguageList(text))).filter((p) => looksLikeName(p.name));
  if (!people.length) return false;
  for (const person of people) out.push({ person, status: col.status, remote: col.remote, page, column: col });
  return true;
}

/**
 * People of lists printed side by side under a line of two or more attendance labels; `isPreamble` says
 * whether a line's text belongs to the minutes being read, `isList` whether a text can be a list of people (in
 * text without positions, where prose runs across no column). Returns the people and the texts of the lines read.
 */
export function columnRoster(
  blocks: Block[], isPreamble: (text: string) => boolean, isList: (text: string) => boolean,
): { people: TablePerson[]; read: Set<string> } {
  const people: TablePerson[] = [];
  const read = new Set<string>();
  const rows = blocks.flatMap(rowsOf);
  for (let i = 0; i < rows.length; i++) {
    const head = rows[i];
    const labels = head.pieces.map((p) => attendanceLabel(p.text.trim()));
    // without positions, a line of labels and nothing else (a label with names after it starts a run-on list; labels
    // in a table's cells are read by their columns, tableRoster)
    if (head.pieces.length < 2 || head.ordered === 'table' || !labels.every((l) => l?.explicit && !(head.ordered && l.rest))) continue;
    if (!isPreamble(head.text) && !head.pieces.every((p) => isPreamble(p.text))) continue;
    const cols: Column[] = head.pieces.map((p, k) => ({ x0: p.x0, x1: p.x1, status: labels[k]!.status, remote: labels[k]!.remote }));
    const found: Placed[] = [];
    for (const [k, p] of head.pieces.entries()) if (labels[k]!.rest) readPiece(cols[k], p.text, found, p.page, () => true);
    read.add(head.text);
    let j = i + 1;
    for (; j < rows.length && j <= i + MAX_ROWS; j++) {
      const row = rows[j];
      // another page, or a line running across the columns (prose): the roster has ended
      if (row.pieces.some((p) => p.page !== head.pieces[0].page || cols.filter((c) => p.x0 < c.x1 && p.x1 > c.x0).length > 1)) break;
      const before = found.length;
      const listOnly = row.ordered ? isList : () => true;
      if (!row.pieces.every((p) => readPiece(columnOf(cols, p), p.text, found, p.page, listOnly))) {
        found.length = before;
        break;
      }
      read.add(row.text);
    }
    // each list whole, left to right
    people.push(...cols.flatMap((c) => found.filter((f) => f.column === c)).map(({ column, ...person }) => person));
    i = j - 1;
  }
  return { people, read };
}
