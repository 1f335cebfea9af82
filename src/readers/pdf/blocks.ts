// Lines of one page -> blocks (paragraphs, list items, headings, tables) in reading order. A new block
// starts at a wider vertical gap than the document's usual line gap, at a change of font size or
// weight, at a list marker, at a jump in indentation, or after a line that ended short of the column
// edge although the next line's first word would have fitted (a deliberate line break).
import { tableAsBlock, type Block, type Box, type Line, type Span, type TableBlock } from '../../model.js';
import { lineJoiner, printedLength } from '../../text.js';
import type { PdfLine } from './lines.js';
import { SizeTally } from '../size-tally.js';
import { isHeadingText } from './headings.js';
import { splitParagraphNumbers } from './paragraph-numbers.js';

export interface BlockStyle {
  /** most common font size of the document's body text (by characters) */
  bodySize: number;
  /** usual gap between consecutive lines of a paragraph, in em */
  lineGapEm: number;
}

/** A line, or a table (the only one with a grid), in reading order. */
type Item = PdfLine | TableBlock;

/** Extra vertical gap (em) over the usual line gap that separates paragraphs. */
const PARAGRAPH_GAP_EM = 0.4;

const BULLET = /^([•·▪■◦○●►▸➢➤✓✔→*\uE000-\uF8FF]|[-–—](?=\s))\s*/;
const ENUMERATOR = /^(\((\d{1,2}|[a-zA-Z]|[ivxlc]{1,6})\)|(\d{1,2}|[a-z]|[ivxlc]{1,6})[.)]|[A-Z]\))(?=\s)/;

/** The list marker a line starts with ("•", "1.", "(a)", "iv)"), or null. */
export function listMarker(line: Pick<PdfLine, 'text' | 'textX0' | 'box' | 'firstWordWidth' | 'fontSize'>): string | null {
  const text = line.text;
  const bullet = BULLET.exec(text);
  if (bullet && bullet[1]) return /[\uE000-\uF8FF]/.test(bullet[1]) ? '•' : bullet[1];
  const en = ENUMERATOR.exec(text);
  if (en) return en[1];
  // a lone "o" set apart from its text is Word's second-level bullet
  if (/^o\s/.test(text) && line.textX0 - line.box.x0 - line.firstWordWidth > 0.8 * line.fontSize) return 'o';
  return null;
}

export function pageBlocks(lines: PdfLine[], tables: TableBlock[], style: BlockStyle): Block[] {
  const items = readingOrder(splitParagraphNumbers(lines), tables);
  const rightEdges = flowRightEdges(lines);
  const blocks: Block[] = [];
  let group: PdfLine[] = [];
  let marker: string | null = null;
  const flush = () => {
    if (group.length) blocks.push(makeBlock(group, marker, style));
    group = [];
    marker = null;
  };
  for (const item of items) {
    if ('grid' in item) {
      flush();
      blocks.push(tableAsBlock(item, item.pageStart, item.box, style.bodySize));
      continue;
    }
    const line = item;
    const m = listMarker(line);
    if (group.length === 0 || m !== null || startsNewBlock(group, marker, line, style, rightEdges)) {
      flush();
      marker = m;
    }
    group.push(line);
  }
  flush();
  setListDepths(blocks);
  return blocks;
}

function startsNewBlock(
  group: PdfLine[],
  marker: string | null,
  line: PdfLine,
  style: BlockStyle,
  rightEdges: Map<number, number>,
): boolean {
  const prev = group[group.length - 1];
  const first = group[0];
  if (line.flow !== prev.flow) return true;
  const size = Math.min(line.fontSize, prev.fontSize);
  if (Math.abs(line.fontSize - prev.fontSize) >= 1) return true;
  const edge = rightEdges.get(line.flow) ?? prev.columnX1;
  const endedEarly = edge - prev.box.x1 > line.firstWordWidth + 0.6 * size + 0.02 * (edge - prev.columnX0);
  // a change of weight starts a block, unless a bold lead-in filled its line and the sentence runs on
  if (line.bold !== prev.bold && (endedEarly || !/^\p{Ll}/u.test(line.text))) return true;
  const gap = line.box.y0 - prev.box.y1;
  if (gap > (style.lineGapEm + PARAGRAPH_GAP_EM) * size) return true;
  if (gap < -0.5 * size) return true; // went back up: a new region
  // indentation: list items continue at their text's indent; paragraphs keep their left edge, except
  // a first-line indent (second line further left than the first)
  if (marker !== null) {
    if (line.box.x0 < first.box.x0 - 0.5 * size) return true;
    // aligned with the item's text after its marker (hanging indent): a continuation line
    if (Math.abs(line.box.x0 - first.textX0) <= 2 && first.textX0 > first.box.x0 + 3) return false;
  } else if (Math.abs(line.box.x0 - prev.box.x0) > 2 * size && !(group.length === 1 && hangsUnder(line, prev))) {
    if (!centredUnder(line, prev)) return true;
  }
  // a line that stopped short although the next word would have fitted was ended on purpose
  return endedEarly;
}

/** A second line may sit left of the first (first-line indent) or under its second word (hanging indent). */
function hangsUnder(line: PdfLine, first: PdfLine): boolean {
  return line.box.x0 < first.box.x0 || Math.abs(line.box.x0 - first.textX0) <= 2;
}

/** Centred text (titles): lines of one block share their centre, not their left edge. */
function centredUnder(line: PdfLine, prev: PdfLine): boolean {
  return Math.abs(line.box.x0 + line.box.x1 - prev.box.x0 - prev.box.x1) <= 4 && line.box.x0 > line.columnX0 + 10;
}

