// A 2-D DOMMatrix for pdf.js in Node, where there is none. pdf.js builds one when its display layer
// loads (and would for a Type 3 glyph's bitmap, but images are never decoded here); nothing here
// renders, so the affine subset (a..f) is all it needs. Matrices are [a b c d e f]: x' = a x + c y + e, y' = b x + d y + f.
export class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: ArrayLike<number>) {
    if (init && init.length === 6) [this.a, this.b, this.c, this.d, this.e, this.f] = Array.from(init);
    else if (init && init.length === 16) [this.a, this.b, this.c, this.d, this.e, this.f] = [init[0], init[1], init[4], init[5], init[12], init[13]];
    else if (init && init.length !== 0) throw new TypeError('AffineMatrix: 6 or 16 numbers expected');
  }

  get is2D(): boolean {
    return true;
  }

  /** this = this x other */
  multiplySelf(other: AffineMatrix): this {
    return this.set(product(this, other));
  }

  /** this = other x this */
  preMultiplySelf(other: AffineMatrix): this {
    return this.set(product(other, this));
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf(new AffineMatrix([1, 0, 0, 1, tx, ty]));
  }

  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf(new AffineMatrix([sx, 0, 0, sy, 0, 0]));
  }

  invertSelf(): this {
    const det = this.a * this.d - this.b * this.c;
    if (det === 0) return this.set([NaN, NaN, NaN, NaN, NaN, NaN]);
    const { a, b, c, d, e, f } = this;
    return this.set([d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det]);
  }

  multiply(other: AffineMatrix): AffineMatrix {
    return this.copy().multiplySelf(other);
  }

  translate(tx?: number, ty?: number): AffineMatrix {
    return this.copy().translateSelf(tx, ty);
  }

  scale(sx?: number, sy?: number): AffineMatrix {
    return this.copy().scaleSelf(sx, sy);
  }

  inverse(): AffineMatrix {
    return this.copy().invertSelf();
  }

  private copy(): AffineMatrix {
    return new AffineMatrix([this.a, this.b, this.c, this.d, this.e, this.f]);
  }

  private set(m: number[]): this {
    [this.a, this.b, this.c, this.d, this.e, this.f] = m;
    return this;
  }
}

function product(m: AffineMatrix, n: AffineMatrix): number[] {
  return [
    m.a * n.a + m.c * n.b,
    m.b * n.a + m.d * n.b,
    m.a * n.c + m.c * n.d,
    m.b * n.c + m.d * n.d,
    m.a * n.e + m.c * n.f + m.e,
    m.b * n.e + m.d * n.f + m.f,
  ];
}
