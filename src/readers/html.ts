// HTML reader: a pack saved as HTML (Word export, ModernGov page, or our text reader's output) -> DocModel.
//   <h2>Report to the Panel</h2> <p><b>Date:</b> 9 January 2023</p>
//   <ul><li>The Settlement ...<ul><li>nested</li></ul></li></ul> <ol start="2"><li>Serious ...</li></ol>
//   <table><thead><tr><th>Band</th>...</tr></thead><tr><td rowspan="2">...</td>...</tr></table>
// Block elements become blocks; inline elements become styled spans. The DOM is walked with explicit
// stacks (never recursion), so deep nesting cannot overflow the call stack.
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Block, DocModel, Line, Span, TableBlock, TableCell } from '../model.js';
import { spansText, tableAsBlock } from '../model.js';
import type { ReadOptions } from './index.js';
import {
  BODY_FONT_SIZE, HEADING_FONT_SIZE, RULE_HEADING_LEVEL, allBold, allItalic, cleanText, estimateLines,
  guessHeaderRows, isHeadingLike, leadingEnumerator, listMarkerOf, mergeSpans,
} from './inline.js';
import { SizeTally } from './size-tally.js';
import { unflattenColumns } from './columns.js';
import { printedLength } from '../text.js';

export interface HtmlBlockOptions {
  /** page number to give every block (null: the source marks no pages) */
  page: number | null;
  /** how tables were found, recorded on each table */
  tableMethod: TableBlock['method'];
  /** marker of <ul> items when the list gives no list-style-type; null: a browser's (disc, then circle, then square) */
  bullet: string | null;
}

const SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'img',
  'title', 'meta', 'link', 'button', 'input', 'select', 'textarea', 'map', 'canvas', 'video', 'audio', 'nav']);
/** Not printed: skipped elements, and elements hidden by attribute or inline CSS. */
const unprinted = (el: Element, tag: string) =>
  SKIP.has(tag) || el.attribs?.hidden !== undefined || /(?<![\w-])display\s*:\s*none/i.test(el.attribs?.style ?? '');
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const PARAGRAPHS = new Set(['p', 'pre', 'address', 'dt', 'dd', 'caption', 'figcaption', 'summary', 'legend']);
/** Elements that end a run of inline content (a line or a block boundary). */
const BLOCK_TAGS = new Set([...HEADINGS, ...PARAGRAPHS, 'div', 'section', 'article', 'main', 'header', 'footer',
  'nav', 'aside', 'blockquote', 'center', 'body', 'html', 'ul', 'ol', 'li', 'dl', 'table', 'thead', 'tbody', 'tfoot',
  'tr', 'td', 'th', 'form', 'fieldset', 'figure', 'details', 'hr']);

export function readHtml(html: string, _opts: ReadOptions): DocModel {
  const $ = cheerio.load(html);
  const title = cleanText($('title').first().text()) || cleanText($('h1').first().text()) || null;
  const root = $('body').get(0) ?? $.root().get(0)!;
  const blocks = unflattenColumns(htmlBlocks(root, { page: null, tableMethod: 'html', bullet: null }));
  return { format: 'html', pages: [{ number: null, width: null, height: null, blocks }], pageCount: null, title, warnings: [] };
}

/** A <br> in the collected runs (a character no text node keeps, see textOf). */
const LINE_BREAK = '\u2028';
const textOf = (data: string) => data.replace(/\u2028/g, ' ');

interface Style {
  bold: boolean;
  italic: boolean;
  /** font size in points when the markup sets one (inline CSS), else null */
  size: number | null;
}

const PLAIN: Style = { bold: false, italic: false, size: null };

/** A run while collecting: a span and the font size it was set in. */
type RawSpan = Span & { size?: number | null };

/** CSS font-size in points: "14.0pt", "18px", "1.2em", "120%" (relative sizes need a known parent size). */
function cssSize(css: string, parent: number | null): number | null {
  const m = /(?<![\w-])font-size\s*:\s*([\d.]+)\s*(pt|px|em|rem|%)/.exec(css);
  if (!m) return parent;
  const v = Number(m[1]);
  if (m[2] === 'pt') return v;
  if (m[2] === 'px') return v * 0.75;
  if (parent === null) return parent;
  return m[2] === '%' ? (parent * v) / 100 : parent * v;
}

