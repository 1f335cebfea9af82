// One pass over a page's operator list (pdf.js's fnArray/argsArray) with the graphics state: CTM stack,
// colours, alpha and blending, line width, clip box, text state and text position. Two readers take what
// is painted, in paint order: graphics.ts (rulings, shaded boxes, bullet marks, for tables and lists) and
// ink.ts (which glyphs would not show: under a later opaque fill, invisible, in the colour of their ground).
import { OPS } from './pdfjs.js';
import type { Box } from '../../model.js';
import { IDENTITY, multiply, type Matrix } from './matrix.js';
import { boundsOf, decodePath, intersect } from './path.js';
import { GraphicsReader, type Graphics } from './graphics.js';
import { InkReader, type FontOf, type Glyph, type GlyphInk } from './ink.js';

/** Colour of a fill or of text: 0xRRGGBB, or UNKNOWN (a pattern, a shading). */
export const UNKNOWN = -1;

export interface GState {
  ctm: Matrix;
  lineWidth: number;
  fill: number;
  stroke: number;
  /** false when the colour would not show on white paper (white, or none: pdf.js's "transparent") */
  fillShows: boolean;
  strokeShows: boolean;
  fillAlpha: number;
  /** fills paint opaquely (normal blending, no soft mask, outside transparency groups) */
  opaque: boolean;
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

const STROKES: ReadonlySet<number> = new Set([
  OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke,
]);
const FILLS: ReadonlySet<number> = new Set([
  OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke,
]);
const CLOSING: ReadonlySet<number> = new Set([OPS.closeStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/** The operators the walk acts on, as a table by opcode: one lookup skips the others. */
const ACTED_ON = new Uint8Array(Math.max(...Object.values(OPS)) + 1);
for (const op of [
  OPS.save, OPS.restore, OPS.transform, OPS.paintFormXObjectBegin, OPS.paintFormXObjectEnd, OPS.beginGroup, OPS.endGroup,
  OPS.setLineWidth, OPS.setGState, OPS.setFillRGBColor, OPS.setStrokeRGBColor, OPS.setFillTransparent, OPS.setStrokeTransparent,
  OPS.setFillColorN, OPS.setStrokeColorN, OPS.clip, OPS.eoClip, OPS.constructPath, OPS.shadingFill, OPS.beginText, OPS.endText,
  OPS.setFont, OPS.setTextMatrix, OPS.moveText, OPS.setLeadingMoveText, OPS.setLeading, OPS.nextLine, OPS.setCharSpacing,
  OPS.setWordSpacing, OPS.setHScale, OPS.setTextRise, OPS.setTextRenderingMode, OPS.showText,
]) ACTED_ON[op] = 1;

/** `view` maps PDF user space to top-left-origin page points (the page viewport at scale 1). */
export function walkPage(
  fnArray: number[],
  argsArray: unknown[],
  view: Matrix,
  pageWidth: number,
  pageHeight: number,
  fontOf: FontOf,
): { graphics: Graphics; ink: GlyphInk | null } {
  const graphics = new GraphicsReader(pageWidth, pageHeight);
  const ink = new InkReader(fontOf);
  let gs: GState = {
    ctm: IDENTITY, lineWidth: 1, fill: 0, stroke: 0, fillShows: true, strokeShows: true, fillAlpha: 1, opaque: true, clip: null,
    textClip: false, font: '', size: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0, mode: 0,
  };
  const stack: GState[] = [];
  let tm: Matrix = IDENTITY;
  let lineX = 0, lineY = 0, tx = 0, ty = 0;
  let pendingClip = false;
  let pendingTextClip = false;
  // user space to page, for the CTM it was made from (paths and text between two cm's share it)
  let toPage = view;
  let toPageCtm: Matrix | null = null;
  const pageMatrix = () => (gs.ctm === toPageCtm ? toPage : (toPage = multiply(view, (toPageCtm = gs.ctm))));
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (ACTED_ON[fn] !== 1) continue;
    const args = argsArray[i] as any[];
    switch (fn) {
      // the most frequent first: a switch on pdf.js's OPS tries its cases in turn
      case OPS.showText: {
        const advance = ink.show((args[0] ?? []) as Glyph[], gs, pageMatrix(), tm, tx, ty);
        if (advance === null) break; // vertical text, or no size: not placed
        // modes 4-7 add the glyphs to the clip: what is painted next shows through them
        if (gs.mode >= 4) pendingTextClip = true;
        tx += advance * gs.hScale;
        break;
      }
      case OPS.moveText:
        tx = lineX += Number(args[0]);
        ty = lineY += Number(args[1]);
        break;
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
      case OPS.setLineWidth:
        gs.lineWidth = Number(args[0]) || 0;
        break;
      case OPS.setGState:
        for (const [key, value] of args[0] as [string, unknown][]) {
          if (key === 'LW') gs.lineWidth = Number(value) || 0;
          else if (key === 'ca') gs.fillAlpha = Number(value);
          else if (key === 'BM') gs.opaque = value === 'source-over' || value === 'Normal';
          else if (key === 'SMask' && value) gs.opaque = false;
        }
        break;
      case OPS.setFillRGBColor:
        gs.fill = hexColour(args[0]);
        gs.fillShows = !isWhite(gs.fill);
        break;
      case OPS.setStrokeRGBColor:
        gs.stroke = hexColour(args[0]);
        gs.strokeShows = !isWhite(gs.stroke);
        break;
      case OPS.setFillTransparent:
        gs.fillAlpha = 0;
        gs.fillShows = false;
        break;
      case OPS.setStrokeTransparent:
        gs.strokeShows = false;
        break;
      case OPS.setFillColorN:
        gs.fill = UNKNOWN;
        gs.fillShows = true;
        break;
      case OPS.setStrokeColorN:
        gs.strokeShows = true;
        break;
      case OPS.clip: case OPS.eoClip:
        pendingClip = true;
        break;
      case OPS.constructPath: {
        const op = args[0] as number;
        const buffer = (args[1] as unknown[])?.[0] as ArrayLike<number> | null;
        const filled = FILLS.has(op);
        const stroked = STROKES.has(op) && gs.strokeShows;
        if (!pendingClip && !((filled || stroked) && buffer?.length)) break; // a clip's own path, or nothing
        const m = pageMatrix();
        const bounds = boundsOf(args[2] as ArrayLike<number> | null, m);
        if (pendingClip) {
          pendingClip = false;
          if (bounds) gs.clip = intersect(gs.clip, bounds);
        }
        if (!(filled || stroked) || !buffer?.length) break;
        const subpaths = decodePath(buffer, m, CLOSING.has(op));
        graphics.paint(subpaths, bounds, filled && gs.fillShows, stroked, gs.lineWidth, m);
        if (filled) ink.fill(subpaths, gs);
        break;
      }
      case OPS.shadingFill:
        ink.shade(gs);
        break;
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
    }
  }
  return { graphics: graphics.result(), ink: ink.result() };
}

/** The last colour hexColour read and its value: pages set the same colour over and over. */
let lastColour: unknown = null;
let lastValue = UNKNOWN;

/** pdf.js gives colours as "#rrggbb". */
function hexColour(value: unknown): number {
  if (value === lastColour) return lastValue;
  lastColour = value;
  return (lastValue = typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value) ? parseInt(value.slice(1), 16) : UNKNOWN);
}

/** Near-white marks are invisible on paper. */
function isWhite(colour: number): boolean {
  return colour !== UNKNOWN && (colour >> 16) >= 250 && ((colour >> 8) & 255) >= 250 && (colour & 255) >= 250;
}
