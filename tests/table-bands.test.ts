import { describe, expect, it } from 'vitest';
import { edgeBetween, rowBands, sameBand, shadingBands } from '../src/tables/bands.js';

const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });
// zebra: cells 100..300 shaded in rows 1 and 3 (each row 12pt), drawn cell by cell
const zebra = [box(100, 100, 200, 112), box(200, 100, 300, 112), box(100, 124, 200, 136), box(200, 124, 300, 136)];
const line = (y: number) => box(20, y + 2, 290, y + 10);

describe('shading bands', () => {
  it('joins the fills of one strip and keeps bands that recur at the same width', () => {
    expect(shadingBands(zebra, 3)).toEqual([box(100, 100, 300, 112), box(100, 124, 300, 136)]);
    // one lone panel is no band
    expect(shadingBands([box(100, 100, 300, 160)], 3)).toEqual([]);
  });

  it('delimits rows between lines and keeps a band\'s wrapped lines together', () => {
    const lines = [line(100), line(112), line(124), box(20, 130, 290, 135)];
    const bands = rowBands(shadingBands(zebra, 3), lines.slice(0, 3), 100, 300, 10);
    expect(bands).toHaveLength(2);
    expect(edgeBetween(bands, lines[0], lines[1])).toBe(true);
    expect(edgeBetween(bands, lines[1], lines[2])).toBe(true);
    const two = [box(20, 101, 290, 105), box(20, 106, 290, 110)];
    expect(sameBand(rowBands(shadingBands(zebra, 3), two, 100, 300, 10), two[0], two[1])).toBe(true);
  });

  it('ignores thin fills (rules drawn as rectangles) and bands whose edge cuts through a line', () => {
    const thin = [box(100, 100, 300, 102), box(100, 140, 300, 142)];
    expect(rowBands(shadingBands(thin, 3), [line(110), line(125)], 100, 300, 10)).toEqual([]);
    // a line straddling the bottom edge of the first band: not a banded table
    expect(rowBands(shadingBands(zebra, 3), [line(100), box(20, 108, 290, 116), line(124)], 100, 300, 10)).toEqual([]);
    // bands not reaching across the value columns
    expect(rowBands(shadingBands(zebra, 3), [line(100), line(124)], 100, 400, 10)).toEqual([]);
  });
});