/** Bold/italic/size of an element given its parent's style: tags and inline CSS font-weight/font-style/font-size. */
function styleOf(el: Element, parent: Style): Style {
  const tag = el.name.toLowerCase();
  let { bold, italic } = parent;
  if (tag === 'b' || tag === 'strong' || tag === 'th' || HEADINGS.has(tag)) bold = true;
  if (tag === 'i' || tag === 'em' || tag === 'cite' || tag === 'dfn') italic = true;
  const css = (el.attribs?.style ?? '').toLowerCase();
  // "(?<![\w-])" so that Word's "mso-bidi-font-weight:normal" is not taken for the weight
  const weight = /(?<![\w-])font-weight\s*:\s*([a-z0-9]+)/.exec(css)?.[1];
  if (weight) bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  const fstyle = /(?<![\w-])font-style\s*:\s*([a-z]+)/.exec(css)?.[1];
  if (fstyle) italic = fstyle === 'italic' || fstyle === 'oblique';
  return { bold, italic, size: cssSize(css, parent.size) };
}

const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';
const tagOf = (n: AnyNode) => (isElement(n) ? n.name.toLowerCase() : '');

/**
 * Styled runs of everything inside `el` (iteratively). A nested block element separates text; a <br>
 * starts a new line (a LINE_BREAK run; newlines in the markup are mere spaces). Elements whose tag is in
 * `defer` are not entered but returned, so that a list item's nested lists become their own blocks.
 */
function collectSpans(el: Element, base: Style, defer: ReadonlySet<string> = new Set()): { spans: RawSpan[]; deferred: Element[] } {
  const spans: RawSpan[] = [];
  const deferred: Element[] = [];
  const stack: { node: AnyNode; style: Style; close?: boolean }[] = [];
  const pushChildren = (n: Element, style: Style) => {
    for (let k = n.children.length - 1; k >= 0; k--) stack.push({ node: n.children[k], style });
  };
  pushChildren(el, styleOf(el, base));
  while (stack.length) {
    const { node, style, close } = stack.pop()!;
    if (close) { spans.push({ text: ' ', bold: false, italic: false }); continue; }
    if (node.type === 'text') { spans.push({ text: textOf(node.data), ...style }); continue; }
    if (!isElement(node)) continue;
    const tag = tagOf(node);
    if (unprinted(node, tag)) continue;
    if (defer.has(tag)) { deferred.push(node); continue; }
    if (tag === 'br') { spans.push({ text: LINE_BREAK, bold: false, italic: false }); continue; }
    if (BLOCK_TAGS.has(tag)) {
      spans.push({ text: ' ', bold: false, italic: false });
      stack.push({ node, style, close: true });
    }
    pushChildren(node, styleOf(node, style));
  }
  return { spans, deferred };
}

/** Split runs at line breaks: the block's spans (breaks as spaces) and its lines. */
function linesOf(raw: Span[], page: number | null, fontSize: number): { spans: Span[]; lines: Line[] } {
  const lines: Line[] = [];
  let current: Span[] = [];
  const flush = () => {
    const spans = mergeSpans(current);
    current = [];
    if (!spans.length) return;
    lines.push({ text: spansText(spans), spans, box: null, fontSize, bold: allBold(spans), italic: allItalic(spans), page });
  };
  for (const s of raw) {
    const parts = s.text.split(LINE_BREAK);
    parts.forEach((p, k) => {
      if (k > 0) flush();
      if (p) current.push({ ...s, text: p });
    });
  }
  flush();
  return { spans: mergeSpans(raw.map((s) => (s.text === LINE_BREAK ? { ...s, text: ' ' } : s))), lines };
}

function textBlock(kind: Block['kind'], raw: Span[], o: HtmlBlockOptions, fontSize: number): Block | null {
  const { spans, lines } = linesOf(raw, o.page, fontSize);
  if (!spans.length) return null;
  return {
    kind, text: spansText(spans), spans, lines, page: o.page, box: null, fontSize,
    bold: allBold(spans), italic: allItalic(spans),
  };
}

