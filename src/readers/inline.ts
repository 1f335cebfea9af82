// Helpers shared by every reader: span cleanup, the heading rule, list enumerators and table header guessing.
// Keeping them here makes the PDF, HTML and text readers agree on what a heading / list item / header row is.
import type { Span, TableCell } from '../model.js';
import { spansText } from '../model.js';
import { isHeadingText } from './pdf/headings.js';
import { listMarker } from './pdf/blocks.js';

/** Nominal font sizes (pt) for sources without geometry. */
export const BODY_FONT_SIZE = 11;
export const HEADING_FONT_SIZE: Record<number, number> = { 1: 24, 2: 18, 3: 14, 4: 12, 5: 11, 6: 11 };
/** Level given to a heading found by the rule (bold or large short standalone line) rather than by markup. */
export const RULE_HEADING_LEVEL = 5;
/** Characters per printed line of body text on an A4 page, to estimate line counts where there is no geometry. */
const CHARS_PER_LINE = 95;

/** Whitespace collapsed (nbsp and zero-width characters included), trimmed. */
export function cleanText(text: string): string {
  return text.replace(/[\u200B-\u200D\uFEFF\u00AD]/g, '').replace(/[\s\u00A0]+/g, ' ').trim();
}

/**
 * Merge adjacent runs of the same style, collapse whitespace across run boundaries, trim the ends.
 * Whitespace-only runs join their neighbour, so "<b>A</b> <b>B</b>" stays one bold run. Linear time.
 */
export function mergeSpans(spans: Span[]): Span[] {
  const groups: { parts: string[]; bold: boolean; italic: boolean; blank: boolean }[] = [];
  for (const s of spans) {
    const text = s.text.replace(/[\u200B-\u200D\uFEFF\u00AD]/g, '').replace(/[\s\u00A0]+/g, ' ');
    if (!text) continue;
    const blank = text === ' ';
    const prev = groups[groups.length - 1];
    if (prev && (blank || (prev.bold === s.bold && prev.italic === s.italic))) prev.parts.push(text);
    else if (prev && prev.blank) Object.assign(prev, { bold: s.bold, italic: s.italic, blank: false }).parts.push(text);
    else groups.push({ parts: [text], bold: s.bold, italic: s.italic, blank });
  }
  const out: Span[] = [];
  let spaceBefore = true; // drops leading spaces and a space right after a space
  for (const g of groups) {
    let text = g.parts.join('').replace(/ {2,}/g, ' ');
    if (spaceBefore) text = text.replace(/^ /, '');
    if (!text) continue;
    spaceBefore = text.endsWith(' ');
    out.push({ text, bold: g.bold, italic: g.italic });
  }
  if (out.length) {
    const last = out.length - 1;
    out[last] = { ...out[last], text: out[last].text.trimEnd() };
    if (!out[last].text) out.pop();
  }
  return out;
}

const hasWord = (s: Span) => /[\p{L}\p{N}]/u.test(s.text);

/** true when every run carrying letters or digits is bold. */
export function allBold(spans: Span[]): boolean {
  const words = spans.filter(hasWord);
  return words.length > 0 && words.every((s) => s.bold);
}

export function allItalic(spans: Span[]): boolean {
  const words = spans.filter(hasWord);
  return words.length > 0 && words.every((s) => s.italic);
}

export function estimateLines(text: string): number {
  return Math.max(1, Math.ceil(text.length / CHARS_PER_LINE));
}

/**
 * The heading rule shared by all readers (the PDF reader's rule, applied to spans): a short standalone
 * line, at most two printed lines, that is wholly bold or set clearly larger than the body text; a bold
 * sentence ending in a full stop is emphasised prose (a resolution), not a heading.
 */
export function isHeadingLike(spans: Span[], lineCount: number, fontSize: number, bodySize: number): boolean {
  return isHeadingText(spansText(spans), lineCount, fontSize, allBold(spans), bodySize);
}

/** The bullet or number a paragraph starts with, by the PDF reader's rule ("•", "-", "1.", "(a)", "iv)"), or null. */
export function listMarkerOf(text: string): string | null {
  return listMarker({ text, textX0: 0, box: { x0: 0, y0: 0, x1: 0, y1: 0 }, firstWordWidth: 0, fontSize: 0 });
}

/**
 * The enumerator a list item or numbered paragraph starts with, as printed: "i.", "1.", "1.1", "a)", "(a)", "iii".
 * Returns null when the text starts with none.
 */
export function leadingEnumerator(text: string): string | null {
  const m = /^(\(?(?:\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,6}|[a-z]|[IVXLC]{1,6}|[A-Z])[.)]|\d{1,3}(?:\.\d{1,3})+)(?=\s|$)/.exec(text);
  return m ? m[1] : null;
}

/** A figure ("(198.5)", "£ 652,108", "69.92%", "176,035 MET") or a date ("6 February 2023"): a value, not a label. */
const VALUE_CELL = /^(?:[(\-–£$€]*\s*\d[\d,.]*\s*[)%]?\s*[a-zA-Z]{0,3}|\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9},? \d{4})$/;

/**
 * How many leading rows of a grid without header markup are header rows: the first row is a header
 * when all its filled cells are bold or italic while the body is not, or when it labels columns that
 * hold numbers below it (text above figures or dates).
 */
export function guessHeaderRows(grid: (TableCell | null)[][]): number {
  if (grid.length < 2) return 0;
  const [first, ...rest] = grid;
  const filled = first.filter((c): c is TableCell => !!c && c.text !== '');
  if (filled.length === 0) return 0;
  const styled = (c: TableCell) => allBold(c.spans) || allItalic(c.spans);
  const bodyCells = rest.flat().filter((c): c is TableCell => !!c && c.text !== '');
  if (filled.every(styled) && !bodyCells.every(styled)) return 1;
  if (filled.some((c) => VALUE_CELL.test(c.text))) return 0;
  const numericBelow = first.some((c, col) => !!c && c.text !== '' &&
    rest.some((row) => { const b = row[col]; return !!b && VALUE_CELL.test(b.text); }));
  return numericBelow ? 1 : 0;
}
