// Two columns of a layout table flattened into one run of paragraphs, row by row:
//   Present:          <- left column's label
//   Officials:        <- right column's label, straight after the first: nothing stood between them
//   A Member          <- row 1, left
//   An Official       <- row 1, right
//   Another Member    <- row 2, left ...
// Two labels with nothing between them, followed by short entries, are read back as two columns:
// the first label with the odd entries, the second with the even ones.
import type { Block } from '../model.js';

/** "Present:", "Apologies:", "Also in attendance:": a short label and nothing after it */
const LABEL = /^[\p{L}][\p{L}'’ -]{0,30}:$/u;
/** longest entry of such a column (a name with its organisation) */
const ENTRY_MAX = 100;

const isLabel = (b: Block) => (b.kind === 'paragraph' || b.kind === 'heading') && LABEL.test(b.text.trim());
const isEntry = (b: Block) => (b.kind === 'paragraph' || b.kind === 'list_item') && !isLabel(b) &&
  b.text.length <= ENTRY_MAX && !/[.;]$/.test(b.text.trim());

/** The blocks with each flattened pair of columns put back as two runs (see the file comment). */
export function unflattenColumns(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const [left, right] = [blocks[i], blocks[i + 1]];
    if (!isLabel(left) || !right || !isLabel(right)) {
      out.push(blocks[i++]);
      continue;
    }
    let end = i + 2;
    while (end < blocks.length && isEntry(blocks[end])) end++;
    const entries = blocks.slice(i + 2, end);
    if (entries.length < 2) {
      out.push(left);
      i++;
      continue;
    }
    out.push(left, ...entries.filter((_, k) => k % 2 === 0), right, ...entries.filter((_, k) => k % 2 === 1));
    i = end;
  }
  return out;
}
