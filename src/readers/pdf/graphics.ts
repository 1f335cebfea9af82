// Vector graphics of a page -> rulings and filled rectangles, from the paths walkPage (walk.ts) sees
// painted. Table borders come in three shapes: stroked lines, thin filled rectangles (Chromium and Word
// draw each cell border as a fill) and stroked rectangles.
import type { Box, FilledRect, Ruling } from '../../model.js';
import { scaleOf, type Matrix } from './matrix.js';
import type { Point, Subpath } from './path.js';

/** A fill or stroke at most this thick (pt) is a ruling, thicker is a shaded box. */
const RULING_MAX_THICKNESS = 2;
/** A filled shape this small (pt, both sides) and about square may be a bullet. */
const MARK_MIN = 1.5;
const MARK_MAX = 7;

/** Shorter marks are bullets, underlines of single letters or dots, not rulings. */
const RULING_MIN_LENGTH = 3;

export interface Graphics {
  rulings: Ruling[];
  rects: FilledRect[];
  /** small dots, circles and squares: list bullets drawn as graphics (browsers do this) */
  marks: Mark[];
}

/** A bullet-sized shape; hollow when stroked (a circle bullet) rather than filled. */
export interface Mark extends FilledRect {
  hollow: boolean;
}

/** Gathers a page's rulings, shaded boxes and marks from the paths walkPage sees painted. */
export class GraphicsReader {
  private readonly rulings: Ruling[] = [];
  private readonly rects: FilledRect[] = [];
  private readonly marks: Mark[] = [];

  constructor(
    private readonly pageWidth: number,
    private readonly pageHeight: number,
  ) {}

  /**
   * One painted path: `filled`/`stroked` when its fill/stroke shows on paper, `bounds` its page box,
   * `lineWidth` in user space and `m` the user-space-to-page matrix.
   */
  paint(subpaths: Subpath[], bounds: Box | null, filled: boolean, stroked: boolean, lineWidth: number, m: Matrix): void {
    const mark = bounds && markSized(bounds);
    if (mark && filled) this.marks.push({ ...mark, hollow: false });
    else if (mark && stroked && subpaths.some((sp) => sp.closed || sp.curved)) this.marks.push({ ...mark, hollow: true });
    else {
      if (stroked) {
        const width = Math.max(lineWidth * scaleOf(m), 0.1);
        for (const sp of subpaths) strokeRulings(sp, width, this.rulings);
      }
      if (filled) for (const sp of subpaths) this.fillShape(sp);
    }
  }

  result(): Graphics {
    return { rulings: dedupe(this.rulings.map(rounded)), rects: dedupe(this.rects.map(rounded)), marks: dedupe(this.marks.map(rounded)) };
  }

  /** A filled axis-aligned rectangle: thin -> ruling, larger -> shaded rect (but not a page background). */
  private fillShape(sp: Subpath): void {
    const box = rectangleBox(sp);
    if (!box) return;
    const w = box.x1 - box.x0;
    const h = box.y1 - box.y0;
    if (h <= RULING_MAX_THICKNESS && w >= RULING_MIN_LENGTH) this.rulings.push({ orientation: 'h', ...box });
    else if (w <= RULING_MAX_THICKNESS && h >= RULING_MIN_LENGTH) this.rulings.push({ orientation: 'v', ...box });
    else if (w > RULING_MAX_THICKNESS && h > RULING_MAX_THICKNESS && !(w > this.pageWidth * 0.9 && h > this.pageHeight * 0.9)) {
      this.rects.push(box);
    }
  }
}

/** The page box of a whole path when it is bullet-sized, else null. */
function markSized(box: Box): Box | null {
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  if (w < MARK_MIN || h < MARK_MIN || w > MARK_MAX || h > MARK_MAX || w / h > 1.6 || h / w > 1.6) return null;
  return box;
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

function near(a: Point, b: Point): boolean {
  return Math.abs(a[0] - b[0]) < 0.01 && Math.abs(a[1] - b[1]) < 0.01;
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
