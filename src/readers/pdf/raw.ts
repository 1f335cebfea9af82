// One PDF page -> RawPage: positioned words (with font, size, bold/italic) plus rulings and shaded
// rectangles, in top-left-origin points. The viewport transform takes care of page rotation and of
// MediaBox offsets. Nothing document-wide is kept: the page's resources are released once they are read.
import { firstIndexNotBefore } from '../../bisect.js';
import { AnnotationMode, OPS } from './pdfjs.js';
import type { PDFPageProxy } from './pdfjs.js';
import type { RawPage, Ruling, Word } from '../../model.js';
import type { Mark } from './graphics.js';
import { multiply, type Matrix } from './matrix.js';
import { fontInfo, glyphWeight, itemWords, sortByCentreX, type FontInfo, type TextItemLike } from './words.js';
import { endsWithSpace, isBlank } from '../../text.js';
import { hiddenWords } from './ink.js';
import { struckWords } from './struck.js';
import { walkPage } from './walk.js';

export async function rawPage(page: PDFPageProxy, number: number): Promise<RawPage> {
  return toRawPage(await loadPage(page), number);
}

/** What pdf.js gives of a page, reduced to what words and graphics are made from (loadPage). */
export type LoadedPage = Awaited<ReturnType<typeof loadPage>>;

/** Words, rulings and rectangles of a loaded page: no pdf.js calls, so the next page can load meanwhile. */
export function toRawPage(loaded: LoadedPage, number: number): RawPage {
  const { content, view, width, height, graphics, advances, fonts, ink } = loaded;
  const { rulings, rects, marks } = graphics;
  const items = content.items as (TextItemLike | { type: string })[];
  const verticals = sortByCentreX(rulings.filter((r) => r.orientation === 'v'));
  const words: Word[] = [];
  // one list receives each item's words in turn before they are kept (no list per text item)
  const itemScratch: Word[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!('str' in item) || isBlank(item.str)) continue;
    const next = items[i + 1];
    const followedBySpace = endsWithSpace(item.str) || Boolean(item.hasEOL) || (next !== undefined && 'str' in next && next.str !== '' && isBlank(next.str));
    itemScratch.length = 0;
    for (const w of itemWords(item, view, fonts(item.fontName), verticals, followedBySpace, advances(item.fontName), itemScratch)) {
      const cx = (w.x0 + w.x1) / 2;
      const cy = (w.y0 + w.y1) / 2;
      if (cx >= 0 && cx <= width && cy >= 0 && cy <= height) words.push(w);
    }
  }
  // text that would not show, and struck-through text, is set apart before anything reads the words
  const { shown, hidden } = hiddenWords(dropOverprints(words), ink);
  const { words: unique, struck, strikes } = struckWords(shown, rulings);
  unique.push(...bulletWords(marks, unique));
  const rules = strikes.size ? rulings.filter((r) => !strikes.has(r)) : rulings;
  return { number, width, height, words: unique, rulings: dropUnderlines(rules, unique), rects, hidden, struck };
}

/**
 * The page's text content, view and graphics, and its fonts' names, styles and advance widths. The
 * operator list they are taken from (its glyph arrays are the page's largest objects) is let go here,
 * before the words are made, so that it dies young instead of being copied by every scavenge while they are.
 */
export async function loadPage(page: PDFPageProxy) {
  try {
    const viewport = page.getViewport({ scale: 1 });
    // Both at once: pdf.js interleaves them, so one fills the other's waits (inflating streams runs off
    // the main thread). The operator list also loads the page's fonts into commonObjs (names, bold flags).
    const [ops, content] = await Promise.all([page.getOperatorList({ annotationMode: AnnotationMode.DISABLE }), page.getTextContent()]);
    const items = content.items as (TextItemLike | { type: string })[];
    const { view, width, height } = uprightView(viewport.transform as Matrix, viewport.width, viewport.height, items);
    const { graphics, ink } = walkPage(ops.fnArray, ops.argsArray, view, width, height, (name) => loadedFont(page, name));
    const advances = fontAdvances(ops.fnArray, ops.argsArray);
    // taken now: pdf.js lets its fonts go when the document's caches are released
    const infos = new Map<string, FontInfo>();
    const fonts = (name: string) => {
      let font = infos.get(name);
      if (!font) infos.set(name, (font = fontInfo(loadedFont(page, name), content.styles[name])));
      return font;
    };
    for (const name of Object.keys(content.styles)) fonts(name);
    return { content, view, width, height, graphics, advances, fonts, ink };
  } finally {
    page.cleanup(); // the page holds its operator list until cleaned up (also after a failure)
  }
}

/**
 * A page whose text mostly runs down, up or upside down (a landscape table printed sideways) is turned
 * so that its text reads left to right; its width and height swap for a quarter turn.
 */
