// Paragraphs of minutes re-cut from body blocks: readers may merge a heading, a "(Item N)" line, a vote
// label and its names into one block, or split one list of names over two blocks at a page end. A new
// paragraph starts at a line opening a unit (list marker, RESOLVED, "(Item N)", "For (57)", "PRESENT:").
import type { Block, Line, Span } from '../../model.js';
import { collapseSpaces, joinWrappedLines, lineJoiner } from '../../text.js';

export interface Para {
  /** text without its list marker */
  text: string;
  /** text as printed (marker kept) */
  raw: string;
  /** printed lines of the paragraph (a roster printed one person per line) */
  lines: string[];
  marker: string | null;
  depth: number;
  bold: boolean;
  page: number | null;
  heading: boolean;
  /** left edge of the first line (PDF only): indentation tells nesting when markers are lost */
  x0: number | null;
  /** the bold words the first line opens with when the rest is not bold ("**Apologies** No apologies ...") */
  lead?: string;
  /** cut from a paragraph where it ran on after the minute before it ("... at work. 71/17 Declaration ...") */
  sequenced?: boolean;
}

const MARKER = /^(\(?(?:[ivxlc]{1,6}|[a-zA-Z]|\d{1,2})[.)]|[-•▪◦●o·*–\uE000-\uF8FF])\s+/;
// bullets: list markup that each rendering prints with its own glyph, unlike "i." or "(a)" (Word's
// Symbol/Wingdings bullets come through as private-use characters)
const BULLET_GLYPH = '[-•▪◦●o·*–\\uE000-\\uF8FF]';
const BULLET = new RegExp(`^${BULLET_GLYPH}$`);
const LEADING_BULLETS = new RegExp(`^(?:${BULLET_GLYPH}\\s+)+`);

/** A paragraph as printed, the bullets it opens with given as one "•" ("- - i. That ..." -> "• i. That ..."). */
export const oneBullet = (raw: string): string => raw.replace(LEADING_BULLETS, '• ');
export const VOTE_LABEL = /^(For|Against|Abstain(?:ed|ing|ions?)?)\s*[(:]\s*(\d+)\s*\)?/i;
/** "(Item 3)" under a minute heading */
export const ITEM_REF = /^\(Item\s+(\d+[A-Za-z]?)\)\s*$/i;
const NEW_UNIT = new RegExp(`${MARKER.source}|^(?:RESOLVED|AGREED)\\b|^\\(Item\\s+\\d|${VOTE_LABEL.source}|^(?:ALSO PRESENT|ALSO IN ATTENDANCE|IN ATTENDANCE|PRESENT|APOLOGIES|ABSENT|Also (?:present|in attendance)|In attendance|Present|Apologies|Absent)\\b\\s*:`);
const UNFINISHED = /(?:,|\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Cllr|Councillor|and)|[A-Za-z]-)$/;
/** characters of a paragraph's end that UNFINISHED and lineJoiner need (its longest word and the one before) */
const TAIL = 16;
/** longest "(Item 12a)" line with spaces to spare */
const ITEM_REF_MAX = 40;

/**
 * Markdown and HTML left in text sources: a blockquote or callout marker opening a line ("> [!abstract]- Present:")
 * the no-break-space entity ("1.&nbsp;&nbsp;Title") and a link's target ("[(2.1)](</2025-06/...>)") are layout, not words.
 */
function unmark(text: string): string {
  return text.replace(/^\s*>\s*(?:\[![\w-]+\][-+]?\s*)?/, '').replace(/&nbsp;/g, ' ').replace(/\[([^\]]*)\]\(<?[^()<>]*>?\)/g, '$1');
}

/** Re-cut body blocks into paragraphs (see the file comment). */
export function toParas(blocks: Block[]): Para[] {
  const paras: Para[] = [];
  for (const block of blocks) {
    if (block.kind === 'table') for (const cell of cellBlocks(block)) addBlock(paras, cell);
    else addBlock(paras, block);
  }
  for (const p of paras) splitMarker(p);
  return paras;
}

