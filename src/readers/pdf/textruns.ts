// Where each run of text is drawn, in drawing order, so that text a later opaque fill paints over
// (invisible on the page: a box of colour laid over a cell, white-out) is known and not read. A small
// text state (text matrix, line start, font size, spacing) follows pdf.js's text operators; a run's box is
// its baseline from start to end, a font size high.
import { OPS } from './pdfjs.js';
import type { FilledRect } from '../../model.js';
import { apply, IDENTITY, multiply, type Matrix } from './matrix.js';

/** The text operators TextRuns follows (by opcode). */
export const TEXT_OPS: readonly number[] = [
  OPS.beginText, OPS.setTextMatrix, OPS.moveText, OPS.setLeadingMoveText, OPS.nextLine, OPS.setLeading, OPS.setFont,
  OPS.setHScale, OPS.setCharSpacing, OPS.setWordSpacing, OPS.setTextRise, OPS.showText, OPS.showSpacedText,
];

export class TextRuns {
  private tm: Matrix = IDENTITY;
  private x = 0;
  private lineX = 0;
  private lineY = 0;
  private size = 0;
  private leading = 0;
  private hScale = 1;
  private charSpacing = 0;
  private wordSpacing = 0;
  private rise = 0;
  /** boxes (page points) of the runs drawn so far, and whether a later fill covered each */
  private readonly runs: FilledRect[] = [];
  private readonly covered: boolean[] = [];

  /** Follow one text operator; `m` maps user space to page points at this moment (view x CTM). */
  op(fn: number, args: any[], m: Matrix): void {
    switch (fn) {
      case OPS.beginText:
        this.tm = IDENTITY;
        this.x = this.lineX = this.lineY = 0;
        break;
      case OPS.setTextMatrix:
        this.tm = Array.from((Array.isArray(args[0]) || ArrayBuffer.isView(args[0]) ? args[0] : args) as number[]) as Matrix;
        this.x = this.lineX = this.lineY = 0;
        break;
      case OPS.setLeadingMoveText:
        this.leading = -Number(args[1]);
        this.move(Number(args[0]), Number(args[1]));
        break;
      case OPS.moveText:
        this.move(Number(args[0]), Number(args[1]));
        break;
      case OPS.nextLine:
        this.move(0, -this.leading);
        break;
      case OPS.setLeading:
        this.leading = Number(args[0]) || 0;
        break;
      case OPS.setFont:
        this.size = Math.abs(Number(args[1]) || 0);
        break;
      case OPS.setHScale:
        this.hScale = (Number(args[0]) || 100) / 100;
        break;
      case OPS.setCharSpacing:
        this.charSpacing = Number(args[0]) || 0;
        break;
      case OPS.setWordSpacing:
        this.wordSpacing = Number(args[0]) || 0;
        break;
      case OPS.setTextRise:
        this.rise = Number(args[0]) || 0;
        break;
      case OPS.showText:
      case OPS.showSpacedText:
        this.show((args[0] ?? []) as unknown[], m);
        break;
    }
  }

  private move(dx: number, dy: number): void {
    this.lineX += dx;
    this.lineY += dy;
    this.x = this.lineX;
  }

  private show(glyphs: unknown[], m: Matrix): void {
    const start = this.x;
    for (const g of glyphs) {
      if (typeof g === 'number') this.x -= (g * this.size * this.hScale) / 1000;
      else if (g && typeof g === 'object') {
        const glyph = g as { width?: number; isSpace?: boolean };
        this.x += (((glyph.width ?? 0) * this.size) / 1000 + this.charSpacing + (glyph.isSpace ? this.wordSpacing : 0)) * this.hScale;
      }
    }
    if (this.x === start || !this.size) return;
    const full = multiply(m, this.tm);
    const y = this.lineY + this.rise;
    const corners = [apply(full, start, y - 0.2 * this.size), apply(full, this.x, y - 0.2 * this.size), apply(full, start, y + 0.8 * this.size), apply(full, this.x, y + 0.8 * this.size)];
    const xs = corners.map((p) => p[0]), ys = corners.map((p) => p[1]);
    this.runs.push({ x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) });
    this.covered.push(false);
  }

  /** An opaque fill over `box` is drawn now: the runs drawn before it that it covers (nearly all of their
   * length and height: not a cell border drawn across a line of text, nor a band over part of it) are hidden. */
  fill(box: FilledRect): void {
    for (let i = 0; i < this.runs.length; i++) {
      const r = this.runs[i];
      const across = Math.min(r.x1, box.x1) - Math.max(r.x0, box.x0), down = Math.min(r.y1, box.y1) - Math.max(r.y0, box.y0);
      if (across >= 0.9 * (r.x1 - r.x0) && down >= 0.9 * (r.y1 - r.y0)) this.covered[i] = true;
    }
  }

  /** Boxes of the runs painted over by a later fill. */
  hidden(): FilledRect[] {
    return this.runs.filter((_, i) => this.covered[i]);
  }
}
