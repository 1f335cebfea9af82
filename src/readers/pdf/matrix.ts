// 2-D affine matrices in pdf.js's [a, b, c, d, e, f] form.
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 x m2: apply m2 first, then m1 (the PDF `cm` rule: new CTM = old CTM x m). */
export function multiply(m1: readonly number[], m2: readonly number[]): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

export function apply(m: readonly number[], x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Mean scale factor of a matrix (how a line width grows under it). */
export function scaleOf(m: readonly number[]): number {
  return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
}
