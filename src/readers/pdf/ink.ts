// Which glyphs of a page would not show when printed: drawn under a LATER opaque fill (a box painted
// over text, as redaction-by-box and some exporters do), in invisible render mode, or in the colour of
// the fill under them (blue on a blue box). Found by replaying the operator list's text and fill operators
// in paint order; the words made of such glyphs are then dropped (hiddenWords). Invisible text that is
// most of its page's text is a scan's OCR layer and is kept (images are not in the operator list: the
// reader has pdf.js skip them, so the scan under it cannot be seen).
import { OPS } from './pdfjs.js';
import type { Box, Word } from '../../model.js';
import { apply, IDENTITY, multiply, type Matrix } from './matrix.js';

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

/** The operators the walk acts on, as a table by opcode (one lookup skips the others). */
const TEXT_OPS = new Uint8Array(Math.max(...Object.values(OPS)) + 1);
for (const op of [
  OPS.save, OPS.restore, OPS.transform, OPS.paintFormXObjectBegin, OPS.paintFormXObjectEnd, OPS.beginGroup, OPS.endGroup,
  OPS.setGState, OPS.setFillRGBColor, OPS.setStrokeRGBColor, OPS.setFillTransparent, OPS.setFillColorN, OPS.clip, OPS.eoClip,
  OPS.constructPath, OPS.beginText, OPS.endText, OPS.setFont, OPS.setTextMatrix, OPS.moveText, OPS.setLeadingMoveText, OPS.setLeading,
  OPS.nextLine, OPS.setCharSpacing, OPS.setWordSpacing, OPS.setHScale, OPS.setTextRise, OPS.setTextRenderingMode, OPS.showText,
  OPS.shadingFill,
]) TEXT_OPS[op] = 1;
const FILLS: ReadonlySet<number> = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/** Colour of a fill or of text: 0xRRGGBB, or UNKNOWN (a pattern, a shading). */
const UNKNOWN = -1;
/** Colours this close (sum of channel differences, 0..765) look the same. */
const SAME_COLOUR = 24;
/** A fill this thin (pt) is a rule. */
const THIN = 2;
/** Glyphs are indexed in horizontal bands this tall (pt) for the fills that may cover them. */
const BAND = 20;

interface State {
  ctm: Matrix;
  fill: number;
  stroke: number;
  /** fills paint opaquely (alpha 1, normal blending, no soft mask) */
  opaque: boolean;
  fillAlpha: number;
  clip: Box | null;
  /** the clip is text (render modes 4-7): a fill then paints the glyphs instead of covering them */
  textClip: boolean;
  font: string;
  size: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  mode: number;
}

/** What lies under a point: fills in paint order. */
interface Ground extends Box {
  colour: number;
}

type Glyph = { unicode?: string; width?: number; isSpace?: boolean } | number;

/** Font facts the walk needs: advance scale and direction (pdf.js's loaded font object). */
export type FontOf = (name: string) => { fontMatrix?: number[]; vertical?: boolean } | null;