/** Right edge of the text in each flow: a high quantile of line ends, robust to a stray wide line. */
function flowRightEdges(lines: PdfLine[]): Map<number, number> {
  const ends = new Map<number, number[]>();
  for (const l of lines) {
    const list = ends.get(l.flow) ?? [];
    list.push(l.box.x1);
    ends.set(l.flow, list);
  }
  const all = lines.map((l) => l.box.x1).sort((a, b) => a - b);
  const pageEdge = all[Math.floor(all.length * 0.9)] ?? 0;
  const out = new Map<number, number>();
  for (const [flow, xs] of ends) {
    xs.sort((a, b) => a - b);
    out.set(flow, xs.length >= 4 ? xs[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))] : Math.max(pageEdge, xs[xs.length - 1]));
  }
  return out;
}

/** Lines in their reading order with each table placed before the first line below it in its column. */
function readingOrder(lines: PdfLine[], tables: TableBlock[]): Item[] {
  if (tables.length === 0) return lines;
  const items: Item[] = lines.slice();
  const sortedTables = [...tables].sort((a, b) => (a.box?.y0 ?? 0) - (b.box?.y0 ?? 0));
  for (const table of sortedTables) {
    const box = table.box;
    let at = items.length;
    if (box) {
      const idx = items.findIndex(
        (it) => !('grid' in it) && it.box.y0 >= box.y0 - 1 && it.columnX0 < box.x1 && it.columnX1 > box.x0,
      );
      if (idx >= 0) at = idx;
    }
    items.splice(at, 0, table);
  }
  return items;
}

function makeBlock(lines: PdfLine[], marker: string | null, style: BlockStyle): Block {
  // what joins each line to the one before it ('' before the first), decided once for text and spans
  const joiners: string[] = [];
  const pieces: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const joiner = i === 0 ? '' : lineJoiner(lines[i - 1].text, lines[i].text);
    joiners.push(joiner);
    pieces.push(joiner, lines[i].text);
  }
  const text = pieces.join('');
  const spans = joinSpans(lines, joiners, text);
  // printed (non-space) characters: all, bold and italic, in one pass over the spans
  let all = 0;
  let boldChars = 0;
  let italicChars = 0;
  for (const s of spans) {
    const n = printedLength(s.text);
    all += n;
    if (s.bold) boldChars += n;
    if (s.italic) italicChars += n;
  }
  const total = all || 1;
  const bold = boldChars >= 0.9 * total;
  const italic = italicChars >= 0.9 * total;
  const fontSize = dominantSize(lines);
  const block: Block = {
    kind: 'paragraph',
    text,
    spans,
    lines: lines.map(plainLine),
    page: lines[0].page,
    box: unionBox(lines),
    fontSize,
    bold,
    italic,
  };
  if (isHeadingText(text, lines.length, fontSize, bold, style.bodySize)) block.kind = 'heading';
  else if (marker !== null) block.kind = 'list_item';
  if (marker !== null) block.marker = marker;
  return block;
}

/** List depth by the marker's indent among the page's list items (leftmost = 0). */
function setListDepths(blocks: Block[]): void {
  const items = blocks.filter((b) => b.kind === 'list_item' && b.box);
  const levels: number[] = [];
  for (const x of items.map((b) => b.box!.x0).sort((a, b) => a - b)) {
    if (levels.length === 0 || x - levels[levels.length - 1] > 4) levels.push(x);
  }
  for (const b of items) {
    const x = b.box!.x0;
    let depth = 0;
    for (let i = 0; i < levels.length; i++) if (x >= levels[i] - 4) depth = i;
    b.depth = depth;
  }
}


/** The block's spans; one span whose lines are each one span of their whole text holds the block's text. */
function joinSpans(lines: PdfLine[], joiners: string[], text: string): Span[] {
  // pieces joined once per span: flat strings (memory), the separator space goes to the earlier span
  // each span's pieces gathered in one list, joined when the next span starts (or at the end)
  const out: Span[] = [];
  let pieces: string[] = [];
  let last: Span | undefined;
  for (let i = 0; i < lines.length; i++) {
    const spans = lines[i].spans;
    for (let j = 0; j < spans.length; j++) {
      const s = spans[j];
      const lead = j === 0 ? joiners[i] : '';
      if (last && last.bold === s.bold && last.italic === s.italic) pieces.push(lead, s.text);
      else {
        if (last) {
          pieces.push(lead);
          last.text = pieces.join('');
          pieces = [s.text];
        } else pieces.push(lead + s.text);
        last = { text: '', bold: s.bold, italic: s.italic };
        out.push(last);
      }
    }
  }
  if (out.length === 1 && lines.every((l) => l.spans.length === 1 && l.spans[0].text === l.text)) out[0].text = text;
  else if (last) last.text = pieces.join('');
  return out;
}

function dominantSize(lines: PdfLine[]): number {
  const bySize = new SizeTally();
  for (const l of lines) bySize.add(l.fontSize, l.text.length);
  return bySize.most('larger') ?? lines[0].fontSize;
}

function plainLine(l: PdfLine): Line {
  const line: Line = { text: l.text, spans: l.spans, box: l.box, fontSize: l.fontSize, bold: l.bold, italic: l.italic, page: l.page };
  if (l.fragments) line.fragments = l.fragments;
  return line;
}

function unionBox(lines: PdfLine[]): Box {
  const out = { ...lines[0].box };
  for (const { box: b } of lines) {
    if (b.x0 < out.x0) out.x0 = b.x0;
    if (b.y0 < out.y0) out.y0 = b.y0;
    if (b.x1 > out.x1) out.x1 = b.x1;
    if (b.y1 > out.y1) out.y1 = b.y1;
  }
  return out;
}
