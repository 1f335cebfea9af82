// Vector graphics of a page -> rulings and filled rectangles, by replaying pdf.js's operator list with a
// small graphics state (CTM, line width, colours). Table borders come in three shapes: stroked lines,
// thin filled rectangles (Chromium and Word draw each cell border as a fill) and stroked rectangles.
import { OPS } from './pdfjs.js';
import type { FilledRect, Ruling } from '../../model.js';
import { apply, IDENTITY, multiply, scaleOf, type Matrix } from './matrix.js';
import { TEXT_OPS, TextRuns } from './textruns.js';

/** pdf.js 5.x path opcodes inside a constructPath buffer (its DrawOPS enum). */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

/** A fill or stroke at most this thick (pt) is a ruling, thicker is a shaded box. */
const RULING_MAX_THICKNESS = 2;
/** A filled shape this small (pt, both sides) and about square may be a bullet. */
const MARK_MIN = 1.5;
const MARK_MAX = 7;

/** Shorter marks are bullets, underlines of single letters or dots, not rulings. */
const RULING_MIN_LENGTH = 3;

const STROKE_OPS: ReadonlySet<number> = new Set([
  OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke,
]);
const FILL_OPS: ReadonlySet<number> = new Set([
  OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke,
]);
const CLOSING_OPS: ReadonlySet<number> = new Set([OPS.closeStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/**
 * The operators extractGraphics acts on, as a table by opcode (1 graphics, 2 text, followed for hidden
 * text): one lookup skips the rest instead of every case of the switch.
 */
const GRAPHICS_OPS = new Uint8Array(Math.max(...Object.values(OPS)) + 1);
for (const op of [
  OPS.save, OPS.restore, OPS.transform, OPS.paintFormXObjectBegin, OPS.paintFormXObjectEnd, OPS.beginGroup,
  OPS.endGroup, OPS.setLineWidth, OPS.setGState, OPS.setFillRGBColor, OPS.setStrokeRGBColor,
  OPS.setFillTransparent, OPS.setStrokeTransparent, OPS.setFillColorN, OPS.setStrokeColorN, OPS.constructPath,
  OPS.clip, OPS.eoClip,
]) GRAPHICS_OPS[op] = 1;
for (const op of TEXT_OPS) GRAPHICS_OPS[op] = 2;

interface GState {
  ctm: Matrix;
  lineWidth: number;
  /** false when the colour would not show on white paper (white or transparent) */
  fillVisible: boolean;
  strokeVisible: boolean;
  /** false when a fill lets what is under it show (alpha below 1, a blend mode such as multiply) */
  fillOpaque: boolean;
  /** the box the clipping path leaves to paint in (page points), null for the whole page */
  clip: FilledRect | null;
}

type Point = [number, number];

export interface Graphics {
  rulings: Ruling[];
  rects: FilledRect[];
  /** small dots, circles and squares: list bullets drawn as graphics (browsers do this) */
  marks: Mark[];
  /** boxes of text runs an opaque fill was drawn over afterwards (invisible text) */
  hidden: FilledRect[];
}

/** A bullet-sized shape; hollow when stroked (a circle bullet) rather than filled. */
export interface Mark extends FilledRect {
  hollow: boolean;
}

/** `view` maps PDF user space to top-left-origin page points (the page viewport at scale 1). */
export function extractGraphics(
  fnArray: number[],
  argsArray: unknown[],
  view: Matrix,
  pageWidth: number,
  pageHeight: number,
): Graphics {
  let gs: GState = { ctm: IDENTITY, lineWidth: 1, fillVisible: true, strokeVisible: true, fillOpaque: true, clip: null };
  // a clip operator applies to the path that follows it
  let clipNext = false;
  const runs = new TextRuns();
  const stack: GState[] = [];
  const rulings: Ruling[] = [];
  const rects: FilledRect[] = [];
  const marks: Mark[] = [];
  const push = () => stack.push({ ...gs });
  const pop = () => {
    gs = stack.pop() ?? gs;
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const kind = GRAPHICS_OPS[fn];
    if (kind === 0) continue;
    const args = argsArray[i] as any[];
    if (kind === 2) {
      runs.op(fn, args ?? [], multiply(view, gs.ctm));
      continue;
    }
    switch (fn) {
      case OPS.save:
        push();
        break;
      case OPS.restore:
        pop();
        break;
      case OPS.transform:
        gs.ctm = multiply(gs.ctm, args);
        break;
      case OPS.paintFormXObjectBegin:
        push();
        if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) gs.ctm = multiply(gs.ctm, Array.from(args[0] as number[]));
        break;
      case OPS.paintFormXObjectEnd:
        pop();
        break;
      case OPS.beginGroup:
        push();
        if (args[0]?.matrix) gs.ctm = multiply(gs.ctm, Array.from(args[0].matrix as number[]));
        break;
      case OPS.endGroup:
        pop();
        break;
      case OPS.clip:
      case OPS.eoClip:
        clipNext = true;
        break;
      case OPS.setLineWidth:
        gs.lineWidth = Number(args[0]) || 0;
        break;
      case OPS.setGState:
        for (const [key, value] of args[0] as [string, unknown][]) {
          if (key === 'LW') gs.lineWidth = Number(value) || 0;
          else if (key === 'ca') gs.fillOpaque = Number(value) >= 1;
          else if (key === 'BM') gs.fillOpaque = !value || value === 'source-over' || value === 'Normal';
        }
        break;
      case OPS.setFillRGBColor:
        gs.fillVisible = !isWhite(args[0]);
        break;
      case OPS.setStrokeRGBColor:
        gs.strokeVisible = !isWhite(args[0]);
        break;
      case OPS.setFillTransparent:
        gs.fillVisible = false;
        break;
      case OPS.setStrokeTransparent:
        gs.strokeVisible = false;
        break;
      case OPS.setFillColorN:
        gs.fillVisible = true;
        break;
      case OPS.setStrokeColorN:
        gs.strokeVisible = true;
        break;
      case OPS.constructPath: {
        const op = args[0] as number;
        const buffer = (args[1] as unknown[])?.[0] as ArrayLike<number> | null;
        if (!buffer || buffer.length === 0) break;
        const m = multiply(view, gs.ctm);
        const subpaths = decodePath(buffer, m, CLOSING_OPS.has(op));
        if (clipNext) {
          gs.clip = intersect(gs.clip, boundsOf(subpaths));
          clipNext = false;
        }
        const mark = markBox(args[2] as ArrayLike<number> | null, m);
        const filled = FILL_OPS.has(op) && gs.fillVisible;
        // any opaque fill, white too, paints over the text drawn before it; not a page background (some
        // producers lay it down after the text, and a viewer shows the text)
        if (FILL_OPS.has(op) && gs.fillOpaque && !mark) for (const sp of subpaths) {
          const box = rectangleBox(sp);
          const painted = box && intersect(gs.clip, box);
          const background = painted && painted.x1 - painted.x0 > 0.9 * pageWidth && painted.y1 - painted.y0 > 0.9 * pageHeight;
          if (painted && !background && painted.x1 > painted.x0 && painted.y1 > painted.y0) runs.fill(painted);
        }
        const stroked = STROKE_OPS.has(op) && gs.strokeVisible;
        if (mark && filled) marks.push({ ...mark, hollow: false });
        else if (mark && stroked && subpaths.some((sp) => sp.closed || sp.curved)) marks.push({ ...mark, hollow: true });
        else {
          if (stroked) {
            const width = Math.max(gs.lineWidth * scaleOf(m), 0.1);
            for (const sp of subpaths) strokeRulings(sp, width, rulings);
          }
          if (filled) for (const sp of subpaths) fillShape(sp, rulings, rects, pageWidth, pageHeight);
        }
        break;
      }
    }
  }
  return { rulings: dedupe(rulings.map(rounded)), rects: dedupe(rects.map(rounded)), marks: dedupe(marks.map(rounded)), hidden: runs.hidden() };
}

/** The page box of a whole path (pdf.js passes its user-space min/max) when it is bullet-sized. */
function markBox(minMax: ArrayLike<number> | null, m: Matrix): FilledRect | null {
  if (!minMax || minMax.length < 4 || !Number.isFinite(minMax[0])) return null;
  const a = apply(m, minMax[0], minMax[1]);
  const b = apply(m, minMax[2], minMax[3]);
  const box = { x0: Math.min(a[0], b[0]), y0: Math.min(a[1], b[1]), x1: Math.max(a[0], b[0]), y1: Math.max(a[1], b[1]) };
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  if (w < MARK_MIN || h < MARK_MIN || w > MARK_MAX || h > MARK_MAX || w / h > 1.6 || h / w > 1.6) return null;
  return box;
}

interface Subpath {
  points: Point[];
  closed: boolean;
  /** true when a curve was part of it (then it is no rectangle) */
  curved: boolean;
}

/** Decode a pdf.js path buffer (opcode, coordinates, ...) into subpaths in page coordinates. */
function decodePath(buf: ArrayLike<number>, m: Matrix, closeAll: boolean): Subpath[] {
  const out: Subpath[] = [];
  let cur: Subpath | null = null;
  let k = 0;
  while (k < buf.length) {
    const code = buf[k++];
    if (code === DRAW.moveTo) {
      cur = { points: [apply(m, buf[k], buf[k + 1])], closed: false, curved: false };
      out.push(cur);
      k += 2;
    } else if (code === DRAW.lineTo) {
      const p = apply(m, buf[k], buf[k + 1]);
      if (cur) cur.points.push(p);
      else out.push((cur = { points: [p], closed: false, curved: false }));
      k += 2;
    } else if (code === DRAW.curveTo || code === DRAW.quadraticCurveTo) {
      const n = code === DRAW.curveTo ? 6 : 4;
      const p = apply(m, buf[k + n - 2], buf[k + n - 1]);
      if (cur) {
        cur.curved = true;
        // a curve breaks the chain of straight segments: start a new run from its end point
        cur = { points: [p], closed: false, curved: true };
        out.push(cur);
      }
      k += n;
    } else if (code === DRAW.closePath) {
      if (cur) cur.closed = true;
    } else {
      break; // unknown opcode: stop decoding this path rather than misread coordinates
    }
  }
  if (closeAll) for (const sp of out) sp.closed = true;
  return out;
}

/** Each axis-aligned straight segment of a stroked path is a ruling as thick as the pen. */
function strokeRulings(sp: Subpath, width: number, out: Ruling[]): void {
  const pts = sp.points;
  const n = pts.length;
  const segments = sp.closed && n > 2 ? n : n - 1;
  for (let i = 0; i < segments; i++) {
    const [ax, ay] = pts[i];
    const [bx, by] = pts[(i + 1) % n];
    const dx = Math.abs(bx - ax);
    const dy = Math.abs(by - ay);
    const half = width / 2;
    if (dy <= 0.5 && dx >= RULING_MIN_LENGTH && width <= RULING_MAX_THICKNESS * 2) {
      const y = (ay + by) / 2;
      out.push({ orientation: 'h', x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: y - half, y1: y + half });
    } else if (dx <= 0.5 && dy >= RULING_MIN_LENGTH && width <= RULING_MAX_THICKNESS * 2) {
      const x = (ax + bx) / 2;
      out.push({ orientation: 'v', x0: x - half, x1: x + half, y0: Math.min(ay, by), y1: Math.max(ay, by) });
    }
  }
}

/** A filled axis-aligned rectangle: thin -> ruling, larger -> shaded rect (but not a page background). */
function fillShape(sp: Subpath, rulings: Ruling[], rects: FilledRect[], pageWidth: number, pageHeight: number): void {
  const box = rectangleBox(sp);
  if (!box) return;
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  if (h <= RULING_MAX_THICKNESS && w >= RULING_MIN_LENGTH) rulings.push({ orientation: 'h', ...box });
  else if (w <= RULING_MAX_THICKNESS && h >= RULING_MIN_LENGTH) rulings.push({ orientation: 'v', ...box });
  else if (w > RULING_MAX_THICKNESS && h > RULING_MAX_THICKNESS && !(w > pageWidth * 0.9 && h > pageHeight * 0.9)) {
    rects.push(box);
  }
}

/** The box of a subpath that is an axis-aligned rectangle (4 corners, optionally repeated first point). */
function rectangleBox(sp: Subpath): FilledRect | null {
  if (sp.curved) return null;
  let pts = sp.points;
  if (pts.length === 5 && near(pts[0], pts[4])) pts = pts.slice(0, 4);
  if (pts.length !== 4) return null;
  for (let i = 0; i < 4; i++) {
    const [ax, ay] = pts[i];
    const [bx, by] = pts[(i + 1) % 4];
    if (Math.abs(ax - bx) > 0.5 && Math.abs(ay - by) > 0.5) return null;
  }
  let [x0, y0] = pts[0];
  let [x1, y1] = pts[0];
  for (const [x, y] of pts) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return { x0, y0, x1, y1 };
}

/** The box of all points of the subpaths. */
function boundsOf(subpaths: Subpath[]): FilledRect {
  const xs = subpaths.flatMap((sp) => sp.points.map((p) => p[0])), ys = subpaths.flatMap((sp) => sp.points.map((p) => p[1]));
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** The overlap of two boxes (a null clip is the whole page). */
function intersect(clip: FilledRect | null, box: FilledRect): FilledRect {
  if (!clip) return box;
  return { x0: Math.max(clip.x0, box.x0), y0: Math.max(clip.y0, box.y0), x1: Math.min(clip.x1, box.x1), y1: Math.min(clip.y1, box.y1) };
}

function near(a: Point, b: Point): boolean {
  return Math.abs(a[0] - b[0]) < 0.01 && Math.abs(a[1] - b[1]) < 0.01;
}

/** The last colour isWhite looked at and its answer: pages set the same colour over and over. */
let lastColour: unknown = null;
let lastWhite = false;

/** pdf.js gives colours as "#rrggbb"; near-white marks are invisible on paper. */
function isWhite(color: unknown): boolean {
  if (color === lastColour) return lastWhite;
  lastColour = color;
  return (lastWhite = hexWhite(color));
}

function hexWhite(color: unknown): boolean {
  if (typeof color !== 'string' || !/^#[0-9a-f]{6}$/i.test(color)) return false;
  const v = parseInt(color.slice(1), 16);
  return ((v >> 16) & 255) >= 250 && ((v >> 8) & 255) >= 250 && (v & 255) >= 250;
}

function rounded<T extends FilledRect>(b: T): T {
  return { ...b, x0: round2(b.x0), y0: round2(b.y0), x1: round2(b.x1), y1: round2(b.y1) };
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Cell borders are often drawn twice (once per neighbouring cell): keep one of identical boxes. */
function dedupe<T extends FilledRect>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((b) => {
    const key = `${Math.round(b.x0 * 10)},${Math.round(b.y0 * 10)},${Math.round(b.x1 * 10)},${Math.round(b.y1 * 10)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
