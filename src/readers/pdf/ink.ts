// Which glyphs of a page would not show when printed: drawn under a LATER opaque fill (a box painted
// over text, as redaction-by-box and some exporters do), in invisible render mode, or in the colour of
// the fill under them (blue on a blue box). Found from the text and fills walkPage (walk.ts) replays in
// paint order; the words made of such glyphs are then dropped (hiddenWords). Invisible text that is
// most of its page's text is a scan's OCR layer and is kept (images are not in the operator list: the
// reader has pdf.js skip them, so the scan under it cannot be seen).
import type { Box, Word } from '../../model.js';
import { IDENTITY, multiply, type Matrix } from './matrix.js';
import { intersect, type Subpath } from './path.js';
import { UNKNOWN, type GState } from './walk.js';

/** Why a glyph does not show. */
export const Unseen = { Shown: 0, UnderFill: 1, Invisible: 2, SameColour: 3 } as const;
export type Unseen = (typeof Unseen)[keyof typeof Unseen];

/** The glyphs of a page that has any unseen glyph: centre, character and why it is unseen. */
export interface GlyphInk {
  x: number[];
  y: number[];
  char: string[];
  unseen: Unseen[];
}

/** Colours this close (sum of channel differences, 0..765) look the same. */
const SAME_COLOUR = 24;
/** A fill this thin (pt) is a rule. */
const THIN = 2;
/** Glyphs are indexed in horizontal bands this tall (pt) for the fills that may cover them. */
const BAND = 20;

/** What lies under a point: fills in paint order. */
interface Ground extends Box {
  colour: number;
}

export type Glyph = { unicode?: string; width?: number; isSpace?: boolean } | number;

/** Font facts the walk needs: advance scale and direction (pdf.js's loaded font object). */
export type FontOf = (name: string) => { fontMatrix?: number[]; vertical?: boolean } | null;

/** Gathers the glyphs of a page and the fills painted around them (walkPage calls it in paint order). */
export class InkReader {
  private readonly ink: GlyphInk = { x: [], y: [], char: [], unseen: [] };
  private readonly halfHeight: number[] = [];
  private readonly bands = new Bands();
  private readonly grounds: Ground[] = [];
  // the colours filled so far: text of another colour cannot vanish into what is under it. Bare paper
  // does not count: pdf.js is told to skip images, and white text may lie on a photograph
  private readonly groundColours = new Set<number>();
  /** per font: its advance per unit of font size, or null for vertical text */
  private readonly advances = new Map<string, number | null>();
  /** the glyph-to-page matrix of the last showText, and the matrices it was made of */
  private m: Matrix = IDENTITY;
  private mPage: Matrix | null = null;
  private mText: Matrix | null = null;
  private unseen = 0;
  private invisible = 0;

  constructor(private readonly fontOf: FontOf) {}

  /** A filled path: its rectangles are grounds for what is drawn later, and opaque ones cover what came before. */
  fill(subpaths: Subpath[], gs: GState): void {
    if (gs.fillAlpha < 0.05 || gs.textClip) return;
    for (const sp of subpaths) {
      const box = rectangle(sp);
      if (!box) continue;
      const b = gs.clip ? intersect(gs.clip, box) : box;
      // a rule (a border, an underline) neither covers a glyph nor is the ground it is printed on
      if (b.x1 - b.x0 <= THIN || b.y1 - b.y0 <= THIN) continue;
      this.grounds.push({ ...b, colour: gs.fill });
      this.groundColours.add(gs.fill);
      if (gs.opaque && gs.fillAlpha >= 0.95) this.unseen += cover(b, this.ink, this.halfHeight, this.bands);
    }
  }

  /** A shading painted over the clip: a ground of no known colour. */
  shade(gs: GState): void {
    if (gs.clip) this.grounds.push({ ...gs.clip, colour: UNKNOWN });
  }