/** Cut one block's lines into paragraphs, going on with the last paragraph when it was left unfinished. */
function addBlock(paras: Para[], b: Block): void {
  // a list item's lines are used only when they carry its marker (some readers print it apart)
  const ownLines = b.lines.length > 0 && (b.kind !== 'list_item' || b.text.startsWith(b.lines[0].text.trim().slice(0, 12)));
  const lines: Pick<Line, 'text' | 'bold' | 'page' | 'box' | 'spans'>[] = ownLines ? b.lines : [{ text: b.text, bold: b.bold, page: b.page, box: b.box, spans: [] }];
  // a list of names broken by a page or column end continues in the next block
  const prev = paras[paras.length - 1];
  // Only the end of a paragraph's text decides how the next line joins it: tested on its last
  // characters, as a test of the whole would flatten the growing text at every line (quadratic).
  let tail = prev ? prev.raw.slice(-TAIL) : '';
  let cur: Para | null = prev && b.kind !== 'heading' && UNFINISHED.test(tail) ? prev : null;
  for (const line of lines) {
    const text = collapseSpaces(unmark(line.text));
    if (!text || (cur && /^\d{1,3}$/.test(text))) continue; // a page number left in the text
    if (cur && ITEM_REF.test(text)) splitOffTitle(paras, cur);
    if (!cur || NEW_UNIT.test(text) || (cur.raw.length <= ITEM_REF_MAX && ITEM_REF.test(cur.raw))) {
      const x0 = (line.box ?? b.box)?.x0 ?? null;
      cur = { text, raw: text, lines: [text], marker: null, depth: b.depth ?? 0, bold: line.bold, page: line.page ?? b.page, heading: b.kind === 'heading', x0 };
      const lead = boldLead(line.spans);
      if (lead && lead.length < text.length) cur.lead = lead;
      paras.push(cur);
      tail = text.slice(-TAIL);
    } else {
      const joiner = lineJoiner(tail, text);
      cur.raw = cur.raw + joiner + text;
      tail = (tail + joiner + text).slice(-TAIL);
      cur.lines.push(text);
      cur.bold &&= line.bold;
    }
  }
}

/** The text of the bold spans a line opens with, when spans after them are not bold. */
function boldLead(spans: Span[]): string | null {
  const k = spans.findIndex((sp) => !sp.bold && /\S/.test(sp.text));
  if (k <= 0) return null;
  const lead = collapseSpaces(spans.slice(0, k).map((sp) => sp.text).join('')).trim();
  return /\p{L}/u.test(lead) ? lead : null;
}

/** A title printed straight after the previous minute's last sentence, above "(Item N)", is its own paragraph. */
function splitOffTitle(paras: Para[], cur: Para): void {
  const k = cur.lines.findLastIndex((l) => /[.:;]$/.test(l));
  if (k < 0 || k === cur.lines.length - 1 || cur.lines.length - 1 - k > 3) return;
  const title = cur.lines.splice(k + 1);
  cur.raw = joinWrappedLines(cur.lines);
  const text = joinWrappedLines(title);
  paras.push({ ...cur, text, raw: text, lines: title, marker: null, depth: 0 });
}

/** Minutes laid out in two columns can come through as a table ("84. (Item 1)" | "Apologies"): read its cells. */
function cellBlocks(table: Block): Block[] {
  const blocks: Block[] = [];
  for (const row of table.table?.grid ?? []) {
    for (const c of row) {
      if (c === null || !/\S/.test(c.text)) continue;
      const page = c.page ?? table.page;
      blocks.push({
        kind: 'paragraph', text: c.text.replace(/\s+/g, ' '), spans: c.spans, page, box: c.box,
        // a one-line cell keeps its spans: a bold title run into its text shows there
        lines: c.text.split('\n').map((t, _, all) => ({ text: t, spans: all.length === 1 ? c.spans : [], box: c.box, fontSize: table.fontSize, bold: c.bold, italic: false, page })),
        fontSize: table.fontSize, bold: c.bold, italic: false,
      });
    }
  }
  return blocks;
}

function splitMarker(p: Para): void {
  let text = p.raw;
  let marker: string | null = null;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    marker = m[1];
    text = text.slice(m[0].length);
    if (!BULLET.test(marker)) break;
  }
  p.marker = marker;
  p.text = text;
}
