// Text on the page that a reader does not read, marked on its words and left out of lines and tables
// with a warning: struck through (a deletion shown by tracked changes, or crossed out): a thin
// horizontal line across the middle of words, not under them (the line is no ruling of a table); and
// hidden (drawn, then painted over by an opaque fill: graphics.ts finds those runs).
//   any other formal          <- words
//   ----------------          <- strike: at 0.4-0.72 of the word's height (an underline is lower)
import { firstIndexNotBefore } from '../../bisect.js';
import type { Box, RawPage, Ruling, Warning, Word } from '../../model.js';

/** A strike-through is this thin at most (pt) ... */
const MAX_THICKNESS = 1.5;
/** ... and crosses a word's box between these shares of its height, from the top. */
const BAND: [number, number] = [0.4, 0.72];

/** Mark the words a strike-through crosses (in place); returns the rulings less the strike-throughs. */
export function markStruck(rulings: Ruling[], words: Word[]): Ruling[] {
  const thin = rulings.filter((r) => r.orientation === 'h' && r.y1 - r.y0 <= MAX_THICKNESS);
  if (!thin.length || !words.length) return rulings;
  const byTop = [...words].sort((a, b) => a.y0 - b.y0);
  let tallest = 0;
  for (const w of words) tallest = Math.max(tallest, w.y1 - w.y0);
  const strikes = new Set<Ruling>();
  for (const r of thin) {
    const y = (r.y0 + r.y1) / 2;
    // words whose top lies within the tallest word's height above the line
    const from = firstIndexNotBefore(byTop.length, (k) => byTop[k].y0 < y - tallest);
    const crossed: Word[] = [];
    for (let k = from; k < byTop.length && byTop[k].y0 <= y; k++) {
      const w = byTop[k], h = w.y1 - w.y0;
      const overlap = Math.min(w.x1, r.x1) - Math.max(w.x0, r.x0);
      if (h > 0 && y >= w.y0 + BAND[0] * h && y <= w.y0 + BAND[1] * h && overlap >= 0.6 * (w.x1 - w.x0)) crossed.push(w);
    }
    // the line runs through its words: no longer than they are (a table rule runs on past the text)
    if (!crossed.length) continue;
    const x0 = Math.min(...crossed.map((w) => w.x0)), x1 = Math.max(...crossed.map((w) => w.x1));
    const size = crossed[0].fontSize || crossed[0].y1 - crossed[0].y0;
    if (r.x0 < x0 - size || r.x1 > x1 + size) continue;
    for (const w of crossed) w.struck = true;
    strikes.add(r);
  }
  return strikes.size ? rulings.filter((r) => !strikes.has(r)) : rulings;
}

/** Mark the words whose middle lies in a run of text painted over (in place); returns the words, the
 * hidden ones last when there are any (so that of a word printed twice the visible copy comes first). */
export function markHidden(hidden: Box[], words: Word[]): Word[] {
  if (!hidden.length) return words;
  for (const w of words) {
    const cx = (w.x0 + w.x1) / 2, cy = (w.y0 + w.y1) / 2;
    if (hidden.some((b) => cx >= b.x0 && cx <= b.x1 && cy >= b.y0 && cy <= b.y1)) w.hidden = true;
  }
  return [...words.filter((w) => !w.hidden), ...words.filter((w) => w.hidden)];
}

/** The page without its struck-through and hidden words, a warning for each kind naming them (none: the page as it is). */
export function withoutUnread(raw: RawPage, warnings: Warning[]): RawPage {
  if (!raw.words.some((w) => w.struck || w.hidden)) return raw;
  const report = (words: Word[], code: string, what: string) => {
    if (!words.length) return;
    const text = words.map((w) => w.text).join(' ');
    const shown = text.length > 120 ? `${text.slice(0, 117)}...` : text;
    warnings.push({ code, message: `page ${raw.number}: ${words.length} ${what} words left out: "${shown}"`, page: raw.number });
  };
  report(raw.words.filter((w) => w.struck), 'struck_text', 'struck-through');
  report(raw.words.filter((w) => w.hidden && !w.struck), 'hidden_text', 'hidden (painted over)');
  return { ...raw, words: raw.words.filter((w) => !w.struck && !w.hidden) };
}