  /**
   * The glyphs of one showText at text position (tx, ty) of text matrix `tm` (`toPage`: user space to
   * page); returns their advance along the line in text space, or null when they are not placed
   * (vertical text, no font size).
   */
  show(glyphs: Glyph[], gs: GState, toPage: Matrix, tm: Matrix, tx: number, ty: number): number | null {
    let unit = this.advances.get(gs.font);
    if (unit === undefined) {
      const font = this.fontOf(gs.font);
      this.advances.set(gs.font, (unit = font?.vertical ? null : (font?.fontMatrix?.[0] ?? 0.001)));
    }
    if (unit === null || gs.size === 0) return null;
    const advanceScale = gs.size * unit;
    // most showTexts of a line share both matrices (only the text position moves)
    if (toPage !== this.mPage || tm !== this.mText) [this.m, this.mPage, this.mText] = [multiply(toPage, tm), toPage, tm];
    const m = this.m;
    const ink = this.ink;
    const hidden = gs.mode === 3 || (gs.mode < 4 && gs.fillAlpha < 0.05);
    const colour = gs.mode === 1 || gs.mode === 5 ? gs.stroke : gs.fill;
    const first = ink.x.length;
    const x = placeGlyphs(glyphs, m, tx, ty + gs.rise + 0.3 * gs.size, gs, advanceScale, ink, this.halfHeight);
    const why = hidden ? Unseen.Invisible : colour !== UNKNOWN && nearAny(colour, this.groundColours) ? Unseen.SameColour : Unseen.Shown;
    for (let k = first; k < ink.x.length && why !== Unseen.Shown; k++) {
      if (why === Unseen.Invisible) {
        ink.unseen[k] = why;
        this.invisible++;
      } else {
        const under = groundAt(this.grounds, ink.x[k], ink.y[k]);
        if (under && sameColour(colour, under.colour)) {
          ink.unseen[k] = why;
          this.unseen++;
        }
      }
    }
    return x;
  }

  /** The page's glyphs with why each is unseen, or null when every glyph shows (most pages). */
  result(): GlyphInk | null {
    const ink = this.ink;
    // invisible text that is most of the page's text: an OCR layer (perhaps beside a visible stamp or page number)
    const shown = ink.unseen.length - this.invisible - this.unseen;
    if (this.invisible > 0 && shown < this.invisible) {
      for (let k = 0; k < ink.unseen.length; k++) if (ink.unseen[k] === Unseen.Invisible) ink.unseen[k] = Unseen.Shown;
      this.invisible = 0;
    }
    return this.unseen + this.invisible > 0 ? ink : null;
  }
}

/**
 * Appends the glyphs of one showText (all shown, for now) at their centres, `lift` above the baseline;
 * returns the advance along the line in text space.
 */
function placeGlyphs(glyphs: Glyph[], m: Matrix, tx: number, lift: number, gs: GState, advanceScale: number, ink: GlyphInk, halfHeight: number[]): number {
  const half = 0.25 * Math.hypot(m[2], m[3]) * gs.size;
  let x = 0;
  for (let i = 0; i < glyphs.length; i++) {
    const glyph = glyphs[i];
    if (typeof glyph === 'number') {
      x -= (glyph * gs.size) / 1000;
      continue;
    }
    const width = (glyph.width ?? 0) * advanceScale;
    const unicode = glyph.unicode;
    if (!glyph.isSpace && unicode && unicode !== ' ') {
      const gx = tx + (x + width / 2) * gs.hScale;
      const cx = m[0] * gx + m[2] * lift + m[4];
      const cy = m[1] * gx + m[3] * lift + m[5];
      ink.x.push(cx);
      ink.y.push(cy);
      ink.char.push(unicode);
      ink.unseen.push(Unseen.Shown);
      halfHeight.push(half);
    }
    x += width + (glyph.isSpace ? gs.wordSpacing : 0) + gs.charSpacing;
  }
  return x;
}

/**
 * Glyph indices by band, with the range of bands that hold any. Glyphs are indexed when a fill comes
 * that may cover them, not as they are drawn: most pages have no fill after their text.
 */
class Bands extends Map<number, number[]> {
  lowest = Infinity;
  highest = -Infinity;
  /** glyphs before this one are indexed */
  private indexed = 0;

