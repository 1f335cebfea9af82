// Paths of pdf.js's operator list (constructPath: a buffer of opcodes and coordinates, and its bounds)
// in page coordinates, for walkPage (walk.ts) and the readers of what it paints.
import type { Box } from '../../model.js';
import { apply, type Matrix } from './matrix.js';

export type Point = [number, number];

/** A run of straight segments of a path, in page coordinates. */
export interface Subpath {
  points: Point[];
  closed: boolean;
  /** true when a curve was part of it (then it is no rectangle) */
  curved: boolean;
}

/** pdf.js 5.x path opcodes inside a constructPath buffer (its DrawOPS enum). */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

/**
 * Decode a pdf.js path buffer (opcode, coordinates, ...) into subpaths in page coordinates. A curve
 * ends a run of straight segments: a new run starts from its end point.
 */
export function decodePath(buf: ArrayLike<number>, m: Matrix, closeAll: boolean): Subpath[] {
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
      if (cur) {
        cur.curved = true;
        out.push((cur = { points: [apply(m, buf[k + n - 2], buf[k + n - 1])], closed: false, curved: true }));
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

/** The page box of a path from the user-space min/max pdf.js passes with it. */
export function boundsOf(minMax: ArrayLike<number> | null, m: Matrix): Box | null {
  if (!minMax || minMax.length < 4 || !Number.isFinite(minMax[0])) return null;
  const a = apply(m, minMax[0], minMax[1]);
  const b = apply(m, minMax[2], minMax[3]);
  return { x0: Math.min(a[0], b[0]), y0: Math.min(a[1], b[1]), x1: Math.max(a[0], b[0]), y1: Math.max(a[1], b[1]) };
}

export function intersect(a: Box | null, b: Box): Box {
  if (!a) return b;
  return { x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) };
}