function uprightView(view: Matrix, width: number, height: number, items: (TextItemLike | { type: string })[]) {
  const chars = [0, 0, 0, 0]; // text direction 0, 90, 180, 270 degrees (clockwise, y down)
  for (const item of items) {
    if (!('str' in item) || isBlank(item.str)) continue;
    const m = multiply(view, item.transform);
    const quarter = Math.round(Math.atan2(m[1], m[0]) / (Math.PI / 2));
    chars[(quarter + 4) % 4] += item.str.length;
  }
  const total = chars.reduce((a, b) => a + b, 0);
  const turn = chars.indexOf(Math.max(...chars));
  if (turn === 0 || chars[turn] <= total / 2) return { view, width, height };
  const rotations: Record<number, Matrix> = {
    1: [0, -1, 1, 0, 0, width], // text running down: turn a quarter anticlockwise
    2: [-1, 0, 0, -1, width, height],
    3: [0, 1, -1, 0, height, 0], // text running up: turn a quarter clockwise
  };
  const swap = turn !== 2;
  return { view: multiply(rotations[turn], view), width: swap ? height : width, height: swap ? width : height };
}

/**
 * Advance widths of the characters each font drew on the page (the glyphs of the operator list's
 * showText ops), as a function per font; characters it did not draw get a typical width in its units.
 */
function fontAdvances(fnArray: number[], argsArray: unknown[]): (font: string) => (ch: string) => number {
  // per font: its widths, and which ASCII characters are among them (most glyphs are ASCII, and a byte
  // test is cheaper than a string lookup per glyph)
  const drawn = new Map<string, { widths: Map<string, number>; ascii: Uint8Array }>();
  let current: { widths: Map<string, number>; ascii: Uint8Array } | undefined;
  for (let i = 0; i < fnArray.length; i++) {
    if (fnArray[i] === OPS.setFont) {
      const name = String((argsArray[i] as unknown[])[0]);
      current = drawn.get(name);
      if (!current) drawn.set(name, (current = { widths: new Map(), ascii: new Uint8Array(128) }));
    } else if (fnArray[i] === OPS.showText && current) {
      const { widths, ascii } = current;
      const glyphs = (argsArray[i] as unknown[][])[0] ?? [];
      for (let k = 0; k < glyphs.length; k++) {
        const glyph = glyphs[k] as { unicode?: string; width?: number } | number;
        if (typeof glyph !== 'object' || !glyph?.unicode || !(glyph.width! > 0)) continue;
        const unicode = glyph.unicode;
        const code = unicode.length === 1 ? unicode.charCodeAt(0) : 128;
        if (code < 128) {
          // NFKC leaves ASCII as it is
          if (ascii[code] === 0) {
            widths.set(unicode, glyph.width!);
            ascii[code] = 1;
          }
          continue;
        }
        if (widths.has(unicode)) continue;
        const chars = Array.from(unicode.normalize('NFKC'));
        for (const ch of chars) {
          if (widths.has(ch)) continue;
          widths.set(ch, glyph.width! / chars.length);
          if (ch.length === 1 && ch.charCodeAt(0) < 128) ascii[ch.charCodeAt(0)] = 1;
        }
      }
    }
  }
  const byFont = new Map<string, (ch: string) => number>();
  return (font) => {
    let advance = byFont.get(font);
    if (!advance) byFont.set(font, (advance = fontAdvance(drawn.get(font)?.widths)));
    return advance;
  };
}

/** Advance of a character in one font: as drawn on the page, else its typical width in the font's units. */
function fontAdvance(known: Map<string, number> | undefined): (ch: string) => number {
  if (!known || known.size === 0) return glyphWeight;
  // a typical width in the font's own units, for characters it did not draw here
  let sum = 0;
  let weight = 0;
  for (const [ch, w] of known) {
    sum += w;
    weight += glyphWeight(ch);
  }
  const unit = sum / weight;
  const advanceOf = (ch: string) => known.get(ch) ?? glyphWeight(ch) * unit;
  // called for every character of the page's text: Latin-1 answers kept by code (0 = not yet known)
  const latin1 = new Float64Array(256);
  return (ch) => {
    const code = ch.length === 1 ? ch.charCodeAt(0) : 256;
    return code < 256 ? latin1[code] || (latin1[code] = advanceOf(ch)) : advanceOf(ch);
  };
}

/**
 * Some producers print a word twice (shadow or "fake bold": the same text again a fraction of a point
 * off). Keep one copy; a copy that is shifted means the word was meant to look bold.
 */