/** The page's glyphs with why each is unseen, or null when every glyph shows (most pages). */
export function glyphInk(fnArray: number[], argsArray: unknown[], view: Matrix, fontOf: FontOf): GlyphInk | null {
  let gs: State = {
    ctm: IDENTITY, fill: 0, stroke: 0, opaque: true, fillAlpha: 1, clip: null, textClip: false, font: '', size: 0, charSpacing: 0,
    wordSpacing: 0, hScale: 1, leading: 0, rise: 0, mode: 0,
  };
  const stack: State[] = [];
  let tm: Matrix = IDENTITY;
  let lineX = 0, lineY = 0, tx = 0, ty = 0;
  let pendingClip = false;
  let pendingTextClip = false;
  const ink: GlyphInk = { x: [], y: [], char: [], unseen: [] };
  const halfHeight: number[] = [];
  const bands = new Bands();
  const grounds: Ground[] = [];
  // the colours filled so far: text of another colour cannot vanish into what is under it. Bare paper
  // does not count: pdf.js is told to skip images, and white text may lie on a photograph
  const groundColours = new Set<number>();
  const fonts = new Map<string, ReturnType<FontOf>>();
  let unseen = 0;
  let invisible = 0;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (TEXT_OPS[fn] !== 1) continue;
    const args = argsArray[i] as any[];
    switch (fn) {
      case OPS.save: case OPS.beginGroup: case OPS.paintFormXObjectBegin:
        stack.push({ ...gs });
        if (fn === OPS.paintFormXObjectBegin && (Array.isArray(args[0]) || ArrayBuffer.isView(args[0]))) gs.ctm = multiply(gs.ctm, Array.from(args[0] as number[]));
        if (fn === OPS.beginGroup && args[0]?.matrix) gs.ctm = multiply(gs.ctm, Array.from(args[0].matrix as number[]));
        if (fn === OPS.beginGroup) gs.opaque = false; // a transparency group: its fills may blend
        break;
      case OPS.restore: case OPS.endGroup: case OPS.paintFormXObjectEnd:
        gs = stack.pop() ?? gs;
        break;
      case OPS.transform:
        gs.ctm = multiply(gs.ctm, args);
        break;
      case OPS.setGState:
        for (const [key, value] of args[0] as [string, unknown][]) {
          if (key === 'ca') gs.fillAlpha = Number(value);
          else if (key === 'BM') gs.opaque = value === 'source-over' || value === 'Normal';
          else if (key === 'SMask' && value) gs.opaque = false;
        }
        break;
      case OPS.setFillRGBColor:
        gs.fill = hexColour(args[0]);
        break;
      case OPS.setStrokeRGBColor:
        gs.stroke = hexColour(args[0]);
        break;
      case OPS.setFillTransparent:
        gs.fillAlpha = 0;
        break;
      case OPS.setFillColorN:
        gs.fill = UNKNOWN;
        break;
      case OPS.clip: case OPS.eoClip:
        pendingClip = true;
        break;
      case OPS.constructPath: {
        const m = multiply(view, gs.ctm);
        const bounds = boundsOf(args[2] as ArrayLike<number> | null, m);
        if (pendingClip) {
          pendingClip = false;
          if (bounds) gs.clip = intersect(gs.clip, bounds);
        }
        if (!FILLS.has(args[0] as number) || gs.fillAlpha < 0.05 || gs.textClip) break;
        const buffer = (args[1] as unknown[])?.[0] as ArrayLike<number> | null;
        for (const box of rectangles(buffer, m)) {
          const b = gs.clip ? intersect(gs.clip, box) : box;
          // a rule (a border, an underline) neither covers a glyph nor is the ground it is printed on
          if (b.x1 - b.x0 <= THIN || b.y1 - b.y0 <= THIN) continue;
          grounds.push({ ...b, colour: gs.fill });
          groundColours.add(gs.fill);
          if (gs.opaque && gs.fillAlpha >= 0.95) unseen += cover(b, ink, halfHeight, bands);
        }
        break;
      }
      case OPS.shadingFill: {
        if (gs.clip) grounds.push({ ...gs.clip, colour: UNKNOWN });
        break;
      }
      case OPS.beginText:
        tm = IDENTITY;
        lineX = lineY = tx = ty = 0;
        break;
      case OPS.endText:
        if (pendingTextClip) gs.textClip = true;
        pendingTextClip = false;
        break;
      case OPS.setFont:
        gs.font = String(args[0]);
        gs.size = Math.abs(Number(args[1]) || 0);
        break;
      case OPS.setTextMatrix:
        tm = Array.from(args[0] as number[]) as Matrix;
        lineX = lineY = tx = ty = 0;
        break;
      case OPS.setLeadingMoveText:
        gs.leading = Number(args[1]);
        tx = lineX += Number(args[0]);
        ty = lineY += Number(args[1]);
        break;
      case OPS.moveText:
        tx = lineX += Number(args[0]);
        ty = lineY += Number(args[1]);
        break;
      case OPS.setLeading:
        gs.leading = -Number(args[0]);
        break;
      case OPS.nextLine:
        tx = lineX;
        ty = lineY += gs.leading;
        break;
      case OPS.setCharSpacing:
        gs.charSpacing = Number(args[0]) || 0;
        break;
      case OPS.setWordSpacing:
        gs.wordSpacing = Number(args[0]) || 0;
        break;
      case OPS.setHScale:
        gs.hScale = (Number(args[0]) || 100) / 100;
        break;
      case OPS.setTextRise:
        gs.rise = Number(args[0]) || 0;
        break;
      case OPS.setTextRenderingMode:
        gs.mode = Number(args[0]) || 0;
        break;
      case OPS.showText: {
        let font = fonts.get(gs.font);
        if (font === undefined) fonts.set(gs.font, (font = fontOf(gs.font)));
        const glyphs = (args[0] ?? []) as Glyph[];
        const advanceScale = gs.size * (font?.fontMatrix?.[0] ?? 0.001);
        if (font?.vertical || gs.size === 0) break;
        const m = multiply(multiply(view, gs.ctm), tm);
        // modes 4-7 add the glyphs to the clip: what is painted next shows through them
        if (gs.mode >= 4) pendingTextClip = true;
        const hidden = gs.mode === 3 || (gs.mode < 4 && gs.fillAlpha < 0.05);
        const colour = gs.mode === 1 || gs.mode === 5 ? gs.stroke : gs.fill;
        const first = ink.x.length;
        const x = placeGlyphs(glyphs, m, tx, ty + gs.rise + 0.3 * gs.size, gs, advanceScale, ink, halfHeight, bands);
        const why = hidden ? Unseen.Invisible : colour !== UNKNOWN && nearAny(colour, groundColours) ? Unseen.SameColour : Unseen.Shown;
        for (let k = first; k < ink.x.length && why !== Unseen.Shown; k++) {
          if (why === Unseen.Invisible) {
            ink.unseen[k] = why;
            invisible++;
          } else {
            const under = groundAt(grounds, ink.x[k], ink.y[k]);
            if (under && sameColour(colour, under.colour)) {
              ink.unseen[k] = why;
              unseen++;
            }
          }
        }
        tx += x * gs.hScale;
        break;
      }
    }
  }
  // invisible text that is most of the page's text: an OCR layer (perhaps beside a visible stamp or page number)
  const shown = ink.unseen.length - invisible - unseen;
  if (invisible > 0 && shown < invisible) {
    for (let k = 0; k < ink.unseen.length; k++) if (ink.unseen[k] === Unseen.Invisible) ink.unseen[k] = Unseen.Shown;
    invisible = 0;
  }
  return unseen + invisible > 0 ? ink : null;
}