/**
 * A paragraph; a heading by the shared rule (short standalone bold line); or a list item when it starts
 * with a printed bullet or number, as Word's HTML prints list paragraphs ("mso-list:l0 level2" gives the depth).
 */
function paragraph(raw: RawSpan[], o: HtmlBlockOptions, style = ''): Block | null {
  const b = textBlock('paragraph', raw, o, dominantSize(raw) ?? BODY_FONT_SIZE);
  if (!b) return null;
  const msoLevel = /mso-list\s*:\s*\S+\s+level(\d+)/i.exec(style)?.[1];
  // a Word list paragraph prints its bullet or number as the first word, whatever it is ("o", "1.1", "§")
  const marker = msoLevel ? /^\S+(?=\s)/.exec(b.text)?.[0] ?? null : listMarkerOf(b.text);
  if (marker) {
    b.kind = 'list_item';
    b.marker = marker;
    b.depth = Math.max(0, Number(msoLevel ?? 1) - 1);
  }
  return b;
}

/** The size most of the text is set in (by characters), or null when the markup sets none. */
function dominantSize(raw: RawSpan[]): number | null {
  const tally = new SizeTally();
  for (const s of raw) if (s.size != null) tally.add(s.size, printedLength(s.text));
  return tally.most('larger');
}

/**
 * The shared heading rule over the paragraphs, once the body size is known (the size most paragraph
 * text is set in): a short standalone bold or larger line becomes a heading, as in the PDF reader.
 */
function applyHeadingRule(paragraphs: Block[]): void {
  const tally = new SizeTally();
  for (const b of paragraphs) tally.add(b.fontSize, b.text.length);
  const bodySize = tally.most('smaller') ?? BODY_FONT_SIZE;
  for (const b of paragraphs) {
    if (!isHeadingLike(b.spans, Math.max(b.lines.length, estimateLines(b.text)), b.fontSize, bodySize)) continue;
    b.kind = 'heading';
    b.level = RULE_HEADING_LEVEL;
    delete b.depth;
  }
}

// ---- lists ----

interface ListFrame {
  ordered: boolean;
  next: number;
  type: string;
}

const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'],
  [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) { out += s; n -= v; }
  return out;
}
const alpha = (n: number) => (n >= 1 && n <= 26 ? String.fromCharCode(96 + n) : String(n));

const GLYPHS: Record<string, string> = { disc: '•', circle: '◦', square: '▪' };

/** List type from the type attribute or CSS list-style-type: 'decimal', 'lower-roman', 'disc', 'none', '"-"'... */
function listType(el: Element): string {
  const css = /list-style(?:-type)?\s*:\s*([^;]+)/i.exec(el.attribs?.style ?? '')?.[1].trim();
  if (css) {
    const quoted = /^["']([^"']*)["']/.exec(css);
    if (quoted) return `"${quoted[1].trim()}"`;
    return css.split(/\s+/).find((w) => /^(none|disc|circle|square|decimal|lower-|upper-)/i.test(w))?.toLowerCase() ?? '';
  }
  const t = el.attribs?.type;
  if (!t) return '';
  return { '1': 'decimal', a: 'lower-alpha', A: 'upper-alpha', i: 'lower-roman', I: 'upper-roman' }[t] ?? t.toLowerCase();
}

const BROWSER_BULLETS = ['•', '◦', '▪'];

function markerFor(frame: ListFrame, n: number, bullet: string): string | null {
  const t = frame.type;
  if (t === 'none') return null;
  if (t.startsWith('"')) return t.slice(1, -1) || null;
  if (GLYPHS[t]) return GLYPHS[t];
  if (!frame.ordered && !/roman|alpha|latin|decimal/.test(t)) return bullet;
  if (t.includes('roman')) return (t.startsWith('upper') ? roman(n).toUpperCase() : roman(n)) + '.';
  if (/alpha|latin/.test(t)) return (t.startsWith('upper') ? alpha(n).toUpperCase() : alpha(n)) + '.';
  return `${n}.`;
}

const LIST_DEFER = new Set(['ul', 'ol', 'table']);

