// A table's header printed apart from its body (cells drawn without rulings, or shaded, so the finder
// read them as lines of text), or printed again down the table and read otherwise than at the top:
//   Minute/ Meeting Action Update/ Notes Action Date                      <- heading block
//   No.                                                                   <- heading block
//   620 | Nov 2021 | The OPCC to feedback on ... | Programmed 20 March 2023   <- the grid, no header row
import type { Block } from '../../model.js';
import { collapseSpaces } from '../../text.js';
import type { ColumnRules } from './table-helpers.js';

export const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * How many blocks (up to three) just above a table are its header printed apart as text: together made
 * of the header's words (two at least) and of words naming columns ("Minute/ Meeting Action Update/
 * Notes Action Date" then "No."), a piece of a cell between them and the grid passed over.
 */
export function headerLinesAbove<K extends string>(blocks: Block[], index: number, header: string[], rules: ColumnRules<K>): number {
  const words = new Set(header.flatMap(wordsOf));
  let text: string[] = [];
  let found = 0;
  for (let k = 1; k <= 3 && index - k >= 0; k++) {
    const b = blocks[index - k];
    if (b.kind === 'table' || b.text.length > 200) break;
    if (text.length === 0 && cellPiece(b, blocks[index])) continue;
    const line = wordsOf(b.text);
    if (!line.every((w) => words.has(w) || rules.some(([, re]) => re.test(w)))) break;
    text = [...line, ...text];
    if (text.filter((w) => words.has(w)).length >= Math.min(2, words.size)) found = k;
  }
  return found;
}

/** A line between the header and the grid, starting inside one of the grid's columns after the first:
 * the last line of a cell the row above left out of the grid (a row broken over the page). */
function cellPiece(b: Block, table: Block): boolean {
  const box = table.table?.box ?? table.box;
  return !!box && !!b.box && b.kind !== 'heading' && b.page === table.page && b.text.length < 60 &&
    b.box.x0 > box.x0 + 20 && b.box.x1 <= box.x1 + 2;
}

/** A cell of a header row continued on the next line ("Action No.", "date"): a short label, no figures. */
export function labelLike<K extends string>(text: string, rules: ColumnRules<K>, header: string[]): boolean {
  if (/\d/.test(text) || wordsOf(text).length > 3) return false;
  const words = new Set(header.flatMap(wordsOf));
  return rules.some(([, re]) => re.test(text)) || wordsOf(text).every((w) => words.has(w));
}

/**
 * The header printed again down the table, read otherwise than at the top (its lines apart, its cells
 * cut elsewhere): two cells or more, made of header words only, most of them.
 */
export function headerAgain(texts: string[], headerWords: Set<string>): boolean {
  const words = texts.flatMap(wordsOf);
  return texts.filter(Boolean).length >= 2 && words.every((w) => headerWords.has(w)) &&
    new Set(words).size >= 0.6 * headerWords.size;
}

/**
 * The header of a table that has none of its own, printed apart just above it (up to three blocks): words
 * naming columns only (and short joiners: "of", "No."), naming as many columns as the grid has, in order.
 * Each column's text runs from the first word naming it to the first word naming the next.
 */
export function headerTextAbove<K extends string>(blocks: Block[], index: number, rules: ColumnRules<K>, nCols: number): string[] | null {
  const keyOf = (word: string) => rules.find(([, re]) => re.test(word))?.[0] ?? null;
  let words: string[] = [];
  let found: string[] | null = null;
  for (let k = 1; k <= 3 && index - k >= 0; k++) {
    const b = blocks[index - k];
    if (b.kind === 'table' || b.text.length > 200 || /\d/.test(b.text)) break;
    const line = collapseSpaces(b.text).split(' ').filter(Boolean);
    if (!line.every((w) => keyOf(w) !== null || wordsOf(w).every((x) => x.length <= 3))) break;
    words = [...line, ...words];
    const columns: string[][] = [];
    const seen = new Set<string>();
    const lead: string[] = [];
    for (const w of words) {
      const key = keyOf(w);
      if (key !== null && !seen.has(key)) {
        seen.add(key);
        columns.push(columns.length ? [w] : [...lead, w]);
      } else (columns.at(-1) ?? lead).push(w);
    }
    if (columns.length === nCols) found = columns.map((c) => c.join(' '));
  }
  return found;
}
