// The one layout-aware document model. Every reader (PDF, HTML, text) produces a DocModel; every later
// stage (segment, sections, tables, emit) reads only this. Coordinates are PDF points with a top-left
// origin (y grows downward); HTML and text sources have no geometry (box null).
import { collapseSpaces } from './text.js';

export type SourceFormat = 'pdf' | 'html' | 'text' | 'docx' | 'image';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A run of text with one style, the unit of inline formatting (bold titles inside a cell, etc.). */
export interface Span {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** A positioned word on a PDF page (after splitting items at vertical rules and at gaps). */
export interface Word extends Box {
  text: string;
  fontSize: number;
  fontName: string;
  bold: boolean;
  italic: boolean;
  /** true when a space (or a wide gap) follows this word on the same line */
  spaceAfter?: boolean;
  /** struck through (a deletion): kept apart from the page's words, never read as text */
  struck?: boolean;
  /** OCR words: the engine's confidence, 0-100 (kept as read, never corrected) */
  confidence?: number;
}

/** A horizontal or vertical ruling segment, from a stroke or a thin filled rectangle. */
export interface Ruling extends Box {
  orientation: 'h' | 'v';
}

/** A filled rectangle larger than a ruling (cell shading, boxes); kept for table detection. */
export type FilledRect = Box;

/** What the PDF reader knows of one page before layout: the input of the table finder and layouter. */
export interface RawPage {
  number: number;
  width: number;
  height: number;
  words: Word[];
  rulings: Ruling[];
  rects: FilledRect[];
  /** words that would not show when printed (under a later fill, invisible, in the colour of the fill under them): not read */
  hidden?: Word[];
  /** struck-through words (each `struck: true`), left out of `words` */
  struck?: Word[];
}

export interface Line {
  text: string;
  spans: Span[];
  box: Box | null;
  fontSize: number;
  bold: boolean;
  italic: boolean;
  page: number | null;
  /** PDF lines with a wide gap between words (lists printed side by side): the runs of words and where each stands */
  fragments?: LineFragment[];
}

/** A run of words of a line without a wide gap, with its horizontal extent. */
export interface LineFragment {
  text: string;
  x0: number;
  x1: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'list_item' | 'table' | 'header' | 'footer';

export interface TableCell {
  text: string;
  spans: Span[];
  /** for a merged cell: how many rows/columns it covers; covered positions hold null in the grid */
  rowSpan: number;
  colSpan: number;
  bold: boolean;
  box: Box | null;
  page: number | null;
  /** struck-through text printed in the cell, left out of `text` */
  struck?: string;
}

export interface TableBlock {
  /** full grid as printed, header rows first; null where a merged cell covers the position */
  grid: (TableCell | null)[][];
  /** number of leading grid rows that are header rows */
  headerRows: number;
  nCols: number;
  pageStart: number | null;
  pageEnd: number | null;
  box: Box | null;
  /** how it was found: 'ruled' (lines), 'stream' (alignment), 'html', 'text' */
  method: 'ruled' | 'stream' | 'html' | 'text';
  /** caption when the source gives one (<caption>) */
  caption?: string;
  /** grid rows that begin a piece joined on (after a page break, or after the exporter split the table):
   * a row broken there may go on from the row above */
  continuedAt?: number[];
}

export interface Block {
  kind: BlockKind;
  /** text of the block, lines joined with a space (list markers kept) */
  text: string;
  spans: Span[];
  lines: Line[];
  page: number | null;
  box: Box | null;
  /** dominant font size (pt; HTML/text use nominal sizes: h1 24 .. body 11) */
  fontSize: number;
  /** true when (nearly) all of the text is bold / italic */
  bold: boolean;
  italic: boolean;
  /** heading level 1..6 for headings */
  level?: number;
  /** list nesting depth (0 = top) for list items */
  depth?: number;
  /** marker of a list item as printed ("-", "•", "i.", "1.", "(a)") */
  marker?: string;
  table?: TableBlock;
  /** struck-through text printed within the block, left out of `text` */
  struck?: string;
}

export interface Page {
  /** 1-based page number; null for HTML/text sources that mark no pages */
  number: number | null;
  width: number | null;
  height: number | null;
  blocks: Block[];
}

export interface Warning {
  code: string;
  message: string;
  page: number | null;
}

export interface DocModel {
  format: SourceFormat;
  /** pages of the source: PDF pages; HTML/text give one page per marked page, else one page (number null) */
  pages: Page[];
  /** number of pages in the source (PDF page count; HTML/text: marked pages or null) */
  pageCount: number | null;
  title: string | null;
  warnings: Warning[];
  /** numbers of the pages read by OCR (scans, broken text layers, images), ascending */
  ocrPages?: number[];
}

/** All blocks of a document in reading order. */
export function allBlocks(doc: DocModel): Block[] {
  // a plain loop: flatMap is several times slower over a thousand pages, and every stage asks
  const blocks: Block[] = [];
  for (const page of doc.pages) for (const b of page.blocks) blocks.push(b);
  return blocks;
}

/** Body blocks: everything but running headers and footers. */
export function bodyBlocks(doc: DocModel): Block[] {
  return allBlocks(doc).filter((b) => b.kind !== 'header' && b.kind !== 'footer');
}

// several parsers read the text of every block with its whitespace collapsed: worked out once per block
const cleanTexts = new WeakMap<Block, string>();

/** A block's text with each run of whitespace as one space, trimmed (collapseSpaces), computed once per block. */
export function cleanText(block: Block): string {
  let text = cleanTexts.get(block);
  if (text === undefined) {
    text = collapseSpaces(block.text);
    cleanTexts.set(block, text);
  }
  return text;
}

/** Rows of a table as text: each row's filled cells joined by " | ", one row per line. */
export function tableRowsText(rows: (TableCell | null)[][]): string {
  return rows.map((row) => row.map((c) => c?.text ?? '').filter(Boolean).join(' | ')).filter(Boolean).join('\n');
}

/** A table as a block of the page: its text is tableRowsText of its grid; bold when every filled cell is. */
export function tableAsBlock(table: TableBlock, page: number | null, box: Box | null, fontSize: number): Block {
  const cells = table.grid.flat().filter((c): c is TableCell => c !== null && c.text !== '');
  return {
    kind: 'table',
    text: tableRowsText(table.grid),
    spans: [],
    lines: [],
    page,
    box,
    fontSize,
    bold: cells.length > 0 && cells.every((c) => c.bold),
    italic: false,
    table,
  };
}

export function spansText(spans: Span[]): string {
  return spans.map((s) => s.text).join('').replace(/\s+/g, ' ').trim();
}