function listItem(li: Element, frames: ListFrame[], o: HtmlBlockOptions, parent: Style): { block: Block | null; nested: Element[] } {
  const frame = frames[frames.length - 1];
  const value = Number(li.attribs?.value);
  const n = Number.isFinite(value) && li.attribs?.value !== undefined ? value : frame?.next ?? 1;
  if (frame) frame.next = n + 1;
  const { spans: raw, deferred } = collectSpans(li, parent, LIST_DEFER);
  const depth = Math.max(0, frames.length - 1);
  const bullet = o.bullet ?? BROWSER_BULLETS[Math.min(depth, BROWSER_BULLETS.length - 1)];
  const marker = frame ? markerFor(frame, n, bullet) : bullet;
  const prefixed = marker ? [{ text: `${marker} `, bold: false, italic: false }, ...raw] : raw;
  const block = textBlock('list_item', prefixed, o, BODY_FONT_SIZE);
  // an unmarked list (list-style-type: none) often prints its own numbers: "1.1 The report ..."
  const printed = marker ?? (block ? leadingEnumerator(block.text) : null);
  if (block && printed) block.marker = printed;
  if (block) block.depth = depth;
  return { block, nested: deferred };
}

// ---- tables ----

function rowsOf(table: Element): { row: Element; head: boolean }[] {
  const rows: { row: Element; head: boolean }[] = [];
  for (const child of table.children) {
    const tag = tagOf(child);
    if (tag === 'tr') rows.push({ row: child as Element, head: false });
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      for (const r of (child as Element).children) if (tagOf(r) === 'tr') rows.push({ row: r as Element, head: tag === 'thead' });
    }
  }
  return rows;
}

const spanAttr = (el: Element, name: string) => {
  const v = Number.parseInt(el.attribs?.[name] ?? '1', 10);
  return Number.isFinite(v) && v > 0 ? Math.min(v, 1000) : 1;
};

/** The table as a grid: merged cells are expanded, positions they cover hold null. */
function tableOf(table: Element, o: HtmlBlockOptions, parent: Style): TableBlock | null {
  const base = styleOf(table, parent);
  const rows = rowsOf(table);
  const grid: (TableCell | null)[][] = [];
  const taken: boolean[][] = [];
  rows.forEach(({ row }, r) => {
    grid[r] ??= [];
    taken[r] ??= [];
    let c = 0;
    for (const cellEl of row.children) {
      const tag = tagOf(cellEl);
      if (tag !== 'td' && tag !== 'th') continue;
      while (taken[r][c]) c++;
      const el = cellEl as Element;
      const rowSpan = Math.min(spanAttr(el, 'rowspan'), rows.length - r);
      const colSpan = spanAttr(el, 'colspan');
      const { spans } = linesOf(collectSpans(el, base).spans, o.page, BODY_FONT_SIZE);
      grid[r][c] = { text: spansText(spans), spans, rowSpan, colSpan, bold: allBold(spans), box: null, page: o.page };
      for (let dr = 0; dr < rowSpan; dr++) {
        grid[r + dr] ??= [];
        taken[r + dr] ??= [];
        for (let dc = 0; dc < colSpan; dc++) {
          taken[r + dr][c + dc] = true;
          if (dr || dc) grid[r + dr][c + dc] = null;
        }
      }
      c += colSpan;
    }
  });
  const nCols = Math.max(0, ...taken.map((t) => t.length));
  if (!grid.length || nCols === 0) return null;
  const empty = (): TableCell => ({ text: '', spans: [], rowSpan: 1, colSpan: 1, bold: false, box: null, page: o.page });
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < nCols; c++) if (!taken[r][c]) grid[r][c] = empty();
    grid[r].length = nCols;
  }
  let headerRows = 0;
  while (headerRows < rows.length && (rows[headerRows].head || isThRow(rows[headerRows].row))) headerRows++;
  if (headerRows === rows.length) headerRows = rows.length > 1 ? 1 : 0;
  if (headerRows === 0) headerRows = guessHeaderRows(grid);
  const caption = table.children.find((c) => tagOf(c) === 'caption');
  const out: TableBlock = { grid, headerRows, nCols, pageStart: o.page, pageEnd: o.page, box: null, method: o.tableMethod };
  if (caption) out.caption = spansText(mergeSpans(collectSpans(caption as Element, base).spans));
  return out;
}