  catchUp(y: number[]): void {
    for (let k = this.indexed; k < y.length; k++) {
      const band = Math.floor(y[k] / BAND);
      const list = this.get(band);
      if (list) list.push(k);
      else this.set(band, [k]);
      this.lowest = Math.min(this.lowest, band);
      this.highest = Math.max(this.highest, band);
    }
    this.indexed = y.length;
  }
}

/** Marks the glyphs drawn so far whose middle band the opaque box covers; returns how many it newly hid. */
function cover(b: Box, ink: GlyphInk, halfHeight: number[], bands: Bands): number {
  let n = 0;
  bands.catchUp(ink.y);
  if (bands.size === 0) return 0;
  // glyph bands only: a fill may reach far off the page
  const from = Math.max(Math.floor(b.y0 / BAND), bands.lowest);
  const to = Math.min(Math.floor(b.y1 / BAND), bands.highest);
  for (let band = from; band <= to; band++) {
    const list = bands.get(band);
    if (!list) continue;
    for (const k of list) {
      const x = ink.x[k], y = ink.y[k], h = halfHeight[k];
      if (x < b.x0 || x > b.x1 || y - h < b.y0 - 0.5 || y + h > b.y1 + 0.5) continue;
      if (ink.unseen[k] !== Unseen.UnderFill) n++;
      ink.unseen[k] = Unseen.UnderFill;
    }
  }
  return n;
}

/** The topmost fill under a point, or null (paper, or an image: none are seen). */
function groundAt(grounds: Ground[], x: number, y: number): Ground | null {
  for (let k = grounds.length - 1; k >= 0; k--) {
    const g = grounds[k];
    if (x >= g.x0 && x <= g.x1 && y >= g.y0 && y <= g.y1) return g;
  }
  return null;
}

function sameColour(a: number, b: number): boolean {
  if (a === UNKNOWN || b === UNKNOWN) return false;
  const d = Math.abs((a >> 16) - (b >> 16)) + Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)) + Math.abs((a & 255) - (b & 255));
  return d <= SAME_COLOUR;
}

function nearAny(colour: number, colours: Set<number>): boolean {
  if (colours.has(colour)) return true;
  for (const c of colours) if (sameColour(colour, c)) return true;
  return false;
}

/** The box of a subpath that is an axis-aligned rectangle (moveTo + 3 or 4 lineTos), else null. */
function rectangle(sp: Subpath): Box | null {
  const pts = sp.points;
  if (sp.curved || (pts.length !== 4 && pts.length !== 5)) return null;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const box = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
  const corners = pts.every((p) => (Math.abs(p[0] - box.x0) < 0.5 || Math.abs(p[0] - box.x1) < 0.5) && (Math.abs(p[1] - box.y0) < 0.5 || Math.abs(p[1] - box.y1) < 0.5));
  return corners ? box : null;
}

/**
 * Splits words into those shown and those made of unseen glyphs: a word goes when more of the glyphs
 * inside its box that spell it are unseen than shown (a word printed over a hidden one stays).
 */
export function hiddenWords(words: Word[], ink: GlyphInk | null): { shown: Word[]; hidden: Word[] } {
  if (!ink) return { shown: words, hidden: [] };
  const byBand = new Map<number, number[]>();
  for (let k = 0; k < ink.x.length; k++) {
    const band = Math.floor(ink.y[k] / BAND);
    const list = byBand.get(band);
    if (list) list.push(k);
    else byBand.set(band, [k]);
  }
  const shown: Word[] = [];
  const hidden: Word[] = [];
  for (const w of words) {
    let seen = 0, unseen = 0;
    for (let band = Math.floor((w.y0 - 1) / BAND); band <= Math.floor((w.y1 + 1) / BAND); band++) {
      for (const k of byBand.get(band) ?? []) {
        const x = ink.x[k], y = ink.y[k];
        if (x < w.x0 - 0.5 || x > w.x1 + 0.5 || y < w.y0 - 0.5 || y > w.y1 + 0.5 || !w.text.includes(ink.char[k])) continue;
        if (ink.unseen[k] === Unseen.Shown) seen++;
        else unseen++;
      }
    }
    (unseen > seen ? hidden : shown).push(w);
  }
  return { shown, hidden };
}
