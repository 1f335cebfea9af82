// Titles inside a cell or a line: the bold (or capitalised) run that opens it vs the description after it,
// and where an agenda entry ends.
//   **MINUTES AND PANEL ACTION TRACKER** To confirm the Minutes of the meeting held on 14 November 2022.
import type { Span } from '../../model.js';
import { clean } from '../from-tables/table-helpers.js';

/** longest line that may end a title's bracket ("– OCC)") */
const BRACKET_TAIL_MAX = 40;
const brackets = (s: string) => (s.match(/\(/g) ?? []).length - (s.match(/\)/g) ?? []).length;

/** A title left with a bracket open ("... (Gareth Epps") whose next line, a short one, closes it ("– OCC)"). */
export const closesBracket = (title: string, next: string): boolean =>
  brackets(title) > 0 && next.length <= BRACKET_TAIL_MAX && brackets(title + next) === 0 && /\)\s*$/.test(next);

/** A page range then a sub-heading in capitals ("(Pages 461 - 610) EXEMPT ITEMS ..."): the item ends there. */
export const cutAfterPageRange = (text: string): string =>
  text.replace(/(\(\s*[Pp]ages?\s+[\d\s–-]+\))\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,})+\b[\s\S]*$/u, '$1');

export interface TitledText {
  title: string;
  description: string | null;
}

/**
 * Split "**TITLE** plain description" into title and description: the bold run at the start (or at
 * `from`, after an item number) is the title. Without bold, a leading run of capitalised words
 * ("NOTICE OF RECORDING This meeting ...") is taken.
 */
export function splitTitle(spans: Span[], text: string, from = 0): TitledText {
  const full = clean(text);
  const styled = boldMask(spans);
  if (styled.text === full) {
    const start = full.length - full.slice(from).trimStart().length;
    let end = start;
    while (end < full.length && (styled.bold[end] || full[end] === ' ')) end++;
    const title = full.slice(start, end).trim();
    if (title) return { title, description: full.slice(end).trim() || null };
  }
  return splitCapitalLead(full.slice(from).trim());
}

/** The spans of characters [from, to) of the spans' text with whitespace collapsed as clean() does. */
export function sliceSpans(spans: Span[], from: number, to: number): Span[] {
  const { text, bold } = boldMask(spans);
  const out: Span[] = [];
  for (let i = Math.max(from, 0); i < Math.min(to, text.length); i++) {
    const last = out.at(-1);
    if (last && last.bold === bold[i]) last.text += text[i];
    else out.push({ text: text[i], bold: bold[i], italic: false });
  }
  return out;
}

/** The text of spans with whitespace collapsed as clean() does, and for each character whether it is bold. */
function boldMask(spans: Span[]): { text: string; bold: boolean[] } {
  let text = '';
  const bold: boolean[] = [];
  for (const span of spans) {
    for (let i = 0; i < span.text.length; i++) {
      const space = /\s/.test(span.text[i]);
      if (space && (text === '' || text.endsWith(' '))) continue;
      text += space ? ' ' : span.text[i];
      bold.push(span.bold);
    }
  }
  return text.endsWith(' ') ? { text: text.slice(0, -1), bold: bold.slice(0, -1) } : { text, bold };
}

function splitCapitalLead(text: string): TitledText {
  const words = text.split(' ');
  let n = 0;
  while (n < words.length && !/\p{Ll}/u.test(words[n])) n++; // capitals, figures and dashes
  if (n > 1 && n < words.length && /^\p{Lu}$/u.test(words[n - 1])) n--; // "... TITLE A decision ..."
  const lead = words.slice(0, n).join(' ');
  // the description starts a sentence ("To consider ..."), not a lower-case run ("MTFP 2025-28 update")
  if (n === words.length || !/^\p{Lu}(\p{Ll}|$)/u.test(words[n]) || lead.replace(/[^\p{L}]/gu, '').length < 3) {
    return { title: text, description: null };
  }
  return { title: lead, description: words.slice(n).join(' ') };
}