/**
 * A table used for page layout rather than data: it holds headings or another table, or has a single
 * column. Its cells are read as ordinary content. The scan stops at nested tables (each is judged alone).
 */
function isLayoutTable(table: Element): boolean {
  if (rowsOf(table).every(({ row }) => row.children.filter((c) => tagOf(c) === 'td' || tagOf(c) === 'th').length <= 1)) return true;
  const stack: AnyNode[] = [...table.children];
  while (stack.length) {
    const n = stack.pop()!;
    const tag = tagOf(n);
    if (HEADINGS.has(tag) || (tag === 'table' && n !== table)) return true;
    if (isElement(n)) stack.push(...n.children);
  }
  return false;
}

const isThRow = (row: Element) => {
  const cells = row.children.filter((c) => tagOf(c) === 'td' || tagOf(c) === 'th');
  return cells.length > 0 && cells.every((c) => tagOf(c) === 'th');
};


// ---- the walk ----

type Step = { node: AnyNode; style: Style } | { endList: true };

/** Blocks of everything under `root`, in document order. */
export function htmlBlocks(root: AnyNode, o: HtmlBlockOptions): Block[] {
  const blocks: Block[] = [];
  const paragraphs: Block[] = [];
  const frames: ListFrame[] = [];
  let pending: RawSpan[] = [];
  const add = (b: Block | null) => { if (b) blocks.push(b); };
  const addParagraph = (raw: RawSpan[], style?: string) => {
    const b = paragraph(raw, o, style);
    if (b) paragraphs.push(b);
    add(b);
  };
  const flush = () => {
    if (pending.length) addParagraph(pending);
    pending = [];
  };
  const stack: Step[] = [];
  const pushAll = (nodes: AnyNode[], style: Style) => {
    for (let k = nodes.length - 1; k >= 0; k--) stack.push({ node: nodes[k], style });
  };
  pushAll('children' in root ? (root.children as AnyNode[]) : [], PLAIN);
  while (stack.length) {
    const step = stack.pop()!;
    if ('endList' in step) { flush(); frames.pop(); continue; }
    const { node, style } = step;
    if (node.type === 'text') { pending.push({ text: textOf(node.data), ...style }); continue; }
    if (!isElement(node)) continue;
    const tag = tagOf(node);
    if (unprinted(node, tag)) continue;
    if (tag === 'br') { pending.push({ text: LINE_BREAK, ...PLAIN }); continue; }
    if (!BLOCK_TAGS.has(tag)) { pending.push(...collectSpans(node, style).spans); continue; }
    flush();
    if (HEADINGS.has(tag)) {
      const level = Number(tag[1]);
      const b = textBlock('heading', collectSpans(node, style).spans, o, HEADING_FONT_SIZE[level]);
      if (b) b.level = level;
      add(b);
    } else if (PARAGRAPHS.has(tag)) {
      const { spans, deferred } = collectSpans(node, style, LIST_DEFER);
      addParagraph(spans, node.attribs?.style);
      pushAll(deferred, styleOf(node, style));
    } else if (tag === 'ul' || tag === 'ol') {
      const start = Number.parseInt(node.attribs?.start ?? '1', 10);
      frames.push({ ordered: tag === 'ol', next: Number.isFinite(start) ? start : 1, type: listType(node) || (tag === 'ol' ? 'decimal' : '') });
      stack.push({ endList: true });
      pushAll(node.children, styleOf(node, style));
    } else if (tag === 'li') {
      const { block, nested } = listItem(node, frames, o, style);
      add(block);
      pushAll(nested, styleOf(node, style));
    } else if (tag === 'table' && !isLayoutTable(node)) {
      const t = tableOf(node, o, style);
      if (t) add(tableAsBlock(t, o.page, null, BODY_FONT_SIZE));
    } else {
      pushAll(node.children, styleOf(node, style));
    }
  }
  flush();
  applyHeadingRule(paragraphs);
  return blocks;
}