function dropOverprints(words: Word[]): Word[] {
  // words by rounded top; a twin lies in the same or a neighbouring bucket
  const buckets = new Map<number, Word[]>();
  const out: Word[] = [];
  for (const w of words) {
    const y = Math.round(w.y0);
    let twin: Word | undefined;
    for (let b = y - 1; b <= y + 1 && !twin; b++) {
      const list = buckets.get(b);
      if (!list) continue;
      // a bucket holds a whole line of words: the position is tested before the text (cheaper)
      for (const o of list) {
        if (Math.abs(o.x0 - w.x0) < 1.5 && Math.abs(o.y0 - w.y0) < 1.5 && o.text === w.text && Math.abs(o.fontSize - w.fontSize) < 0.5) {
          twin = o;
          break;
        }
      }
    }
    if (twin) {
      if (twin.x0 !== w.x0 || twin.y0 !== w.y0) twin.bold = true;
      continue;
    }
    const list = buckets.get(y);
    if (list) list.push(w);
    else buckets.set(y, [w]);
    out.push(w);
  }
  return out;
}

/**
 * A page's words by height, for the marks and rules that look only at the words level with them:
 * answers hold the words in page order, so results are those of a scan of all words.
 */
class WordsByHeight {
  /** indices into words, by bottom edge */
  private readonly byBottom: number[];
  private readonly maxHeight: number;

  constructor(private readonly words: Word[]) {
    this.byBottom = words.map((_, i) => i).sort((a, b) => words[a].y1 - words[b].y1);
    let maxHeight = 0;
    for (const w of words) maxHeight = Math.max(maxHeight, w.y1 - w.y0);
    this.maxHeight = maxHeight;
  }

  /** The words reaching from at or above `bottom` to at or below `top` (y0 <= top, y1 >= bottom), in page order. */
  spanning(top: number, bottom: number): Word[] {
    const { byBottom, words } = this;
    // first word whose bottom is at or below `bottom`
    const lo = firstIndexNotBefore(byBottom.length, (k) => words[byBottom[k]].y1 < bottom);
    // a word whose bottom is further down than top + the tallest word's height (+ 1 pt against
    // rounding) cannot reach up to top
    const hits: number[] = [];
    for (let k = lo; k < byBottom.length && words[byBottom[k]].y1 <= top + this.maxHeight + 1; k++) {
      if (words[byBottom[k]].y0 <= top) hits.push(byBottom[k]);
    }
    return hits.sort((a, b) => a - b).map((i) => words[i]);
  }
}

/**
 * A thin horizontal line in the lower part of a run of words and no longer than that run is an
 * underline (links, emphasis), not a table rule.
 */
export function dropUnderlines(rulings: Ruling[], words: Word[]): Ruling[] {
  let index: WordsByHeight | undefined;
  return rulings.filter((r) => {
    if (r.orientation !== 'h' || r.y1 - r.y0 > 1.5) return true;
    const y = (r.y0 + r.y1) / 2;
    index ??= new WordsByHeight(words);
    const above = index
      .spanning(y, y - 2) // a superset (1 pt of slack against rounding) of the words tested below
      .filter((w) => y >= w.y0 + 0.55 * (w.y1 - w.y0) && y <= w.y1 + 1 && w.x1 > r.x0 && w.x0 < r.x1)
      .sort((a, b) => a.x0 - b.x0);
    if (above.length === 0) return true;
    const contiguous = above.every((w, i) => i === 0 || w.x0 - above[i - 1].x1 < w.fontSize);
    return !(contiguous && r.x0 >= above[0].x0 - 2 && r.x1 <= above[above.length - 1].x1 + 2);
  });
}

/** More small marks than this on a page are a chart's dots, not list bullets. */
const MAX_BULLET_MARKS = 1000;

/** A small filled mark just left of a line's first word, centred on it, is that line's bullet. */
function bulletWords(marks: Mark[], words: Word[]): Word[] {
  const out: Word[] = [];
  if (marks.length === 0 || marks.length > MAX_BULLET_MARKS) return out; // many: the dots of a chart
  const index = new WordsByHeight(words);
  for (const m of marks) {
    const cy = (m.y0 + m.y1) / 2;
    const level = index.spanning(cy, cy);
    const next = level.find(
      (w) => w.x0 - m.x1 >= 1 && w.x0 - m.x1 <= 3 * w.fontSize && cy > w.y0 && cy < w.y1 && m.y1 - m.y0 <= 0.7 * w.fontSize,
    );
    if (!next) continue;
    const hasTextLeft = level.some((w) => w !== next && w.x1 <= m.x0 && m.x0 - w.x1 < next.fontSize && cy > w.y0 && cy < w.y1);
    if (hasTextLeft) continue;
    out.push({ x0: m.x0, y0: m.y0, x1: m.x1, y1: m.y1, text: m.hollow ? '◦' : '•', fontSize: next.fontSize, fontName: next.fontName, bold: false, italic: false, spaceAfter: true });
  }
  return out;
}

function loadedFont(
  page: PDFPageProxy,
  id: string,
): { name?: string; bold?: boolean; black?: boolean; italic?: boolean; fontMatrix?: number[]; vertical?: boolean } | null {
  try {
    return page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: string }) : null;
  } catch {
    return null;
  }
}