/**
 * Appends the glyphs of one showText (all shown, for now) at their centres, `lift` above the baseline;
 * returns the advance along the line in text space.
 */
function placeGlyphs(glyphs: Glyph[], m: Matrix, tx: number, lift: number, gs: State, advanceScale: number, ink: GlyphInk, halfHeight: number[], bands: Bands): number {
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
      bands.add(Math.floor(cy / BAND), ink.x.length);
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

/** Glyph indices by band, with the range of bands that hold any. */
class Bands extends Map<number, number[]> {
  lowest = Infinity;
  highest = -Infinity;

  add(band: number, k: number): void {
    const list = this.get(band);
    if (list) list.push(k);
    else this.set(band, [k]);
    this.lowest = Math.min(this.lowest, band);
    this.highest = Math.max(this.highest, band);
  }
}

/** Marks the glyphs drawn so far whose middle band the opaque box covers; returns how many it newly hid. */
function cover(b: Box, ink: GlyphInk, halfHeight: number[], bands: Bands): number {
  let n = 0;
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

function hexColour(value: unknown): number {
  return typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value) ? parseInt(value.slice(1), 16) : UNKNOWN;
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

function boundsOf(minMax: ArrayLike<number> | null, m: Matrix): Box | null {
  if (!minMax || minMax.length < 4 || !Number.isFinite(minMax[0])) return null;
  const a = apply(m, minMax[0], minMax[1]);
  const b = apply(m, minMax[2], minMax[3]);
  return { x0: Math.min(a[0], b[0]), y0: Math.min(a[1], b[1]), x1: Math.max(a[0], b[0]), y1: Math.max(a[1], b[1]) };
}

function intersect(a: Box | null, b: Box): Box {
  if (!a) return b;
  return { x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) };
}

/** The axis-aligned rectangles among a path's subpaths (moveTo + 3 or 4 lineTos), in page coordinates. */
function rectangles(buf: ArrayLike<number> | null, m: Matrix): Box[] {
  const out: Box[] = [];
  if (!buf) return out;
  let pts: [number, number][] = [];
  let straight = true;
  const flush = () => {
    if (straight && (pts.length === 4 || pts.length === 5)) {
      const xs = pts.map((p) => p[0]);
      const ys = pts.map((p) => p[1]);
      const box = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
      const axisAligned = pts.every((p) => (Math.abs(p[0] - box.x0) < 0.5 || Math.abs(p[0] - box.x1) < 0.5) && (Math.abs(p[1] - box.y0) < 0.5 || Math.abs(p[1] - box.y1) < 0.5));
      if (axisAligned) out.push(box);
    }
    pts = [];
    straight = true;
  };
  let k = 0;
  while (k < buf.length) {
    const code = buf[k++];
    if (code === 0) {
      flush();
      pts.push(apply(m, buf[k], buf[k + 1]));
      k += 2;
    } else if (code === 1) {
      pts.push(apply(m, buf[k], buf[k + 1]));
      k += 2;
    } else if (code === 2 || code === 3) {
      straight = false;
      k += code === 2 ? 6 : 4;
    } else if (code === 4) {
      continue;
    } else break;
  }
  flush();
  return out;
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
