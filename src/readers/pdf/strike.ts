// Struck-through text (a deletion shown by tracked changes, or text crossed out by hand): a thin
// horizontal line across the middle of words, not under them. Such words are marked `struck` and the
// line is no ruling of a table; the reader leaves them out of lines and tables and says so.
//   any other formal          <- words
//   ----------------          <- strike: at 0.4-0.72 of the word's height (an underline is lower)
import { firstIndexNotBefore } from '../../bisect.js';
import type { RawPage, Ruling, Warning, Word } from '../../model.js';

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

/** The page without its struck-through words, and a `struck_text` warning naming them (none: the page as it is). */
export function withoutStruck(raw: RawPage, warnings: Warning[]): RawPage {
  if (!raw.words.some((w) => w.struck)) return raw;
  const struck = raw.words.filter((w) => w.struck);
  const text = struck.map((w) => w.text).join(' ');
  const shown = text.length > 120 ? `${text.slice(0, 117)}...` : text;
  warnings.push({ code: 'struck_text', message: `page ${raw.number}: ${struck.length} struck-through words left out: "${shown}"`, page: raw.number });
  return { ...raw, words: raw.words.filter((w) => !w.struck) };
}
